"""Two people said to have read out one event's statement: "It was read by ECOWAS Commission
chairperson, Omar Touray" against "a joint statement read out at the end of the crisis meeting
by ... Bola Tinubu" (a participant conflict).

Readings are compared within one event (the articles the event groups), between outlets, and
only when the reports were published within a few days of each other (or undated). Two
readers whose names share a word ("Omar Touray", "Omar Alieu Touray") may be one person the
resolver kept apart, and are no conflict."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.findings import (
    clashing_members,
    conflict,
    sides_by,
    sides_text,
)
from crosscheck.claims.statement_readers import StatementReader, statement_readers
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

# Reports further apart than this may speak of two statements.
MAX_REPORT_DAYS = 3
TITLE_CHARS = 60


@dataclass(frozen=True, slots=True)
class Stated:
    """A reader with the entity, outlet, origin and report day behind it."""

    reading: StatementReader
    reader: str  # entity id
    name: str  # the entity's name
    outlet: str
    origin: str
    published: date | None


def _stated(corpus: Corpus) -> dict[str, list[Stated]]:
    found: dict[str, list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        event = corpus.event_of.get(article_id)
        if event is None:
            continue
        for reading in statement_readers(annotated):
            reader = corpus.entity(article_id, reading.mention)
            if reader is None or reader not in corpus.entities:
                continue
            found[event].append(
                Stated(
                    reading,
                    reader,
                    corpus.entities[reader].name,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    corpus.published(article_id),
                )
            )
    return found


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", name)}


def _clash(x: Stated, y: Stated) -> bool:
    if x.outlet == y.outlet or x.reader == y.reader or _words(x.name) & _words(y.name):
        return False
    if x.published is not None and y.published is not None:
        return abs((x.published - y.published).days) <= MAX_REPORT_DAYS
    return True


def _event_label(event: str, corpus: Corpus) -> str:
    """ "in Abuja", or the start of the event's title when its place is unknown."""
    found = corpus.events.get(event)
    if found is None:
        return ""
    if found.location:
        return f"in {found.location}"
    title = found.title if len(found.title) <= TITLE_CHARS else found.title[:TITLE_CHARS] + "\u2026"
    return f"({title})"


def _finding(event: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        clashing,
        lambda i: i.reader,
        lambda _, items: items[0].name,
        lambda i: (i.reading.span, i.origin),
        corpus,
    )
    summary = f"Outlets disagree on who read out the statement {_event_label(event, corpus)}: "
    summary += sides_text(values, corpus)
    ids = (
        "statement reader",
        event,
        *sorted(f"{i.reading.span.article}:{i.reading.span.start}" for i in clashing),
    )
    return conflict("participant_conflict", ids, summary + ".", values)


def reader_conflicts(corpus: Corpus) -> list[Finding]:
    """Events whose statement two outlets say two different people read out."""
    findings = []
    for event, items in sorted(_stated(corpus).items()):
        clashing = clashing_members(items, _clash)
        if clashing:
            findings.append(_finding(event, clashing, corpus))
    return findings
