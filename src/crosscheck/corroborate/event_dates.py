"""The day of a story's one sudden happening stated differently by two outlets: "Prigozhin's
private jet came down ... on 25 August" against "were killed on August 23 ... when it crashed"
(a date conflict).

Two statements speak of one happening when they are of one story and one kind (a crash, an
earthquake) and the entities one sentence names as its participants are named in the other
article. Days a few days apart are one happening dated two ways; further apart, they may be
two. A day either side is no conflict when the earlier day is given late at night or the later
one in the early hours: the day changes across time zones ("late Friday" is "early Saturday"
further east, but "late Saturday" is no Friday anywhere).

A story may hold several happenings of one kind (quakes of one magnitude days apart, an
aftershock, a second crash): statements are grouped only when every two of them can be of one
happening (see one_event), a report cannot speak of a happening dated after it was published,
and a story whose statements of a kind spread over days beyond a slip is left alone: which
statement is of which happening is for a reader."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.event_dates import QUAKE, EventDate, event_dates
from crosscheck.claims.findings import conflict, evidence_side
from crosscheck.corpus import Corpus
from crosscheck.corroborate.one_event import one_event_groups
from crosscheck.records import Finding

# Days of one happening given this far apart by two outlets are one happening misdated;
# further apart, they may be two happenings of one kind.
MAX_SLIP_DAYS = 2
# Days of one kind this far apart in one story are of two happenings of the story, not a past
# one it recalls ("the 2004 quake"): the story holds a series.
SERIES_DAYS = 30
# A crash's participants are who was on board or whose vehicle it was, not the places and
# peoples named around it (a war story names them in every crash and strike).
_PLACES = ("GPE", "LOC", "NORP", "FAC")


@dataclass(frozen=True, slots=True)
class Stated:
    """A happening's day with the outlet, origin and participants behind it."""

    date: EventDate
    outlet: str
    origin: str
    participants: frozenset[str]  # entity ids the sentence names


def _entities(corpus: Corpus, article: str, sentence: int | None = None) -> frozenset[str]:
    mentions = corpus.articles[article].mentions
    return frozenset(
        entity
        for index, mention in enumerate(mentions)
        if sentence is None or mention.sentence == sentence
        if (entity := corpus.entity(article, index)) is not None
    )


def _participants(corpus: Corpus, article: str, found: EventDate) -> frozenset[str]:
    named = _entities(corpus, article, found.sentence)
    if found.kind == QUAKE:
        return named  # an earthquake's participants are the places it struck
    return frozenset(
        e for e in named if e in corpus.entities and corpus.entities[e].type not in _PLACES
    )


def _stated(corpus: Corpus) -> dict[tuple[str, str], list[Stated]]:
    by_kind: dict[tuple[str, str], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        published = corpus.published(article_id)
        for stated in event_dates(annotated):
            if published is not None and stated.day > published:
                continue  # no report speaks of a happening after it was written
            by_kind[(story, stated.kind)].append(
                Stated(
                    stated,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    _participants(corpus, article_id, stated),
                )
            )
    return by_kind


def _not_apart(x: Stated, y: Stated, corpus: Corpus) -> bool:
    """Whether nothing tells the two statements' happenings apart: days within a slip, no
    two magnitudes, neither report written before the other's day."""
    x_published = corpus.published(x.date.span.article)
    y_published = corpus.published(y.date.span.article)
    if (x_published is not None and x_published < y.date.day) or (
        y_published is not None and y_published < x.date.day
    ):
        return False  # one was written before the other's happening
    if abs((x.date.day - y.date.day).days) > MAX_SLIP_DAYS:
        return False
    return not (x.date.magnitude and y.date.magnitude and x.date.magnitude != y.date.magnitude)


def _one_happening(x: Stated, y: Stated, corpus: Corpus) -> bool:
    """Whether both statements can be read as of one happening: nothing tells them apart and
    one names a participant of the other's article."""
    if not _not_apart(x, y, corpus):
        return False
    x_article, y_article = x.date.span.article, y.date.span.article
    named = (x.participants & _entities(corpus, y_article)) or (
        y.participants & _entities(corpus, x_article)
    )
    return bool(named)


def _can_share(x: Stated, y: Stated) -> bool:
    gap = abs((x.date.day - y.date.day).days)
    if gap != 1:
        return gap == 0
    earlier, later = (x, y) if x.date.day < y.date.day else (y, x)
    # late on the earlier day is early on the later one further east; late on the later day
    # is no day before it anywhere
    return later.date.early or (earlier.date.late and not later.date.late)


def _finding(story: str, kind: str, clashing: list[Stated], corpus: Corpus) -> Finding:
    by_day: dict[str, list[Stated]] = defaultdict(list)
    for item in clashing:
        by_day[item.date.day.isoformat()].append(item)
    values = [
        evidence_side(day, [(i.date.span, i.origin) for i in items], corpus)
        for day, items in sorted(by_day.items())
    ]
    summary = f"Outlets disagree on the day of the {kind}: " + "; ".join(
        f"{day} ({', '.join(sorted({i.outlet for i in items}))})"
        for day, items in sorted(by_day.items())
    )
    ids = (
        "event day",
        story,
        kind,
        *sorted(f"{i.date.span.article}:{i.date.span.start}" for i in clashing),
    )
    return conflict("date_conflict", ids, summary + ".", values)


def _series(items: list[Stated]) -> bool:
    """Whether the statements' days spread beyond a slip yet within a series' span: several
    happenings of one kind in one story."""
    days = sorted({i.date.day for i in items})
    return any(
        MAX_SLIP_DAYS < (later - earlier).days <= SERIES_DAYS
        for n, earlier in enumerate(days)
        for later in days[n + 1 :]
    )


def event_date_conflicts(corpus: Corpus) -> list[Finding]:
    """Crashes and earthquakes whose day two outlets state differently."""
    findings = []
    for (story, kind), items in sorted(_stated(corpus).items()):
        if _series(items):
            continue

        def own_day(item: Stated, group: Sequence[Stated]) -> bool:
            # an outlet's own other statements of a day of the group: it may give both
            return any(item.outlet == m.outlet for m in group) and any(
                item.date.day == m.date.day for m in group
            )

        for group in one_event_groups(
            items,
            lambda x, y: _one_happening(x, y, corpus),
            lambda x, y: x.outlet != y.outlet and not _can_share(x, y),
            lambda x, y: _not_apart(x, y, corpus),
            own_day,
        ):
            findings.append(_finding(story, kind, group, corpus))
    return findings
