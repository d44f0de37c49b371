"""Disagreements found by comparing claims' typed values directly, without waiting for the
matcher to pair the sentences: reports of one event that word a fact differently ("Witkoff held
talks in Muscat on Sunday" / "the round took place on Saturday ... in Muscat") are paired by
what their values are values of (`claims/claim_keys.py`):

- figures: the same verb class, the same counted unit and the same places named;
- days (dates, weekdays): the same verb class, days hanging from the event's words;
- places: the same verb class and the same role (in / to / from), places hanging from the
  event's words.

Two claims are compared only when they come from different articles and different origins,
report one event (the event clusters), were published the same day (or both undated) unless
the value is fixed by a past event (a magnitude, how many were on board, a calendar date:
`claims/fixed_quantities`), speak of the same subject (a sentence no parser reads has none and
meets any parsed one whose subject does not narrow what is counted), and read as one moment of
the story (no two rounds, no "again"). A breakdown by place gives each place's figure as a
part of its own (`claims/breakdowns`). The
tolerance and the sides of a disagreement are the claim detectors' own (`claims/value_rules`):
rounding, bounds and "at least" agree; a count that only grows is compared only between dated
reports of one day and never when either gives it as a running tally in a disaster's first
days; a shock's measures only for one shock."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import combinations

from crosscheck.claims.breakdowns import place_parts
from crosscheck.claims.claim_groups import ClaimGroup, ClaimPair
from crosscheck.claims.claim_keys import (
    SAYING_VERBS,
    comparable_claim,
    counted_figures,
    place_role,
    place_scope,
    predicate_class,
)
from crosscheck.claims.fixed_quantities import fixed_unit
from crosscheck.claims.match_lexical import same_subject
from crosscheck.claims.negation_words import unparsed
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
            stated = [(key, claim) for key in keys(claim, corpus)]
            if rule is NUMBERS:
                stated += _part_keys(claim, corpus)
            for key, member in stated:
                buckets.setdefault((corpus.event_of[claim.article], *key), []).append(member)
        if rule is NUMBERS:
            _join_nominal(buckets)
        for key, members in sorted(buckets.items()):
            if len(members) > MAX_BUCKET:
                continue  # a verb too common to say what the values are of
            fixed = _fixed(rule, key)
            pairs = list(_pairs(members, corpus, rule is NUMBERS, fixed))
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
    scope = "|".join(sorted(place_scope(claim)))
    keys: list[tuple[str, ...]] = []
    for unit in counted_figures(claim):
        if unit in _PLACE_UNITS and not scope:
            continue  # how many live in a place no word names: which place is not known
        if fixed_unit(unit) and verb not in _OUTCOME_CLASSES:
            # a magnitude or how many were on board is one measure whatever verb states it
            # ("measured", "registró", "carrying"); "241 passengers died" counts the dead
            keys.append(("figure", "*", unit, scope))
        elif verb is not None and (unit not in GENERIC_UNITS or verb in _OUTCOME_CLASSES):
            keys.append(("figure", verb, unit, scope))
    if verb is None and (nominal := _nominal_key(claim)) is not None:
        keys.append(nominal)
    return keys


# The verb slot of a figure's key when its sentence states it with no verb of a happening
# ("un pueblo de 27.000 habitantes", "convocada por 65 entidades").
NOMINAL = ""


def _nominal_key(claim: Claim) -> tuple[str, ...] | None:
    """The key of a sentence no parser reads and no verb class marks, when it gives one figure
    and that figure has a counted noun that says what is measured, not a toll: the one figure
    is the noun's count, whatever verb another outlet states it with."""
    if not unparsed(claim):
        return None
    figures = values_of(claim.values, "quantity")
    unit = unit_of(figures[0]) if len(figures) == 1 else None
    if unit is None or unit not in counted_figures(claim):
        return None  # no counted noun, or a breakdown by subgroup
    if unit in GENERIC_UNITS or unit in RISING_UNITS or fixed_unit(unit):
        # a toll stated with no verb is most often an hour's tally ("95 muertos"): left out
        return None
    return ("figure", NOMINAL, unit, "|".join(sorted(place_scope(claim))))


def _join_nominal(buckets: _Bucket) -> None:
    """A figure stated with no verb is of the count a verb of any class states of the same
    noun and places: its claims join those buckets too (event, "figure", verb, unit, places)."""
    nominal = {(k[0], *k[3:]): v for k, v in buckets.items() if k[1:3] == ("figure", NOMINAL)}
    for key, members in list(buckets.items()):
        if key[1] != "figure" or key[2] in (NOMINAL, "*"):
            continue
        extra = nominal.get((key[0], *key[3:]), [])
        members.extend(c for c in extra if c not in members)


def _part_keys(claim: Claim, corpus: Corpus) -> list[tuple[tuple[str, ...], Claim]]:
    """The figures of a breakdown by place ("79 in Rukum West and 46 in Jajarkot"), each keyed
    as its place's figure, the claim narrowed to it (`claims/breakdowns`)."""
    verb = predicate_class(claim)
    if verb is None:
        return []
    found: list[tuple[tuple[str, ...], Claim]] = []
    for place, part in place_parts(claim):
        unit = unit_of(part.values[0]) or ""
        if unit not in GENERIC_UNITS or verb in _OUTCOME_CLASSES:
            found.append((("figure", verb, unit, place), part))
    return found


# Fixed measures of a place: compared only between sentences that name the place.
_PLACE_UNITS = frozenset({"inhabitants", "population"})
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


def _fixed(rule: ValueRule, key: tuple[str, ...]) -> Callable[[Claim, Claim], bool]:
    """Whether two claims of a key state a value fixed by a past event, which reports of any
    day must agree on: a fixed quantity (`claims/fixed_quantities`), or calendar dates (a
    weekday is not one: "on Sunday" in two reports of two weeks may be two Sundays)."""
    if rule is NUMBERS:
        fixed = fixed_unit(key[3])  # (event, "figure", verb, unit, places)
        return lambda first, second: fixed
    if rule is DATES:
        return lambda first, second: _calendar_days_only(first) and _calendar_days_only(second)
    return lambda first, second: False


def _calendar_days_only(claim: Claim) -> bool:
    days = values_of(claim.values, "date", "weekday")
    return bool(days) and all(v.kind == "date" and _ISO_DAY.fullmatch(v.value) for v in days)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _pairs(
    members: list[Claim],
    corpus: Corpus,
    figures: bool,
    fixed: Callable[[Claim, Claim], bool],
) -> Iterator[ClaimPair]:
    """Pairs of claims of different articles and origins that may state one value: reported
    the same day, unless the value is fixed by a past event (`claims/fixed_quantities`)."""
    for first, second in combinations(members, 2):
        if first.article == second.article or corpus.origin(first) == corpus.origin(second):
            continue
        day_a, day_b = corpus.published(first.article), corpus.published(second.article)
        if day_a != day_b and not fixed(first, second):
            continue
        if figures and _rising(first) and not _settled(first, corpus):
            continue  # a toll in a disaster's first days: each report gives an hour of it
        if not (_same_subject(first, second, corpus) and _one_moment(first, second)):
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
    units = {*counted_figures(claim), *map(unit_of, values_of(claim.values, "quantity"))}
    return bool(units & RISING_UNITS)


def _same_subject(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """One subject: the same entity, or subject words in common; a resolved subject against an
    unresolved one is not known to be one. A sentence no parser reads (of a language without
    one) has no subject: it is read as of the same subject as a parsed one unless that one's
    subject narrows what is counted (a nationality, a group: "37 Spaniards died")."""
    if unparsed(first) != unparsed(second):
        parsed = second if unparsed(first) else first
        return not _narrowing_subject(parsed, corpus)
    if (first.subject_entity is None) != (second.subject_entity is None):
        return False
    return same_subject(first, second)


# Entity types a subject may have and still count the whole: an actor who reports or does the
# counted thing ("Foro Penal counted", "police arrested"), a place the key already scopes.
_WHOLE_SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _narrowing_subject(claim: Claim, corpus: Corpus) -> bool:
    """Whether the claim's subject names a part of those counted: a nationality or a group
    (an entity of another type), or a subject holding the count itself with a noun that is not
    the people at large ("37 Spaniards died", "12 soldiers were killed"; "45 people died" and
    "Police arrested 120" name the whole or the actor)."""
    if claim.subject_entity is not None:
        entity = corpus.entities.get(claim.subject_entity)
        if entity is None or entity.type not in _WHOLE_SUBJECT_TYPES:
            return True
    subject = claim.subject or ""
    if not any(v.text and v.text in subject for v in claim.values if v.kind == "quantity"):
        return False
    nouns = {w for w in re.findall(r"[^\W\d_]+", subject.lower()) if w not in _MODIFIER_WORDS}
    return not nouns <= _WHOLE_WORDS


# Words around a count in a subject that say nothing of who is counted.
_MODIFIER_WORDS = frozenset(
    "some about around at least more than over nearly almost the a an of".split()
)
# Nouns of a subject that count the people at large or the outcome itself.
_WHOLE_WORDS = frozenset(
    "people persons person individuals victims dead killed injured wounded missing".split()
)


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
