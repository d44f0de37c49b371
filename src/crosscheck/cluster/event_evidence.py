"""What tells two reports apart as a reader would: each article's event date, place, headline,
publication day and whether it follows an earlier event, read once (`event_evidence`), and the
pairwise tests on them (`EventEvidence.apart`, `EventEvidence.firmly_apart`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.cluster.event_words import EVENT_TRIGGERS
from crosscheck.cluster.follow_ups import reports_follow_up
from crosscheck.cluster.headline import Headline, headlines_apart, read_headline
from crosscheck.cluster.multilingual import Embed
from crosscheck.cluster.places import (
    CAPTION_WORDS,
    article_texts,
    event_place,
    place_forms,
    places_compatible,
)
from crosscheck.cluster.recurrence import announces_recurrence, recurrence_apart
from crosscheck.cluster.settings import ClusterSettings
from crosscheck.cluster.undated import PlacedDays, placed_days, unplaced
from crosscheck.records import AnnotatedArticle, TimeMention
from crosscheck.resolve.resolver import Resolution

# A date written as digits ("2025-04-26", "26/04/2025") is a page's stamp, left in the text by
# the scrape ("date 2025-04-26 Iranian Foreign Minister ... met on Friday"): the day the page
# was dated, not the day a sentence states for the event.
_STAMP = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")


def event_date(article: AnnotatedArticle) -> tuple[date, TimeMention] | None:
    """The date of the event an article reports: the first full date of its lead sentence (a
    report states its news, and when, first, whatever its words: "Nuland held discussions with
    the junta on Monday"), else the first full date in a later sentence that names an event
    ("met ... on Saturday, July 12"), within the first paragraphs. A photo caption dates its
    picture ("this picture taken on February 18 shows the envoy after a meeting in Riyadh"),
    not the event of the article."""
    text = article.article.text
    lead_end = article.article.paragraphs[min(3, len(article.article.paragraphs) - 1)].end
    for position, sentence in enumerate(article.sentences):
        if sentence.start > lead_end:
            break
        words = set(text[sentence.start : sentence.end].lower().split())
        if words & CAPTION_WORDS or (position > 0 and not words & EVENT_TRIGGERS):
            continue
        for time in article.times:
            inside = sentence.start <= time.start < sentence.end
            if inside and time.day is not None and not _STAMP.match(time.text):
                return time.day, time
    return None


@dataclass(frozen=True, slots=True)
class EventEvidence:
    """What tells two reports apart as a reader would: the event's date and its place."""

    dates: Sequence[tuple[date, TimeMention] | None]
    # every day each article names: a follow-up report names the day of the event it follows
    days: Sequence[frozenset[date]]
    # whether the article follows an earlier event (charges, a trial, a rising toll, a rescue)
    follow_ups: Sequence[bool]
    places: Sequence[str | None]
    headlines: Sequence[Headline]
    texts: Sequence[str]
    place_names: dict[str, tuple[str, ...]]
    published: Sequence[date | None]
    # the publication day, or for an undated page the day its text or its nearest dated reports
    # place it at (`undated.placed_days`): an estimate, for the publication-gap test only
    placed: PlacedDays
    # whether the article announces a new event of a recurring kind ("fresh quake")
    recurring: Sequence[bool]
    event_days: Sequence[date | None]
    max_gap: int
    max_publication_gap: int
    max_follow_up_days: int

    def apart(self, first: int, second: int) -> bool:
        """True when the two articles cannot report one event: `firmly_apart`, or their
        places are both known and different."""
        if self.firmly_apart(first, second):
            return True
        return not places_compatible(first, second, self.places, self.texts, self.place_names)

    def firmly_apart(self, first: int, second: int) -> bool:
        """Their event dates, or their publication dates, are both known and far apart, or
        their headlines announce different rounds or countries: no third report joins them.
        A place is read less surely (a dateline "Paris (AFP)", a lead recalling where the
        last round was), so it only drops the pair's own link."""
        if not self.dates_compatible(first, second) or self.published_apart(first, second):
            return True
        if recurrence_apart(first, second, self.recurring, self.event_days, self.published):
            return True
        return headlines_apart(self.headlines[first], self.headlines[second])

    def published_apart(self, first: int, second: int) -> bool:
        """Published further apart than one event's reports are, unless the later report
        follows an earlier event (a trial months after a shooting), within the follow-up days.
        An undated page is placed by what it says (`undated.placed_days`)."""
        gap = self.placed.gap(first, second)
        if gap <= self.max_publication_gap:
            return False
        later = self.placed.later(first, second)
        return not self.follow_ups[later] or gap > self.max_follow_up_days

    def days_agree(self, members: Sequence[int]) -> bool:
        """Every member's report day (event date, else publication day) is known, and all are
        within the date gap of each other."""
        days = [d[0] if (d := self.dates[i]) else self.published[i] for i in members]
        known = [d for d in days if d is not None]
        return len(known) == len(days) and (max(known) - min(known)).days <= self.max_gap

    def same_day_and_place(self, first: int, second: int) -> bool:
        """Both articles date their event to the same day and place it in the same place."""
        a, b = self.dates[first], self.dates[second]
        p, q = self.places[first], self.places[second]
        return a is not None and b is not None and a[0] == b[0] and p is not None and p == q

    def dates_compatible(self, first: int, second: int) -> bool:
        """Whether the two event dates can be one event's: unknown, close, or one article
        follows the other's event: it names the other's day (a report of charges names the day
        of the shooting) or is dated after it, within the follow-up days (the toll two days
        after the quake, the trial after the shooting). Two meetings on different days are two
        events, even when one recalls the other's day."""
        a, b = self.dates[first], self.dates[second]
        if a is None or b is None or abs((a[0] - b[0]).days) <= self.max_gap:
            return True
        if not (self.follow_ups[first] or self.follow_ups[second]):
            return False
        if a[0] in self.days[second] or b[0] in self.days[first]:
            return True
        later = first if a[0] > b[0] else second
        return self.follow_ups[later] and abs((a[0] - b[0]).days) <= self.max_follow_up_days


def event_evidence(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    settings: ClusterSettings,
    embed: Embed | None = None,
) -> EventEvidence:
    """Each article's event date and place, read once; with `embed`, undated pages are placed
    by their nearest dated reports too (`undated.placed_days`)."""
    dates = [event_date(a) for a in articles]
    return EventEvidence(
        dates=dates,
        days=[frozenset(t.day for t in a.times if t.day is not None) for a in articles],
        follow_ups=[reports_follow_up(a, d) for a, d in zip(articles, dates, strict=True)],
        places=[event_place(a, resolution, EVENT_TRIGGERS) for a in articles],
        headlines=[read_headline(a) for a in articles],
        texts=article_texts(articles),
        place_names=place_forms(resolution.entities),
        published=[a.article.published for a in articles],
        placed=placed_days(articles, embed) if settings.place_undated else unplaced(articles),
        recurring=[announces_recurrence(a) for a in articles],
        event_days=[d[0] if d else None for d in dates],
        max_gap=settings.max_date_gap_days,
        max_publication_gap=settings.max_publication_gap_days,
        max_follow_up_days=settings.max_follow_up_days,
    )
