"""Event-frame conflicts: the slots of one event that are not figures of its toll (the day a
meeting was held or a crash or an earthquake happened, how long it lasted, who led each
delegation, who attended, since when a lasting state holds, the year of an earlier
disaster, a monument's heritage status, who read out a statement, when a numbered flight is
expected to land, a weekday the calendar does not bear out), each read by its own small
detector and compared across outlets."""

from __future__ import annotations

from crosscheck.corpus import Corpus
from crosscheck.corroborate.aircraft import aircraft_conflicts
from crosscheck.corroborate.attendance import attendance_conflicts
from crosscheck.corroborate.delegations import delegation_conflicts
from crosscheck.corroborate.event_dates import event_date_conflicts
from crosscheck.corroborate.expected_arrivals import expected_arrival_conflicts
from crosscheck.corroborate.heritage import heritage_conflicts
from crosscheck.corroborate.meeting_days import meeting_day_conflicts
from crosscheck.corroborate.meeting_durations import duration_conflicts
from crosscheck.corroborate.past_events import past_event_conflicts
from crosscheck.corroborate.routes import route_conflicts
from crosscheck.corroborate.start_years import start_year_conflicts
from crosscheck.corroborate.statement_readers import reader_conflicts
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.corroborate.weekday_slips import weekday_slip_conflicts
from crosscheck.records import Finding


def frame_conflicts(corpus: Corpus) -> list[Finding]:
    """Every frame-slot conflict between outlets."""
    return [
        *meeting_day_conflicts(corpus),
        *event_date_conflicts(corpus),
        *aircraft_conflicts(corpus),
        *route_conflicts(corpus),
        *delegation_conflicts(corpus),
        *start_year_conflicts(corpus),
        *past_event_conflicts(corpus),
        *heritage_conflicts(corpus),
        *reader_conflicts(corpus),
        *attendance_conflicts(corpus),
        *duration_conflicts(corpus),
        *expected_arrival_conflicts(corpus),
        *typed_conflicts(corpus),
        *weekday_slip_conflicts(corpus),
    ]
