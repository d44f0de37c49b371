"""Event-level conflicts: the slots of one event (a quake's magnitude and depth, the number
killed, injured, missing or displaced in a quake, flood, fire, explosion, attack, crash or
collapse, where a numbered round of talks was held) compared value by value across the
articles of different outlets, whatever the wording of the sentences that state them.

The claim detectors compare values only inside claims the matcher put together; reports that
disagree are often worded too differently for that ("a 7-magnitude earthquake" / "une
magnitude de 7,2"). The tolerance rules are the claim detectors' (`value_agreement`): bounds,
rounding, and counts that only grow compared only for one moment of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from crosscheck.claims.another_shock import marks_another_shock
from crosscheck.claims.distances import bearings_compatible
from crosscheck.claims.figure_guards import PlacedFigure
from crosscheck.claims.figure_parts import counts_may_conflict
from crosscheck.claims.findings import conflict, describe_values, evidence_side
from crosscheck.claims.running_counts import hours_of_a_tally, story_start_day
from crosscheck.claims.slot_times import times_compatible
from crosscheck.claims.slots import (
    ANOTHER,
    COUNT,
    GROUP_SIZE,
    MEASURE,
    SlotValue,
    article_slots,
    present_year,
)
from crosscheck.claims.value_agreement import fold_place, places_compatible, quantities_compatible
from crosscheck.corpus import Corpus
from crosscheck.corroborate.figure_scopes import one_later_shock, one_trip
from crosscheck.corroborate.frames import frame_conflicts
from crosscheck.records import CONFLICT_KINDS, Claim, Finding, FindingKind, FindingValue, Span
from crosscheck.resolve.union_find import DisjointSets

# Numbered rounds reported further apart than this belong to different series of talks.
MAX_ROUND_DAYS_APART = 60
# "Today, Tuesday, the King visited...", "aujourd'hui mardi": the day of an undated report.
_WEEKDAY_NAMES = (
    ("monday", "lundi"), ("tuesday", "mardi"), ("wednesday", "mercredi"), ("thursday", "jeudi"),
    ("friday", "vendredi"), ("saturday", "samedi"), ("sunday", "dimanche"),
)  # fmt: skip
TODAY_WEEKDAY = re.compile(
    r"\b(?:today|aujourd['’]hui)\s*,?\s*(?:ce\s+)?(?P<day>"
    + "|".join(name for names in _WEEKDAY_NAMES for name in names)
    + r")\b",
    re.IGNORECASE,
)
# A companion figure that ties two reports to one bulletin must be precise: not a round number.
MIN_ANCHOR = 100


@dataclass(frozen=True, slots=True)
class Stated:
    """A slot value with its evidence, the origin behind it and the claim it lies in."""

    slot: SlotValue
    span: Span
    origin: str
    claim: str | None
    companions: frozenset[tuple[str, float]]  # other counts of the same sentence


def _covering(claims: Sequence[Claim], value: SlotValue) -> Claim | None:
    return next(
        (c for c in claims if c.start <= value.value.start and value.value.end <= c.end), None
    )


def _team_slot(value: SlotValue, corpus: Corpus) -> SlotValue:
    """A team's size is a slot per team: the entity its name resolves to, or for a team going
    with a person, that person's entity and the team's kind."""
    if value.family == GROUP_SIZE and value.slot.startswith("escort|"):
        person = corpus.entity(value.article, value.value.mention)
        if person is None or person not in corpus.entities:
            return replace(value, slot=f"{value.slot}|{value.article}")  # compared with none
        return replace(value, slot=f"{value.slot}|{fold_place(corpus.entities[person].name)}")
    if value.family != GROUP_SIZE or value.slot != GROUP_SIZE:
        return value
    mention = corpus.articles[value.article].mentions[value.value.mention or 0]
    team = corpus.entity(value.article, value.value.mention)
    name = corpus.entities[team].name if team in corpus.entities else mention.text
    return replace(value, slot=f"size|{fold_place(name)}")


def _stated(
    value: SlotValue, values: list[SlotValue], claims: list[Claim], corpus: Corpus
) -> Stated:
    value = _team_slot(value, corpus)
    text = corpus.articles[value.article].article.text
    covering = _covering(claims, value)
    span = Span(
        article=value.article,
        start=value.sentence_start,
        end=value.sentence_end,
        text=text[value.sentence_start : value.sentence_end],
    )
    origin = corpus.origin(covering) if covering else corpus.own_origin(value.article)
    companions = frozenset(
        (v.slot, float(v.value.value))
        for v in values
        if v.family == COUNT and v.sentence_start == value.sentence_start and v is not value
    )
    return Stated(value, span, origin, covering.id if covering else None, companions)


def _story_years(corpus: Corpus) -> dict[str, int]:
    """The latest year each story's dated articles were published in: the present of an undated
    article of the story, which may name only the year of an earlier disaster."""
    years: dict[str, int] = {}
    for article_id, story in corpus.story_of.items():
        published = corpus.published(article_id)
        if published is not None:
            years[story] = max(years.get(story, published.year), published.year)
    return years


def stated_values(corpus: Corpus) -> list[Stated]:
    """Every slot value of every article placed in a story."""
    claims_of: dict[str, list[Claim]] = {}
    for claim in corpus.claims:
        claims_of.setdefault(claim.article, []).append(claim)
    story_years = _story_years(corpus)
    latest = max(story_years.values(), default=None)
    found: list[Stated] = []
    for article_id, annotated in corpus.articles.items():
        if article_id not in corpus.story_of:
            continue
        event = corpus.events.get(corpus.event_of.get(article_id, ""))
        year = event.date.year if event is not None and event.date is not None else None
        year = year or story_years.get(corpus.story_of[article_id], latest)
        values = article_slots(annotated, present_year(annotated, year))
        claims = claims_of.get(article_id, [])
        found.extend(_stated(value, values, claims, corpus) for value in values)
    return found


def _anchored(x: Stated, y: Stated) -> bool:
    """Both reports give one other precise figure in the same sentence ("1,037 dead"): they
    quote one bulletin, so their counts are of one moment."""
    shared = {
        (slot, n)
        for slot, n in x.companions & y.companions
        if slot != x.slot.slot and n >= MIN_ANCHOR and n % 100
    }
    return bool(shared)


def _of_the_day(item: Stated, published: date | None) -> bool:
    """A count is of its report's day when the report is dated and the sentence names no
    other day ("in a statement Monday, ... risen to 2,854" is Monday's figure)."""
    return published is not None and item.slot.days <= {published.isoformat()}


def _one_incident(x: Stated, y: Stated) -> bool:
    """Tolls of one day are of one incident when both sentences name one place, or the count
    itself is of a place ("killed in Derna"): a story's event may mention other attacks. A
    deadly incident (a quake, a flood, a crash, ...) is one: two tolls that name no place and
    speak of one and the same type of incident are of the whole incident ("the storm also set
    off a fire that killed 3" speaks of two: its toll may be a part)."""
    if "|" in x.slot.slot or x.slot.places & y.slot.places:
        return True
    one_type = len(x.slot.incidents) == 1 and x.slot.incidents == y.slot.incidents
    return not (x.slot.places or y.slot.places) and one_type


def _of_one_shock(x: Stated, y: Stated, event_day: date | None) -> bool:
    """Measures of one event are of one shock unless their shocks' magnitudes are a whole
    degree apart, a sentence dates them to another day than the event's ("On November 7, three
    tremors of magnitude 4 hit") or the two sentences name different days."""
    shocks = (x.slot.shock, y.slot.shock)
    if shocks[0] is not None and shocks[1] is not None and abs(shocks[0] - shocks[1]) > 1:
        return False  # a main shock and an aftershock (or a quake of another year)
    for item in (x, y):
        if item.slot.days and event_day is not None and event_day.isoformat() not in item.slot.days:
            return False
    return not (x.slot.days and y.slot.days and not x.slot.days & y.slot.days)


def _of_another_shock(item: Stated, corpus: Corpus) -> bool:
    """A measure whose sentence or article headline tells of another shock than the story's
    first ("Fresh quake rocks Nepal", "an aftershock of magnitude 5.1"): the claim detectors'
    test (`one_shock`), so both levels keep one shock's measures apart from another's."""
    headline = corpus.articles[item.slot.article].article.title or ""
    return marks_another_shock(f"{headline}\n{item.span.text}")


def report_day(article: str, corpus: Corpus) -> date | None:
    """The day the article reports on: its publication date, else, for an undated article
    saying "Today, Tuesday", its event's date when that is a Tuesday."""
    published = corpus.published(article)
    if published is not None:
        return published
    event = corpus.events.get(corpus.event_of.get(article, ""))
    stated = TODAY_WEEKDAY.search(corpus.articles[article].article.text)
    if event is None or event.date is None or stated is None:
        return None
    named = stated.group("day").lower()
    return event.date if named in _WEEKDAY_NAMES[event.date.weekday()] else None


def _comparable(
    x: Stated, y: Stated, corpus: Corpus, days: dict[str, date | None] | None = None
) -> bool:
    """Two values of one slot that must agree: different outlets, one event, one moment."""
    a, b = x.slot.article, y.slot.article
    if a == b or corpus.label(a) == corpus.label(b):
        return False
    if x.slot.value.kind == "quantity" and not counts_may_conflict(
        _placed(x.slot, corpus), _placed(y.slot, corpus)
    ):
        return False  # vague, an increment, a conversion, or another moment's tally
    same_event = corpus.event_of.get(a) is not None and corpus.event_of.get(
        a
    ) == corpus.event_of.get(b)
    days = {} if days is None else days
    for article in (a, b):
        if article not in days:  # read once per article: an undated one is searched
            days[article] = report_day(article, corpus)
    day_a, day_b = days[a], days[b]
    if x.slot.family == MEASURE and x.slot.slot.endswith(f"|{ANOTHER}"):
        return one_later_shock(x.slot, y.slot, day_a, day_b)
    if x.slot.family == MEASURE:
        if not same_event or _of_another_shock(x, corpus) or _of_another_shock(y, corpus):
            return False
        return _of_one_shock(x, y, corpus.events[corpus.event_of[a]].date)
    if x.slot.family == GROUP_SIZE and x.slot.slot.startswith("escort|"):
        return one_trip(x.slot, y.slot, day_a, day_b)
    if x.slot.family == GROUP_SIZE:
        return same_event
    if x.slot.family == COUNT:
        same_moment = day_a == day_b and _of_the_day(x, day_a) and _of_the_day(y, day_b)
        # "rises to 70" and "has reached 157" are two hours of one day's growing tally
        tally = hours_of_a_tally(
            x.span.text, y.span.text, day_a, lambda: story_start_day(corpus, a)
        )
        one_moment = same_event and same_moment and not tally and _one_incident(x, y)
        return one_moment or _anchored(x, y)
    if day_a and day_b and abs((day_a - day_b).days) > MAX_ROUND_DAYS_APART:
        return False
    days_x, days_y = x.slot.days, y.slot.days
    return not (days_x and days_y and not days_x & days_y)


def _placed(value: SlotValue, corpus: Corpus) -> PlacedFigure:
    text = corpus.articles[value.article].article.text
    return PlacedFigure(value.value, text, value.sentence_start, value.sentence_end)


def _compatible(x: Stated, y: Stated) -> bool:
    if x.slot.value.kind == "place":
        return places_compatible(x.slot.value, y.slot.value)
    if x.slot.value.kind == "time":
        return times_compatible(x.slot.value, y.slot.value)
    if x.slot.value.unit == "bearing":
        return bearings_compatible(x.slot.value.low or 0.0, y.slot.value.low or 0.0)
    return quantities_compatible(x.slot.value, y.slot.value)


def _value_key(item: Stated) -> str:
    v = item.slot.value
    if v.kind == "place":
        return fold_place(v.value)
    return f"{v.value}|{v.low}|{v.high}|{v.approximate}"


def _topic(slot: str) -> str:
    if slot.endswith(f"|{ANOTHER}"):
        return f"{_topic(slot.removesuffix(f'|{ANOTHER}'))} of the later shock"
    head, *qualifiers = slot.split("|")
    if head.startswith("round ") and head.endswith(" venue"):
        return f"venue of the {head.removesuffix(' venue')} of talks"
    if head.startswith("round "):
        return f"place of the {head} of talks"
    if head == "time":
        return "time of the event"
    if head in ("distance", "direction"):
        return f"{head} of the event from {qualifiers[0].title()}"
    if head == "size":
        team = qualifiers[0]
        return f"size of {team.upper() if ' ' not in team else team}"
    if head == "escort":
        kind, person = qualifiers[0], qualifiers[1].title()
        return f"size of the {kind + ' ' if kind else ''}team that went with {person}"
    if head in ("killed", "injured", "missing", "displaced", "arrested"):
        head = f"number {head}"
    if head == "aboard":
        head = "number of people aboard"
    where = {"hospital": "admitted to hospital"}
    extra = ", ".join(where.get(q, q if q.startswith("among ") else f"in {q}") for q in qualifiers)
    return f"{head} ({extra})" if extra else head


def _disputes(
    items: list[Stated], corpus: Corpus
) -> list[tuple[list[list[str]], dict[str, list[Stated]]]]:
    """Values that cannot all be true, grouped into sides of values that can."""
    stated: dict[str, list[Stated]] = {}
    disputes = DisjointSets[str]()
    days: dict[str, date | None] = {}
    for x, y in combinations(items, 2):
        if not _comparable(x, y, corpus, days) or _compatible(x, y):
            continue
        kx, ky = _value_key(x), _value_key(y)
        for key, item in ((kx, x), (ky, y)):
            if item not in stated.setdefault(key, []):
                stated[key].append(item)
        disputes.union(kx, ky)
    keys = sorted(stated)
    sides = DisjointSets[str]()
    for key in keys:
        sides.find(key)
    for kx, ky in combinations(keys, 2):
        if _compatible(stated[kx][0], stated[ky][0]):
            sides.union(kx, ky)
    grouped: dict[str, dict[str, list[str]]] = {}
    for key in keys:
        grouped.setdefault(disputes.find(key), {}).setdefault(sides.find(key), []).append(key)
    return [(list(by_side.values()), stated) for by_side in grouped.values()]


def _shown(value: SlotValue) -> str:
    """A value as a side shows it: with its source when the sentence names one."""
    if value.source:
        return f"{value.value.text} according to {value.source}"
    return value.value.text


_KIND_OF_VALUE: dict[str, FindingKind] = {"place": "place_conflict", "time": "date_conflict"}


def _finding(
    slot: str, groups: list[list[str]], stated: dict[str, list[Stated]], corpus: Corpus
) -> Finding:
    values: list[FindingValue] = []
    claims: set[str] = set()
    for members in groups:
        items = [i for k in members for i in stated[k]]
        label = " / ".join(dict.fromkeys(_shown(i.slot) for i in items))
        values.append(evidence_side(label, [(i.span, i.origin) for i in items], corpus))
        claims.update(i.claim for i in items if i.claim)
    first = stated[groups[0][0]][0].slot.value
    kind = _KIND_OF_VALUE.get(first.kind, "number_conflict")
    if first.unit == "bearing":
        kind = "place_conflict"
    summary = f"Outlets disagree on the {_topic(slot)}: {describe_values(values, corpus)}."
    key = (slot, *sorted(f"{s.article}:{s.start}" for v in values for s in v.evidence))
    return conflict(kind, ("slot", *key), summary, values, sorted(claims))


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(
        s.article == span.article and s.start < span.end and span.start < s.end for s in spans
    )


def _duplicate(finding: Finding, existing: Sequence[Finding]) -> bool:
    """A disagreement a claim detector already reports: two of its sides in one finding."""
    for other in existing:
        if other.kind not in CONFLICT_KINDS:
            continue
        touched = sum(any(_overlaps(s, other.evidence) for s in v.evidence) for v in finding.values)
        if touched >= 2:
            return True
    return False


def slot_conflicts(corpus: Corpus, existing: Sequence[Finding] = ()) -> list[Finding]:
    """Event-level slot conflicts between outlets (figures, places, times, and the frame slots
    of `frames`: days of meetings, ...), leaving out those already in `existing`."""
    by_slot: dict[tuple[str, str], list[Stated]] = {}
    for item in stated_values(corpus):
        story = corpus.story_of[item.slot.article]
        by_slot.setdefault((story, item.slot.slot), []).append(item)
    findings = []
    for (_, slot), items in sorted(by_slot.items()):
        for groups, stated in _disputes(items, corpus):
            if len(groups) >= 2:
                findings.append(_finding(slot, groups, stated, corpus))
    findings.extend(frame_conflicts(corpus))
    return [f for f in findings if not _duplicate(f, existing)]
