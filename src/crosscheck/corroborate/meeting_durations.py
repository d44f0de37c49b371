"""How long one meeting lasted, stated differently by two outlets: "the talks lasted less than
two hours" against "after four hours of talks" (a number conflict).

Statements are compared for one meeting (one numbered round of the story, or one event), by
different outlets, when the spans of minutes their words allow do not meet: "more than three
hours" and "three-hour-long talks" agree, "three hours" and "more than two hours" agree.
Reports of one event published more than a week apart may be of two of its meetings, unless
both date the meeting they report the same day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from itertools import combinations

from crosscheck.claims.findings import clashing_members, conflict, evidence_side, sides_text
from crosscheck.claims.meeting_dates import meeting_date
from crosscheck.claims.meeting_durations import MeetingDuration, meeting_durations
from crosscheck.corpus import Corpus
from crosscheck.corroborate.event_span import one_meeting_reports, read_by_meeting
from crosscheck.records import Finding
from crosscheck.resolve.union_find import DisjointSets


@dataclass(frozen=True, slots=True)
class Stated:
    """A meeting's duration with its outlet and origin."""

    duration: MeetingDuration
    outlet: str
    origin: str


def spans_meet(x: MeetingDuration, y: MeetingDuration) -> bool:
    """Whether both durations can be true of one meeting: "nearly three hours" and "more
    than three hours" meet at three hours, which neither allows."""
    low, low_open = max((x.value.low or 0.0, x.low_open), (y.value.low or 0.0, y.low_open))
    highs = [(d.value.high, d.high_open) for d in (x, y) if d.value.high is not None]
    if not highs:
        return True
    high, high_open = min(highs, key=lambda h: (h[0], not h[1]))
    return low < high or (low == high and not (low_open or high_open))


def _comparable(x: Stated, y: Stated, meeting: str, corpus: Corpus) -> bool:
    if x.outlet == y.outlet:
        return False
    if not meeting.startswith("event "):
        return True
    a, b = x.duration.span.article, y.duration.span.article
    return one_meeting_reports(a, b, corpus) or _dated_alike(a, b, corpus)


def _dated_alike(a: str, b: str, corpus: Corpus) -> bool:
    """Whether two reports of one event date the meeting they report the same day."""
    if corpus.event_of.get(a) is None or corpus.event_of.get(a) != corpus.event_of.get(b):
        return False
    day = meeting_date(corpus.articles[a])
    return day is not None and day == meeting_date(corpus.articles[b])


def _stated(corpus: Corpus) -> dict[tuple[str, str], list[Stated]]:
    return {
        key: [Stated(item, corpus.label(a), corpus.own_origin(a)) for a, item in items]
        for key, items in read_by_meeting(corpus, meeting_durations).items()
    }


def _finding(story: str, meeting: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    sides = DisjointSets[int]()
    for index in range(len(clashing)):
        sides.find(index)
    for (i, x), (j, y) in combinations(enumerate(clashing), 2):
        if spans_meet(x.duration, y.duration):
            sides.union(i, j)
    grouped: dict[int, list[Stated]] = defaultdict(list)
    for index, item in enumerate(clashing):
        grouped[sides.find(index)].append(item)
    values = [
        evidence_side(
            " / ".join(dict.fromkeys(i.duration.value.text for i in items)),
            [(i.duration.span, i.origin) for i in items],
            corpus,
        )
        for items in grouped.values()
    ]
    what = f"the {meeting} of talks" if meeting.startswith("round ") else "the talks"
    summary = f"Outlets disagree on how long {what} lasted: " + sides_text(values, corpus)
    ids = (
        "duration",
        story,
        meeting,
        *sorted(f"{i.duration.span.article}:{i.duration.span.start}" for i in clashing),
    )
    return conflict("number_conflict", ids, summary + ".", values)


def _clash(meeting: str, corpus: Corpus, x: Stated, y: Stated) -> bool:
    return _comparable(x, y, meeting, corpus) and not spans_meet(x.duration, y.duration)


def duration_conflicts(corpus: Corpus) -> list[Finding]:
    """Meetings whose length two outlets state in ways that cannot both be true."""
    findings = []
    for (story, meeting), items in sorted(_stated(corpus).items()):
        clashing = clashing_members(items, partial(_clash, meeting, corpus))
        if clashing:
            findings.append(_finding(story, meeting, clashing, corpus))
    return findings
