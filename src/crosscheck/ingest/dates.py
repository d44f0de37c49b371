"""Publication dates from text datelines and metadata fields: parsed, never guessed."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

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
        try:
            return date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            return None
    return None


def parse_iso_date(value: str) -> date | None:
    """A date from an ISO-8601 or common metadata string, or None when it cannot be read."""
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    parsed = parse_date_line(text)
    if parsed is not None:
        return parsed
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def not_in_future(day: date | None, now: datetime | None = None) -> date | None:
    """`day` unless it lies after `now` (a date in the future is an error, not a fact)."""
    if day is None:
        return None
    today = (now or datetime.now(UTC)).date()
    return day if day <= today else None
