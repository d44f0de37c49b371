"""Two expected landing times of one numbered flight: "L'avion est attendu à Paris peu après
minuit" against "ils sont attendus ici vers 2h du matin" (a date conflict, of the hour).

Statements are compared for one flight (the first, the second...) of one story, between
outlets, only when the reports were published the same day or the next (or undated: a later
report may give a changed schedule), and when the windows of time their words allow do not
meet."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.expected_arrivals import ExpectedArrival, expected_arrivals
from crosscheck.claims.findings import clashing_members, conflict, evidence_side, sides_text
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

# Reports further apart than this may give a changed schedule.
MAX_REPORT_DAYS = 1
_FLIGHT_NAMES = {0: "last", 1: "first", 2: "second", 3: "third", 4: "fourth"}


@dataclass(frozen=True, slots=True)
class Stated:
    """An expected landing time with the outlet, origin and report day behind it."""

    arrival: ExpectedArrival
    outlet: str
    origin: str
    published: date | None


def _stated(corpus: Corpus) -> dict[tuple[str, int], list[Stated]]:
    found: dict[tuple[str, int], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for arrival in expected_arrivals(annotated):
            found[(story, arrival.flight)].append(
                Stated(
                    arrival,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    corpus.published(article_id),
                )
            )
    return found


def _meet(x: ExpectedArrival, y: ExpectedArrival) -> bool:
    return x.low <= y.high and y.low <= x.high


def _clash(x: Stated, y: Stated) -> bool:
    if x.outlet == y.outlet or _meet(x.arrival, y.arrival):
        return False
    if x.published is not None and y.published is not None:
        return abs((x.published - y.published).days) <= MAX_REPORT_DAYS
    return True


def _finding(story: str, flight: int, clashing: list[Stated], corpus: Corpus) -> Finding:
    by_text: dict[str, list[Stated]] = defaultdict(list)
    for item in clashing:
        by_text[item.arrival.text.lower()].append(item)
    values = [
        evidence_side(items[0].arrival.text, [(i.arrival.span, i.origin) for i in items], corpus)
        for _, items in sorted(by_text.items())
    ]
    name = _FLIGHT_NAMES.get(flight, f"#{flight}")
    summary = f"Outlets disagree on when the {name} flight was expected to land: "
    summary += sides_text(values, corpus)
    ids = (
        "expected arrival",
        story,
        str(flight),
        *sorted(f"{i.arrival.span.article}:{i.arrival.span.start}" for i in clashing),
    )
    return conflict("date_conflict", ids, summary + ".", values)


def expected_arrival_conflicts(corpus: Corpus) -> list[Finding]:
    """Numbered flights whose expected landing two outlets put at times that cannot meet."""
    findings = []
    for (story, flight), items in sorted(_stated(corpus).items()):
        clashing = clashing_members(items, _clash)
        if clashing:
            findings.append(_finding(story, flight, clashing, corpus))
    return findings
