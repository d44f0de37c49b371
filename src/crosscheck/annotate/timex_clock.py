"""Clock times ("3:30 p.m. Friday"), with the day phrase they are attached to."""

from __future__ import annotations

import re

from crosscheck.annotate.timex_calendar import (
    ymd,
)
from crosscheck.annotate.timex_grammar import (
    DIGITS,
    Context,
    Found,
    one,
    rule,
)
from crosscheck.annotate.timex_lexicon import (
    CLOCK,
    DAY_PHRASE,
    TZ,
    Tense,
)
from crosscheck.annotate.timex_quantity import quantity


def _day_phrase_value(phrase: str, tense: Tense, ctx: Context) -> tuple[str, bool]:
    """Date part ("2025-07-12" or underspecified) of a day phrase attached to a clock time."""
    sub = Context(phrase, ctx.ref, ctx.grammar, tense)
    for pattern, handler, _ in ctx.grammar:
        full = pattern.fullmatch(phrase)
        if full:
            found = handler(full, sub)
            if found:
                return found[0].value.split("T")[0], found[0].relative
    return "XXXX-XX-XX", True


def _clock_value(clock: str) -> str | None:
    """HH:MM of a clock time ("3:30 p.m.", "noon", "nine in the evening"), None if impossible."""
    clock = clock.lower()
    if clock in ("noon", "midday"):
        return "12:00"
    if clock == "midnight":
        return "24:00"
    words = re.fullmatch(r"(.+?)(?:\s+o'clock)?\s+in\s+the\s+(morning|afternoon|evening)", clock)
    if words:
        number = quantity(words.group(1))
        if number is None or not 1 <= number <= 12:
            return None
        hour = int(number) % 12 + (0 if words.group(2) == "morning" else 12)
        return f"{hour:02d}:00"
    match = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", clock)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "p" and hour < 12:
        hour += 12
    elif match.group(3) == "a" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _clock_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    clock = _clock_value(m.group("clock"))
    if clock is None:
        return []
    if m.group("day"):
        tense = ctx.tense(m.start(), m.end())
        day_value, relative = _day_phrase_value(m.group("day"), tense, ctx)
    elif ctx.ref is not None:
        day_value, relative = ymd(ctx.ref), True
    else:
        day_value, relative = "XXXX-XX-XX", True
    zone = "Z" if re.search(r"(?:GMT|UTC)(?!\s*[+-])", m.group(0)) else ""
    return one(m, "TIME", f"{day_value}T{clock}{zone}", relative)


clock_then_day = rule(
    r"(?:(?P<mod>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before"
    r"|after))\s+)?(?P<clock>"
    + CLOCK
    + r")(?:"
    + TZ
    + r")?(?:,?\s+(?:on\s+)?(?P<day>"
    + DAY_PHRASE
    + r"))?",
    needs=(*DIGITS, "noon", "midnight", "midday", " in the "),
)(_clock_expr)
day_then_clock = rule(
    r"(?P<day>" + DAY_PHRASE + r")(?:\s+at\s+|,?\s+)(?P<clock>" + CLOCK + r")(?:" + TZ + r")?",
    needs=(*DIGITS, "noon", "midnight", "midday", " in the "),
)(_clock_expr)
