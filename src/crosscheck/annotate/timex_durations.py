"""Durations and recurrences: "more than seven months ago", "for years", "every Friday"."""

from __future__ import annotations

import re

from crosscheck.annotate.timex_calendar import (
    offset_value,
)
from crosscheck.annotate.timex_grammar import (
    UNIT_KEYS,
    Context,
    Found,
    group,
    month_of,
    one,
    rule,
    weekday_of,
)
from crosscheck.annotate.timex_lexicon import (
    DUR_CONTEXT,
    MODS,
    MONTH,
    NUMWORD,
    PART_OF_DAY,
    QTY,
    SEASONS,
    UNIT,
    WEEKDAY,
)
from crosscheck.annotate.timex_quantity import duration_value, quantity, unit_key

_BOUNDED_MODS = (
    "more than",
    "less than",
    "fewer than",
    "over",
    "under",
    "at least",
    "at most",
    "up to",
    "no more than",
    "no less than",
    "not more than",
    "nearly",
    "almost",
    "upwards of",
    "in excess of",
    "well over",
    "close to",
)
# TimeML's mod for each bound: "more than seven months ago" is MORE_THAN P7M.
_BOUND_KIND = {
    **dict.fromkeys(("more than", "over", "upwards of", "in excess of", "well over"), "MORE_THAN"),
    **dict.fromkeys(
        ("less than", "fewer than", "under", "nearly", "almost", "close to"), "LESS_THAN"
    ),
    **dict.fromkeys(("at least", "no less than"), "EQUAL_OR_MORE"),
    **dict.fromkeys(("at most", "up to", "no more than", "not more than"), "EQUAL_OR_LESS"),
}
_APPROX_MODS = ("about", "around", "approximately", "roughly", "some")
_NUMBER_WORD = re.compile(NUMWORD + r"$", re.IGNORECASE)


@rule(
    r"(?:(?P<mod>"
    + MODS
    + r")\s+)?(?:(?P<ctx>"
    + DUR_CONTEXT
    + r")\s+)?(?:(?P<mod2>"
    + MODS
    + r"|over)\s+)?(?P<q>"
    + QTY
    + r")(?P<sep>\s+|-)(?:(?:more|additional|full|straight"
    r"|consecutive|long|short|trading|business|working|calendar|school)\s+)?(?P<u>"
    + UNIT
    + r")(?P<pl>s|-long)?(?!-old|-\w)(?P<half>\s+and\s+an?\s+half)?"
    r"(?:\s+or\s+so)?(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence|back))?",
    needs=UNIT_KEYS,
)
def quantity_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A counted duration, or a point that far from the reference: "three weeks ago"."""
    unit = unit_key(m.group("u"))
    qty = quantity(m.group("q"))
    if qty is not None and m.group("half"):
        qty += 0.5
    qty_text = " ".join(group(m, "q").split())
    mod = group(m, "mod") or group(m, "mod2")
    direction = " ".join(group(m, "dir").split())
    start, end = m.start(), m.end()
    if unit == "year" and ctx.word_after(end) == "old":
        return []  # an age: "52 years old"
    if unit == "quarter" and m.group("sep") == "-" and m.group("pl"):
        return []  # a fraction: "three-quarters"
    if m.group("u")[0].isupper() and qty_text[:1].isdigit():
        return []  # a title: "60 Minutes"
    if unit == "second" and qty_text in ("a", "one") and not direction:
        follower = ctx.word_after(end)
        if follower and follower not in ("and", "or", "later", "earlier", "ago"):
            return []  # "a second term"
    if m.group("sep") == "-" and m.group("ctx") and group(m, "ctx") == "the":
        start = m.start("q")  # "the 14-day deadline": the article belongs to the noun
    if group(m, "ctx") == "last" and m.group("mod2"):
        start = m.start("mod2")  # "will last over a week": "last" is the verb
    if direction == "later":
        end = m.start("dir")
        while ctx.text[end - 1].isspace():
            end -= 1
        direction = ""
    if mod in _APPROX_MODS and not direction and m.group("mod"):
        start = m.end("mod") + 1  # TimeBank leaves "about" outside a duration's extent
        while ctx.text[start].isspace():
            start += 1
    if qty_text in ("a", "an") and not direction and not m.group("ctx") and not mod:
        before = ctx.words_before(m.start(), 3)
        preceding = ctx.text[max(0, m.start() - 30) : m.start()]
        if before[-1:] not in (["in"], ["for"], ["within"], ["over"], ["than"]) and (
            any(
                w in ("percent", "million", "billion", "times", "once", "twice")
                or _NUMBER_WORD.match(w)
                for w in before
            )
            or re.search(r"[\d%]\s*(?:[a-z]+\s+){0,2}$", preceding)
        ):
            return [Found(start, end, "SET", duration_value(1.0, unit), False)]
    if direction in ("ago", "back", "from now", "hence"):
        if qty is None:
            value = "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF"
            return [Found(start, end, "DATE", value, True)]
        sign = -1 if direction in ("ago", "back") else 1
        point = offset_value(ctx.ref, qty * sign, unit)
        if mod in _BOUNDED_MODS:
            value = duration_value(qty, unit)
            anchor = point if ctx.ref is not None else None
            return [Found(start, end, "DURATION", value, False, _BOUND_KIND.get(mod), anchor)]
        return [Found(start, end, "DATE", point, True)]
    return [Found(start, end, "DURATION", duration_value(qty, unit), False)]


@rule(
    r"(?:(?P<ctx>in\s+recent|recent|the\s+coming|coming|the\s+past|the\s+next|the\s+last"
    r"|the\s+following|the\s+first|the\s+early|the\s+final|the\s+previous|the\s+last\s+few"
    r"|the\s+past\s+few|the)\s+)?(?P<u>seconds|minutes|hours|days|weeks|months|years|decades"
    r"|centuries)(?:\s+(?P<dir>ago|ahead|to\s+come))?"
    r"|(?P<long>(?:hour|day|week|month|year|decade)s?-long|(?:day|week|month|year)long)",
    needs=(
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "centuries",
        "long",
    ),
)
def vague_duration(m: re.Match[str], ctx: Context) -> list[Found]:
    """An uncounted duration: "for months", "in recent years", "the coming days"."""
    if m.group("long"):
        word = group(m, "long").replace("-long", "").replace("long", "")
        plural = word.endswith("s")
        value = duration_value(None if plural else 1.0, unit_key(word))
        return one(m, "DURATION", value, False)
    unit = unit_key(m.group("u"))
    ctx_word = " ".join(group(m, "ctx").split())
    direction = group(m, "dir")
    start = m.start()
    if ctx_word.startswith("in "):
        start = m.start("ctx") + 3
        ctx_word = ctx_word[3:]
    if direction == "ago":
        return [Found(start, m.end(), "DATE", "PAST_REF", True)]
    if ctx_word == "the early" and ctx.word_after(m.end()) == "of":
        return []  # "in the early hours of Sunday": the day is the expression
    if ctx_word == "the":
        if not direction and ctx.word_after(m.end()) not in (
            "before",
            "after",
            "following",
            "since",
            "that",
            "leading",
            "preceding",
        ):
            return []
        if not direction:
            start = m.start("u")
    if not ctx_word and not direction:
        before = ctx.words_before(m.start())
        if not before or before[0] not in (
            "for",
            "within",
            "in",
            "over",
            "took",
            "lasted",
            "after",
            "than",
            "lasting",
            "spent",
            "take",
        ):
            return []
    if ctx_word == "recent" and unit == "year":
        return [Found(start, m.end(), "DATE", "PAST_REF", True)]
    return [Found(start, m.end(), "DURATION", duration_value(None, unit), False)]


@rule(
    r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly"
    r"|semiannually|biannually)(?!\w)"
    r"|(?:every|each)\s+(?:other\s+|single\s+)?(?P<u>"
    + UNIT
    + r"|(?P<wd>"
    + WEEKDAY
    + r")|(?P<m>"
    + MONTH
    + r")|morning|afternoon|evening|night|weekend|spring|summer|fall"
    r"|autumn|winter|season)"
    r"|(?:once|twice|thrice|(?:\d+|" + NUMWORD + r")\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<u2>" + UNIT + r")",
    needs=("ly", "every", "each", "times", "once", "twice", "thrice"),
)
def set_expr(m: re.Match[str], ctx: Context) -> list[Found]:
    """A recurrence: "daily", "every Friday", "twice a year"."""
    adv = group(m, "adv")
    if adv:
        if (
            m.group("adv")[0].isupper()
            and re.match(r"\s+[A-Z]", ctx.text[m.end() :])
            and (m.start() > 0)
        ):
            return []  # a title: "Daily Mail"
        if (
            adv == "quarterly"
            and ctx.word_after(m.end())
            and (ctx.word_after(m.end()) not in ("and", "or", "basis"))
        ):
            return []  # "its quarterly dividend": an adjective TimeBank does not annotate
        value = {
            "daily": "P1D",
            "nightly": "P1D",
            "weekly": "P1W",
            "biweekly": "P2W",
            "monthly": "P1M",
            "quarterly": "P3M",
            "hourly": "PT1H",
            "yearly": "P1Y",
            "annually": "P1Y",
            "semiannually": "P6M",
            "biannually": "P6M",
        }[adv]
        return one(m, "SET", value, False)
    if m.group("wd"):
        return one(m, "SET", f"XXXX-WXX-{weekday_of(m.group('wd')) + 1}", False)
    if m.group("m"):
        return one(m, "SET", f"XXXX-{month_of(m.group('m')):02d}", False)
    unit = group(m, "u") or group(m, "u2")
    if unit in PART_OF_DAY:
        return one(m, "SET", "XXXX-XX-XXT" + PART_OF_DAY[unit], False)
    if unit in SEASONS:
        return one(m, "SET", "XXXX-" + SEASONS[unit], False)
    if unit == "weekend":
        return one(m, "SET", "XXXX-WXX-WE", False)
    if unit == "season":
        return one(m, "SET", "XXXX-XX", False)
    return one(m, "SET", duration_value(1.0, unit_key(unit)), False)
