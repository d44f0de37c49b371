"""The day of one meeting stated differently by two outlets: "the first round ... took place on
Saturday, April 12" against "held talks ... in Muscat on Sunday" (a date conflict).

Statements are compared only for one meeting: the same numbered round of talks of a story, or
the same event when neither names a round. A meeting may run over two days, so a day given
for its start, its end or the whole of it only clashes with a day it cannot share: the start
after the end, or more than a day apart. Rounds dated weeks apart are two series of talks,
and reports of one event published more than a week apart may speak of two meetings. A report
published before the day another gives cannot speak of that meeting, and statements are grouped
only when every two of them can be of one meeting (see one_event): "the talks in Istanbul" may
be two rounds."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from crosscheck.claims.findings import conflict, evidence_side, sides_text
from crosscheck.claims.meeting_days import END, START, WEEKDAYS, WHOLE, MeetingDay, meeting_days
from crosscheck.corpus import Corpus
from crosscheck.corroborate.event_span import read_by_meeting, short_event
from crosscheck.corroborate.one_event import one_event_groups
from crosscheck.records import Finding
from crosscheck.resolve.union_find import DisjointSets

# Two numbered rounds dated further apart than this are of two series of talks.
MAX_SERIES_DAYS = 14
# One meeting's day given by two outlets a day or two apart is a slip; further apart, two
# meetings.
MAX_SLIP_DAYS = 2
# How many days a meeting may run over: its start and its end may be this far apart.
MEETING_DAYS = 1


@dataclass(frozen=True, slots=True)
class Stated:
    """A meeting day with the outlet and origin behind it."""

    day: MeetingDay
    outlet: str
    origin: str


def _days_after(first: int, second: int) -> int:
    """Days from weekday `first` to weekday `second` (0 to 6)."""
    return (second - first) % 7


def _can_share(x: MeetingDay, y: MeetingDay) -> bool:
    """Whether both days can be true of one meeting."""
    if x.day is not None and y.day is not None:
        gap = (y.day - x.day).days
    else:
        gap = _days_after(x.weekday, y.weekday)
        gap = gap if gap <= 3 else gap - 7
    if gap == 0:
        return True
    if gap < 0:
        x, y, gap = y, x, -gap
    # x is the earlier day: it may be the start, y the end or the whole (or x the whole, y
    # the end) of a meeting over two days
    phases = (x.phase, y.phase)
    return gap <= MEETING_DAYS and phases in ((START, END), (START, WHOLE), (WHOLE, END))


def _written_after(x: Stated, y: Stated, corpus: Corpus) -> bool:
    """Whether y's report was published before the day x gives: it cannot speak of x's
    meeting."""
    published = corpus.published(y.day.span.article)
    day = x.day.day or x.day.resolved
    return published is not None and day is not None and published < day


def _one_meeting(x: Stated, y: Stated, corpus: Corpus) -> bool:
    """Whether both statements can be of one meeting (of one outlet or two)."""
    a, b = x.day.span.article, y.day.span.article
    if x.day.meeting != y.day.meeting:
        return False
    if _written_after(x, y, corpus) or _written_after(y, x, corpus):
        return False
    x_day, y_day = x.day.day, y.day.day
    if x_day is not None and y_day is not None and abs((x_day - y_day).days) > MAX_SERIES_DAYS:
        return False
    if x.day.meeting != "event":
        return True
    if corpus.event_of.get(a) is None or corpus.event_of.get(a) != corpus.event_of.get(b):
        return False
    if x.day.resolved is not None and y.day.resolved is not None:
        # days a week apart are two meetings the event's reports speak of
        return abs((x.day.resolved - y.day.resolved).days) <= MAX_SLIP_DAYS
    return short_event(corpus.event_of[a], corpus)


def _key(item: Stated) -> str:
    day = item.day
    return WEEKDAYS[day.weekday] + (f" {day.day.isoformat()}" if day.day else "")


def _stated(corpus: Corpus) -> dict[tuple[str, str], list[Stated]]:
    return {
        key: [Stated(item, corpus.label(a), corpus.own_origin(a)) for a, item in items]
        for key, items in read_by_meeting(corpus, meeting_days).items()
    }


def _what(meeting: str, items: list[Stated], corpus: Corpus) -> str:
    if meeting.startswith("round "):
        return f"the {meeting} of talks"
    event = corpus.events.get(meeting.partition(" ")[2])
    if event is not None and event.location:
        return f"the talks in {event.location}"
    return "the meeting"


def _finding(story: str, meeting: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    sides = DisjointSets[str]()
    for item in clashing:
        sides.find(_key(item))
    for x, y in combinations(clashing, 2):
        if _can_share(x.day, y.day):
            sides.union(_key(x), _key(y))
    grouped: dict[str, list[Stated]] = defaultdict(list)
    for item in clashing:
        grouped[sides.find(_key(item))].append(item)
    values = [
        evidence_side(
            " / ".join(sorted({_key(i) for i in items})),
            [(i.day.span, i.origin) for i in items],
            corpus,
        )
        for _, items in sorted(grouped.items())
    ]
    summary = f"Outlets disagree on the day of {_what(meeting, clashing, corpus)}: " + sides_text(
        values, corpus
    )
    ids = (
        "meeting day",
        story,
        meeting,
        *sorted(f"{i.day.span.article}:{i.day.span.start}" for i in clashing),
    )
    return conflict("date_conflict", ids, summary + ".", values)


def meeting_day_conflicts(corpus: Corpus) -> list[Finding]:
    """Meetings whose day two outlets state differently."""
    findings = []
    for (story, meeting), items in sorted(_stated(corpus).items()):
        for group in one_event_groups(
            items,
            lambda x, y: _one_meeting(x, y, corpus),
            lambda x, y: x.outlet != y.outlet and not _can_share(x.day, y.day),
        ):
            findings.append(_finding(story, meeting, group, corpus))
    return findings
