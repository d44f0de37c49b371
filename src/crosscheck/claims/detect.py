"""Conflict detectors: small units that each look at a group of claims judged to be about the
same thing (same story, same event when either reports one, close wording with numbers masked)
and report one kind of disagreement between outlets, with the values, the claims behind each
value and the independent origins behind each.

Every detector compares only pairs of claims from different articles that the matcher put
together, and a value conflict needs values that cannot both be true: "more than 1,400" and
"1,400" agree, "about 60" and "62" agree, "3,000" and "300" do not, nor do "24" and "26" -
unless they are counts that only grow (the dead, the injured) reported on different days.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from crosscheck.claims.event_day_values import (
    days_of_one_event,
    one_dispute,
    places_of_one_event,
)
from crosscheck.claims.findings import conflict, describe_values, side
from crosscheck.claims.match_lexical import factual, is_negated, opposite
from crosscheck.claims.one_shock import measures_a_shock, same_shock
from crosscheck.claims.relation import Relation
from crosscheck.claims.running_counts import hours_of_a_tally, story_start_day
from crosscheck.claims.value_agreement import (
    RISING_UNITS,
    fold_place,
    places_compatible,
    quantities_compatible,
    two_shocks,
    unit_of,
    values_of,
    when_compatible,
)
from crosscheck.cluster.events import EVENT_TRIGGERS
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue, Finding, FindingKind, FindingValue
from crosscheck.resolve.union_find import DisjointSets


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """Two claims of different articles judged to be about the same thing."""

    first: Claim
    second: Claim
    similarity: float
    relation: Relation


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims about one thing, and the matched pairs among them."""

    claims: list[Claim]
    pairs: list[ClaimPair]


class ConflictDetector(Protocol):
    """Finds one kind of disagreement in a group of claims."""

    @property
    def kind(self) -> FindingKind:
        """The kind of finding it reports."""
        ...

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """The conflicts of this kind in `group`."""
        ...


def reports_event(claim: Claim) -> bool:
    """Whether the claim speaks of an event (a meeting, an attack, an agreement, ...)."""
    return _names_event(claim.text)


@lru_cache(maxsize=1 << 16)
def _names_event(text: str) -> bool:
    words = {w.strip(".,;:!?\"'“”()") for w in text.lower().split()}
    return bool(words & EVENT_TRIGGERS)


def same_event(pair: ClaimPair, corpus: Corpus) -> bool:
    """Both claims come from reports of one event and both speak of an event."""
    a = corpus.event_of.get(pair.first.article)
    return (
        a is not None
        and a == corpus.event_of.get(pair.second.article)
        and reports_event(pair.first)
        and reports_event(pair.second)
    )


ValueKey = tuple[str, str]  # (slot, normalised value)


def _key(value: ClaimValue, slot: str) -> ValueKey:
    return slot, "|".join(
        str(x) for x in (value.kind, value.value.lower(), value.low, value.high, value.approximate)
    )


@dataclass(frozen=True, slots=True)
class _ValueRule:
    kind: FindingKind
    kinds: tuple[str, ...]
    slot: Callable[[ClaimValue], str | None]
    compatible: Callable[[ClaimValue, ClaimValue], bool]
    pair_ok: Callable[[ClaimPair, ClaimValue, Corpus], bool]
    topic: str
    # whether the values of a disagreement can be of one thing (days of one event)
    one_thing: Callable[[list[ClaimValue]], bool] = lambda values: True


def _one_value(
    values: list[ClaimValue], compatible: Callable[[ClaimValue, ClaimValue], bool]
) -> bool:
    return all(compatible(a, b) for a in values for b in values)


def _single_per_slot(values: list[ClaimValue], rule: _ValueRule) -> set[str]:
    """The slots in which the claim states exactly one value (or several that agree)."""
    by_slot: dict[str, list[ClaimValue]] = {}
    for value in values:
        if (slot := rule.slot(value)) is not None:
            by_slot.setdefault(slot, []).append(value)
    return {slot for slot, found in by_slot.items() if _one_value(found, rule.compatible)}


def _value_conflicts(rule: _ValueRule, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
    """Values of one slot that matched claims state and that cannot all be true, grouped into
    sides of mutually compatible values."""
    stated: dict[ValueKey, tuple[ClaimValue, list[Claim]]] = {}
    clashes: set[tuple[ValueKey, ValueKey]] = set()
    for pair in group.pairs:
        if not _same_subject(pair):
            continue
        va = values_of(pair.first.values, *rule.kinds)
        vb = values_of(pair.second.values, *rule.kinds)
        if rule.kinds != ("quantity",) and not (
            _one_value(va, rule.compatible) and _one_value(vb, rule.compatible)
        ):
            continue  # a claim naming two days or two places: which one is the event's?
        # A claim stating several figures of one slot is a breakdown ("1,293 deaths in Al Haouz,
        # 452 in Taroudant"; "2,171 injured, including 484"): which one answers the other
        # claim's figure cannot be told, so that slot is not compared.
        once_a, once_b = _single_per_slot(va, rule), _single_per_slot(vb, rule)
        for a in va:
            for b in vb:
                slot = rule.slot(a)
                if slot is None or slot != rule.slot(b) or rule.compatible(a, b):
                    continue
                if two_shocks(a, b):  # a quake and its aftershock: two shocks, two values
                    continue
                if slot not in once_a or slot not in once_b:
                    continue
                if not rule.pair_ok(pair, a, corpus):
                    continue
                ka, kb = _key(a, slot), _key(b, slot)
                stated.setdefault(ka, (a, []))[1].append(pair.first)
                stated.setdefault(kb, (b, []))[1].append(pair.second)
                clashes.add((ka, kb))
    return [
        _finding(rule, sides, stated, corpus)
        for sides in _sides(rule, stated, clashes)
        if len(sides) >= 2 and rule.one_thing([stated[k][0] for side in sides for k in side])
    ]


def _sides(
    rule: _ValueRule,
    stated: dict[ValueKey, tuple[ClaimValue, list[Claim]]],
    clashes: set[tuple[ValueKey, ValueKey]],
) -> list[list[list[ValueKey]]]:
    """Disagreements (values linked by clashes), each split into sides of values that can be
    true together; values that agree with two clashing ones merge them ("more than 1,400")."""
    keys = sorted(stated)
    sides = DisjointSets[ValueKey]()
    for x in keys:
        sides.find(x)
        for y in keys:
            if x < y and x[0] == y[0] and rule.compatible(stated[x][0], stated[y][0]):
                sides.union(x, y)
    disputes = DisjointSets[ValueKey]()
    for x, y in clashes:
        disputes.union(x, y)
    found: dict[ValueKey, dict[ValueKey, list[ValueKey]]] = {}
    for x in keys:
        found.setdefault(disputes.find(x), {}).setdefault(sides.find(x), []).append(x)
    return [list(by_side.values()) for by_side in found.values()]


def _finding(
    rule: _ValueRule,
    groups: list[list[ValueKey]],
    stated: dict[ValueKey, tuple[ClaimValue, list[Claim]]],
    corpus: Corpus,
) -> Finding:
    slot = groups[0][0][0]
    values: list[FindingValue] = []
    claim_ids: list[str] = []
    for members in groups:
        claims = {c.id: c for k in members for c in stated[k][1]}
        label = " / ".join(dict.fromkeys(stated[k][0].text for k in members))
        values.append(side(label, list(claims.values()), corpus))
        claim_ids.extend(claims)
    about = f" ({slot})" if slot else ""
    summary = f"Outlets disagree on the {rule.topic}{about}: {describe_values(values, corpus)}."
    return conflict(rule.kind, (slot, *sorted(claim_ids)), summary, values, sorted(set(claim_ids)))


def _same_subject(pair: ClaimPair) -> bool:
    """Claims about two different subjects ("X met ..." / "Y met ...") state no one value."""
    a, b = pair.first.subject_entity, pair.second.subject_entity
    return a is None or b is None or a == b


def _toll_comparable(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    """A count that only grows is compared only between reports of one day (or both undated),
    and never when either gives it as a running tally: a higher figure later is an update, not
    a conflict."""
    if unit_of(value) not in RISING_UNITS:
        return True
    day = corpus.published(pair.first.article)
    if hours_of_a_tally(
        pair.first.text, pair.second.text, day, lambda: story_start_day(corpus, pair.first.article)
    ):
        return False  # "rises to 70" and "has reached 157" on one day are two hours of a tally
    return day == corpus.published(pair.second.article)


def _one_shock(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    """A shock's magnitude, depth or epicentre is compared only between claims of one shock."""
    if not (measures_a_shock(value, pair.first) or measures_a_shock(value, pair.second)):
        return True
    return same_shock(pair.first, pair.second, corpus)


def _figures_comparable(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    return _toll_comparable(pair, value, corpus) and _one_shock(pair, value, corpus)


def _event_day_pair(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    return same_event(pair, corpus) and days_of_one_event(pair.first, pair.second, corpus)


def _event_place_pair(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    return same_event(pair, corpus) and places_of_one_event(pair.first, pair.second, corpus)


# Count nouns that say what is counted but not what happened to it: "11,300 people" died in
# one sentence and "30,000 people" were displaced in another. Figures are compared only when
# the unit says what is measured ("killed", "injured", "km", "troops").
GENERIC_UNITS = frozenset(
    "people persons person individuals victims residents civilians others men women children"
    " families".split()
)


def number_slot(value: ClaimValue) -> str | None:
    """The slot a figure is compared in: its unit, when the unit says what is measured."""
    unit = unit_of(value)
    return None if unit is None or unit in GENERIC_UNITS else unit


NUMBERS = _ValueRule(
    kind="number_conflict",
    kinds=("quantity",),
    slot=number_slot,
    compatible=quantities_compatible,
    pair_ok=_figures_comparable,
    topic="figure",
)
DATES = _ValueRule(
    kind="date_conflict",
    kinds=("date", "weekday"),
    slot=lambda v: "",
    compatible=when_compatible,
    pair_ok=_event_day_pair,
    topic="date of the event",
    one_thing=one_dispute,
)
PLACES = _ValueRule(
    kind="place_conflict",
    kinds=("place",),
    slot=lambda v: "",
    compatible=places_compatible,
    pair_ok=_event_place_pair,
    topic="place of the event",
)


@dataclass(frozen=True, slots=True)
class ValueDetector:
    """A detector of values that cannot all be true (figures, dates, places)."""

    rule: _ValueRule

    @property
    def kind(self) -> FindingKind:
        """The kind of finding it reports."""
        return self.rule.kind

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Value conflicts of this rule in the group."""
        return _value_conflicts(self.rule, group, corpus)


def _participants(claim: Claim, corpus: Corpus) -> dict[str, ClaimValue]:
    found = {}
    for value in values_of(claim.values, "participant"):
        entity = corpus.entity(claim.article, value.mention)
        found[entity or fold_place(value.value)] = value
    return found


@dataclass(frozen=True, slots=True)
class ParticipantDetector:
    """One outlet says someone took part in the event, another that they did not."""

    kind: FindingKind = "participant_conflict"

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Participation affirmed and denied for one participant of one event."""
        sides: dict[str, dict[bool, dict[str, Claim]]] = {}
        names: dict[str, str] = {}
        for pair in group.pairs:
            if not same_event(pair, corpus) or not opposite(pair.first, pair.second):
                continue
            if not (factual(pair.first) and factual(pair.second)):
                continue  # "is expected to attend" is no report that he did
            pa, pb = _participants(pair.first, corpus), _participants(pair.second, corpus)
            for who in pa.keys() & pb.keys():
                names.setdefault(who, pa[who].text)
                for claim in (pair.first, pair.second):
                    took_part = not is_negated(claim)
                    sides.setdefault(who, {}).setdefault(took_part, {})[claim.id] = claim
        findings = []
        for who, by_truth in sorted(sides.items()):
            values = [
                side(
                    f"{names[who]} {'took part' if truth else 'did not take part'}",
                    list(by_truth[truth].values()),
                    corpus,
                )
                for truth in (True, False)
            ]
            ids = sorted(c for v in by_truth.values() for c in v)
            summary = (
                f"Outlets disagree on whether {names[who]} took part: "
                + describe_values(values, corpus)
                + "."
            )
            findings.append(conflict(self.kind, (who, *ids), summary, values, ids))
        return findings


@dataclass(frozen=True, slots=True)
class PolarityDetector:
    """One outlet affirms a proposition that another negates or reports as denied."""

    kind: FindingKind = "conflict"

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Contradicting pairs (participation is the participant detector's)."""
        affirmed: dict[str, Claim] = {}
        negated: dict[str, Claim] = {}
        for pair in group.pairs:
            if pair.relation != Relation.CONTRADICTS:
                continue
            if _participants(pair.first, corpus).keys() & _participants(pair.second, corpus).keys():
                continue
            for claim in (pair.first, pair.second):
                target = negated if is_negated(claim) else affirmed
                target[claim.id] = claim
        if not affirmed or not negated:
            return []
        lead = next(iter(affirmed.values()))
        values = [
            side(f"affirmed: {lead.text[:100]}", list(affirmed.values()), corpus),
            side(
                f"denied: {next(iter(negated.values())).text[:100]}", list(negated.values()), corpus
            ),
        ]
        ids = sorted([*affirmed, *negated])
        summary = (
            f"Outlets disagree on \u201c{lead.text[:120]}\u201d: "
            + describe_values(values, corpus)
            + "."
        )
        return [conflict(self.kind, ids, summary, values, ids)]


DETECTORS: tuple[ConflictDetector, ...] = (
    ValueDetector(NUMBERS),
    ValueDetector(DATES),
    ValueDetector(PLACES),
    ParticipantDetector(),
    PolarityDetector(),
)
