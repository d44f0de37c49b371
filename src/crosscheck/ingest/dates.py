"""Publication dates from text datelines and metadata fields: parsed, never guessed.

One reading of a date value (`parse_timestamp`) and one notion of "in the future" (`in_future`:
later than the ingestion moment, or a calendar day that has not begun anywhere on Earth) serve
every source of a date: input fields, text datelines and HTML metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?"
_PREFIX = r"(?:(?:published|updated|posted|last updated|date|on)\s*:?\s*)?"
_TIME = (
    r"(?:\s*[-|,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
)
_PATTERNS = [
    # Sunday, 13 July 2025
    re.compile(
        rf"^{_PREFIX}(?:{_WEEKDAY}\s*)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
        rf"(?P<year>\d{{4}}){_TIME}$",
        re.IGNORECASE,
    ),
    # Sunday, July 13, 2025
    re.compile(
        rf"^{_PREFIX}(?:{_WEEKDAY}\s*)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>\d{{4}}){_TIME}$",
        re.IGNORECASE,
    ),
    # 2025-07-13
    re.compile(
        rf"^{_PREFIX}(?P<year>\d{{4}})-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?:[T ][\d:.+Z-]*)?$",
        re.IGNORECASE,
    ),
]
# year-month-day at the start of a value, whatever follows ("2019-11-20 4:00:00 -0600")
_LEADING_DATE = re.compile(r"^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_EARLIEST = date(1900, 1, 1)
# CMS placeholders for "no date"
_PLACEHOLDER_DATES = frozenset({date(1970, 1, 1)})
# Local calendar dates run up to 14 hours ahead of UTC (UTC+14, Line Islands).
_MAX_UTC_OFFSET = timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A date as written, with the exact moment when the value also names a time zone."""

    day: date
    exact: datetime | None = None


def parse_date_line(line: str) -> date | None:
    """The date of a line that holds only a date ("Sunday, 13 July 2025"), else None."""
    text = " ".join(line.strip().split())
    if len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mnum"])
        return calendar_date(int(groups["year"]), month, int(groups["day"]))
    return None


def parse_iso_date(value: str) -> date | None:
    """A date from an ISO-8601 or common metadata string, or None (see `parse_timestamp`)."""
    stamp = parse_timestamp(value)
    return stamp.day if stamp is not None else None


def parse_timestamp(value: str) -> Timestamp | None:
    """The date a metadata value states, or None when unreadable or implausible.

    Readings, first that fits: ISO 8601, a leading year-month-day, RFC 2822, a dateline
    ("July 13, 2025"). Dates before 1900 and CMS placeholders (1970-01-01) are not dates.
    """
    moment = _read_moment(value.strip())
    if moment is None or not plausible(moment.date()):
        return None
    return Timestamp(moment.date(), moment if moment.tzinfo is not None else None)


def _read_moment(text: str) -> datetime | None:
    """The moment `text` names (midnight, no time zone, when it gives only a day)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if match := _LEADING_DATE.match(text):
        day = calendar_date(int(match[1]), int(match[2]), int(match[3]))
    else:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            day = parse_date_line(text)
    return datetime.combine(day, time()) if day is not None else None


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date with these numbers, or None when there is no such day (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def plausible(day: date) -> bool:
    """False for dates before 1900 and for placeholders that mean "no date"."""
    return day >= _EARLIEST and day not in _PLACEHOLDER_DATES


def in_future(stamp: Timestamp, moment: datetime) -> bool:
    """True when `stamp` lies after `moment` (time-zone aware).

    An exact timestamp is compared as such; a bare calendar date only when that day has not
    begun anywhere on Earth yet.
    """
    if stamp.exact is not None:
        return stamp.exact > moment
    return stamp.day > latest_local_date(moment)


def not_in_future(day: date | None, now: datetime | None = None) -> date | None:
    """`day` unless it lies after `now` (a date in the future is an error, not a fact)."""
    if day is None or in_future(Timestamp(day), as_utc(now or datetime.now(UTC))):
        return None
    return day


def latest_local_date(moment: datetime) -> date:
    """The latest calendar date anywhere on Earth at `moment`."""
    return (moment + _MAX_UTC_OFFSET).date()


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC; a naive moment is taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
