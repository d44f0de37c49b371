"""The direction of one flight stated differently by two outlets: "from Moscow to St.
Petersburg" against "from St Petersburg to Moscow" (a place conflict).

Each end is the place entity its name resolves to ("San Petersburgo" and "St. Petersburg"
are one city), else its folded name. Two routes are of one flight when their reports were
published within a week of each other (or undated) and they join the same two places, or one
of them names one end only ("from St Petersburg to the Russian capital") and that end is an
end of the other; they clash when a place is one's origin and the other's destination. A
route stated by one outlet and only its destination by another is no clash (a destination
alone is not read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crosscheck.claims.findings import conflict, sides_by, sides_text
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
    origin_place: str | None  # the entity of each end, else its folded name
    destination_place: str | None

    def ends(self) -> set[str]:
        """The named ends."""
        return {e for e in (self.origin_place, self.destination_place) if e is not None}


def _place(corpus: Corpus, article: str, at: int | None, name: str | None) -> str | None:
    if at is None or name is None:
        return name
    mentions = corpus.articles[article].mentions
    index = next((i for i, m in enumerate(mentions) if m.start <= at < m.end), None)
    return corpus.entity(article, index) or name


def _stated(corpus: Corpus) -> list[Stated]:
    return [
        Stated(
            route,
            corpus.label(article_id),
            corpus.own_origin(article_id),
            corpus.published(article_id),
            route.words,
            _place(corpus, article_id, route.origin_at, route.origin),
            _place(corpus, article_id, route.destination_at, route.destination),
        )
        for article_id, annotated in corpus.articles.items()
        if corpus.story_of.get(article_id) is not None
        for route in routes(annotated)
    ]


def _one_flight(x: Stated, y: Stated) -> bool:
    ends_x, ends_y = x.ends(), y.ends()
    if len(ends_x) == len(ends_y) == 2:
        if ends_x != ends_y:
            return False
    elif not (len(ends_x | ends_y) == 2 and (ends_x <= ends_y or ends_y <= ends_x)):
        return False  # half a route is of the flight whose ends hold its named end
    if x.published is not None and y.published is not None:
        return abs((x.published - y.published).days) <= MAX_REPORT_DAYS
    return True


def _reversed(x: Stated, y: Stated) -> bool:
    return x.outlet != y.outlet and (
        (x.origin_place is not None and x.origin_place == y.destination_place)
        or (x.destination_place is not None and x.destination_place == y.origin_place)
    )


def _name(place: str, folded: str, corpus: Corpus) -> str:
    entity = corpus.entities.get(place)
    return entity.name if entity is not None else folded.title()


def _label(item: Stated, corpus: Corpus) -> str:
    """The route in the entities' names ("from Moscow to St. Petersburg" for "de Moscou vers
    Saint-Pétersbourg"), or as written when an end is unnamed."""
    route = item.route
    if (
        route.origin is None
        or route.destination is None
        or item.origin_place is None
        or item.destination_place is None
    ):
        return route.words  # "desde San Petersburgo hacia la capital rusa"
    return (
        f"from {_name(item.origin_place, route.origin, corpus)}"
        f" to {_name(item.destination_place, route.destination, corpus)}"
    )


def _finding(group: list[Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        group,
        lambda i: (i.origin_place or "", i.destination_place or ""),
        lambda _, items: _label(items[0], corpus),
        lambda i: (i.route.span, i.origin),
        corpus,
    )
    summary = "Outlets disagree on the direction of the flight: " + sides_text(values, corpus)
    ids = ("route", *sorted(f"{i.route.span.article}:{i.route.span.start}" for i in group))
    return conflict("place_conflict", ids, summary + ".", values)


def route_conflicts(corpus: Corpus) -> list[Finding]:
    """Flights whose origin and destination two outlets give the other way round."""
    groups = one_event_groups(_stated(corpus), _one_flight, _reversed)
    return [_finding(group, corpus) for group in groups]
