"""One lasting state of the same parties given two start years by two outlets: "Syria and
Israel, technically at war since 1948" against "the two countries, at war since 1967" (a date
conflict).

Statements are compared within one story, for one state, when their sentences name the same
parties: at least two shared entities (a war, broken relations are between two), or one for a
state of one party (in power, under sanctions, an occupier) when neither names more."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosscheck.claims.findings import (
    clashing_members,
    conflict,
    sides_by,
    sides_text,
)
from crosscheck.claims.start_years import StartYear, start_years
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

_BETWEEN_TWO = ("at war", "no diplomatic relations")


@dataclass(frozen=True, slots=True)
class Stated:
    """A start year with the entities its sentence names, its outlet and origin."""

    statement: StartYear
    parties: frozenset[str]
    outlet: str
    origin: str


def _same_parties(x: Stated, y: Stated) -> bool:
    shared = x.parties & y.parties
    if x.statement.state in _BETWEEN_TWO:
        return len(shared) >= 2
    return bool(shared) and (len(shared) >= 2 or len(x.parties) == len(y.parties) == 1)


def _stated(corpus: Corpus) -> dict[tuple[str, str], list[Stated]]:
    found: dict[tuple[str, str], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for statement in start_years(annotated):
            parties = frozenset(
                entity
                for entity in (corpus.entity(article_id, m) for m in statement.mentions)
                if entity is not None
            )
            found[(story, statement.state)].append(
                Stated(statement, parties, corpus.label(article_id), corpus.own_origin(article_id))
            )
    return found


def _finding(story: str, state: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        clashing,
        lambda i: i.statement.year,
        lambda year, _: f"since {year}",
        lambda i: (i.statement.span, i.origin),
        corpus,
    )
    shared = frozenset.intersection(*(i.parties for i in clashing))
    names = " and ".join(sorted(corpus.entities[e].name for e in shared if e in corpus.entities))
    who = f" of {names}" if names else ""
    summary = f"Outlets disagree on when the state \u201c{state}\u201d{who} began: " + sides_text(
        values, corpus
    )
    ids = (
        "start year",
        story,
        state,
        *sorted(f"{i.statement.span.article}:{i.statement.span.start}" for i in clashing),
    )
    return conflict("date_conflict", ids, summary + ".", values)


def start_year_conflicts(corpus: Corpus) -> list[Finding]:
    """Lasting states of the same parties whose start year two outlets state differently."""
    findings = []
    for (story, state), items in sorted(_stated(corpus).items()):
        clashing = clashing_members(
            items,
            lambda x, y: (
                x.outlet != y.outlet
                and x.statement.year != y.statement.year
                and _same_parties(x, y)
            ),
        )
        if clashing:
            findings.append(_finding(story, state, clashing, corpus))
    return findings
