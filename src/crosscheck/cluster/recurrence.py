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

import re
from collections.abc import Sequence
from datetime import date

from crosscheck.cluster.headline import headline_text
from crosscheck.records import AnnotatedArticle

# Kinds of event that recur within one story. Numbered rounds of talks are not among them: the
# headline's round number tells those apart (`headline.series_round`).
_KIND = (
    r"(?:earthquakes?|quakes?|tremors?|aftershocks?|attacks?|shootings?|strikes?|bombings?"
    r"|blasts?|explosions?|storms?|floods?|séismes?|tremblements?\s+de\s+terre|attaques?"
    r"|frappes?)"
)
# The kind as a modifier ("quake survivors", "quake-hit villages", "strike toll") names the
# earlier event, not a new one.
_NOT_MODIFIER = (
    r"(?![\w'’]*-|\s+(?:survivors?|victims?|toll|relief|aid|zones?|areas?|damage|trials?"
    r"|cases?|suspects?))"
)
# Words between "new" and the kind are its modifiers ("fresh 5.8 quake"); a preposition or an
# article means "new" qualifies something else ("new video in shooting trial").
_NOT_LINK = (
    r"(?!(?:in|of|on|at|for|from|to|into|over|after|the|a|an|and|dans|de|du|des|la|le|les)\s)"
)
# "Fresh quake rocks Nepal", "yet another earthquake", "a second tremor", "nouveau séisme".
_ANOTHER = re.compile(
    r"\b(?:another|second|third|fresh|new|renewed|deuxième|seconde?|nouveaux?|nouvelles?"
    r"|nouvel)\s+(?:" + _NOT_LINK + r"[\w.'’-]+\s+){0,2}?" + _KIND + r"\b" + _NOT_MODIFIER,
    re.IGNORECASE,
)
# "Tremor of 4.2 magnitude felt again", "quake strikes again", "séisme ... à nouveau".
_AGAIN = re.compile(
    r"\b" + _KIND + r"\b(?:\s+[\w.'’-]+){0,4}?\s+(?:again|once\s+more|à\s+nouveau|de\s+nouveau)\b",
    re.IGNORECASE,
)


def announces_recurrence(article: AnnotatedArticle) -> bool:
    """Whether the article's headline (or lead, without a title) announces a new event of a
    recurring kind: "another", "second", "fresh" ... quake, or the kind "again"."""
    text = headline_text(article)
    return bool(_ANOTHER.search(text) or _AGAIN.search(text))


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
