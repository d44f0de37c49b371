"""Calendar periods: quarters and halves, decades, centuries and seasons."""

from __future__ import annotations

import re

from crosscheck.annotate.timex_calendar import (
    current_season,
    quarter_of,
    rel_offset,
)
from crosscheck.annotate.timex_grammar import (
    DIGITS,
    Context,
    Found,
    day_of,
    group,
    one,
    rule,
)
from crosscheck.annotate.timex_lexicon import (
    DECADE_WORDS,
    ORDWORD,
    POINT_MOD,
    SEASON_ORDER,
    SEASONS,
    word_set,
)

_YEAR_AGO = r"(?:(?:the\s+)?(?:comparable\s+)?year[- ](?:ago|earlier))"


@rule(
    r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|this"
    r"|the\s+(?:1[6-9]|20)\d\d|"
    + _YEAR_AGO
    + r")\s+)?(?:fiscal[- ]\s*)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)(?P<sep>[- ])"
    r"(?:fiscal[- ])?(?P<u>quarter|half)(?!-)(?:\s+of\s+(?P<ry>last|this|next)\s+year)?",
    needs=("quarter", "half"),
)
def quarter_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A quarter or half: "the third quarter", "first half of last year"."""
    order = {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
    }[group(m, "o")]
    unit = group(m, "u")
    if unit == "half" and order > 2:
        return []
    suffix = f"-Q{order}" if unit == "quarter" else f"-H{order}"
    det = group(m, "det")
    start = m.start()
    if det == "its" or (det and m.group("sep") == "-" and "year" not in det):
        start = m.start("det") + len(det) + 1  # TimeBank leaves "its third-quarter" out
    if ctx.ref is None:
        return [Found(start, m.end(), "DATE", "XXXX" + suffix, True)]
    year = ctx.ref.year
    if m.group("ry"):
        year += {"last": -1, "this": 0, "next": 1}[group(m, "ry")]
    elif det[-4:].isdigit():
        year = int(det[-4:])
    elif "year-" in det.replace(" ", "-") or det.startswith("last"):
        year -= 1
    elif det.startswith("next"):
        year += 1
    elif not det.startswith("this"):
        current = quarter_of(ctx.ref) if unit == "quarter" else (ctx.ref.month - 1) // 6 + 1
        if order > current and ctx.tense(m.start(), m.end()) == "past":
            year -= 1
    return [Found(start, m.end(), "DATE", f"{year:04d}{suffix}", True)]


@rule(
    r"(?P<d>the|its)\s+(?:(?P<ago>year[- ](?:ago|earlier))\s+|(?:latest|most\s+recent|recent"
    r"|just-ended|just\s+ended)\s+)?(?:quarter|period)(?!\s+of|\w|-)",
    needs=("quarter", "period"),
)
def the_quarter(m: re.Match[str], ctx: Context) -> list[Found]:
    """The reporting quarter: "the quarter", "the year-ago period"."""
    if ctx.ref is None:
        return one(m, "DATE", "XXXX-QX", True)
    if m.group(0).lower().endswith("period") and not m.group("ago"):
        return []
    back = 6 if m.group("ago") else 2
    year, quarter = divmod(ctx.ref.year * 4 + quarter_of(ctx.ref) - back, 4)
    return one(m, "DATE", f"{year:04d}-Q{quarter + 1}", True)


@rule(
    r"(?:the\s+)?(?:(?P<pm>early|mid|late)(?:\s+|-))?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s"
    r"|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties))(?!\w)",
    needs=(*DIGITS, "ties"),
)
def decade_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A decade: "the 1970s", "the late '80s", "the nineties"."""
    if m.group("dec"):
        return one(m, "DATE", m.group("dec")[:3] + "X", False)
    digit = int(m.group("dec2")[0]) if m.group("dec2") else DECADE_WORDS[group(m, "decw")]
    century = 19
    if ctx.ref is not None and digit * 10 + 1900 > ctx.ref.year:
        century = 18
    return one(m, "DATE", f"{century}{digit}X", ctx.ref is not None)


@rule(
    r"(?:the\s+)?(?:(?P<pm>early|mid|late)(?:\s+|-))?(?P<n>\d{1,2}(?:st|nd|rd|th)|"
    + ORDWORD
    + r")(?:\s+|-)century",
    needs=("century",),
)
def century_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A century: "the 21st century", "the early nineteenth century"."""
    n = day_of(m.group("n"))
    return one(m, "DATE", f"{n - 1:02d}", False) if 1 <= n <= 22 else []


_SEASON_CONTEXT = word_set(
    "in during since until till by over through throughout this last next early late mid"
)


@rule(
    r"(?P<pm>" + POINT_MOD + r")?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:past|coming|previous|following)|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?(?!\s+of)",
    needs=("spring", "summer", "fall", "autumn", "winter"),
)
def season_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A season: "last summer", "in the fall", "winter of next year"."""
    season = SEASONS[group(m, "s")]
    rel, ry = " ".join(group(m, "rel").split()), group(m, "ry")
    if rel in ("", "the") and not ry and not m.group("pm"):
        before = ctx.words_before(m.start())
        if not before or before[0] not in _SEASON_CONTEXT:
            return []
    if ctx.ref is None:
        return one(m, "DATE", "XXXX-" + season, True)
    offset = rel_offset(rel) if rel not in ("", "the", "this") else 0
    if ry:
        return one(
            m,
            "DATE",
            f"{ctx.ref.year + {'last': -1, 'this': 0, 'next': 1}[ry]:04d}-" + season,
            True,
        )
    cur_year, cur_season = current_season(ctx.ref)
    cur_index = cur_year * 4 + SEASON_ORDER.index(cur_season)
    # Index of this season's occurrence in the reference year (winter counted from December).
    same_year = ctx.ref.year * 4 + SEASON_ORDER.index(season)
    if offset < 0:
        target = same_year if same_year < cur_index else same_year - 4
    elif offset > 0:
        target = same_year if same_year > cur_index else same_year + 4
    elif season == cur_season:
        target = cur_index
    else:
        target = same_year
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and target > cur_index:
            target -= 4
        elif tense == "future" and target < cur_index:
            target += 4
    year, index = divmod(target, 4)
    return one(m, "DATE", f"{year:04d}-{SEASON_ORDER[index]}", True)
