"""Reports in other languages placed by the day they were published.

Multilingual embeddings tell a French or Arabic report's story, not which of the story's
events it reports: in a densely reported series of meetings every lead is about as close to
every other (Arabic leads sit about as close to the English reports of another meeting as to
those of their own). What a reader uses then is the date: a report published on the day of one
event, or the day after, reports that event when the story has no other event dated then. So a
report in another language that word overlap and the embedding alone left on its own joins

- the one event of main-language reports whose event date is its publication day or the day
  before, when its lead is still close enough to be about that story (a lower bar than the
  embedding alone needs), and
- failing that, another event of reports in other languages only, in another language,
  published on the same day or the next, on the same lower bar.

No date, or two events the date fits, and the report stays where it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from crosscheck.cluster.multilingual import Embed, lead, main_language
from crosscheck.records import AnnotatedArticle

Apart = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class ReportDaySettings:
    """How far a report may be published after its event, and the embedding bar when the date
    has said which event (multilingual-e5 cosine of leads; unrelated news sits near 0.7)."""

    lag_days: int = 1
    threshold: float = 0.78
    lead_chars: int = 400


@dataclass(frozen=True, slots=True)
class DatedReports:
    """Each article's event date and publication day (None: unknown)."""

    event_days: Sequence[date | None]
    published: Sequence[date | None]
    max_gap: int


def caching(embed: Embed) -> Embed:
    """`embed` that remembers each text's vector: the joining steps embed the same leads."""
    memory: dict[str, npt.NDArray[np.float32]] = {}

    def cached(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        missing = list(dict.fromkeys(t for t in texts if t not in memory))
        if missing:
            memory.update(zip(missing, embed(missing), strict=True))
        return np.asarray([memory[t] for t in texts], dtype=np.float32)

    return cached


def event_day(members: Sequence[int], reports: DatedReports) -> date | None:
    """The event date the members' reports agree on (all within the date gap), else None."""
    days = sorted(d for i in members if (d := reports.event_days[i]) is not None)
    if not days or (days[-1] - days[0]).days > reports.max_gap:
        return None
    return Counter(days).most_common(1)[0][0]


def _closeness(
    first: Sequence[int],
    second: Sequence[int],
    articles: Sequence[AnnotatedArticle],
    embed: Embed,
    chars: int,
) -> float:
    """Cosine of the mean lead vectors of two groups of articles."""
    vectors = embed([lead(articles[i], chars) for i in [*first, *second]])
    a, b = vectors[: len(first)].mean(axis=0), vectors[len(first) :].mean(axis=0)
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-9))


def _within(later: date | None, earlier: date | None, lag: int) -> bool:
    return later is not None and earlier is not None and 0 <= (later - earlier).days <= lag


def join_on_report_day(
    articles: Sequence[AnnotatedArticle],
    events: list[list[int]],
    reports: DatedReports,
    apart: Apart,
    embed: Embed,
    settings: ReportDaySettings = ReportDaySettings(),
) -> dict[int, int]:
    """Article -> event (index into `events`) for reports in another language alone in events
    of no main-language report, which join the one main-language event their publication day
    dates (see the module docstring)."""
    main = main_language(articles)
    home = {i: k for k, group in enumerate(events) for i in group}
    mains = [[i for i in group if articles[i].article.language == main] for group in events]
    days = [event_day(group, reports) for group in mains]
    joined: dict[int, int] = {}
    for i, article in enumerate(articles):
        if article.article.language in (None, main) or mains[home[i]]:
            continue
        fits = [
            k
            for k, day in enumerate(days)
            if mains[k] and _within(reports.published[i], day, settings.lag_days)
        ]
        if len(fits) != 1 or any(apart(i, j) for j in events[fits[0]]):
            continue
        closeness = _closeness([i], mains[fits[0]], articles, embed, settings.lead_chars)
        if closeness >= settings.threshold:
            joined[i] = fits[0]
    return joined


def join_foreign_events(
    articles: Sequence[AnnotatedArticle],
    events: list[list[int]],
    reports: DatedReports,
    apart: Apart,
    embed: Embed,
    settings: ReportDaySettings = ReportDaySettings(),
) -> dict[int, int]:
    """Article -> event for events of reports in other languages only that join such an event
    in another language published the same day or the next (closest pairs first)."""
    main = main_language(articles)
    foreign = [
        k
        for k, group in enumerate(events)
        if all(articles[i].article.language not in (None, main) for i in group)
    ]
    pairs = []
    for x, k in enumerate(foreign):
        for m in foreign[x + 1 :]:
            if _may_merge(events[k], events[m], articles, reports, apart, settings.lag_days):
                closeness = _closeness(events[k], events[m], articles, embed, settings.lead_chars)
                if closeness >= settings.threshold:
                    pairs.append((closeness, k, m))
    root = {k: k for k in foreign}
    members = {k: list(events[k]) for k in foreign}
    for _, k, m in sorted(pairs, reverse=True):
        a, b = root[k], root[m]
        if a != b and not any(apart(i, j) for i in members[a] for j in members[b]):
            members[a] += members.pop(b)
            for event, parent in root.items():
                if parent == b:
                    root[event] = a
    return {i: root[k] for k in foreign if root[k] != k for i in events[k]}


def _may_merge(
    first: Sequence[int],
    second: Sequence[int],
    articles: Sequence[AnnotatedArticle],
    reports: DatedReports,
    apart: Apart,
    lag: int,
) -> bool:
    """Different languages, each side with a dated report and all dated reports within
    `lag` days, no pair set apart: an undated report says nothing of which day it reports."""
    languages = {articles[i].article.language for i in first}
    if languages & {articles[i].article.language for i in second}:
        return False
    ours = [d for i in first if (d := reports.published[i]) is not None]
    theirs = [d for i in second if (d := reports.published[i]) is not None]
    if not ours or not theirs or (max(ours + theirs) - min(ours + theirs)).days > lag:
        return False
    return not any(apart(i, j) for i in first for j in second)
