"""The value rules of the claim detectors: figures (in the slot their unit names), dates and
weekdays of one event, places of one event, each with its tolerance and with the pairs of
claims it may compare (a rising toll only on one day, a shock's measures only of one shock)."""

from __future__ import annotations

from crosscheck.claims.claim_groups import ClaimPair, same_event
from crosscheck.claims.event_day_values import (
    days_of_one_event,
    one_dispute,
    places_of_one_event,
)
from crosscheck.claims.one_shock import measures_a_shock, same_shock
from crosscheck.claims.running_counts import hours_of_a_tally, story_start_day
from crosscheck.claims.value_agreement import (
    RISING_UNITS,
    places_compatible,
    quantities_compatible,
    unit_of,
    when_compatible,
)
from crosscheck.claims.value_conflicts import ValueRule
from crosscheck.corpus import Corpus
from crosscheck.records import ClaimValue


def _toll_comparable(pair: ClaimPair, value: ClaimValue, corpus: Corpus) -> bool:
    """A count that only grows is compared only between reports dated the same day, and never
    when either gives it as a running tally: a higher figure later is an update, not a
    conflict. Two undated reports are of one moment only when the story's dated reports are
    all of one day (or none is dated); otherwise they may be days apart."""
    unit = unit_of(value)
    day = corpus.published(pair.first.article)
    if unit not in RISING_UNITS:
        # other counts that change as a story runs compare only within one day's reports
        return not changes_over_days(unit) or _one_moment(pair, corpus)
    if not _one_moment(pair, corpus):
        return False
    # "rises to 70" and "has reached 157" on one day are two hours of a tally
    return not hours_of_a_tally(
        pair.first.text, pair.second.text, day, lambda: story_start_day(corpus, pair.first.article)
    )


def _one_moment(pair: ClaimPair, corpus: Corpus) -> bool:
    """Whether two reports' counts are of one known moment: both dated the same day, or both
    undated in a story whose dated reports span at most one day."""
    first, second = pair.first.article, pair.second.article
    day = corpus.published(first)
    if day is not None or corpus.published(second) is not None:
        return day == corpus.published(second)
    story = corpus.story_of.get(first)
    days = {
        corpus.published(article)
        for article, of in corpus.story_of.items()
        if of == story and corpus.published(article) is not None
    }
    return len(days) <= 1


# Counts other than tolls that grow or change as a story runs: detainees and prisoners held or
# freed, homes found destroyed, people evacuated or rescued. Two reports of different days give
# two moments of them.
_CHANGING_WORDS = frozenset(
    """detainees detentions prisoners captives hostages houses homes buildings dwellings
    evacuated evacuees rescued homeless affected hospitalised hospitalized survivors bodies
    aftershocks released freed""".split()
)


def changes_over_days(unit: str | None) -> bool:
    """Whether a figure of this unit counts something that changes from one day to the next."""
    return unit is not None and bool(_CHANGING_WORDS & set(unit.split()))


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


NUMBERS = ValueRule(
    kind="number_conflict",
    kinds=("quantity",),
    slot=number_slot,
    compatible=quantities_compatible,
    pair_ok=_figures_comparable,
    topic="figure",
)
DATES = ValueRule(
    kind="date_conflict",
    kinds=("date", "weekday"),
    slot=lambda v: "",
    compatible=when_compatible,
    pair_ok=_event_day_pair,
    topic="date of the event",
    one_thing=one_dispute,
)
PLACES = ValueRule(
    kind="place_conflict",
    kinds=("place",),
    slot=lambda v: "",
    compatible=places_compatible,
    pair_ok=_event_place_pair,
    topic="place of the event",
)
