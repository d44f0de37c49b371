"""Calendar dates and years: "May 7, 2025", "7/8/07", "last March", "in 1998"."""

from __future__ import annotations

import re
from datetime import date

from crosscheck.annotate.timex_calendar import (
    infer_year,
    resolve_month,
    resolve_month_day,
    safe_date,
    ym,
    ymd,
)
from crosscheck.annotate.timex_grammar import (
    DIGITS,
    MONTH_KEYS,
    Context,
    Found,
    day_of,
    group,
    month_of,
    one,
    rule,
    weekday_of,
)
from crosscheck.annotate.timex_lexicon import (
    DAYNUM,
    MONTH,
    MONTH_PART,
    NUMWORD,
    ORDWORD,
    POINT_MOD,
    QUANTITY_NOUNS,
    SEASONS,
    WEEKDAY,
    YEAR4,
    Tense,
    word_set,
)
from crosscheck.annotate.timex_quantity import word_number


def _explicit_date(m: re.Match[str], ctx: Context) -> list[Found]:
    weekday = weekday_of(m.group("wd")) if m.group("wd") else None
    rel = " ".join((group(m, "rel") if "rel" in m.groupdict() else "").split())
    year = int(m.group("y")) if m.group("y") else None
    return month_day_found(
        m, ctx, (month_of(m.group("m")), day_of(m.group("d"))), weekday, year, rel
    )


def month_day_found(
    m: re.Match[str],
    ctx: Context,
    month_day: tuple[int, int],
    weekday: int | None,
    year: int | None,
    rel: str = "",
) -> list[Found]:
    """The date a matched day and month name stand for, resolved against the reference date
    when no year is written (a weekday written with it settles a year boundary)."""
    month, day = month_day
    if year is not None:
        resolved = safe_date(year, month, day)
        return one(m, "DATE", ymd(resolved), False) if resolved else []
    if safe_date(2000, month, day) is None:
        return []
    if ctx.ref is not None:
        tense: Tense = ctx.tense(m.start(), m.end())
        if rel in ("last", "this past"):
            tense = "past"
        elif rel in ("next", "this coming"):
            tense = "future"
        resolved = resolve_month_day(ctx.ref, month, day, tense)
        if resolved and weekday is not None and resolved.weekday() != weekday:
            # The weekday disambiguates a year boundary ("Friday, Jan. 3").
            for delta in (-1, 1):
                other = safe_date(resolved.year + delta, month, day)
                if other and other.weekday() == weekday and abs((other - ctx.ref).days) < 300:
                    resolved = other
                    break
        return one(m, "DATE", ymd(resolved), True) if resolved else []
    if weekday is not None:
        inferred = infer_year(month, day, weekday, date.today())
        if inferred is not None:
            return one(m, "DATE", ymd(date(inferred, month, day)), True)
    return one(m, "DATE", f"XXXX-{month:02d}-{day:02d}", True)


month_day_date = rule(
    r"(?:(?P<rel>last|next|this(?:\s+coming|\s+past)?)\s+)?"
    r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?P<m>" + MONTH + r")\s+(?:the\s+)?"
    r"(?P<d>" + DAYNUM + r"|" + ORDWORD + r")(?:,?\s+(?P<y>" + YEAR4 + r"))?",
    needs=MONTH_KEYS,
)(_explicit_date)
day_month_date = rule(
    r"(?:(?P<wd>"
    + WEEKDAY
    + r"),?\s+)?(?:the\s+)?(?P<d>"
    + DAYNUM
    + r"(?:\s+of)?|"
    + ORDWORD
    + r"\s+of)\s+(?P<m>"
    + MONTH
    + r")(?:,?\s+(?P<y>"
    + YEAR4
    + r"))?",
    needs=MONTH_KEYS,
)(_explicit_date)


@rule(
    r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
    needs=("-",),
)
def iso_date(m: re.Match[str], ctx: Context) -> list[Found]:
    """An ISO date, "2025-05-07"."""
    resolved = safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return one(m, "DATE", ymd(resolved), False) if resolved else []


@rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.,]\d|[\d/])", needs=("/",))
def slash_date(m: re.Match[str], ctx: Context) -> list[Found]:
    """A numeric date, "7/8/2007" (US order unless impossible) or "7/8/07"."""
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 else (a, b)  # US order unless impossible
    year = int(m.group("y"))
    if year < 100:  # "7/8/07": the century that keeps the date at most a year ahead
        horizon = (ctx.ref or date.today()).year + 1
        year += 2000 if 2000 + year <= horizon else 1900
    resolved = safe_date(year, month, day)
    return one(m, "DATE", ymd(resolved), len(m.group("y")) == 2) if resolved else []


_MONTH_CONTEXT = word_set(
    "in since until till by from to through before after during of early late mid and or "
    "between last next this the"
)


_MONTH_MOD = r"(?P<pm>" + POINT_MOD + r"|" + MONTH_PART + r")?"


@rule(
    _MONTH_MOD + r"(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:previous|following|coming|past))\s+)?(?P<m>" + MONTH + r")"
    r"(?:,?\s+(?:of\s+)?(?P<y>" + YEAR4 + r")|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?",
    needs=MONTH_KEYS,
)
def month_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A month: "May 2025", "last March", "in April" (resolved against the reference)."""
    month = month_of(m.group("m"))
    rel, ry = group(m, "rel"), group(m, "ry")
    if m.group("y"):
        return one(m, "DATE", ym(int(m.group("y")), month), False)
    if not (rel or ry or m.group("pm")):
        # Bare "May"/"March" are too often a modal or a verb: require a calendar context.
        before = ctx.words_before(m.start())
        if m.group("m").lower() in ("may", "march") and (
            not before or before[0] not in _MONTH_CONTEXT
        ):
            return []
        if ctx.word_after(m.end()) == "of":
            return []  # "the March of the Mothers"
    if ctx.ref is None:
        return one(m, "DATE", f"XXXX-{month:02d}", True)
    if ry:
        year = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[ry]
    else:
        year, _ = resolve_month(ctx.ref, month, ctx.tense(m.start(), m.end()), rel)
    return one(m, "DATE", ym(year, month), True)


@rule(
    r"(?:(?P<pm>" + POINT_MOD + r")|(?P<pre>(?:fiscal|calendar)(?:\s+year)?|FY|the\s+year"
    r"|(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:[- ]quarter)"
    r"|(?:first|second|last|latter)[- ]half|spring|summer|fall|autumn|winter)(?:\s+of)?"
    r"|[QH][1-4])\s+)?"
    r"(?P<y>" + YEAR4 + r")(?:\s*(?:-|–|/)\s*(?P<y2>\d\d)(?![\d-]))?",
    needs=DIGITS,
)
def year_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A year, fiscal year, or a quarter, half or season of a year: "in 1998", "Q3 2024"."""
    year = int(m.group("y"))
    pre = " ".join(group(m, "pre").replace("-", " ").split())
    if not pre and not m.group("pm") and not _plausible_year(m, ctx, year):
        return []
    if m.group("y2"):
        second = (year // 100) * 100 + int(m.group("y2"))
        if second > year:
            return [
                Found(m.start(), m.start("y") + 4, "DATE", f"{year:04d}", False),
                Found(m.start("y2"), m.end(), "DATE", f"{second:04d}", False),
            ]
        return []
    value = f"{year:04d}"
    for word, suffix in (
        ("first quarter", "-Q1"),
        ("second quarter", "-Q2"),
        ("third quarter", "-Q3"),
        ("fourth quarter", "-Q4"),
        ("1st quarter", "-Q1"),
        ("2nd quarter", "-Q2"),
        ("3rd quarter", "-Q3"),
        ("4th quarter", "-Q4"),
        ("final quarter", "-Q4"),
        ("last quarter", "-Q4"),
        ("first half", "-H1"),
        ("second half", "-H2"),
        ("last half", "-H2"),
        ("latter half", "-H2"),
    ):
        if word in pre:
            value += suffix
            break
    else:
        for season, code in SEASONS.items():
            if season in pre:
                value += "-" + code
                break
        else:
            if re.fullmatch(r"[qh][1-4]", pre):
                value += "-" + pre.upper()
    return one(m, "DATE", value, False)


def _plausible_year(m: re.Match[str], ctx: Context, year: int) -> bool:
    """Reject 4-digit numbers that are quantities ("2000 people"), not years."""
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[$£€#]\s?$|\d[ ,.]$", before):
        return False
    if ctx.word_after(m.end()) in QUANTITY_NOUNS:
        return False
    prev = ctx.words_before(m.start())
    if year < 1900 and (
        not prev
        or prev[0] not in ("in", "since", "until", "till", "circa", "year", "from", "of", "by")
    ):
        return False
    return not (
        prev
        and prev[0]
        in (
            "than",
            "page",
            "no",
            "number",
            "flight",
            "route",
            "highway",
            "room",
            "resolution",
            "model",
            "version",
            "boeing",
            "airbus",
            "article",
            "paragraph",
        )
    )


@rule(
    r"(?:the\s+year\s+)?(?P<a>nineteen|two\s+thousand)(?:\s+and)?[\s-]+(?P<b>"
    + NUMWORD
    + r")(?!\s+(?:people|"
    + "|".join(sorted(QUANTITY_NOUNS))
    + r"))",
    needs=("nineteen", "thousand"),
)
def spoken_year(m: re.Match[str], ctx: Context) -> list[Found]:
    """A year in words: "nineteen ninety-eight", "two thousand and five"."""
    rest = word_number(m.group("b"))
    if rest is None or rest >= 100:
        return []
    base = 1900 if group(m, "a") == "nineteen" else 2000
    if base == 1900 and rest < 10:
        return []
    return one(m, "DATE", f"{base + rest:04d}", False)


@rule(r"the\s+year\s+two\s+thousand", needs=("two thousand",))
def year_two_thousand(m: re.Match[str], ctx: Context) -> list[Found]:
    """The year spelled "the year two thousand"."""
    return one(m, "DATE", "2000", False)
