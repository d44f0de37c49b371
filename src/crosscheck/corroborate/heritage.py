"""One monument said to be a World Heritage site by one outlet and only proposed for the list
by another: "Classified to the world heritage of UNESCO the magnificent Tinmel mosque" against
"the Tinmel Mosque, which had been proposed for listing as a World Heritage site" (a
conflict). Statements are compared within one story, for one monument name."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosscheck.claims.findings import (
    clashing_members,
    conflict,
    sides_by,
    sides_text,
)
from crosscheck.claims.heritage import LISTED, HeritageStatus, heritage_statuses
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

_SAYS = {LISTED: "a World Heritage site", "proposed": "proposed for the World Heritage list"}


@dataclass(frozen=True, slots=True)
class Stated:
    """A monument's status with its outlet and origin."""

    statement: HeritageStatus
    outlet: str
    origin: str


def _stated(corpus: Corpus) -> dict[tuple[str, str], list[Stated]]:
    found: dict[tuple[str, str], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for statement in heritage_statuses(annotated):
            found[(story, statement.monument)].append(
                Stated(statement, corpus.label(article_id), corpus.own_origin(article_id))
            )
    return found


def _finding(story: str, monument: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        clashing,
        lambda i: i.statement.status,
        lambda status, _: _SAYS[status],
        lambda i: (i.statement.span, i.origin),
        corpus,
    )
    summary = (
        f"Outlets disagree on the World Heritage status of {clashing[0].statement.written}: "
        + sides_text(values, corpus)
        + "."
    )
    ids = (
        "heritage",
        story,
        monument,
        *sorted(f"{i.statement.span.article}:{i.statement.span.start}" for i in clashing),
    )
    return conflict("conflict", ids, summary, values)


def heritage_conflicts(corpus: Corpus) -> list[Finding]:
    """Monuments that one outlet calls listed and another only proposed."""
    findings = []
    for (story, monument), items in sorted(_stated(corpus).items()):
        clashing = clashing_members(
            items,
            lambda x, y: x.outlet != y.outlet and x.statement.status != y.statement.status,
        )
        if clashing:
            findings.append(_finding(story, monument, clashing, corpus))
    return findings
