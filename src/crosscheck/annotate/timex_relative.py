"""Expressions anchored at the publication date: "yesterday", "last week", "recently"."""

from __future__ import annotations

import re
from datetime import timedelta

from crosscheck.annotate.timex_calendar import (
    iso_week,
    quarter_of,
    rel_offset,
    shift_month,
    ym,
    ymd,
)
from crosscheck.annotate.timex_grammar import (
    Context,
    Found,
    Kind,
    group,
    one,
    rule,
)
from crosscheck.annotate.timex_lexicon import (
    PART_OF_DAY,
)


@rule(
    r"(?:(?P<pm>early|late|later|earlier)\s+)?(?P<w>the\s+day\s+before\s+yesterday"
    r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))(?:\s+(?P<tod>morning|afternoon|evening|night))?",
    needs=("yesterday", "today", "tomorrow", "tonight", "night", "this "),
)
def deictic_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """A day named from the reference: "yesterday", "tomorrow evening", "last night"."""
    word = " ".join(group(m, "w").split())
    tod = group(m, "tod")
    offsets = {
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "last night": -1,
    }
    if word.startswith("this "):
        offset, tod = 0, word.split()[1]
    else:
        offset = offsets[word]
        if word in ("tonight", "last night"):
            tod = "night"
    suffix = "T" + PART_OF_DAY[tod] if tod else ""
    kind: Kind = "TIME" if tod else "DATE"
    if ctx.ref is None:
        value = "PRESENT_REF" if word == "today" and not suffix else "XXXX-XX-XX" + suffix
        return one(m, kind, value, True)
    return one(m, kind, ymd(ctx.ref + timedelta(days=offset)) + suffix, True)


_REL_PHRASE = (
    r"(?:(?:earlier|early|later|late|mid)(?:\s+|-)(?:this|last|next)|(?:earlier|later)\s+in\s+"
    r"the|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance|close|first\s+half"
    r"|second\s+half|latter\s+part|early\s+part)\s+of\s+(?:the|this|last|next)"
    r"|(?:the\s+)?(?:last|past|previous|next|coming|following|current|present)"
    r"|this(?:\s+past|\s+coming)?|so\s+far\s+this)"
)


@rule(
    r"(?P<rel>" + _REL_PHRASE + r")\s+(?P<u>week(?:end)?|month|year|quarter|decade|century"
    r"|fiscal\s+year)(?:\s+or\s+so)?|(?P<ye>(?:the\s+)?year[- ]end|year's\s+end"
    r"|the\s+full\s+year)",
    needs=("week", "month", "year", "quarter", "decade", "century"),
)
def relative_unit(m: re.Match[str], ctx: Context) -> list[Found]:
    """A calendar unit relative to the reference: "last week", "later this month"."""
    if m.group("ye"):
        return one(m, "DATE", "XXXX" if ctx.ref is None else f"{ctx.ref.year:04d}", True)
    rel, unit = group(m, "rel"), " ".join(group(m, "u").split())
    offset = rel_offset(rel)
    if unit in ("decade", "century") and offset:
        return one(m, "DURATION", "P10Y" if unit == "decade" else "P100Y", False)
    ref = ctx.ref
    if rel in ("the following", "the previous", "following", "previous"):
        ref = None  # anaphoric: relative to the narrative, not to the publication date
    if ref is None:
        blank = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "fiscal year": "XXXX",
            "quarter": "XXXX-QX",
            "decade": "XXXX",
            "century": "XX",
        }
        return one(m, "DATE", blank[unit], True)
    if unit == "week":
        value = iso_week(ref + timedelta(weeks=offset))
    elif unit == "weekend":
        value = iso_week(ref + timedelta(weeks=offset)) + "-WE"
    elif unit == "month":
        value = ym(*shift_month(ref.year, ref.month, offset))
    elif unit in ("year", "fiscal year"):
        value = f"{ref.year + offset:04d}"
    elif unit == "quarter":
        year, quarter = divmod(ref.year * 4 + quarter_of(ref) - 1 + offset, 4)
        value = f"{year:04d}-Q{quarter + 1}"
    elif unit == "decade":
        value = f"{ref.year // 10:03d}X"
    else:
        value = f"{ref.year // 100:02d}"
    return one(m, "DATE", value, True)


_VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the recent past": "PAST_REF", "the distant past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the other day": "PAST_REF", "the time": "PAST_REF",
    "more recently": "PAST_REF", "soon": "FUTURE_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip


@rule(
    r"(?P<w>"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _VAGUE_REFS), key=len, reverse=True))
    + r")(?![\w-])",
    needs=(
        "now",
        "current",
        "present",
        "recent",
        "lately",
        "past",
        "previous",
        "formerly",
        "other day",
        "time",
        "soon",
        "future",
        "term",
        "possible",
    ),
)
def vague_ref(m: re.Match[str], ctx: Context) -> list[Found]:
    """A vague reference to past, present or future: "recently", "now", "soon"."""
    word = " ".join(group(m, "w").split())
    follower = ctx.word_after(m.end())
    before = ctx.words_before(m.start(), 2)
    if word == "the time":
        if before[-1:] != ["at"]:
            return []
    elif (word in ("the past", "the future", "the present") and follower == "of") or (
        word == "soon" and (before[-1:] == ["as"] or follower == "as")
    ):
        return []
    elif word in ("previously", "formerly") and follower.endswith("ed"):
        return []  # "a previously announced plan": an attribute, not a time reference
    elif word == "now" and follower in ("that",) and before[-1:] in (["is"], ["was"]):
        return []
    return one(m, "DATE", _VAGUE_REFS[word], False)
