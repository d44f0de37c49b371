"""Slots of an event read from every sentence of an article, in English and French: what the
event measured (a quake's magnitude, its depth), how many were killed or injured, and where a
numbered round of talks was held. Outlets word these differently ("a 7-magnitude earthquake",
"une magnitude de 7,2"), so the slot is told by a small lexicon around the value, not by the
sentence as a whole; figures that are parts of a total, hedged, localised or historical are
left out or put in a slot of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.distances import event_distances
from crosscheck.claims.slot_rounds import round_places
from crosscheck.claims.slot_sources import figure_source, source_key
from crosscheck.claims.slot_times import event_times
from crosscheck.claims.value_agreement import fold_place
from crosscheck.records import AnnotatedArticle, ClaimValue, Sentence

MEASURE = "measure"
COUNT = "count"
GROUP_SIZE = "size"
ROUND_PLACE = "round_place"
# A figure of three significant digits or more ("some 2,171") is a count read off a report:
# "some" or "about" in front of it is style, not a margin.
PRECISE_DIGITS = 3
# A shock a whole magnitude below the strongest an article names is an aftershock or a
# foreshock: the figures of a sentence about it are not the main shock's.
LESSER_SHOCK = 1.0


@dataclass(frozen=True, slots=True)
class SlotValue:
    """One value an article gives for one slot of its event, with the sentence stating it."""

    slot: str  # "magnitude", "depth km", "injured|hospital|marrakech safi", "round 2", ...
    family: str  # MEASURE, COUNT or ROUND_PLACE: which comparison rule applies
    value: ClaimValue
    article: str
    sentence_start: int
    sentence_end: int
    # days stated beside the value (ISO): in its clause for a round, its sentence otherwise
    # (for a count, but for the days said of the incident itself)
    days: frozenset[str] = frozenset()
    # the places the sentence names (folded), to tell one incident's toll from another's
    places: frozenset[str] = frozenset()
    # the types of deadly incident ("quake", "flood", "attack", ...) the sentence or the one
    # before names (an aftershock is none: its toll is a part of the quake's)
    incidents: frozenset[str] = frozenset()
    # who the sentence attributes the figure to ("the Taliban", "the UN"), "" when it does not
    source: str = ""
    # the magnitude of the shock the sentence speaks of: its own, else its article's main one
    shock: float | None = None


# Languages that write thousands with a dot ("2.012 morts", "2.053 muertos", "1.000 Tote").
DOT_THOUSANDS = frozenset({"fr", "es", "pt", "de", "it", "no", "nb", "nn", "da", "nl", "ro"})


def parse_number(text: str, language: str | None) -> float | None:
    """A figure as written in English or another language: "1,204", "1 305", "2.012" (French,
    Spanish, German, ...), "6,8", "٢٬٠٥٣" (Arabic digits and separators)."""
    text = text.replace("\u066c", ",").replace("\u066b", ".")
    flat = re.sub(r"[ \u00a0\u202f]", "", text)
    if flat != text:
        return float(flat)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        separator = text[-4]
        if separator == "." and language not in DOT_THOUSANDS:
            return None  # "2.012" in English: a decimal or a typo, not a safe count
        return float(text.replace(",", "").replace(".", ""))
    return float(text.replace(",", "."))


def _significant_digits(number: float) -> int:
    """2,171 has four, 2,000 one, 7.2 two."""
    written = f"{number:f}".rstrip("0").rstrip(".")
    if "." in written:
        return len(written.replace(".", "").lstrip("0"))
    return len(written.lstrip("0").rstrip("0"))


def _quantity(
    text: str, offset: int, match: re.Match[str], mod: str | None, number: float, unit: str
) -> ClaimValue:
    low: float | None = number
    high: float | None = number
    approximate = False
    mod_l = (mod or "").lower()
    if mod_l in lex.LOWER:
        high = None
    elif mod_l in lex.UPPER:
        low = None
        approximate = mod_l in lex.CLOSE_BELOW
    elif mod_l in lex.ABOUT:
        approximate = _significant_digits(number) < PRECISE_DIGITS
    start = match.start() - (len(mod) + 1 if mod else 0)
    shown = f"{number:.0f}" if number.is_integer() else f"{number:g}"
    return ClaimValue(
        kind="quantity",
        value=shown,
        text=text[start : match.end()],
        start=offset + start,
        end=offset + match.end(),
        unit=unit,
        low=low,
        high=high,
        approximate=approximate,
    )


def _clause(text: str) -> str:
    """The words after a figure up to the next punctuation or figure."""
    return re.split(r"[,;:()\u201c\u201d\"]|\d", text, maxsplit=1)[0]


def _inside_brackets(before: str) -> bool:
    return before.count("(") > before.count(")")


_BEFORE_A_YEAR = re.compile(
    r"\b(?:in|since|by|until|of|en|em|im|i|de|del|desde|seit|depuis|dal|عام|منذ|في)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _spelled_pattern(language: str) -> re.Pattern[str] | None:
    words = lex.SPELLED_NUMBERS.get(language)
    if not words:
        return None
    names = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)


def _figure_matches(text: str, language: str | None) -> list[tuple[re.Match[str], float | None]]:
    """The figures of a sentence in order, written in digits or spelled out in its language
    (English when it is not known)."""
    found = [(m, parse_number(m.group(), language)) for m in lex.NUMBER.finditer(text)]
    spelled = _spelled_pattern((language or "en").split("-")[0])
    if spelled is not None:
        table = lex.SPELLED_NUMBERS[(language or "en").split("-")[0]]
        found += [(m, float(table[m.group().lower()])) for m in spelled.finditer(text)]
    return sorted(found, key=lambda item: item[0].start())


def _a_year(figure: str, before: str, after: str) -> bool:
    """ "1960", "in 2023": a year, unless people are counted right after it ("2053 people")."""
    if not re.fullmatch(r"(1[89]|20)\d\d", figure):
        return False
    if _BEFORE_A_YEAR.search(before):
        return True
    return not (lex.COUNT_AFTER.search(after) or lex.PEOPLE_AFTER.search(after))


def _measure_slot(before: str, after: str) -> str | None:
    for slot, pattern in lex.MEASURE_AFTER.items():
        if pattern.search(after):
            return slot
    for slot, pattern in lex.MEASURE_BEFORE.items():
        if pattern.search(before):
            if slot != "depth":
                return slot
            unit = lex.DEPTH_UNIT.search(after)
            return None if unit is None else f"depth {'mi' if unit.group(1)[0] in 'mM' else 'km'}"
    return None


def _count_slot(before: str, after: str) -> tuple[str, str] | None:
    """The outcome counted ("killed", "injured", ...) and the words that may say where the
    people counted are: those after the count's cue, and for "the death toll in Derna rose to
    5,300" the words between "toll" and the figure."""
    found = lex.COUNT_AFTER.search(after)
    if found:
        return lex.OUTCOME_OF[found.group("outcome").lower()], after[found.end() :]
    if lex.LIVES_AFTER.search(after):
        return "killed", after
    for pattern, outcome, needs_people in lex.COUNT_BEFORE:
        cue = pattern.search(before)
        if cue:
            if needs_people and not lex.PEOPLE_AFTER.search(after):
                return None
            window = lex.PLACE_AFTER.search(cue.group())
            return outcome, (f" {window.group()}" if window else "") + _clause(after)
    return None


def _qualified(outcome: str, rest: str) -> str | None:
    """The count's slot with where the people counted are ("admitted to hospitals", "in the
    Marrakech-Safi region"); None for a part of a total or a hedged count."""
    clause = _clause(rest)
    if lex.PART_AFTER.search(rest[:60]) and not lex.HOSPITAL.search(clause):
        return None
    slot = outcome
    if lex.HOSPITAL.search(clause):
        slot += "|hospital"
    place = lex.PLACE_AFTER.search(clause)
    if place:
        slot += "|" + " ".join(re.findall(r"[a-zà-ÿ]+", place.group("place").lower()))
    return slot


Found = tuple[str, str, ClaimValue]  # (slot, family, value)
Sourced = tuple[str, str, ClaimValue, str]  # (slot, family, value, source or "")


def figures(text: str, offset: int, language: str | None, *, historical: bool) -> list[Found]:
    """Measures and counts in one sentence (`text`, starting at char `offset`)."""
    return [(s, f, v) for s, f, v, _ in sourced_figures(text, offset, language, historical)]


def sourced_figures(
    text: str, offset: int, language: str | None, historical: bool
) -> list[Sourced]:
    """Measures and counts in one sentence, each with the source it is attributed to."""
    found: list[Sourced] = []
    previous_end = 0
    for match, number in _figure_matches(text, language):
        source = figure_source(text, match.start(), match.end(), previous_end) or ""
        previous_end = match.end()
        before, after = text[: match.start()], text[match.end() :]
        if _inside_brackets(before) or _a_year(match.group(), before, after):
            continue
        if number is None:
            continue
        modifier = lex.MODIFIER_BEFORE.search(before)
        mod = modifier.group("mod") if modifier else None
        cue_before = before[: modifier.start()] if modifier else before
        spelled = not match.group()[0].isdigit()  # a word is a count, never a measure
        measure = None if spelled else _measure_slot(cue_before, after)
        if measure is not None:
            if not historical and not lex.AFTERSHOCK.search(text):
                quantity = _quantity(text, offset, match, mod, number, measure)
                found.append((measure, MEASURE, quantity, source))
            continue
        count = _count_slot(cue_before, after)
        if count is None or historical or lex.HEDGE.search(text):
            continue
        slot = _qualified(*count)
        # "including 500 in Derna", "with 92 deaths in Jajarkot alone": a part of the total,
        # and the count of its place; a part naming no place is left out
        part = _part_of_a_total(cue_before, text, slot)
        if slot is not None and not ("|" not in slot and part):
            family = GROUP_SIZE if slot.startswith("aboard") else COUNT  # aboard: no toll
            quantity = _quantity(text, offset, match, mod, number, slot)
            found.append((slot, family, quantity, source))
    return _one_value_per_slot(found)


def _part_of_a_total(before: str, sentence: str, slot: str | None) -> bool:
    """Whether a count is a part ("including 721", "the other nine", "in Derna alone"); "with
    ten people aboard" is all of those aboard."""
    cue = lex.PART_BEFORE.search(before)
    if cue and not (slot == "aboard" and cue.group().strip().lower() == "with"):
        return True
    return bool(lex.PART_ALONE.search(sentence))


def _one_value_per_slot(found: list[Sourced]) -> list[Sourced]:
    """A sentence giving two figures for one slot is a breakdown or an update ("7.2 (it was 7
    before)"): which one answers another outlet's figure cannot be told. Unless each figure is
    another source's ("the Taliban said 2,053, the UN 320"): then each is that source's."""
    by_slot: dict[str, list[Sourced]] = {}
    for item in found:
        by_slot.setdefault(item[0], []).append(item)
    # "290 deaths in Al Haouz, 190 in Taroudant ... and 5 deaths": a breakdown by place, whose
    # parts may have lost their place.
    localised = [slot.split("|")[0] for slot in by_slot if "|" in slot]
    kept: list[Sourced] = []
    for slot, items in by_slot.items():
        if localised.count(slot) >= 2:
            continue
        if len({i[2].value for i in items}) == 1:
            kept.append(items[0])
        elif _each_its_source(items):
            kept.extend(items)
    return kept


def _each_its_source(items: list[Sourced]) -> bool:
    keys = [source_key(i[3]) for i in items]
    return all(keys) and len(set(keys)) == len(keys)


def present_year(annotated: AnnotatedArticle, event_year: int | None) -> int | None:
    """The year the article reports on: its event's, its publication's, else the latest year
    it names."""
    if event_year is not None:
        return event_year
    if annotated.article.published is not None:
        return annotated.article.published.year
    years = [int(y) for y in lex.YEAR.findall(annotated.article.text)]
    return max(years) if years else None


def incident_types(scene: str) -> frozenset[str]:
    """The types of deadly incident some words name (a quake, a flood, an attack, ...); none
    when they speak of an aftershock, whose toll is a part of its quake's. Buildings that
    collapse in a quake, a flood or a blast are part of that incident, not one of their own."""
    if lex.AFTERSHOCK.search(scene):
        return frozenset()
    kinds = {kind for kind, words in lex.INCIDENTS.items() if words.search(scene)}
    return frozenset(kinds - {"collapse"} if len(kinds) > 1 else kinds)


# The cheap test a sentence passes before it is parsed: every slot value has a digit ("7.2",
# "23h11"), a clock word or a numbered round. Most sentences of a report have none.
_WORTH_PARSING = re.compile(r"\d|\b(?:midnight|minuit|noon|midi)\b", re.IGNORECASE)


def _worth_parsing(words: str, language: str | None) -> bool:
    spelled = _spelled_pattern((language or "en").split("-")[0])
    return bool(
        _WORTH_PARSING.search(words)
        or lex.ROUND.search(words)
        or (spelled is not None and spelled.search(words))
    )


# A day said of the incident itself ("the storm that hit on Sunday", "collapsed on Monday
# night", "since Sunday") is not the moment a toll was counted: the toll is the report's.
_INCIDENT_DAY = re.compile(
    r"\b(?:hit|struck|strikes?|swept|slammed|battered|lashed|burst|collapsed|made landfall|"
    r"crashed|exploded|erupted|broke|began|started|since|frappé|touché|balayé|effondrée?s?|"
    r"cédé|rompu|depuis)\b[^.;:,()]{0,40}$",
    re.IGNORECASE,
)


def _moment_days(annotated: AnnotatedArticle, start: int, end: int) -> frozenset[str]:
    """The days a sentence names, but for those said of the incident itself."""
    text = annotated.article.text
    return frozenset(
        t.day.isoformat()
        for t in annotated.times
        if t.day is not None
        and start <= t.start < end
        and not _INCIDENT_DAY.search(text[start : t.start])
    )


def _places_in(annotated: AnnotatedArticle, start: int, end: int) -> frozenset[str]:
    return frozenset(
        fold_place(m.text)
        for m in annotated.mentions
        if m.kind == "name" and m.type in ("GPE", "LOC") and start <= m.start < end
    )


def _magnitudes(sentence: Sentence, text: str) -> list[float]:
    """Every magnitude the sentence gives ("Magnitude: 3.6", "a 6.4-magnitude quake")."""
    words = text[sentence.start : sentence.end]
    return [
        float((m.group("after") or m.group("before")).replace(",", "."))
        for m in lex.ANY_MAGNITUDE.finditer(words)
    ]


def _main_magnitude(annotated: AnnotatedArticle, year: int | None) -> float | None:
    """The magnitude of the article's main shock: the strongest its first sentence giving one
    (and naming no earlier year) gives."""
    text = annotated.article.text
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if year is not None and any(int(y) < year for y in lex.YEAR.findall(words)):
            continue
        magnitudes = _magnitudes(sentence, text)
        if magnitudes:
            return max(magnitudes)
    return None


def _lesser_shock(magnitudes: list[float], strongest: float | None) -> bool:
    return strongest is not None and any(m < strongest - LESSER_SHOCK for m in magnitudes)


def article_slots(annotated: AnnotatedArticle, year: int | None) -> list[SlotValue]:
    """Every slot value the article states, sentence by sentence. A sentence naming a year
    before `year` speaks of an earlier event: its figures are not this event's."""
    text = annotated.article.text
    language = annotated.article.language
    article = annotated.article.id
    found: list[SlotValue] = []
    before = ""
    strongest = _main_magnitude(annotated, year)
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        scene, before = before + " " + words, words
        if not _worth_parsing(words, language):
            continue
        historical = year is not None and any(int(y) < year for y in lex.YEAR.findall(words))
        # figures of another shock than the story's main one are not its figures
        magnitudes = _magnitudes(sentence, text)
        historical = (
            historical
            or bool(lex.ANOTHER_SHOCK.search(scene))
            or bool(lex.PAST_SHOCK.search(re.sub(r"\([^()]*\)", "", words)))
            or _lesser_shock(magnitudes, strongest)
        )
        shock = max(magnitudes, default=strongest)
        stated = sourced_figures(words, sentence.start, language, historical)
        if stated:
            days = _moment_days(annotated, sentence.start, sentence.end)
            places = _places_in(annotated, sentence.start, sentence.end)
            incidents = incident_types(scene)
        for slot, family, value, source in stated:
            found.append(
                SlotValue(
                    slot,
                    family,
                    value,
                    article,
                    sentence.start,
                    sentence.end,
                    days,
                    places,
                    incidents,
                    source,
                    shock,
                )
            )
        if not historical:
            found.extend(
                replace(value, shock=shock)
                for value in _event_slots(words, sentence.start, annotated)
            )
    return found


def _event_slots(words: str, offset: int, annotated: AnnotatedArticle) -> Iterator[SlotValue]:
    """The time of the event, its distance from a place, the size of a team and the place of a
    numbered round."""
    article, end = annotated.article.id, offset + len(words)
    aftershock = lex.AFTERSHOCK.search(words)
    times = [] if aftershock else event_times(words, offset)
    if len({t.value for t in times}) == 1:  # two times in one sentence: which is the event's?
        yield SlotValue("time", MEASURE, times[0], article, offset, end)
    if re.search(r"\d", words):
        for slot, size in group_sizes(words, offset, annotated):
            yield SlotValue(slot, GROUP_SIZE, size, article, offset, end)
    if re.search(r"\d", words) and not aftershock:
        for slot, distance, named_at in event_distances(words, offset, annotated.article.language):
            place = distance.model_copy(update={"mention": _mention_at(annotated, named_at)})
            yield SlotValue(slot, MEASURE, place, article, offset, end)
    for slot, place, days in round_places(words, offset, annotated):
        yield SlotValue(slot, ROUND_PLACE, place, article, offset, end, days)


def _mention_at(annotated: AnnotatedArticle, start: int) -> int | None:
    """The index of the name mention starting at `start`, if any."""
    return next((i for i, m in enumerate(annotated.mentions) if m.start <= start < m.end), None)


_ABBREVIATION = r"[A-Z][A-Z0-9&-]{1,9}"


def _team_slot(gap: str, name: str) -> str:
    bracketed = re.search(rf"\(({_ABBREVIATION})\)", gap)
    if bracketed:
        return f"{GROUP_SIZE}|{bracketed.group(1).lower()}"
    if re.fullmatch(_ABBREVIATION, name):
        return f"{GROUP_SIZE}|{name.lower()}"
    return GROUP_SIZE


def group_sizes(
    text: str, offset: int, annotated: AnnotatedArticle
) -> Iterator[tuple[str, ClaimValue]]:
    """(slot, size) of each named team whose size follows its name ("the Military Emergency
    Unit (UME), consisting of 56 soldiers"). The slot is "size|" and the team's abbreviation
    when it has one ("UME": outlets spell the name out or not), else "size" and the value's
    `mention` names the team."""
    seen: set[int] = set()
    for index, mention in enumerate(annotated.mentions):
        if mention.type != "ORG" or mention.kind != "name":
            continue
        if not (offset <= mention.start and mention.end <= offset + len(text)):
            continue
        found = lex.GROUP_CUE.match(text, mention.end - offset)
        if found is None or found.end() in seen:
            continue
        seen.add(found.end())
        number = parse_number(found.group("number").rstrip(",."), annotated.article.language)
        if number is None:
            continue
        abbreviation = re.search(r"\(([A-Z][A-Z0-9&-]{1,9})\)", found.group("gap"))
        if abbreviation is None and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", mention.text):
            abbreviation = re.match(r".+", mention.text)
        slot = (
            f"size|{abbreviation.group(1 if abbreviation.re.groups else 0).lower()}"
            if abbreviation
            else "size"
        )
        start, end = offset + found.start("number"), offset + found.end("people")
        yield (
            slot,
            ClaimValue(
                kind="quantity",
                value=f"{number:g}",
                text=annotated.article.text[start:end],
                start=start,
                end=end,
                unit="people",
                low=number,
                high=number,
                mention=index,
            ),
        )
