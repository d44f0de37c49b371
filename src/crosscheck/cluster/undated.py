"""Pages without a publication date placed in time by what they say.

Many scraped pages carry no publication date, most of all those in other languages. A reader
still places them: by the full dates their text states ("Dimanche 8 septembre 2024", a stamp
"10 de noviembre de 2024.-"), by a day and month whose year the story's dated reports give
("jueves 9 de enero" in a story reported from July 2024 to January 2025: the Thursday, 9
January 2025), and, failing those, by the dated reports that read most like them. The day so
found is an estimate, kept inside the grouping (`PlacedDays`); it is never written as the page's
publication date.

- `year_filled` gives a day and month without a year the one year that puts it inside the
  story's span of publication days (a month of slack each side), and whose weekday matches the
  one written with it, if any; two such years, or none, and the day stays unread.
- `placed_days` estimates each undated page's day: the latest day its text states inside the
  span (a report is written on or after the last day it tells of), else the median publication
  day of its nearest dated reports (multilingual embedding of the leads) when they agree within
  `agree_days`. The estimate only serves the publication-gap test (three weeks), which an error
  of a few days cannot flip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from crosscheck.annotate.timex_foreign import WEEKDAYS
from crosscheck.annotate.timex_lexicon import WEEKDAY_NUM
from crosscheck.cluster.multilingual import Embed, lead
from crosscheck.records import AnnotatedArticle, TimeMention

_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_WORD = re.compile(r"\w+(?:-\w+)?")
_WEEKDAY_WORDS = {**WEEKDAY_NUM, **WEEKDAYS}


@dataclass(frozen=True, slots=True)
class StorySpan:
    """The first and last publication day of the story's dated reports, widened by the slack."""

    first: date
    last: date

    def holds(self, day: date) -> bool:
        """Whether `day` falls inside the span."""
        return self.first <= day <= self.last


@dataclass(frozen=True, slots=True)
class PlacingSettings:
    """How far outside the dated reports' days a stated day may fall, and when the nearest
    dated reports place a page: `neighbours` of them, at least `threshold` close (multilingual-e5
    cosine of leads), their publication days within `agree_days` of each other."""

    slack_days: int = 31
    neighbours: int = 3
    threshold: float = 0.82
    agree_days: int = 7
    lead_chars: int = 400


def story_span(articles: Sequence[AnnotatedArticle], slack_days: int) -> StorySpan | None:
    """The span of the dated reports' publication days, widened by `slack_days` each side."""
    days = [d for a in articles if (d := a.article.published) is not None]
    if not days:
        return None
    slack = timedelta(days=slack_days)
    return StorySpan(min(days) - slack, max(days) + slack)


def _written_weekday(time: TimeMention) -> int | None:
    """The weekday written with a date ("jueves 9 de enero"), Monday 0."""
    for word in _WORD.findall(time.text.lower()):
        if word in _WEEKDAY_WORDS:
            return _WEEKDAY_WORDS[word]
    return None


def year_filled(time: TimeMention, span: StorySpan) -> date | None:
    """The day a year-less date ("XXXX-01-09") stands for inside the story's span, when exactly
    one year fits (and its weekday is the one written, if any)."""
    found = _MONTH_DAY.match(time.value) if time.kind == "DATE" else None
    if found is None:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    weekday = _written_weekday(time)
    fits = []
    for year in range(span.first.year, span.last.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if span.holds(candidate) and (weekday is None or candidate.weekday() == weekday):
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else None


def stated_days(article: AnnotatedArticle, span: StorySpan) -> list[date]:
    """The days the article's text states inside the story's span, years filled."""
    days = []
    for time in article.times:
        day = time.day if time.day is not None else year_filled(time, span)
        if day is not None and span.holds(day):
            days.append(day)
    return days


def _neighbour_spans(
    articles: Sequence[AnnotatedArticle],
    undated: list[int],
    embed: Embed,
    settings: PlacingSettings,
) -> dict[int, tuple[date, date]]:
    """Undated page -> the first and last publication day of its nearest dated reports, when
    they are all close enough and agree."""
    dated = [i for i, a in enumerate(articles) if a.article.published is not None]
    if len(dated) < settings.neighbours or not undated:
        return {}
    vectors = embed([lead(articles[i], settings.lead_chars) for i in [*undated, *dated]])
    similarity = vectors[: len(undated)] @ vectors[len(undated) :].T
    placed: dict[int, tuple[date, date]] = {}
    for row, i in enumerate(undated):
        nearest = np.argsort(-similarity[row])[: settings.neighbours]
        if float(similarity[row, nearest[-1]]) < settings.threshold:
            continue
        days = sorted(d for n in nearest if (d := articles[dated[int(n)]].article.published))
        if (days[-1] - days[0]).days <= settings.agree_days:
            placed[i] = (days[0], days[-1])
    return placed


@dataclass(frozen=True, slots=True)
class PlacedDays:
    """Bounds on each article's publication day (None: unbounded): both its day when it is
    dated; for an undated page, no earlier than the last day its text states, and within its
    nearest dated reports' days when those agree (and do not contradict the text)."""

    earliest: list[date | None]
    latest: list[date | None]

    def gap(self, first: int, second: int) -> int:
        """Days by which one article must be published after the other (0 when they may be
        published on one day)."""
        a_lo, a_hi = self.earliest[first], self.latest[first]
        b_lo, b_hi = self.earliest[second], self.latest[second]
        after = (a_lo - b_hi).days if a_lo and b_hi else 0
        before = (b_lo - a_hi).days if b_lo and a_hi else 0
        return max(after, before, 0)

    def later(self, first: int, second: int) -> int:
        """Of two articles a gap sets apart, the one published later."""
        a_lo, b_hi = self.earliest[first], self.latest[second]
        return first if a_lo and b_hi and a_lo > b_hi else second


def unplaced(articles: Sequence[AnnotatedArticle]) -> PlacedDays:
    """Each article's publication day as its only bounds (undated pages unbounded)."""
    days = [a.article.published for a in articles]
    return PlacedDays(days, list(days))


def placed_days(
    articles: Sequence[AnnotatedArticle],
    embed: Embed | None,
    settings: PlacingSettings = PlacingSettings(),
) -> PlacedDays:
    """Bounds on each article's publication day: its own when dated, else what its text and its
    nearest dated reports say (estimates, inside the grouping only; see the module docstring)."""
    earliest: list[date | None] = [a.article.published for a in articles]
    latest = list(earliest)
    span = story_span(articles, settings.slack_days)
    if span is None:
        return PlacedDays(earliest, latest)
    for i, article in enumerate(articles):
        if earliest[i] is None and (days := stated_days(article, span)):
            earliest[i] = max(days)
    undated = [i for i, a in enumerate(articles) if a.article.published is None]
    if embed is not None:
        for i, (first, last) in _neighbour_spans(articles, undated, embed, settings).items():
            stated = earliest[i]
            if stated is None or stated <= last:
                earliest[i] = max(first, stated) if stated else first
                latest[i] = last
    return PlacedDays(earliest, latest)
