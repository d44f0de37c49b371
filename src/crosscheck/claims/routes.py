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
# An end named only as "the capital" of somewhere ("hacia la capital rusa", "to the Russian
# capital"): which place it is is not read, but the other end's side of the route is.
_UNNAMED = r"(?:the|la|le|el)\s+(?:[\w-]+\s+)?(?:capital|capitale)(?:\s+[a-zà-ÿ]+)?\b"
_ARTICLE = r"(?:the\s+|la\s+|le\s+)?"
_ROUTE = re.compile(
    rf"\b(?:from|de|d['’]|desde)\s*(?:(?P<origin_unnamed>{_UNNAMED})|{_ARTICLE}(?P<origin>{_PLACE}))"
    rf"\s*,?\s+(?:to|for|towards|into|à|a|vers|hacia|hasta|para|rumbo a)\s+"
    rf"(?:(?P<destination_unnamed>{_UNNAMED})|{_ARTICLE}(?P<destination>{_PLACE}))"
    rf"|\brelier\s+(?P<origin2>{_PLACE})\s+à\s+(?P<destination2>{_PLACE})",
)


def fold_place_name(name: str) -> str:
    """A place name without accents, case, dots or hyphens ("Saint-Pétersbourg" ->
    "saint petersbourg", "St. Petersburg" -> "st petersburg")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w]", " ", plain.lower()).split())


@dataclass(frozen=True, slots=True)
class Route:
    """One article's statement of a flight's origin and destination; an end named only as "the
    capital" is None."""

    origin: str | None  # folded names
    destination: str | None
    words: str  # the route as written
    span: Span  # the sentence
    origin_at: int | None = None  # where each named end starts in the article
    destination_at: int | None = None


def _end(match: re.Match[str], *groups: str) -> tuple[str | None, int | None]:
    for group in groups:
        if match.group(group):
            return fold_place_name(match.group(group)), match.start(group)
    return None, None


def _read(match: re.Match[str], offset: int, span: Span) -> Route:
    origin, origin_at = _end(match, "origin", "origin2")
    destination, destination_at = _end(match, "destination", "destination2")
    return Route(
        origin,
        destination,
        match.group(),
        span,
        None if origin_at is None else offset + origin_at,
        None if destination_at is None else offset + destination_at,
    )


def routes(annotated: AnnotatedArticle) -> list[Route]:
    """Every statement in the article of a flight's route with both ends (one of them may be
    named only as "the capital")."""
    text = annotated.article.text
    found = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not (_FLIGHT.search(words) and CRASH_WORDS.search(words)):
            continue  # a trip may go there and back: only a crashed flight has one direction
        if NOT_THE_HAPPENING.search(words):
            continue
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        stated = {}
        for match in _ROUTE.finditer(words):
            route = _read(match, sentence.start, span)
            stated[(route.origin, route.destination)] = route
        if len(stated) != 1:
            continue  # no route, or several: which one is the flight's?
        route = next(iter(stated.values()))
        if route.origin == route.destination:
            continue  # the same place at both ends, or two unnamed ends
        found.append(route)
    return found
