"""The class of the aircraft of a story's crash as each article states it, in English, French
and Spanish: military ("A military plane crashed in the Tver region") or civil ("the private
plane crashed", "a business jet that crashed", "l'avion privé s'est écrasé", "la aeronave
civil").

Only a sentence that tells the crash itself counts: it has a crash word, names one aircraft
(not "military helicopters", several), and one class; attacks ("shot down"), plans, earlier
or other crashes and denials are left out (see event_dates.NOT_THE_HAPPENING). A make or a
model ("an Embraer Legacy", "an Embraer jet") is no class: it is not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.event_dates import NOT_THE_HAPPENING
from crosscheck.records import AnnotatedArticle, Span

MILITARY, CIVIL = "military", "civil"
_AIRCRAFT = r"(?:plane|jet|aircraft|airplane|airliner|avion|appareil|aeronave|avión|avioneta)"
_MILITARY_BEFORE = r"military|army|air force"
_CIVIL_BEFORE = r"civil|civilian|private|business|passenger|commercial|executive|charter"
_MILITARY_AFTER = r"militaire|militar"
_CIVIL_AFTER = r"privée?|civile?|d['’]affaires|de ligne|privad[oa]|ejecutiv[oa]|comercial"
# "a military plane", "the private Embraer jet", "l'avion privé", "la aeronave civil"
_CLASSED = re.compile(
    rf"\b(?:(?P<before>{_MILITARY_BEFORE}|{_CIVIL_BEFORE})\s+(?:[A-Z][\w-]*\s+){{0,2}}"
    rf"{_AIRCRAFT}|{_AIRCRAFT}\s+(?P<after>{_MILITARY_AFTER}|{_CIVIL_AFTER}))\b(?!s)",
    re.IGNORECASE,
)
CRASH_WORDS = re.compile(
    r"\b(?:crash(?:ed|es)?|came down|went down|crash-landed|"
    r"s['’]est écrasée?|écrasée?|accident|"
    r"se estrell[óo]|estrellad[oa]|siniestro|accidente)\b",
    re.IGNORECASE,
)
# An attack on aircraft, not the crash of one.
_ATTACK = re.compile(r"\b(?:shot down|downed|abattue?s?|derribad[oa]s?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AircraftClass:
    """One article's statement of the class of the aircraft that crashed."""

    kind: str  # MILITARY or CIVIL
    words: str  # the aircraft as written
    span: Span  # the sentence
    sentence: int  # the sentence's index in the article


def _class(match: re.Match[str]) -> str:
    word = (match.group("before") or match.group("after")).lower()
    return MILITARY if re.fullmatch(rf"{_MILITARY_BEFORE}|{_MILITARY_AFTER}", word) else CIVIL


def aircraft_classes(annotated: AnnotatedArticle) -> list[AircraftClass]:
    """Every statement in the article of the class of a crashed aircraft."""
    text = annotated.article.text
    found = []
    for index, sentence in enumerate(annotated.sentences):
        words = text[sentence.start : sentence.end]
        if (
            not CRASH_WORDS.search(words)
            or _ATTACK.search(words)
            or NOT_THE_HAPPENING.search(words)
        ):
            continue
        named = list(_CLASSED.finditer(words))
        kinds = {_class(m) for m in named}
        if len(kinds) != 1:
            continue  # no class, or both ("a civilian plane, not a military one")
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        found.append(AircraftClass(kinds.pop(), named[0].group(), span, index))
    return found
