"""The year a lasting state began, as an article states it, in English and French: "Syria and
Israel have technically been at war since 1948", "no diplomatic relations since 1980", "en
guerre depuis 1948". Two outlets giving one state of the same parties two different start
years disagree ("since 1948" / "since 1967").

The state is one of a few lasting ones (a war, no diplomatic relations, an occupation, an
annexation, a party in power, sanctions), read only when the year follows it closely, without
a comma between: "at war, with Israel occupying the Golan since 1967" gives the occupation's
year, not the war's. A negated state ("have not been at war since 1973") is another claim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.records import AnnotatedArticle, Span

_STATES = {
    "at war": r"at war|in a (?:formal |technical )?state of war|en guerre|en état de guerre",
    "no diplomatic relations": (
        r"no (?:formal |official |full )?diplomatic (?:relations|ties)|"
        r"severed (?:diplomatic )?(?:relations|ties)|"
        r"(?:pas de|aucune?|sans) relations? diplomatiques?|"
        r"rompu (?:leurs |ses )?relations diplomatiques"
    ),
    "occupied": r"occupied|has occupied|have occupied|occupying|occupe|occupé|occupée|occupés",
    "annexed": r"annexed|annexé|annexée",
    "in power": r"in power|au pouvoir|has ruled|have ruled|ruling",
    "under sanctions": r"under (?:international |western |us |u\.s\. )?sanctions|sous sanctions",
}
_STATE = re.compile(
    r"\b(?:" + "|".join(f"(?P<s{i}>{words})" for i, words in enumerate(_STATES.values())) + r")"
    r"(?P<gap>[^,.;:()\"“”]{0,30}?)\b(?:since|depuis)\s+(?:(?:the\s+)?(?:end of\s+|early\s+|"
    r"late\s+)?)?(?P<year>(?:1[89]|20)\d\d)\b(?!\s*(?:s\b|['’]s))",
    re.IGNORECASE,
)
_STATE_NAMES = list(_STATES)
_NEGATED = re.compile(r"\b(?:not|n['’]t|never|no longer|ne|n['’]|plus)\s+(?:\w+\s+){0,2}$", re.I)
_HEDGED = re.compile(r"\b(?:if|would|could|might|may|unless|whether|si)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StartYear:
    """One article's statement of the year a lasting state began."""

    state: str  # "at war", "no diplomatic relations", ...
    year: int
    words: str  # "at war since 1948"
    mentions: frozenset[int]  # the places, peoples, organisations and people it names
    span: Span


def start_years(annotated: AnnotatedArticle) -> list[StartYear]:
    """Every state with its start year the article states."""
    text = annotated.article.text
    found: list[StartYear] = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not re.search(r"\b(?:since|depuis)\s+(?:1[89]|20)\d\d", words, re.IGNORECASE):
            continue
        if _HEDGED.search(words):
            continue
        for match in _STATE.finditer(words):
            if _NEGATED.search(words[: match.start()]) or _STATE.search(match.group("gap")):
                continue
            state = next(
                _STATE_NAMES[int(name[1:])]
                for name, value in match.groupdict().items()
                if name.startswith("s") and name[1:].isdigit() and value
            )
            mentions = frozenset(
                i
                for i, m in enumerate(annotated.mentions)
                if m.type in ("GPE", "LOC", "NORP", "ORG", "PERSON")
                and sentence.start <= m.start < sentence.end
            )
            span = Span(
                article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
            )
            found.append(StartYear(state, int(match.group("year")), match.group(), mentions, span))
    return found
