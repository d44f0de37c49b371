"""Whether the reports of one event can be about one meeting: an event whose dated reports span
more than a week may hold two meetings (rounds of talks grouped together), and two reports
of it published more than a week apart may speak of either. Also: what articles say of
meetings, grouped by story and meeting."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from crosscheck.corpus import Corpus
from crosscheck.records import AnnotatedArticle

MAX_REPORT_DAYS = 7


def short_event(event: str, corpus: Corpus) -> bool:
    """Whether the event's dated reports fall within a week (and it has some)."""
    found = corpus.events.get(event)
    days = sorted(d for d in (corpus.published(a) for a in (found.articles if found else [])) if d)
    return bool(days) and (days[-1] - days[0]).days <= MAX_REPORT_DAYS


def one_meeting_reports(first: str, second: str, corpus: Corpus) -> bool:
    """Whether two articles of one event can report one meeting of it: both dated within a
    week, or, when one is undated, the event's dated reports within a week."""
    event = corpus.event_of.get(first)
    if event is None or event != corpus.event_of.get(second):
        return False
    a, b = corpus.published(first), corpus.published(second)
    if a is not None and b is not None:
        return abs((a - b).days) <= MAX_REPORT_DAYS
    return short_event(event, corpus)


class _OfAMeeting(Protocol):
    @property
    def meeting(self) -> str: ...


M = TypeVar("M", bound=_OfAMeeting)


def read_by_meeting(
    corpus: Corpus, read: Callable[[AnnotatedArticle], Iterable[M]]
) -> dict[tuple[str, str], list[tuple[str, M]]]:
    """What `read` finds in each article of a story, grouped by story and meeting: a numbered
    round is one meeting story-wide, "event" is the article's own event."""
    found: dict[tuple[str, str], list[tuple[str, M]]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for item in read(annotated):
            meeting = item.meeting
            if meeting == "event":
                meeting = f"event {corpus.event_of.get(article_id)}"
            found[(story, meeting)].append((article_id, item))
    return found
