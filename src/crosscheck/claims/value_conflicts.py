"""The value detector: values of one slot (figures, dates, places) that claims matched across
outlets state and that cannot all be true, grouped into sides of mutually compatible values.
What a slot is, when two values agree and which pairs may be compared is a rule's
(`claims/value_rules.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crosscheck.claims.attribute_figures import attributes_of_one_thing
from crosscheck.claims.claim_groups import ClaimGroup, ClaimPair
from crosscheck.claims.figure_guards import PlacedFigure
from crosscheck.claims.figure_holders import held_by_others
from crosscheck.claims.figure_parts import counts_may_conflict
from crosscheck.claims.findings import conflict, describe_values, side
from crosscheck.claims.value_agreement import two_shocks, values_of
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue, Finding, FindingKind, FindingValue
from crosscheck.resolve.union_find import DisjointSets

ValueKey = tuple[str, str]  # (slot, normalised value)


def _key(value: ClaimValue, slot: str) -> ValueKey:
    return slot, "|".join(
        str(x) for x in (value.kind, value.value.lower(), value.low, value.high, value.approximate)
    )


@dataclass(frozen=True, slots=True)
class ValueRule:
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


def _single_per_slot(values: list[ClaimValue], rule: ValueRule) -> set[str]:
    """The slots in which the claim states exactly one value (or several that agree)."""
    by_slot: dict[str, list[ClaimValue]] = {}
    for value in values:
        if (slot := rule.slot(value)) is not None:
            by_slot.setdefault(slot, []).append(value)
    return {slot for slot, found in by_slot.items() if _one_value(found, rule.compatible)}


def value_conflicts(rule: ValueRule, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
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
                if rule.kinds == ("quantity",) and not _figures_may_clash(pair, a, b, corpus):
                    continue  # vague, an increment, a conversion, another moment's or holder's
                if not _of_one_thing(pair, a, b, corpus):
                    continue  # "a 16-member medical team" flew; "a 41-member team" was sent
                ka, kb = _key(a, slot), _key(b, slot)
                stated.setdefault(ka, (a, []))[1].append(pair.first)
                stated.setdefault(kb, (b, []))[1].append(pair.second)
                clashes.add((ka, kb))
    return [
        _finding(rule, sides, stated, corpus)
        for sides in _sides(rule, stated, clashes)
        if len(sides) >= 2 and rule.one_thing([stated[k][0] for side in sides for k in side])
    ]


def placed(claim: Claim, value: ClaimValue, corpus: Corpus) -> PlacedFigure:
    """A claim's figure with its article's text and the claim's sentence."""
    start = claim.sentence_start if claim.sentence_start is not None else claim.start
    end = claim.sentence_end if claim.sentence_end is not None else claim.end
    return PlacedFigure(value, corpus.articles[claim.article].article.text, start, end)


def _sides(
    rule: ValueRule,
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
    rule: ValueRule,
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


def _of_one_thing(pair: ClaimPair, a: ClaimValue, b: ClaimValue, corpus: Corpus) -> bool:
    if a.kind != "quantity":
        return True
    text_a = corpus.articles[pair.first.article].article.text
    text_b = corpus.articles[pair.second.article].article.text
    return attributes_of_one_thing((pair.first, a, text_a), (pair.second, b, text_b))


def _figures_may_clash(pair: ClaimPair, a: ClaimValue, b: ClaimValue, corpus: Corpus) -> bool:
    first, second = placed(pair.first, a, corpus), placed(pair.second, b, corpus)
    if not counts_may_conflict(first, second):
        return False
    english = pair.first.language == pair.second.language == "en"
    return not (english and held_by_others(first, second))


def _same_subject(pair: ClaimPair) -> bool:
    """Claims about two different subjects ("X met ..." / "Y met ...") state no one value."""
    a, b = pair.first.subject_entity, pair.second.subject_entity
    return a is None or b is None or a == b


@dataclass(frozen=True, slots=True)
class ValueDetector:
    """A detector of values that cannot all be true (figures, dates, places)."""

    rule: ValueRule

    @property
    def kind(self) -> FindingKind:
        """The kind of finding it reports."""
        return self.rule.kind

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Value conflicts of this rule in the group."""
        return value_conflicts(self.rule, group, corpus)
