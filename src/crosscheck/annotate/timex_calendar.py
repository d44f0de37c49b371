"""Calendar arithmetic and resolution of underspecified dates against a reference date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from crosscheck.annotate.timex_lexicon import SEASON_ORDER, UNITS, Tense

# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------


def ymd(day: date) -> str:
    """A day as a TIMEX3 date value, YYYY-MM-DD."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def ym(year: int, month: int) -> str:
    """A month as a TIMEX3 value, YYYY-MM."""
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) `delta` months after the given month (before it when negative)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    """The ISO week of a day as a TIMEX3 value, YYYY-Www."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """The calendar quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def current_season(day: date) -> tuple[int, str]:
    """(year, season code) of the season a day falls in; winter belongs to its December's year."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, SEASON_ORDER[(day.month - 3) // 3]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift_month(year, month, 1)
    end = date(last[0], last[1], 1) - timedelta(days=1)
    return end - timedelta(days=(end.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month = (h + j - 7 * m + 114) // 31
    return date(year, month, (h + j - 7 * m + 114) % 31 + 1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "valentine's day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31),
    "independence day": lambda y: date(y, 7, 4),
    "the fourth of july": lambda y: date(y, 7, 4),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter sunday": _easter,
    "easter": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
}

# --------------------------------------------------------------------------------------------
# Resolution of underspecified calendar points
# --------------------------------------------------------------------------------------------


def resolve_weekday(ref: date, weekday: int, tense: Tense, rel: str) -> date:
    """The day a weekday name refers to, given the reference date and cues."""
    if rel in ("last", "the previous", "this past", "the last", "past"):
        return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    if rel in ("next", "the next", "the following", "this coming", "coming"):
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    if tense == "future":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def resolve_month_day(ref: date, month: int, day: int, tense: Tense) -> date | None:
    """The year-less date nearest the reference consistent with the clause's tense."""
    year = ref.year
    candidate = safe_date(year, month, day)
    if candidate is None:  # 29 February outside a leap year: the nearest leap year
        for delta in (1, -1, 2, -2, 3, -3, 4, -4):
            if safe_date(year + delta, month, day):
                return date(year + delta, month, day)
        return None
    gap = (candidate - ref).days
    # Undated mentions in news lean to the past: move back sooner than forward.
    if (tense == "past" and gap > 60) or (tense is None and gap > 180):
        return safe_date(year - 1, month, day)
    if (tense == "future" and gap < -90) or (tense is None and gap < -270):
        return safe_date(year + 1, month, day)
    return candidate


def resolve_month(ref: date, month: int, tense: Tense, rel: str) -> tuple[int, int]:
    """(year, month) a year-less month name refers to, given the reference date and cues."""
    if rel in ("last", "the previous", "this past", "the past", "the last"):
        return (ref.year, month) if month < ref.month else (ref.year - 1, month)
    if rel in ("next", "the following", "this coming", "the coming", "the next"):
        return (ref.year, month) if month > ref.month else (ref.year + 1, month)
    if rel == "this":
        return ref.year, month
    gap = month - ref.month
    if (tense == "past" and gap > 1) or (tense is None and gap >= 6):
        return ref.year - 1, month
    if (tense == "future" and gap < -1) or (tense is None and gap <= -9):
        return ref.year + 1, month
    return ref.year, month


def resolve_holiday(ref: date, make: Callable[[int], date], tense: Tense) -> date:
    """The occurrence of a holiday (`make` gives its date in a year) nearest the reference."""
    this_year = make(ref.year)
    gap = (this_year - ref).days
    if (tense == "past" and gap > 7) or (tense is None and gap > 240):
        return make(ref.year - 1)
    if (tense == "future" and gap < -7) or (tense is None and gap < -240):
        return make(ref.year + 1)
    return this_year


def infer_year(month: int, day: int, weekday: int, today: date) -> int | None:
    """The only year in the last fifteen where the date falls on the weekday, if unique."""
    years = [
        y
        for y in range(today.year - 15, today.year + 1)
        if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday and d <= today
    ]
    return years[0] if len(years) == 1 else None


_REL_NORMAL = {
    "the last": -1, "the past": -1, "the previous": -1, "last": -1, "past": -1, "previous": -1,
    "this past": -1, "the next": 1, "next": 1, "the coming": 1, "coming": 1, "the following": 1,
    "following": 1, "this coming": 1,
}  # fmt: skip


def rel_offset(rel: str) -> int:
    """-1/0/+1 for the relational word opening a phrase like "last week" or "early next year"."""
    rel = " ".join(rel.lower().replace("-", " ").split())
    if rel in _REL_NORMAL:
        return _REL_NORMAL[rel]
    if rel.endswith(" next") or rel.endswith(" following"):
        return 1
    if rel.endswith(" last") or rel.endswith(" previous"):
        return -1
    return 0


def offset_value(ref: date | None, qty: float, unit: str) -> str:
    """The calendar point `qty` units from the reference, at the unit's granularity."""
    if ref is None:
        return "PAST_REF" if qty < 0 else "FUTURE_REF"
    letter, is_time, mult = UNITS[unit]
    amount = round(qty * mult)
    if is_time:
        return ymd(ref)
    if letter == "D":
        return ymd(ref + timedelta(days=amount))
    if letter == "W":
        return iso_week(ref + timedelta(weeks=amount))
    if letter == "M":
        if mult == 3:
            year, quarter = divmod(ref.year * 4 + quarter_of(ref) - 1 + round(qty), 4)
            return f"{year:04d}-Q{quarter + 1}"
        return ym(*shift_month(ref.year, ref.month, amount))
    return f"{ref.year + amount:04d}"
