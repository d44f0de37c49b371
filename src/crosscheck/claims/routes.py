"""The route of a crashed flight as each article states it, in English, French and Spanish:
"crashed on its way from Moscow to St. Petersburg", "en route de Moscou vers
Saint-Pétersbourg", "un vuelo desde San Petersburgo hacia Moscú".

Only a sentence that tells the crash counts: a delegation's trip goes there and back, two
directions both true. Only a route with both ends named, in words that give its direction,
counts: "between Moscow and St Petersburg" and "une liaison Moscou-Saint-Pétersbourg" give
none, and a destination alone ("bound for St Petersburg") is half a route. Each end is a
capitalised place name, read without accents, articles and punctuation ("St. Petersburg" and
"St Petersburg" are one); a name in another language is another name ("Moscú", "Moscow"), so
routes are compared only when the two names of one end are the two names of the other end
reversed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crosscheck.claims.aircraft import CRASH_WORDS
from crosscheck.claims.event_dates import NOT_THE_HAPPENING
from crosscheck.records import AnnotatedArticle, Span

# A place name: capitalised words, joined by spaces, hyphens or "St." ("Saint-Pétersbourg",
# "San Petersburgo", "St. Petersburg", "Nizhny Novgorod").
_PLACE = r"[A-ZÀ-Ý][\w’'-]*(?:\.?\s(?:[A-ZÀ-Ý][\w’'-]*))*"
_FLIGHT = re.compile(
    r"\b(?:flight|flying|flew|plane|jet|aircraft|airliner|took off|taking off|en route|"
    r"vol|avion|appareil|liaison|relier|vuelo|avión|aeronave)\b",
    re.IGNORECASE,
)
_ROUTE = re.compile(
    rf"\b(?:from|de|d['’]|desde)\s*(?:the\s+|la\s+|le\s+)?(?P<origin>{_PLACE})\s*,?\s+"
    rf"(?:to|for|towards|into|à|a|vers|hacia|hasta|para|rumbo a)\s+(?:the\s+|la\s+|le\s+)?"
    rf"(?P<destination>{_PLACE})"
    rf"|\brelier\s+(?P<origin2>{_PLACE})\s+à\s+(?P<destination2>{_PLACE})",
)


def fold_place_name(name: str) -> str:
    """A place name without accents, case, dots or hyphens ("Saint-Pétersbourg" ->
    "saint petersbourg", "St. Petersburg" -> "st petersburg")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w]", " ", plain.lower()).split())


@dataclass(frozen=True, slots=True)
class Route:
    """One article's statement of a flight's origin and destination."""

    origin: str  # folded names
    destination: str
    words: str  # the route as written
    span: Span  # the sentence


def routes(annotated: AnnotatedArticle) -> list[Route]:
    """Every statement in the article of a flight's route with both ends."""
    text = annotated.article.text
    found = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not (_FLIGHT.search(words) and CRASH_WORDS.search(words)):
            continue  # a trip may go there and back: only a crashed flight has one direction
        if NOT_THE_HAPPENING.search(words):
            continue
        stated = {
            (
                fold_place_name(m.group("origin") or m.group("origin2")),
                fold_place_name(m.group("destination") or m.group("destination2")),
            ): m.group()
            for m in _ROUTE.finditer(words)
        }
        if len(stated) != 1:
            continue  # no route, or several: which one is the flight's?
        (origin, destination), written = next(iter(stated.items()))
        if origin == destination:
            continue
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        found.append(Route(origin, destination, written, span))
    return found
