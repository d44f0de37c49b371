"""Conflict detectors: small units that each look at a group of claims judged to be about the
same thing (same story, same event when either reports one, close wording with numbers masked)
and report one kind of disagreement between outlets, with the values, the claims behind each
value and the independent origins behind each.

Every detector compares only pairs of claims from different articles that the matcher put
together, and a value conflict needs values that cannot both be true: "more than 1,400" and
"1,400" agree, "about 60" and "62" agree, "3,000" and "300" do not, nor do "24" and "26" -
unless they are counts that only grow (the dead, the injured) reported on different days.

The parts: `claim_groups` (pairs, groups, the detector protocol), `value_conflicts` (the value
detector), `value_rules` (figures, dates, places), `opposite_claims` (participation, polarity).
"""

from __future__ import annotations

from crosscheck.claims.claim_groups import (
    ClaimGroup,
    ClaimPair,
    ConflictDetector,
    reports_event,
    same_event,
)
from crosscheck.claims.opposite_claims import ParticipantDetector, PolarityDetector
from crosscheck.claims.value_conflicts import ValueDetector, ValueRule
from crosscheck.claims.value_rules import DATES, GENERIC_UNITS, NUMBERS, PLACES, number_slot

__all__ = [
    "DETECTORS",
    "GENERIC_UNITS",
    "ClaimGroup",
    "ClaimPair",
    "ConflictDetector",
    "ValueDetector",
    "ValueRule",
    "number_slot",
    "reports_event",
    "same_event",
]

DETECTORS: tuple[ConflictDetector, ...] = (
    ValueDetector(NUMBERS),
    ValueDetector(DATES),
    ValueDetector(PLACES),
    ParticipantDetector(),
    PolarityDetector(),
)
