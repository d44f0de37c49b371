"""Temporal expression recognition and TIMEX3 normalisation for English news.

A rule-based tagger in the spirit of HeidelTime and SUTime: a regular-expression grammar finds
the expressions ("on Saturday", "last December", "more than seven months ago", "May 7, 2025")
and each rule's normaliser turns the match into a TIMEX3 value, resolving deictic expressions
against the article's publication date.  Without a publication date, absolute expressions still
resolve and relative ones keep an underspecified value ("XXXX-12", "XXXX-WXX-6", "PAST_REF")
rather than one guessed from the clock.  The only use of today's date is to bound a year inferred
from a weekday ("Saturday, Feb. 29" -> 2020 when exactly one recent year fits) and the century of
a two-digit year.

The past/future reading of an undated "Friday" or "July 12" comes from a cheap tense detector:
the verb closest before the expression in its clause ("said Friday" / "will meet Friday"),
else cue words after it; news defaults to the past.

Conventions follow TimeML/TimeBank: spans exclude leading prepositions but keep determiners and
quantity modifiers ("more than seven months"), durations are ``P..`` values, vague references are
``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``, decades are written ``197X``.

This module holds the public API: the grammar (the rules in priority order), overlap resolution
and span trimming.  The rules live in ``timex_dates`` (calendar dates and years),
``timex_periods`` (quarters, decades, centuries, seasons), ``timex_weekdays`` (weekdays, the
weekend, holidays), ``timex_clock`` (clock times), ``timex_relative`` (deictic expressions
anchored at the publication date) and ``timex_durations`` (durations and recurrences); the
matching context, tense reading and rule type in ``timex_grammar``, word tables and regex
fragments in ``timex_lexicon``, date arithmetic and resolution against the reference date in
``timex_calendar``, number and duration parsing in ``timex_quantity``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crosscheck.annotate.timex_calendar import safe_date
from crosscheck.annotate.timex_clock import clock_then_day, day_then_clock
from crosscheck.annotate.timex_dates import (
    day_month_date,
    iso_date,
    month_day_date,
    month_expr,
    slash_date,
    spoken_year,
    year_expr,
    year_two_thousand,
)
from crosscheck.annotate.timex_durations import quantity_expr, set_expr, vague_duration
from crosscheck.annotate.timex_foreign import (
    foreign_day_month,
    foreign_day_range,
)
from crosscheck.annotate.timex_foreign_weekdays import (
    arabic_weekday,
    foreign_weekday,
    turkish_weekday,
)
from crosscheck.annotate.timex_grammar import Context, Found, Kind, Rule
from crosscheck.annotate.timex_lexicon import Tense
from crosscheck.annotate.timex_periods import (
    century_expr,
    decade_expr,
    quarter_expr,
    season_expr,
    the_quarter,
)
from crosscheck.annotate.timex_relative import deictic_day, relative_unit, vague_ref
from crosscheck.annotate.timex_weekdays import holiday_expr, the_weekend, weekday_expr, weekday_set

__all__ = ["GRAMMAR", "Kind", "Tense", "TimeExpression", "find_time_expressions"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression found in a text, with its TIMEX3 normalisation."""

    start: int  # char offset in the text given
    end: int
    text: str
    kind: Kind
    value: str
    day: date | None  # the resolved calendar day when value is a full date, else None
    # True when the value depends on the reference date: resolved against it when it was given,
    # left underspecified otherwise; also True for a year inferred from a weekday.
    relative: bool
    # A bounded duration anchored at the reference date ("more than seven months ago": value
    # P7M, mod MORE_THAN, as TimeML annotates it) and the date it reaches to (2024-12).
    mod: str | None = None
    anchor: str | None = None


# The rules in priority order: among overlapping matches of the same length, the earlier wins.
GRAMMAR: tuple[Rule, ...] = (
    month_day_date,
    day_month_date,
    iso_date,
    slash_date,
    month_expr,
    weekday_expr,
    weekday_set,
    clock_then_day,
    day_then_clock,
    deictic_day,
    relative_unit,
    the_weekend,
    quantity_expr,
    vague_duration,
    year_expr,
    quarter_expr,
    the_quarter,
    decade_expr,
    century_expr,
    season_expr,
    vague_ref,
    set_expr,
    holiday_expr,
    spoken_year,
    year_two_thousand,
    foreign_day_month,
    foreign_day_range,
    foreign_weekday,
    turkish_weekday,
    arabic_weekday,
)


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------


def find_time_expressions(text: str, reference: date | None) -> list[TimeExpression]:
    """All time expressions in `text`, normalised against `reference` (publication date) when given.

    Overlapping candidates are resolved in favour of the longest match, then the earlier rule.
    Relative expressions keep an underspecified value when `reference` is None.
    """
    ctx = Context(text, reference, GRAMMAR)
    candidates: list[tuple[int, int, Found]] = []
    for priority, (pattern, handler, needs) in enumerate(GRAMMAR):
        if not any(key in ctx.lower for key in needs):
            continue
        for match in pattern.finditer(text):
            for found in handler(match, ctx):
                candidates.append((priority, match.end() - match.start(), found))
    candidates.sort(key=lambda c: (-c[1], c[0], c[2].start))
    taken: list[Found] = []
    for _, _, found in candidates:
        if all(found.end <= t.start or found.start >= t.end for t in taken):
            taken.append(found)
    taken.sort(key=lambda f: f.start)
    return [_expression(text, found) for found in taken]


_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _expression(text: str, found: Found) -> TimeExpression:
    """The public record of a found expression, its span stripped of trailing spaces and commas."""
    start, end = found.start, found.end
    while end > start and text[end - 1] in " ,":
        end -= 1
    day = None
    full = _FULL_DATE.match(found.value)
    if full:
        day = safe_date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
    return TimeExpression(
        start,
        end,
        text[start:end],
        found.kind,
        found.value,
        day,
        found.relative,
        found.mod,
        found.anchor,
    )
