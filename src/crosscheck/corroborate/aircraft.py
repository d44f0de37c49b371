"""The class of the aircraft of a story's crash stated differently by two outlets: "A military
plane crashed in the Tver region" against "The private plane crashed in the Tver region" (an
identity conflict).

Statements are compared between outlets, within one story or, across stories (the outlets of
one language may form their own), when both sentences place the crash in one place ("in the
Tver region"); and between reports published within a week of each other (or undated): a
story may recall another crash years before. Stories whose crash days spread beyond a slip
hold several crashes, and are left alone."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.aircraft import AircraftClass, aircraft_classes
from crosscheck.claims.event_dates import CRASH, event_dates
from crosscheck.claims.findings import conflict, sides_by, sides_text
from crosscheck.corpus import Corpus
from crosscheck.corroborate.one_event import one_event_groups
from crosscheck.records import Finding

# Reports published further apart than this may speak of two crashes.
MAX_REPORT_DAYS = 7
# A story's crash days further apart than this are of several crashes.
MAX_SLIP_DAYS = 2
_PLACES = ("GPE", "LOC", "FAC")


@dataclass(frozen=True, slots=True)
class Stated:
    """An aircraft class with the outlet, origin and report day behind it."""

    aircraft: AircraftClass
    outlet: str
    origin: str
    published: date | None
    story: str
    places: frozenset[str]  # the place entities the sentence names


def _places(corpus: Corpus, article: str, sentence: int) -> frozenset[str]:
    return frozenset(
        entity
        for index, mention in enumerate(corpus.articles[article].mentions)
        if mention.sentence == sentence
        if (entity := corpus.entity(article, index)) is not None
        and entity in corpus.entities
        and corpus.entities[entity].type in _PLACES
    )


def _stated(corpus: Corpus) -> list[Stated]:
    found = []
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for item in aircraft_classes(annotated):
            found.append(
                Stated(
                    item,
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                    corpus.published(article_id),
                    story,
                    _places(corpus, article_id, item.sentence),
                )
            )
    return found


def _crash_days(corpus: Corpus) -> dict[str, set[date]]:
    days: dict[str, set[date]] = defaultdict(set)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is not None:
            days[story].update(d.day for d in event_dates(annotated) if d.kind == CRASH)
    return days


def _one_crash(x: Stated, y: Stated, days: dict[str, set[date]]) -> bool:
    """Whether both statements can be of one crash: one story or one place, reports within a
    week, and no several crashes dated in their stories."""
    if x.story != y.story and not x.places & y.places:
        return False
    both = x.published is not None and y.published is not None
    if both and abs((x.published - y.published).days) > MAX_REPORT_DAYS:  # type: ignore[operator]
        return False
    dated = sorted(days.get(x.story, set()) | days.get(y.story, set()))
    return not dated or (dated[-1] - dated[0]).days <= MAX_SLIP_DAYS


def aircraft_conflicts(corpus: Corpus) -> list[Finding]:
    """Crashes whose aircraft two outlets class differently (military / civil)."""
    items = _stated(corpus)
    days = _crash_days(corpus)
    groups = one_event_groups(
        items,
        lambda x, y: _one_crash(x, y, days),
        lambda x, y: x.outlet != y.outlet and x.aircraft.kind != y.aircraft.kind,
    )
    return [_finding(group, corpus) for group in groups]


def _finding(group: list[Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        group,
        lambda i: i.aircraft.kind,
        lambda kind, _: f"{kind} aircraft",
        lambda i: (i.aircraft.span, i.origin),
        corpus,
    )
    summary = "Outlets disagree on the kind of aircraft that crashed: " + sides_text(values, corpus)
    ids = (
        "aircraft",
        *sorted(f"{i.aircraft.span.article}:{i.aircraft.span.start}" for i in group),
    )
    return conflict("identity_conflict", ids, summary + ".", values)
