"""Named days: weekdays ("on Friday", "Mondays"), the weekend, and holidays."""

from __future__ import annotations

import re
from datetime import timedelta

from crosscheck.annotate.timex_calendar import (
    HOLIDAYS,
    iso_week,
    resolve_holiday,
    resolve_weekday,
    ymd,
)
from crosscheck.annotate.timex_grammar import (
    WEEKDAY_KEYS,
    Context,
    Found,
    Kind,
    group,
    one,
    rule,
    weekday_of,
)
from crosscheck.annotate.timex_lexicon import (
    PART_OF_DAY,
    WEEKDAY,
    WEEKDAY_NUM,
    WEEKDAYS_PLURAL,
)


@rule(
    r"(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|next|last)"
    r"|coming|early|late|earlier|later)\s+)?(?P<wd>" + WEEKDAY + r")"
    r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?",
    needs=WEEKDAY_KEYS,
)
def weekday_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A weekday: "on Friday", "last Tuesday", "Sunday morning"."""
    weekday = weekday_of(m.group("wd"))
    rel, tod = group(m, "rel"), group(m, "tod")
    if not rel and ctx.words_before(m.start())[-1:] in (
        ["black"],
        ["bloody"],
        ["cyber"],
        ["super"],
        ["ash"],
        ["palm"],
        ["holy"],
    ):
        return []  # a named day ("Black Monday"), not a weekday of this week
    suffix = "T" + PART_OF_DAY[tod] if tod else ""
    kind: Kind = "TIME" if tod else "DATE"
    # TimeBank leaves "early"/"later" outside the extent of a weekday.
    start = m.start("wd") if rel in ("early", "late", "earlier", "later") else m.start()
    if ctx.ref is None:
        return [Found(start, m.end(), kind, f"XXXX-WXX-{weekday + 1}{suffix}", True)]
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
    tense = "past" if possessive else ctx.tense(m.start(), m.end())  # "Wednesday's ruling"
    day = resolve_weekday(ctx.ref, weekday, tense, rel)
    return [Found(start, m.end(), kind, ymd(day) + suffix, True)]


@rule(
    r"(?:on\s+)?(?P<wd>" + WEEKDAYS_PLURAL + r")(?:\s+(?P<tod>mornings|afternoons|evenings"
    r"|nights))?",
    needs=("days",),
)
def weekday_set(m: re.Match[str], ctx: Context) -> list[Found]:
    """A plural weekday as a recurrence: "on Mondays", "Friday nights"."""
    weekday = WEEKDAY_NUM[m.group("wd").lower()[:3]]
    tod = group(m, "tod").rstrip("s")
    start = m.start("wd")
    suffix = "T" + PART_OF_DAY[tod] if tod else ""
    return [Found(start, m.end(), "SET", f"XXXX-WXX-{weekday + 1}{suffix}", False)]


@rule(r"(?:(?P<rel>over\s+)?the\s+)weekend", needs=("weekend",))
def the_weekend(m: re.Match[str], ctx: Context) -> list[Found]:
    """The weekend nearest the reference, in the direction of the tense."""
    start = m.start() + (len(m.group("rel")) if m.group("rel") else 0)
    if ctx.ref is None:
        return [Found(start, m.end(), "DATE", "XXXX-WXX-WE", True)]
    ref = ctx.ref
    tense = ctx.tense(m.start(), m.end())
    if (tense == "future" and ref.weekday() < 5) or ref.weekday() >= 5:
        week = iso_week(ref)
    else:
        week = iso_week(ref - timedelta(weeks=1))
    return [Found(start, m.end(), "DATE", week + "-WE", True)]


@rule(
    r"(?P<h>"
    + "|".join(
        sorted(
            (k.replace(" ", r"\s+").replace("'", "['’]") for k in HOLIDAYS), key=len, reverse=True
        )
    )
    + r")(?!\w)",
    needs=(
        "christmas",
        "boxing",
        "new year",
        "valentine",
        "halloween",
        "independence",
        "fourth of july",
        "veterans",
        "thanksgiving",
        "memorial",
        "labor",
        "election",
        "easter",
        "good friday",
    ),
)
def holiday_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A holiday: "Christmas", "Thanksgiving Day", "Easter"."""
    name = " ".join(group(m, "h").replace("’", "'").split())
    if m.group("h")[0].islower():
        return []  # holidays are capitalised; "christmas" in lower case is rare and noisy
    make = HOLIDAYS[name]
    if ctx.ref is None:
        fixed = make(2001)
        if name.startswith(
            ("easter", "good friday", "thanksgiving", "memorial", "labor", "election")
        ):
            return one(m, "DATE", "XXXX-XX-XX", True)
        return one(m, "DATE", f"XXXX-{fixed.month:02d}-{fixed.day:02d}", True)
    day = resolve_holiday(ctx.ref, make, ctx.tense(m.start(), m.end()))
    return one(m, "DATE", ymd(day), True)
