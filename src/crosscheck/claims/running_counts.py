"""Counts written as a running tally: "the death toll rises to 70", "has reached 157", "le bilan
grimpe à 120", "asciende a 300". Two such tallies of one day differ because they were taken at
different hours of a count that only grows, not because the outlets disagree; a fact-checker
sets them side by side as a timeline, not as a conflict."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.corpus import Corpus

_RUNNING_COUNT = re.compile(
    r"\b(?:ris(?:es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed)?|surg(?:es|ed)|soar(?:s|ed)"
    r"|mount(?:s|ed)|increas(?:es|ed)|went up|goes up|has reached|have reached|reache[sd]"
    r"|now stands at|passe[sd]? the|tops|topped|crosse[sd]"
    # French, Spanish, Portuguese, Italian, German
    r"|grimpe|grimpé|s'alourdit|s’alourdit|alourdi|atteint|passe à|dépasse"
    r"|asciende|ascendió|sube|subió|aumenta|aumentó|eleva|elevó|supera|superó"
    r"|sobe|subiu|chega a|chegou a|ultrapassa|sale a|salito|steigt|gestiegen|erhöht)\b",
    re.IGNORECASE,
)


def reads_as_running_count(text: str) -> bool:
    """Whether a sentence gives its figure as a tally that has grown to it ("toll rises to")."""
    return _RUNNING_COUNT.search(text) is not None


# A disaster's first days: its tally changes by the hour, and two reports of one day may give
# two hours of it. Later, tolls come in daily bulletins and one day's figures should agree.
EARLY_DAYS = 2


def hours_of_a_tally(
    first: str, second: str, report_day: date | None, began: Callable[[], date | None]
) -> bool:
    """Whether two same-day counts may be two hours of one growing tally: either sentence gives
    its figure as a running tally, in the first days after the story `began` (or when either
    day is unknown). `began` is asked only for a running tally: it walks the story's events."""
    if not (reads_as_running_count(first) or reads_as_running_count(second)):
        return False
    event_day = began() if report_day is not None else None
    if report_day is None or event_day is None:
        return True
    return (report_day - event_day).days <= EARLY_DAYS


def story_start_day(corpus: Corpus, article: str) -> date | None:
    """The first dated event of the article's story: the day the disaster began, from which a
    tally's first days are counted (a later event, a visit on day four, does not restart it)."""
    event = corpus.events.get(corpus.event_of.get(article, ""))
    if event is None:
        return None
    days = [e.date for e in corpus.events.values() if e.story == event.story and e.date]
    return min(days, default=None)
