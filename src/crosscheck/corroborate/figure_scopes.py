"""When two figures of the newer slots are of one thing: the size of the team one person went
with (one trip), and a measure of a shock after the story's main one (one shock)."""

from __future__ import annotations

from datetime import date

from crosscheck.claims.slot_times import times_compatible
from crosscheck.claims.slots import SlotValue

# Two magnitudes further apart than this, given for a shock after the main one on one day, may
# be of two later shocks (a day of strong aftershocks): agencies differ by less.
LATER_SHOCKS_APART = 0.5
# Shocks whose magnitudes are more than a degree apart are two shocks.
SHOCKS_APART = 1.0


def one_later_shock(x: SlotValue, y: SlotValue, day_a: date | None, day_b: date | None) -> bool:
    """Two measures of a shock after the story's main one are of one shock when both reports
    are of one day, name no other day, give one instant for it (in one zone or two), and the
    magnitudes are close: a story may tell of several later shocks, on one day or days apart."""
    if day_a is None or day_a != day_b:
        return False
    if not x.days | y.days <= {day_a.isoformat()}:
        return False
    if x.slot.startswith("magnitude") and _apart(x.value.value, y.value.value) > LATER_SHOCKS_APART:
        return False
    if x.shock is not None and y.shock is not None and abs(x.shock - y.shock) > SHOCKS_APART:
        return False
    # one instant, told in one zone or two: a day may bring several strong shocks
    if x.moment is None or y.moment is None:
        return False
    return times_compatible(x.moment, y.moment)


def _apart(first: str, second: str) -> float:
    return abs(float(first) - float(second))


def one_trip(x: SlotValue, y: SlotValue, day_a: date | None, day_b: date | None) -> bool:
    """Two sizes of the team one person went with (one story) are of one trip unless the
    reports or the sentences are of different days: a second visit may take another team."""
    if day_a and day_b and day_a != day_b:
        return False
    return not (x.days and y.days and not x.days & y.days)
