"""The direction of one flight stated differently by two outlets: "from Moscow to St.
Petersburg" against "from St Petersburg to Moscow" (a place conflict).

Two routes are of one flight when they join the same two places and their reports were
published within a week of each other (or undated); they clash when one's origin is the
other's destination and the reverse. A route stated by one outlet and only its destination
by another is no clash (a destination alone is not read)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.findings import conflict, evidence_side, sides_text
from crosscheck.claims.routes import Route, routes
from crosscheck.corpus import Corpus
from crosscheck.corroborate.one_event import one_event_groups
from crosscheck.records import Finding

# Reports published further apart than this may speak of two flights.
MAX_REPORT_DAYS = 7


@dataclass(frozen=True, slots=True)
class Stated:
    """A route with the outlet, origin and report day behind it."""

    route: Route
    outlet: str
    origin: str
    published: date | None
    written: str  # the route as the first statement of it wrote it


def _stated(corpus: Corpus) -> list[Stated]:
    return [
        Stated(
            route,
            corpus.label(article_id),
            corpus.own_origin(article_id),
            corpus.published(article_id),
            route.words,
        )
        for article_id, annotated in corpus.articles.items()
        if corpus.story_of.get(article_id) is not None
        for route in routes(annotated)
    ]


def _one_flight(x: Stated, y: Stated) -> bool:
    ends_x = {x.route.origin, x.route.destination}
    if ends_x != {y.route.origin, y.route.destination}:
        return False
    if x.published is not None and y.published is not None:
        return abs((x.published - y.published).days) <= MAX_REPORT_DAYS
    return True


def _reversed(x: Stated, y: Stated) -> bool:
    return x.outlet != y.outlet and x.route.origin == y.route.destination


def _finding(group: list[Stated], corpus: Corpus) -> Finding:
    by_way: dict[tuple[str, str], list[Stated]] = defaultdict(list)
    for item in group:
        by_way[(item.route.origin, item.route.destination)].append(item)
    values = [
        evidence_side(
            f"from {items[0].route.origin.title()} to {items[0].route.destination.title()}",
            [(i.route.span, i.origin) for i in items],
        )
        for _, items in sorted(by_way.items())
    ]
    summary = "Outlets disagree on the direction of the flight: " + sides_text(values, corpus)
    ids = ("route", *sorted(f"{i.route.span.article}:{i.route.span.start}" for i in group))
    return conflict("place_conflict", ids, summary + ".", values)


def route_conflicts(corpus: Corpus) -> list[Finding]:
    """Flights whose origin and destination two outlets give the other way round."""
    groups = one_event_groups(_stated(corpus), _one_flight, _reversed)
    return [_finding(group, corpus) for group in groups]
