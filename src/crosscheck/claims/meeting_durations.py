"""How long a meeting lasted, as an article states it, in English and French: "the talks
lasted more than three hours", "held three-hour-long talks", "concluded after three hours of
closed-door discussions", "les pourparlers ont duré moins de deux heures".

The value is the span of minutes the words allow: "more than three hours" is three hours or
more, "about four hours" three to five, a bare "three hours" a little either side (reports
round), "nearly two hours" a little under two. A duration is read only when it is the
meeting's: said of the talks ("lasted", "-hour talks", "hours of talks"), not of a part of them
("spoke for several minutes") nor of a plan."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.meeting_days import NOT_THIS_MEETING
from crosscheck.records import AnnotatedArticle, ClaimValue, Span

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
}  # fmt: skip
_NUMBER = r"(?P<number>\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_MODIFIERS = sorted(lex.LOWER + lex.UPPER + lex.ABOUT, key=len, reverse=True)
_MOD = r"(?:(?P<mod>" + "|".join(re.escape(m) for m in _MODIFIERS) + r")\s+)?"
_UNIT = r"(?P<unit>hours?|minutes?|heures?|h\b)"
_HALF = r"(?P<half>\s+and a half|\s+et demie?)?"
DURATION = rf"{_MOD}{_NUMBER}(?:\s+|-){_UNIT}{_HALF}"
_ANY_DURATION = re.compile(rf"\b{DURATION}", re.IGNORECASE)
_MEETING = (
    r"(?:talks|negotiations|discussions|consultations|dialogue|meetings?|round|session|"
    r"pourparlers|négociations|réunion|rencontre|entretiens?)"
)
_SHAPES = (
    # "the talks ... lasted more than three hours", "les pourparlers ont duré deux heures"
    re.compile(
        rf"\b{_MEETING}\b[^.;]{{0,60}}?\b(?:lasted|lasting|went on|ran|ont duré|a duré)"
        rf"(?:\s+for)?\s+[\"“]?{DURATION}",
        re.IGNORECASE,
    ),
    # "three-hour-long talks", "after three hours of closed-door discussions"
    re.compile(
        rf"\b{DURATION}(?:-long|\s+long)?\s+(?:of\s+|de\s+)?(?:[\w-]+\s+){{0,4}}?{_MEETING}\b",
        re.IGNORECASE,
    ),
    # "held a third round of the talks in Muscat ... for around six hours"
    re.compile(
        rf"\bheld\s+(?:\w+\s+){{0,4}}?{_MEETING}\b[^.;]{{0,80}}?\bfor\s+{DURATION}",
        re.IGNORECASE,
    ),
)
# Bounds the figure itself lies outside of: "nearly three hours" is under three hours, "more
# than three hours" over them, so the two cannot both be true; "at least", "up to" include it.
_OPEN_LOW = ("more than", "over", "upwards of", "in excess of", "plus de", "au-delà de")
_OPEN_HIGH = ("less than", "fewer than", "under", "nearly", "almost", "moins de", "presque")
# A bare figure is rounded: this share either side; "about" widens it.
PLAIN_MARGIN = 0.1
ABOUT_MARGIN = 0.25


@dataclass(frozen=True, slots=True)
class MeetingDuration:
    """One article's statement of how long a meeting lasted."""

    meeting: str  # "round N" when the sentence names one, else "event"
    value: ClaimValue  # unit "minutes", low and high the span the words allow
    span: Span
    low_open: bool = False  # the span starts just above its low ("more than three hours")
    high_open: bool = False  # the span ends just below its high ("nearly three hours")


def _minutes(match: re.Match[str]) -> float | None:
    number = match.group("number").lower()
    amount = float(_NUMBERS[number]) if number in _NUMBERS else float(number.replace(",", "."))
    if match.group("half"):
        amount += 0.5
    unit = match.group("unit").lower()
    return amount if unit.startswith("minute") else amount * 60


def _bounds(minutes: float, mod: str) -> tuple[float | None, float | None]:
    if mod in lex.LOWER:
        return minutes, None
    if mod in ("nearly", "almost", "près de", "presque"):
        return minutes * (1 - ABOUT_MARGIN), minutes
    if mod in lex.UPPER:
        return None, minutes
    margin = ABOUT_MARGIN if mod else PLAIN_MARGIN
    return minutes * (1 - margin), minutes * (1 + margin)


def _meeting(words: str) -> str:
    rounds = {lex.ORDINALS[m.group("ordinal").lower()] for m in lex.ROUND.finditer(words)}
    return f"round {rounds.pop()}" if len(rounds) == 1 else "event"


def meeting_durations(annotated: AnnotatedArticle) -> list[MeetingDuration]:
    """Every statement in the article of how long a meeting lasted."""
    text = annotated.article.text
    found: list[MeetingDuration] = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not re.search(r"hour|minute|heure", words, re.IGNORECASE):
            continue
        if NOT_THIS_MEETING.search(words):
            continue
        match = next((m for shape in _SHAPES for m in shape.finditer(words)), None)
        if match is None or len({_minutes(m) for m in _ANY_DURATION.finditer(words)}) != 1:
            continue  # two durations in one sentence: which is the meeting's cannot be told
        minutes = _minutes(match)
        if minutes is None:
            continue
        mod = (match.group("mod") or "").lower()
        low, high = _bounds(minutes, mod)
        start = match.start("mod") if match.group("mod") else match.start("number")
        end = match.end("half") if match.group("half") else match.end("unit")
        value = ClaimValue(
            kind="quantity",
            value=f"{minutes:g}",
            text=words[start:end],
            start=sentence.start + start,
            end=sentence.start + end,
            unit="minutes",
            low=low,
            high=high,
            approximate=bool(mod) and mod in lex.ABOUT,
        )
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        found.append(
            MeetingDuration(_meeting(words), value, span, mod in _OPEN_LOW, mod in _OPEN_HIGH)
        )
    return found
