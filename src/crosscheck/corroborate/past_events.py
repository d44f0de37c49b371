"""One earlier disaster of one place given two years by two outlets: "celui d'Agadir en 1960"
against "en février 1969 : la catastrophe qui avait détruit Agadir" (a date conflict).

Statements are compared within one story, for one kind of disaster at one place (the same
resolved entity). A place may have been struck more than once, so the place is left out when
any article gives it two years of one kind (it names two disasters there), when it is a place
of the story at large (named elsewhere by half its articles or more: the country, the region, where
earlier disasters are many), and a pair is left out when both give the shock's magnitude and
the magnitudes differ (two quakes)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from crosscheck.claims.findings import (
    clashing_members,
    conflict,
    sides_by,
    sides_text,
)
from crosscheck.claims.past_events import PastEvent, past_events
from crosscheck.corpus import Corpus
from crosscheck.records import Finding

_MAGNITUDE = re.compile(r"(?<![\d.,])\d[.,]\d(?![\d.,]*\d)")
# How far from the year or the place a magnitude is read as the past shock's.
_MAGNITUDE_REACH = 40


@dataclass(frozen=True, slots=True)
class Stated:
    """A dated earlier disaster with its article, outlet and origin."""

    statement: PastEvent
    article: str
    outlet: str
    origin: str
    magnitudes: frozenset[str]


def _magnitudes(statement: PastEvent) -> frozenset[str]:
    words = statement.span.text
    where = words.find(statement.words)
    if where < 0:
        return frozenset()
    near = words[max(0, where - _MAGNITUDE_REACH) : where + len(statement.words) + _MAGNITUDE_REACH]
    return frozenset(m.group().replace(",", ".") for m in _MAGNITUDE.finditer(near))


def _stated(corpus: Corpus) -> dict[tuple[str, str, str], list[Stated]]:
    found: dict[tuple[str, str, str], list[Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for statement in past_events(annotated):
            place = corpus.entity(article_id, statement.place_mention) or statement.place
            found[(story, statement.kind, place)].append(
                Stated(
                    statement,
                    article_id,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    _magnitudes(statement),
                )
            )
    return found


def _place_of_the_story(corpus: Corpus, story: str, place: str, items: list[Stated]) -> bool:
    """Whether half the story's articles or more name the place outside these statements."""
    dating = {(i.article, i.statement.place_mention) for i in items}
    articles = [a for a, s in corpus.story_of.items() if s == story]
    naming = sum(
        1
        for a in articles
        if any(
            (a, i) not in dating and corpus.entity(a, i) == place
            for i in range(len(corpus.articles[a].mentions))
        )
    )
    return 2 * naming >= len(articles)


def _several_disasters(items: list[Stated]) -> bool:
    years: dict[str, set[int]] = defaultdict(set)
    for item in items:
        years[item.article].add(item.statement.year)
    return any(len(found) > 1 for found in years.values())


def _clash(x: Stated, y: Stated) -> bool:
    return (
        x.outlet != y.outlet
        and x.statement.year != y.statement.year
        and not (x.magnitudes and y.magnitudes and not x.magnitudes & y.magnitudes)
    )


def _finding(key: tuple[str, str, str], clashing: list[Stated], corpus: Corpus) -> Finding:
    story, kind, place = key
    values = sides_by(
        clashing,
        lambda i: i.statement.year,
        lambda year, _: str(year),
        lambda i: (i.statement.span, i.origin),
        corpus,
    )
    entity = corpus.entities.get(place)
    name = entity.name if entity is not None else clashing[0].statement.place.title()
    summary = f"Outlets disagree on the year of the earlier {kind} at {name}: " + sides_text(
        values, corpus
    )
    ids = (
        "past event",
        story,
        kind,
        place,
        *sorted(f"{i.statement.span.article}:{i.statement.span.start}" for i in clashing),
    )
    return conflict("date_conflict", ids, summary + ".", values)


def past_event_conflicts(corpus: Corpus) -> list[Finding]:
    """Earlier disasters of one place whose year two outlets state differently."""
    findings = []
    for key, items in sorted(_stated(corpus).items()):
        if _several_disasters(items) or _place_of_the_story(corpus, key[0], key[2], items):
            continue
        clashing = clashing_members(items, _clash)
        if clashing:
            findings.append(_finding(key, clashing, corpus))
    return findings
