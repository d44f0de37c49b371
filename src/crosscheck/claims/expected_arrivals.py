"""When a numbered flight is expected to land, as an article states it before the landing, in
English and French: "L'avion est attendu à Paris peu après minuit", "ils sont attendus ici vers
2h du matin", "the plane is expected to land at around 2 a.m.".

The value is the window of clock time the words allow ("vers 2h" half an hour either side,
"peu après minuit" the hour after it, a bare "à 2h" a few minutes either side), counted from
noon so that a night flight's window does not wrap at midnight. The flight is the one the
sentence numbers ("the second flight"), else the one the article's opening numbers ("Le premier
vol d'évacuation ... a quitté le Niger"); a sentence numbering two flights, naming a time zone,
or giving two times is not read (which flight or which clock cannot be told)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.records import AnnotatedArticle, Span

# An expected landing, not a past one.
_EXPECTED = re.compile(
    r"\b(?:attendu(?:e|s|es)?\s+(?:à|ici|au|aux|en|sur|dans)\b|"
    r"devrai(?:t|ent)\s+(?:atterrir|arriver|se\s+poser)|"
    r"(?:is|are|was|were)\s+(?:expected|due|scheduled)\s+to\s+(?:land|arrive|touch\s+down)|"
    r"expected\s+(?:to\s+)?(?:land|arrive)\w*)",
    re.I,
)
# The words of a flight: the sentence must speak of one (the plane, its flight, its landing).
_FLIGHT_WORDS = re.compile(
    r"\b(?:avions?|vols?|appareils?|atterri\w*|flights?|planes?|aircraft|jets?|land(?:s|ing)?)\b",
    re.I,
)
_ORDINALS = {
    "premier": 1, "première": 1, "first": 1,
    "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "third": 3,
    "quatrième": 4, "fourth": 4,
    "dernier": 0, "dernière": 0, "last": 0, "final": 0,
    "prochain": -1, "next": -1,
}  # fmt: skip
_NUMBERED_FLIGHT = re.compile(
    r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+(?:\w+\s+){0,2}?"
    r"(?:vols?|avions?|appareils?|flights?|planes?|aircraft)\b",
    re.I,
)
_ANY_ORDINAL = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r")\b", re.I)
_ZONE = re.compile(r"\b(?:GMT|UTC|heure\s+(?:locale|de\s+\w+)|local\s+time|\w+\s+time)\b", re.I)
# "peu après minuit", "vers 2h du matin", "à 23h30", "around 2 a.m.", "shortly after midnight"
_CLOCK = re.compile(
    r"\b(?P<mod>peu\s+après|peu\s+avant|vers|à|aux\s+alentours\s+de|autour\s+de|"
    r"shortly\s+after|shortly\s+before|just\s+after|just\s+before|around|about|at)\s+"
    r"(?:(?P<midnight>minuit|midnight)|"
    r"(?P<hour>\d{1,2})\s*(?:h|:)\s*(?P<minute>\d{2})?\s*(?P<part>du\s+matin|du\s+soir|"
    r"de\s+l'après-midi|a\.?m\.?|p\.?m\.?)?|"
    r"(?P<hour12>\d{1,2})\s*(?P<part12>a\.?m\.?|p\.?m\.?))",
    re.I,
)
_NOON = 12 * 60
_DAY = 24 * 60
# How far either side of the stated time the words allow, in minutes.
_ABOUT = 30
_PLAIN = 10


@dataclass(frozen=True, slots=True)
class ExpectedArrival:
    """One article's statement of when a numbered flight is expected to land."""

    flight: int  # 1 for the first, 2 for the second...; 0 the last
    low: int  # minutes after noon
    high: int
    text: str  # the time as written
    span: Span  # the sentence


def _minutes_after_noon(match: re.Match[str]) -> int | None:
    if match.group("midnight"):
        return _NOON
    hour_text = match.group("hour") or match.group("hour12")
    part = (match.group("part") or match.group("part12") or "").lower().replace(".", "")
    hour, minute = int(hour_text), int(match.group("minute") or 0)
    if hour > 23 or minute > 59 or (match.group("hour12") and hour > 12):
        return None
    if match.group("hour") and ":" in match.group(0) and not part:
        return None  # "at 2:30": a.m. or p.m. cannot be told
    if part in ("pm", "du soir", "de l'après-midi") and hour < 12:
        hour += 12
    elif part in ("am", "du matin") and hour == 12:
        hour = 0
    return (hour * 60 + minute - _NOON) % _DAY


def _window(match: re.Match[str], at: int) -> tuple[int, int]:
    mod = " ".join(match.group("mod").lower().split())
    if mod.endswith("after"):
        return at, at + 60
    if mod.endswith("before") or mod == "peu avant":
        return at - 60, at
    if mod == "peu après":
        return at, at + 60
    if mod in ("à", "at"):
        return at - _PLAIN, at + _PLAIN
    return at - _ABOUT, at + _ABOUT


def _numbered(text: str) -> set[int]:
    return {_ORDINALS[m.group("ordinal").lower()] for m in _NUMBERED_FLIGHT.finditer(text)}


def _flight(words: str, opening: str) -> int | None:
    """The flight the sentence numbers, else the one the article's opening numbers."""
    if _ANY_ORDINAL.search(words):
        numbered = _numbered(words)
        # "a second and a third will follow": which flight is expected cannot be told
        one = len(numbered) == 1 and len(_ANY_ORDINAL.findall(words)) == 1
        return numbered.pop() if one else None
    numbered = _numbered(opening)
    return numbered.pop() if len(numbered) == 1 else None


def expected_arrivals(annotated: AnnotatedArticle) -> list[ExpectedArrival]:
    """Every statement in the article of when a numbered flight is expected to land."""
    text = annotated.article.text
    sentences = annotated.sentences
    opening = " ".join(text[s.start : s.end] for s in sentences[:2])
    found = []
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        expected = _EXPECTED.search(words)
        if expected is None or not _FLIGHT_WORDS.search(words) or _ZONE.search(words):
            continue
        clocks = [m for m in _CLOCK.finditer(words) if m.start() >= expected.start()]
        minutes = [_minutes_after_noon(m) for m in clocks]
        if len(clocks) != 1 or minutes[0] is None:
            continue
        flight = _flight(words, opening)
        if flight is None or flight < 0:
            continue
        low, high = _window(clocks[0], minutes[0])
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        found.append(ExpectedArrival(flight, low, high, clocks[0].group(0), span))
    return found
