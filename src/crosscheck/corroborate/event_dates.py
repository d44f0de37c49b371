"""The day of a story's one sudden happening stated differently by two outlets: "Prigozhin's
private jet came down ... on 25 August" against "were killed on August 23 ... when it crashed"
(a date conflict).

Two statements speak of one happening when they are of one story and one kind (a crash, an
earthquake) and the entities one sentence names as its participants are named in the other
article. Days a few days apart are one happening dated two ways; further apart, they may be
two. A day either side is no conflict when either side places the happening late at night or
overnight: the day changes across time zones."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from crosscheck.claims.event_dates import QUAKE, EventDate, event_dates
from crosscheck.claims.findings import conflict, evidence_side
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

# Days of one happening given this far apart by two outlets are one happening misdated;
# further apart, they may be two happenings of one kind.
MAX_SLIP_DAYS = 2
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
        for stated in event_dates(annotated):
            by_kind[(story, stated.kind)].append(
                Stated(
                    stated,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    _participants(corpus, article_id, stated),
                )
            )
    return by_kind


def _one_happening(x: Stated, y: Stated, corpus: Corpus) -> bool:
    """Whether both statements can be read as of one happening."""
    if abs((x.date.day - y.date.day).days) > MAX_SLIP_DAYS:
        return False
    if x.date.magnitude and y.date.magnitude and x.date.magnitude != y.date.magnitude:
        return False  # two earthquakes
    x_article, y_article = x.date.span.article, y.date.span.article
    named = (x.participants & _entities(corpus, y_article)) or (
        y.participants & _entities(corpus, x_article)
    )
    return bool(named)


def _can_share(x: Stated, y: Stated) -> bool:
    gap = abs((x.date.day - y.date.day).days)
    return gap == 0 or (gap == 1 and (x.date.late or y.date.late))


def _finding(story: str, kind: str, clashing: list[Stated]) -> Finding:
    by_day: dict[str, list[Stated]] = defaultdict(list)
    for item in clashing:
        by_day[item.date.day.isoformat()].append(item)
    values = [
        evidence_side(day, [(i.date.span, i.origin) for i in items])
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


def event_date_conflicts(corpus: Corpus) -> list[Finding]:
    """Crashes and earthquakes whose day two outlets state differently."""
    findings = []
    for (story, kind), items in sorted(_stated(corpus).items()):
        clashing: dict[int, Stated] = {}
        for x, y in combinations(items, 2):
            if x.outlet == y.outlet or _can_share(x, y) or not _one_happening(x, y, corpus):
                continue
            clashing[id(x)], clashing[id(y)] = x, y
        if clashing:
            # an outlet's own other statements of either day: it may give both
            outlets = {i.outlet for i in clashing.values()}
            days = {i.date.day for i in clashing.values()}
            for item in items:
                if item.outlet in outlets and item.date.day in days:
                    clashing.setdefault(id(item), item)
            findings.append(_finding(story, kind, list(clashing.values())))
    return findings
