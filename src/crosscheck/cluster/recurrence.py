"""Reports of a new event of a kind the story has seen before, kept apart from the others.

A story of a quake often has a second one ("Fresh quake rocks Nepal", "Yet another earthquake
of 3.6 magnitude shook Nepal", "Tremor felt again"), at the same place and worded like the
first: word overlap and place cannot tell them apart, the report's own announcement can. A
report that announces a new event of the kind and one that does not report different events,
unless both are known to report the same day (two reports of one aftershock, one of which says
"another"; a report published the day after an event reports that day). The headline states
the article's event; without a title the lead stands for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from crosscheck.cluster.another_event import announces_another_event
from crosscheck.cluster.headline import headline_text
from crosscheck.records import AnnotatedArticle


def announces_recurrence(article: AnnotatedArticle) -> bool:
    """Whether the article's headline (or lead, without a title) announces a new event of a
    recurring kind: "another", "second", "fresh" ... quake, or the kind "again"."""
    return announces_another_event(headline_text(article))


def same_report_day(
    first: int,
    second: int,
    event_days: Sequence[date | None],
    published: Sequence[date | None],
) -> bool:
    """Whether two reports are known to report the same day: the same event date, the same
    publication day, or one's event date and the other's publication on it or the day after
    (a report is published up to a day after its event)."""
    a, b = event_days[first], event_days[second]
    if a is not None and b is not None:
        return a == b
    p, q = published[first], published[second]
    if a is not None and q is not None:
        return 0 <= (q - a).days <= 1
    if b is not None and p is not None:
        return 0 <= (p - b).days <= 1
    return p is not None and p == q


def recurrence_apart(
    first: int,
    second: int,
    recurring: Sequence[bool],
    event_days: Sequence[date | None],
    published: Sequence[date | None],
) -> bool:
    """One report announces a new event of the kind and the other does not, and they are not
    known to report the same day; or both announce one and state different event days (two
    aftershocks on two days)."""
    if recurring[first] and recurring[second]:
        a, b = event_days[first], event_days[second]
        return a is not None and b is not None and a != b
    if recurring[first] == recurring[second]:
        return False
    return not same_report_day(first, second, event_days, published)
