"""A person one outlet says attended a meeting and another says did not (a participant
conflict): "Putin did not attend the talks in Istanbul" against "Putin took part in the talks
in Istanbul".

Statements are compared for one person and one event, by different outlets, when they can be
of one meeting: both name a place they share, or neither names a place nor a meeting "with"
someone (talks with a third party are another meeting of the same days). Reports of one event
published more than a week apart may be of two of its meetings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosscheck.claims.attendance import ABSENT, PRESENT, Attendance, attendances
from crosscheck.claims.findings import clashing_members, conflict, evidence_side, sides_text
from crosscheck.claims.slots import present_year
from crosscheck.corpus import Corpus
from crosscheck.corroborate.event_span import one_meeting_reports
from crosscheck.records import Finding


@dataclass(frozen=True, slots=True)
class Stated:
    """An attendance statement with its outlet and origin."""

    attendance: Attendance
    outlet: str
    origin: str


def _one_meeting(x: Stated, y: Stated, corpus: Corpus) -> bool:
    a, b = x.attendance, y.attendance
    if a.places or b.places:
        if not a.places & b.places:
            return False
    elif a.with_someone or b.with_someone:
        return False
    return one_meeting_reports(a.span.article, b.span.article, corpus)


def _stated(corpus: Corpus) -> dict[tuple[str, str, str], list[Stated]]:
    found: dict[tuple[str, str, str], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        event = corpus.event_of.get(article_id)
        if event is None:
            continue
        found_event = corpus.events.get(event)
        day = found_event.date if found_event is not None else None
        year = present_year(annotated, day.year if day is not None else None)
        for item in attendances(annotated, year):
            person = corpus.entity(article_id, item.person)
            if person is None:
                continue
            found[(corpus.story_of.get(article_id, ""), event, person)].append(
                Stated(item, corpus.label(article_id), corpus.own_origin(article_id))
            )
    return found


def attendance_conflicts(corpus: Corpus) -> list[Finding]:
    """People one outlet reports at a meeting and another absent from it."""
    findings = []
    for (story, event, person), items in sorted(_stated(corpus).items()):
        clashing = clashing_members(
            items,
            lambda x, y: (
                x.outlet != y.outlet
                and x.attendance.presence != y.attendance.presence
                and _one_meeting(x, y, corpus)
            ),
        )
        if not clashing:
            continue
        values = [
            evidence_side(
                presence,
                [
                    (i.attendance.span, i.origin)
                    for i in clashing
                    if i.attendance.presence == presence
                ],
                corpus,
            )
            for presence in (PRESENT, ABSENT)
        ]
        name = corpus.entities[person].name if person in corpus.entities else person
        summary = f"Outlets disagree on whether {name} attended the meeting: " + sides_text(
            values, corpus
        )
        findings.append(
            conflict(
                "participant_conflict", ("attendance", story, event, person), summary + ".", values
            )
        )
    return findings
