"""Typed values a claim states: quantities with unit and bounds, dates, weekdays, places and
participants. Conflict detectors compare these, so "3,000" and "300" must stay different."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.annotate.office_lexicon import OFFICE_HEADS
from crosscheck.annotate.timex_lexicon import SMALL_NUM, TENS_NUM
from crosscheck.annotate.timex_quantity import quantity
from crosscheck.claims.number_words import word_figures
from crosscheck.claims.unit_before import unit_before
from crosscheck.records import ClaimValue, Mention, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = "|".join(sorted([*SMALL_NUM, *TENS_NUM], key=len, reverse=True))
_NUMBER = (
    # Indian grouping ("12,50,000", "1,23,45,678") first: one lakh-grouped figure, not two
    rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)|\d+(?:\.\d+)?"
    rf"|(?:{_WORDS})(?:[- ](?:{_WORDS}))?)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion))?"
)
_LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than")
_UPPER = (
    "less than",
    "fewer than",
    "under",
    "up to",
    "at most",
    "no more than",
    "nearly",
    "almost",
)
_ABOUT = ("about", "around", "some", "approximately", "roughly", "an estimated", "close to")
_MODIFIER = "|".join(re.escape(m) for m in sorted(_LOWER + _UPPER + _ABOUT, key=len, reverse=True))
# Vague plurals: "hundreds" is at least two hundred and fewer than a thousand.
_VAGUE: dict[str, tuple[float, float]] = {
    "hundreds of thousands": (200_000, 999_999),
    "tens of thousands": (20_000, 99_999),
    "thousands": (2_000, 9_999),
    "hundreds": (200, 999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "millions": (2_000_000, 999_999_999),
}
_VAGUE_RE = "|".join(re.escape(v) for v in _VAGUE)
QUANTITY = re.compile(
    rf"\b(?:(?P<mod>{_MODIFIER})\s+)?(?:(?P<vague>{_VAGUE_RE})|(?P<num>{_NUMBER}))\b",
    re.IGNORECASE,
)
# Outside English a comma followed by one or two digits is a decimal point ("magnitud 6,4",
# "17,9 kilómetros", Arabic "بقوة 6,3 درجة"), never two figures: a thousands separator is
# followed by three digits, and an Indian lakh group ("12,50,000") by another group. English
# writes "6,3" for no number, so there a comma still separates figures.
COMMA_SEPARATES_FIGURES = frozenset({"en"})
_DECIMAL_COMMA = r"\d+,\d{1,2}(?!\d|,\d)"
_COMMA_QUANTITY = re.compile(
    rf"\b(?:(?P<mod>{_MODIFIER})\s+)?(?:(?P<vague>{_VAGUE_RE})|(?P<num>{_DECIMAL_COMMA}|{_NUMBER}))\b",
    re.IGNORECASE,
)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# "24 people were killed": what is counted is the verb's outcome, not "people".
_COUNTED_PEOPLE = frozenset({"people", "person", "civilian", "soldier", "child", "resident"})
_CORE_DEPS = ("nsubj", "nsubjpass", "dobj")
ACTOR_NOUNS = frozenset(
    """official delegation representative leader minister force troop soldier diplomat envoy
    negotiator team government authority army""".split()
)
_OUTCOMES = frozenset(
    {"kill", "injure", "wound", "die", "arrest", "detain", "displace", "evacuate"}
)


# "100.000", "1.250.000": thousands written with full stops (es, pt, de, it, tr...), not decimals.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _number(text: str) -> float | None:
    if _DOTTED_THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    if re.fullmatch(_DECIMAL_COMMA, text):
        return float(text.replace(",", "."))
    words = text.lower().replace(",", "").split()
    scale = 1.0
    if len(words) > 1 and words[-1] in _SCALES and not words[0].isalpha():
        scale = _SCALES[words.pop()]
    value = quantity(" ".join(words).replace("-", " "))
    return None if value is None else value * scale


def _bounds(mod: str | None, value: float) -> tuple[float | None, float | None, bool]:
    mod = (mod or "").lower()
    if mod in _LOWER:
        return value, None, False
    if mod in _UPPER:
        return None, value, mod in ("nearly", "almost")
    return value, value, mod in _ABOUT


def _unit(doc: Doc | None, end: int) -> str | None:
    """What the number at char `end` counts: its head noun (with compounds), or the verb that
    says what happened to the people counted ("24 people were killed" -> "killed")."""
    if doc is None:
        return None
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    head: Token = token.head if token.dep_ in ("nummod", "quantmod", "amod") else token
    if token.dep_ == "pobj" and token.head.lower_ == "of":  # "hundreds of people"
        head = token
    noun = head
    if head.i == token.i:
        following = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [c for p in following for c in p.children if c.dep_ == "pobj"]
        noun = objs[0] if objs else token.head if token.head.pos_ == "NOUN" else token
    if noun.i == token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    if (
        noun.lemma_.lower() in _COUNTED_PEOPLE
        and noun.dep_ in ("nsubjpass", "nsubj")
        and verb.lemma_.lower() in _OUTCOMES
    ):
        return verb.text.lower()
    compounds = [c.lower_ for c in noun.lefts if c.dep_ == "compound"]
    return " ".join([*compounds, noun.lower_])


def quantities(
    text: str,
    offset: int,
    doc: Doc | None,
    times: Sequence[TimeMention],
    language: str | None = None,
) -> list[ClaimValue]:
    """Quantities in `text` (which starts at char `offset`), skipping those inside time
    expressions and bare years; in a `language` other than English, figures written in its
    number words too (`claims/number_words`)."""
    comma_separates = language is None or language in COMMA_SEPARATES_FIGURES
    pattern = QUANTITY if comma_separates else _COMMA_QUANTITY
    found = _digit_quantities(text, offset, doc, times, pattern)
    if language is None or language == "en":
        return found
    for value in word_figures(text, offset, language):
        spans = [*((t.start, t.end) for t in times), *((v.start, v.end) for v in found)]
        if not any(s < value.end and value.start < e for s, e in spans):
            found.append(value)
    return sorted(found, key=lambda v: v.start)


def _digit_quantities(
    text: str,
    offset: int,
    doc: Doc | None,
    times: Sequence[TimeMention],
    pattern: re.Pattern[str] = QUANTITY,
) -> list[ClaimValue]:
    found: list[ClaimValue] = []
    for m in pattern.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        if any(t.start < end and start < t.end for t in times):
            continue
        if m.group("num") and not m.group("mod") and is_designation(text, m.start(), m.end()):
            continue
        vague = m.group("vague")
        if vague:
            low, high = _VAGUE[vague.lower()]
            value, approximate = f"{int(low)}-{int(high)}", True
        else:
            number = _number(m.group("num"))
            if number is None or re.fullmatch(r"(1[89]|20)\d\d", m.group("num")):
                continue
            low_b, high_b, approximate = _bounds(m.group("mod"), number)
            low, high = low_b, high_b  # type: ignore[assignment]
            value = f"{number:.0f}" if number.is_integer() else f"{number:g}"
        found.append(
            ClaimValue(
                kind="quantity",
                value=value,
                text=m.group(0),
                start=start,
                end=end,
                unit=_unit(doc, end) or unit_before(text, m.start()),
                low=low,
                high=high,
                approximate=approximate,
            )
        )
    return found


# A number that names a thing rather than counts: a model or designation ("Su-25", "MH-17",
# "Boeing 787-8": a descending pair is no range) or a number right after a capitalised word
# inside a sentence and before no lower-case word ("Boeing 787 Dreamliner", "Legacy 600.").
_LETTERS_DASH = re.compile(r"[A-Za-z]+[-‐–]$")
_DIGITS_DASH = re.compile(r"(\d+)[-‐–]$")
_DASH_DIGITS = re.compile(r"[-‐–](\d+)\b")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n])\s(?P<name>[A-Z]\w*)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ]")
_NOT_NAMES = frozenset(
    [*WEEKDAYS, "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "ist", "utc", "gmt"]
)  # fmt: skip


def is_designation(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`:`end` of `text` is part of a name or model designation
    ("Boeing 787-8", "Su-25", "Flight 171 Dreamliner"), not a count."""
    number = text[start:end]
    if not number.isdigit():
        return False
    head = text[max(0, start - 12) : start]
    if _LETTERS_DASH.search(head):
        return True
    before, after = _DIGITS_DASH.search(head), _DASH_DIGITS.match(text, end)
    if before is not None and int(before.group(1)) > int(number):
        return True
    if after is not None and int(after.group(1)) < int(number):
        return True
    name = _NAME_BEFORE.search(text, 0, start)
    return (
        name is not None
        and name.group("name").lower() not in _NOT_NAMES
        and not _LOWER_WORD_AFTER.match(text, end)
    )


def dates(start: int, end: int, times: Sequence[TimeMention], text: str) -> list[ClaimValue]:
    """Dates (resolved time mentions) and weekdays within [start, end)."""
    found: list[ClaimValue] = []
    for t in times:
        if start <= t.start < end and t.kind == "DATE" and (t.day or t.value[:1].isdigit()):
            value = t.day.isoformat() if t.day else t.value
            found.append(
                ClaimValue(kind="date", value=value, text=t.text, start=t.start, end=t.end)
            )
    for m in _WEEKDAY.finditer(text, start, end):
        found.append(
            ClaimValue(
                kind="weekday", value=m.group(1).lower(), text=m.group(0), start=m.start(),
                end=m.end(),
            )
        )  # fmt: skip
    return found


def _argument_of(token: Token, verb: Token) -> bool:
    """Whether `token` hangs from `verb` without another verb in between."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node == verb:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def entity_values(
    start: int, end: int, mentions: Sequence[Mention], doc: Doc | None, verb: Token | None
) -> list[ClaimValue]:
    """Places (GPE/LOC mentions) and participants (PERSON/ORG/NORP arguments of the verb)."""
    found: list[ClaimValue] = []
    for index, m in enumerate(mentions):
        if not (start <= m.start and m.end <= end) or m.kind != "name":
            continue
        if m.type in ("GPE", "LOC") and not _titled(m.text):
            found.append(_entity_value("place", m, index))
        if m.type not in ("PERSON", "ORG", "NORP", "GPE") or doc is None or verb is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not _argument_of(span.root, verb):
            continue
        if not _participant(span.root, m.type):
            continue
        found.append(_entity_value("person" if m.type == "PERSON" else "participant", m, index))
    return found


# Words that open a person's name, not a place's ("PM Modi" tagged as a place by the tagger):
# office titles and their abbreviations.
_PERSON_OPENERS = OFFICE_HEADS | frozenset(
    "pm cm mr mrs ms dr gen capt col lt sgt sen rep gov prof sir prime sheikh".split()
)


def _titled(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[0].rstrip(".").lower() in _PERSON_OPENERS


def _participant(root: Token, entity_type: str) -> bool:
    """Whether a mention takes part in what the verb says: a person or organisation argument;
    a country only as subject or object ("Syria and Israel met"), not "in Syria"; a
    nationality only on the people who act ("Israeli and Syrian officials met")."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    if entity_type == "GPE":
        return first.dep_ in _CORE_DEPS
    if entity_type == "NORP":
        return (
            first.dep_ in ("amod", "compound")
            and first.head.lemma_.lower() in ACTOR_NOUNS
            and first.head.dep_ in _CORE_DEPS
        )
    return True


def _entity_value(kind: str, m: Mention, index: int) -> ClaimValue:
    return ClaimValue(
        kind=kind,  # type: ignore[arg-type]
        value=m.text,
        text=m.text,
        start=m.start,
        end=m.end,
        mention=index,
    )
