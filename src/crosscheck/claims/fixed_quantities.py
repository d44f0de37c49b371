"""Quantities fixed once their event is past, against counts that run on for days.

A death toll, the injured, the missing, the arrested, the evacuated and the displaced only grow
as a story develops: two reports of different days may give two moments of one tally, so they
are compared only between reports of one day (`claims/value_rules`). A quake's magnitude, how
many were on board, how many lived in a town, a person's age, how many signed an agreement do
not change with the report day: two reports that give them differently disagree whenever they
were written, one dated and one not included.

The lists are data: the units (as `claims/value_agreement.unit_of` names them) whose value is
fixed by a past, completed event. A unit not listed is neither: it is compared only between
reports of one day, as before."""

from __future__ import annotations

from crosscheck.claims.value_agreement import RISING_UNITS

# Measures of a completed happening or of a thing's standing state.
FIXED_UNITS = frozenset(
    """magnitude passengers passenger crew inhabitants population signatories signatory
    years-old""".split()
)


def fixed_unit(unit: str) -> bool:
    """Whether a figure of `unit` is fixed by its event, whatever day it is reported."""
    return unit in FIXED_UNITS and unit not in RISING_UNITS
