"""Disagreements found by comparing claims' typed values directly, without waiting for the
matcher to pair the sentences: reports of one event that word a fact differently ("Witkoff held
talks in Muscat on Sunday" / "the round took place on Saturday ... in Muscat") are paired by
what their values are values of (`claims/claim_keys.py`):

- figures: the same verb class, the same counted unit and the same places named;
- days (dates, weekdays): the same verb class, days hanging from the event's words;
- places: the same verb class and the same role (in / to / from), places hanging from the
  event's words.

Two claims are compared only when they come from different articles and different origins,
report one event (the event clusters), were published the same day (or both undated), speak of
the same subject, and read as one moment of the story (no two rounds, no "again"). The
tolerance and the sides of a disagreement are the claim detectors' own (`claims/value_rules`):
rounding, bounds and "at least" agree; a count that only grows is compared only between dated
reports of one day and never when either gives it as a running tally in a disaster's first
days; a shock's measures only for one shock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations

from crosscheck.claims.claim_groups import ClaimGroup, ClaimPair
from crosscheck.claims.claim_keys import (
    SAYING_VERBS,
    comparable_claim,
    counted_figures,
    place_role,
    place_scope,
    predicate_class,
)
from crosscheck.claims.match_lexical import same_subject
from crosscheck.claims.relation import Relation
from crosscheck.claims.running_counts import EARLY_DAYS, story_start_day
from crosscheck.claims.same_proposition import page_furniture
from crosscheck.claims.slots import present_year
from crosscheck.claims.value_agreement import (
    RISING_UNITS,
    same_moment,
    sequence_marks,
    unit_of,
    values_of,
)
from crosscheck.claims.value_conflicts import ValueRule, value_conflicts
from crosscheck.claims.value_rules import DATES, GENERIC_UNITS, NUMBERS, PLACES
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue, Finding

# Claims sharing one key beyond this: the key is too loose to pair them (and pairs grow as n²).
MAX_BUCKET = 80
# Key: (event, what the values are of) -> the claims stating one value of it.
_Bucket = dict[tuple[str, ...], list[Claim]]


def typed_conflicts(corpus: Corpus) -> list[Finding]:
    """Figures, days and places of one event that claims of different origins state and that
    cannot all be true."""
    claims = [c for c in corpus.claims if _usable(c, corpus)]
    findings: list[Finding] = []
    for rule, keys in ((NUMBERS, _figure_keys), (DATES, _day_keys), (PLACES, _place_keys)):
        buckets: _Bucket = {}
        for claim in claims:
            for key in keys(claim, corpus):
                buckets.setdefault((corpus.event_of[claim.article], *key), []).append(claim)
        for key, members in sorted(buckets.items()):
            if len(members) > MAX_BUCKET:
                continue  # a verb too common to say what the values are of
            pairs = list(_pairs(members, corpus, rule is NUMBERS))
            if pairs:
                group = ClaimGroup(claims=members, pairs=pairs)
                found = value_conflicts(_keyed(rule, key), group, corpus)
                findings.extend(_by_source(f, members) for f in found)
    return _distinct(findings)


def _usable(claim: Claim, corpus: Corpus) -> bool:
    if claim.article not in corpus.event_of or not claim.values:
        return False
    event = corpus.events.get(corpus.event_of[claim.article])
    event_year = event.date.year if event is not None and event.date is not None else None
    present = present_year(corpus.articles[claim.article], event_year)
    return comparable_claim(claim, present) and not page_furniture(claim, corpus)


def _figure_keys(claim: Claim, corpus: Corpus) -> list[tuple[str, ...]]:
    verb = predicate_class(claim)
    if verb is None:
        return []
    scope = "|".join(sorted(place_scope(claim)))
    return [
        ("figure", verb, unit, scope)
        for unit in counted_figures(claim)
        if unit not in GENERIC_UNITS or verb in _OUTCOME_CLASSES
    ]


# Verbs that say what happened to the people a generic noun counts ("11 people died").
_OUTCOME_CLASSES = frozenset({"die", "injure", "detain", "evacuate", "release"})


def _day_keys(claim: Claim, corpus: Corpus) -> list[tuple[str, ...]]:
    verb = predicate_class(claim)
    days = values_of(claim.values, "date", "weekday")
    if verb is None or verb in SAYING_VERBS or not days:
        return []
    return [("day", verb)]


def _place_keys(claim: Claim, corpus: Corpus) -> list[tuple[str, ...]]:
    verb = predicate_class(claim)
    places = values_of(claim.values, "place")
    if verb is None or verb in SAYING_VERBS or len(places) != 1:
        return []
    text = corpus.articles[claim.article].article.text
    start = claim.sentence_start if claim.sentence_start is not None else claim.start
    end = claim.sentence_end if claim.sentence_end is not None else claim.end
    role = place_role(places[0], text[start:end], start)
    return [] if role is None else [("place", verb, role)]


def _pairs(members: list[Claim], corpus: Corpus, figures: bool) -> Iterator[ClaimPair]:
    for first, second in combinations(members, 2):
        if first.article == second.article or corpus.origin(first) == corpus.origin(second):
            continue
        day_a, day_b = corpus.published(first.article), corpus.published(second.article)
        if day_a != day_b:
            continue
        if figures and _rising(first) and not _settled(first, corpus):
            continue  # a toll in a disaster's first days: each report gives an hour of it
        if not (_same_subject(first, second) and _one_moment(first, second)):
            continue
        yield ClaimPair(first, second, 0.0, Relation.RELATED)


def _settled(claim: Claim, corpus: Corpus) -> bool:
    """Whether the claim's report is dated past the first days of its story, when tolls come in
    daily bulletins rather than by the hour."""
    day = corpus.published(claim.article)
    began = story_start_day(corpus, claim.article) if day is not None else None
    return day is not None and began is not None and (day - began).days > EARLY_DAYS


def _one_moment(first: Claim, second: Claim) -> bool:
    """One moment of the story: no two rounds, no "again", and a numbered happening ("the
    second round") only against the same number, not against an unnumbered one."""
    ordinals_a = sequence_marks(first.text) & _ORDINALS
    return same_moment(first, second) and ordinals_a == sequence_marks(second.text) & _ORDINALS


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def _rising(claim: Claim) -> bool:
    return any(unit in RISING_UNITS for unit in counted_figures(claim))


def _same_subject(first: Claim, second: Claim) -> bool:
    """One subject: the same entity, or subject words in common; a resolved subject against an
    unresolved one is not known to be one."""
    if (first.subject_entity is None) != (second.subject_entity is None):
        return False
    return same_subject(first, second)


def _keyed(rule: ValueRule, key: tuple[str, ...]) -> ValueRule:
    """The rule restricted to the values of one key: a figure rule reads only the key's unit."""
    if rule is not NUMBERS:
        return rule
    unit = key[3]

    def slot(value: ClaimValue) -> str | None:
        return unit if unit_of(value) == unit else None

    return replace(rule, slot=slot)


def _by_source(finding: Finding, claims: list[Claim]) -> Finding:
    """A disagreement whose every side is put in a cited source's mouth, each side's by other
    sources ("6.8, according to the USGS" / "7, the national institute said"), is said to be
    one of figures by source: the outlets relay it faithfully; the sources differ."""
    by_span = {(c.article, c.start): c for c in claims}
    cited: list[set[str]] = []
    for value in finding.values:
        stated = [by_span.get((e.article, e.start)) for e in value.evidence]
        who = {(c.speaker_text or c.attribution or "").strip().lower() for c in stated if c}
        if not who or "" in who:
            return finding
        cited.append(who)
    if any(a & b for a, b in combinations(cited, 2)):
        return finding
    summary = finding.summary.replace("Outlets disagree", "Sources disagree", 1)
    return finding.model_copy(update={"summary": f"{summary} (figures by source)"})


def _distinct(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for finding in findings:
        if finding.id not in seen:
            seen.add(finding.id)
            out.append(finding)
    return out
