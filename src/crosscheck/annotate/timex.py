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

This module holds the public API and the grammar (rules, handlers, tense reading); word tables
and regex fragments live in ``timex_lexicon``, date arithmetic and resolution against the
reference date in ``timex_calendar``, number and duration parsing in ``timex_quantity``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

from crosscheck.annotate.timex_calendar import (
    HOLIDAYS,
    current_season,
    infer_year,
    iso_week,
    offset_value,
    quarter_of,
    rel_offset,
    resolve_holiday,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    safe_date,
    shift_month,
    ym,
    ymd,
)
from crosscheck.annotate.timex_lexicon import (
    CLOCK,
    DAY_PHRASE,
    DAYNUM,
    DECADE_WORDS,
    DUR_CONTEXT,
    ED_NOT_PAST,
    MODS,
    MONTH,
    MONTH_NUM,
    NUMWORD,
    ORDINAL_NUM,
    ORDWORD,
    PART_OF_DAY,
    PLANNED,
    POINT_MOD,
    QTY,
    QUANTITY_NOUNS,
    SEASON_ORDER,
    SEASONS,
    STRONG_FUTURE,
    STRONG_PAST,
    TENS_NUM,
    TZ,
    UNIT,
    WEAK_FUTURE,
    WEAK_PAST,
    WEEKDAY,
    WEEKDAY_NUM,
    WEEKDAYS_PLURAL,
    YEAR4,
    Tense,
    word_set,
)
from crosscheck.annotate.timex_quantity import duration_value, quantity, unit_key, word_number

__all__ = ["Kind", "Tense", "TimeExpression", "find_time_expressions"]

Kind = Literal["DATE", "TIME", "DURATION", "SET"]


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


# --------------------------------------------------------------------------------------------
# Matching context
# --------------------------------------------------------------------------------------------

_CLAUSE_BOUNDARY = re.compile(r"[.!?;\n](?:\s|$)|,|--| _ ")
_WORD = re.compile(r"[a-z']+")
_NEXT_WORD = re.compile(r"\s*([a-z']+)")


class _Found(NamedTuple):
    start: int
    end: int
    kind: Kind
    value: str
    relative: bool
    mod: str | None = None
    anchor: str | None = None


class _Context:
    """The text being tagged, its reference date, and cheap lookups around a match."""

    __slots__ = ("forced_tense", "lower", "ref", "text")

    def __init__(self, text: str, ref: date | None, forced_tense: Tense = None) -> None:
        self.text = text
        self.lower = text.lower()
        self.ref = ref
        self.forced_tense = forced_tense

    def words_before(self, pos: int, n: int = 1) -> list[str]:
        """The n lower-case words just before `pos` (nearest last)."""
        return _WORD.findall(self.lower[max(0, pos - 12 * n - 4) : pos])[-n:]

    def word_after(self, pos: int) -> str:
        """The lower-case word just after `pos`, "" if punctuation comes first."""
        match = _NEXT_WORD.match(self.lower, pos)
        return match.group(1) if match else ""

    def tense(self, start: int, end: int) -> Tense:
        """Past or future from cue words in the clause around the expression."""
        if self.forced_tense is not None:
            return self.forced_tense
        left = self.lower[max(0, start - 120) : start]
        cut = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(left)), default=0)
        before = _WORD.findall(left[cut:])[-10:]
        found = _nearest_tense(before, len(before))
        if found:
            return found
        right = self.lower[end : end + 60]
        stop = _CLAUSE_BOUNDARY.search(right)
        after = _WORD.findall(right[: stop.start() if stop else None])[:6]
        return _tense_of(after)


def _nearest_tense(before: list[str], reach: int = 2) -> Tense:
    """The tense of the verb closest before the expression ("announced Wednesday"), if any."""
    for distance in range(1, reach + 1):
        if len(before) < distance:
            return None
        word = before[-distance]
        previous = before[-distance - 1] if len(before) > distance else ""
        if distance == 1 and word in ("until", "till", "by"):
            return "future"  # "closed until Friday", "returned by Jan. 14"
        if word in PLANNED and previous in ("had", "been"):
            return "past"
        found = _tense_of([word])
        if found == "past" and previous in ("be", "to", "being"):
            continue  # "will be paid Dec. 14": the auxiliary decides
        if found:
            return found
    return None


def _tense_of(words: Iterable[str]) -> Tense:
    """The first strong cue's tense, else the first weak cue's, in the order given."""
    weak: Tense = None
    for word in words:
        if word in STRONG_FUTURE:
            return "future"
        if word in STRONG_PAST:
            return "past"
        if weak is None:
            if word in WEAK_FUTURE:
                weak = "future"
            elif word in WEAK_PAST or (
                len(word) > 4 and word.endswith("ed") and word not in ED_NOT_PAST
            ):
                weak = "past"
    return weak


# --------------------------------------------------------------------------------------------
# Rules: each compiled pattern has a normaliser turning a match into expressions
# --------------------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Context], list[_Found]]
# (pattern, normaliser, substrings one of which the lower-cased text must contain to try it)
_RULES: list[tuple[re.Pattern[str], _Handler, tuple[str, ...]]] = []

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DIGITS = tuple("0123456789")
_UNIT_KEYS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "centur",
    "millenni",
)


def _rule(pattern: str, needs: tuple[str, ...]) -> Callable[[_Handler], _Handler]:
    """Register a normaliser for a pattern; `needs` is a cheap pre-filter on the text."""

    def register(handler: _Handler) -> _Handler:
        compiled = re.compile(r"(?<![\w$£€#/])(?:" + pattern + r")(?!\w)", re.IGNORECASE)
        _RULES.append((compiled, handler, needs))
        return handler

    return register


def _one(m: re.Match[str], kind: Kind, value: str, relative: bool) -> list[_Found]:
    return [_Found(m.start(), m.end(), kind, value, relative)]


def _g(m: re.Match[str], name: str) -> str:
    """A named group's text, lower-cased, "" when it did not take part."""
    return (m.group(name) or "").lower()


def _month_of(token: str) -> int:
    name = token.lower().rstrip(".")
    return MONTH_NUM[name] if name in MONTH_NUM else MONTH_NUM[name[:3]]


def _weekday_of(token: str) -> int:
    name = token.lower().rstrip(".")
    return WEEKDAY_NUM[name] if name in WEEKDAY_NUM else WEEKDAY_NUM[name[:3]]


def _day_of(token: str) -> int:
    token = re.sub(r"\s+of$", "", token.lower().strip())
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group(0))
    head, _, tail = token.replace("-", " ").partition(" ")
    if tail:
        return TENS_NUM[head] + ORDINAL_NUM[tail]
    return ORDINAL_NUM[head]


def _explicit_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    month, day = _month_of(m.group("m")), _day_of(m.group("d"))
    weekday = _weekday_of(m.group("wd")) if m.group("wd") else None
    if m.group("y"):
        resolved = safe_date(int(m.group("y")), month, day)
        return _one(m, "DATE", ymd(resolved), False) if resolved else []
    if safe_date(2000, month, day) is None:
        return []
    if ctx.ref is not None:
        rel = " ".join((_g(m, "rel") if "rel" in m.groupdict() else "").split())
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
        return _one(m, "DATE", ymd(resolved), True) if resolved else []
    if weekday is not None:
        year = infer_year(month, day, weekday, date.today())
        if year is not None:
            return _one(m, "DATE", ymd(date(year, month, day)), True)
    return _one(m, "DATE", f"XXXX-{month:02d}-{day:02d}", True)


_rule(
    r"(?:(?P<rel>last|next|this(?:\s+coming|\s+past)?)\s+)?"
    r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?P<m>" + MONTH + r")\s+(?:the\s+)?"
    r"(?P<d>" + DAYNUM + r"|" + ORDWORD + r")(?:,?\s+(?P<y>" + YEAR4 + r"))?",
    needs=_MONTH_KEYS,
)(_explicit_date)
_rule(
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
    needs=_MONTH_KEYS,
)(_explicit_date)


@_rule(
    r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
    needs=("-",),
)
def _iso_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    resolved = safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return _one(m, "DATE", ymd(resolved), False) if resolved else []


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.,]\d|[\d/])", needs=("/",))
def _slash_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 else (a, b)  # US order unless impossible
    year = int(m.group("y"))
    if year < 100:  # "7/8/07": the century that keeps the date at most a year ahead
        horizon = (ctx.ref or date.today()).year + 1
        year += 2000 if 2000 + year <= horizon else 1900
    resolved = safe_date(year, month, day)
    return _one(m, "DATE", ymd(resolved), len(m.group("y")) == 2) if resolved else []


_MONTH_CONTEXT = word_set(
    "in since until till by from to through before after during of early late mid and or "
    "between last next this the"
)


@_rule(
    r"(?P<pm>" + POINT_MOD + r")?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:previous|following|coming|past))\s+)?(?P<m>" + MONTH + r")"
    r"(?:,?\s+(?:of\s+)?(?P<y>" + YEAR4 + r")|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?",
    needs=_MONTH_KEYS,
)
def _month_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    month = _month_of(m.group("m"))
    rel, ry = _g(m, "rel"), _g(m, "ry")
    if m.group("y"):
        return _one(m, "DATE", ym(int(m.group("y")), month), False)
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
        return _one(m, "DATE", f"XXXX-{month:02d}", True)
    if ry:
        year = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[ry]
    else:
        year, _ = resolve_month(ctx.ref, month, ctx.tense(m.start(), m.end()), rel)
    return _one(m, "DATE", ym(year, month), True)


@_rule(
    r"(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|next|last)"
    r"|coming|early|late|earlier|later)\s+)?(?P<wd>" + WEEKDAY + r")"
    r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?",
    needs=_WEEKDAY_KEYS,
)
def _weekday_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    weekday = _weekday_of(m.group("wd"))
    rel, tod = _g(m, "rel"), _g(m, "tod")
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
        return [_Found(start, m.end(), kind, f"XXXX-WXX-{weekday + 1}{suffix}", True)]
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
    tense = "past" if possessive else ctx.tense(m.start(), m.end())  # "Wednesday's ruling"
    day = resolve_weekday(ctx.ref, weekday, tense, rel)
    return [_Found(start, m.end(), kind, ymd(day) + suffix, True)]


@_rule(
    r"(?:on\s+)?(?P<wd>" + WEEKDAYS_PLURAL + r")(?:\s+(?P<tod>mornings|afternoons|evenings"
    r"|nights))?",
    needs=("days",),
)
def _weekday_set(m: re.Match[str], ctx: _Context) -> list[_Found]:
    weekday = WEEKDAY_NUM[m.group("wd").lower()[:3]]
    tod = _g(m, "tod").rstrip("s")
    start = m.start("wd")
    suffix = "T" + PART_OF_DAY[tod] if tod else ""
    return [_Found(start, m.end(), "SET", f"XXXX-WXX-{weekday + 1}{suffix}", False)]


def _day_phrase_value(phrase: str, tense: Tense, ctx: _Context) -> tuple[str, bool]:
    """Date part ("2025-07-12" or underspecified) of a day phrase attached to a clock time."""
    sub = _Context(phrase, ctx.ref, tense)
    for pattern, handler, _ in _RULES:
        full = pattern.fullmatch(phrase)
        if full:
            found = handler(full, sub)
            if found:
                return found[0].value.split("T")[0], found[0].relative
    return "XXXX-XX-XX", True


def _clock_value(clock: str) -> str | None:
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


def _clock_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
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
    return _one(m, "TIME", f"{day_value}T{clock}{zone}", relative)


_rule(
    r"(?:(?P<mod>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before"
    r"|after))\s+)?(?P<clock>"
    + CLOCK
    + r")(?:"
    + TZ
    + r")?(?:,?\s+(?:on\s+)?(?P<day>"
    + DAY_PHRASE
    + r"))?",
    needs=(*_DIGITS, "noon", "midnight", "midday", " in the "),
)(_clock_expr)
_rule(
    r"(?P<day>" + DAY_PHRASE + r")(?:\s+at\s+|,?\s+)(?P<clock>" + CLOCK + r")(?:" + TZ + r")?",
    needs=(*_DIGITS, "noon", "midnight", "midday", " in the "),
)(_clock_expr)


@_rule(
    r"(?:(?P<pm>early|late|later|earlier)\s+)?(?P<w>the\s+day\s+before\s+yesterday"
    r"|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))(?:\s+(?P<tod>morning|afternoon|evening|night))?",
    needs=("yesterday", "today", "tomorrow", "tonight", "night", "this "),
)
def _deictic_day(m: re.Match[str], ctx: _Context) -> list[_Found]:
    word = " ".join(_g(m, "w").split())
    tod = _g(m, "tod")
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
        return _one(m, kind, value, True)
    return _one(m, kind, ymd(ctx.ref + timedelta(days=offset)) + suffix, True)


_REL_PHRASE = (
    r"(?:(?:earlier|early|later|late|mid)(?:\s+|-)(?:this|last|next)|(?:earlier|later)\s+in\s+"
    r"the|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance|close|first\s+half"
    r"|second\s+half|latter\s+part|early\s+part)\s+of\s+(?:the|this|last|next)"
    r"|(?:the\s+)?(?:last|past|previous|next|coming|following|current|present)"
    r"|this(?:\s+past|\s+coming)?|so\s+far\s+this)"
)


@_rule(
    r"(?P<rel>" + _REL_PHRASE + r")\s+(?P<u>week(?:end)?|month|year|quarter|decade|century"
    r"|fiscal\s+year)(?:\s+or\s+so)?|(?P<ye>(?:the\s+)?year[- ]end|year's\s+end"
    r"|the\s+full\s+year)",
    needs=("week", "month", "year", "quarter", "decade", "century"),
)
def _relative_unit(m: re.Match[str], ctx: _Context) -> list[_Found]:
    if m.group("ye"):
        return _one(m, "DATE", "XXXX" if ctx.ref is None else f"{ctx.ref.year:04d}", True)
    rel, unit = _g(m, "rel"), " ".join(_g(m, "u").split())
    offset = rel_offset(rel)
    if unit in ("decade", "century") and offset:
        return _one(m, "DURATION", "P10Y" if unit == "decade" else "P100Y", False)
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
        return _one(m, "DATE", blank[unit], True)
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
    return _one(m, "DATE", value, True)


@_rule(r"(?:(?P<rel>over\s+)?the\s+)weekend", needs=("weekend",))
def _the_weekend(m: re.Match[str], ctx: _Context) -> list[_Found]:
    start = m.start() + (len(m.group("rel")) if m.group("rel") else 0)
    if ctx.ref is None:
        return [_Found(start, m.end(), "DATE", "XXXX-WXX-WE", True)]
    ref = ctx.ref
    tense = ctx.tense(m.start(), m.end())
    if (tense == "future" and ref.weekday() < 5) or ref.weekday() >= 5:
        week = iso_week(ref)
    else:
        week = iso_week(ref - timedelta(weeks=1))
    return [_Found(start, m.end(), "DATE", week + "-WE", True)]


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


@_rule(
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
    needs=_UNIT_KEYS,
)
def _quantity_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    unit = unit_key(m.group("u"))
    qty = quantity(m.group("q"))
    if qty is not None and m.group("half"):
        qty += 0.5
    qty_text = " ".join(_g(m, "q").split())
    mod = _g(m, "mod") or _g(m, "mod2")
    direction = " ".join(_g(m, "dir").split())
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
    if m.group("sep") == "-" and m.group("ctx") and _g(m, "ctx") == "the":
        start = m.start("q")  # "the 14-day deadline": the article belongs to the noun
    if _g(m, "ctx") == "last" and m.group("mod2"):
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
            return [_Found(start, end, "SET", duration_value(1.0, unit), False)]
    if direction in ("ago", "back", "from now", "hence"):
        if qty is None:
            value = "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF"
            return [_Found(start, end, "DATE", value, True)]
        sign = -1 if direction in ("ago", "back") else 1
        point = offset_value(ctx.ref, qty * sign, unit)
        if mod in _BOUNDED_MODS:
            value = duration_value(qty, unit)
            anchor = point if ctx.ref is not None else None
            return [_Found(start, end, "DURATION", value, False, _BOUND_KIND.get(mod), anchor)]
        return [_Found(start, end, "DATE", point, True)]
    return [_Found(start, end, "DURATION", duration_value(qty, unit), False)]


@_rule(
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
def _vague_duration(m: re.Match[str], ctx: _Context) -> list[_Found]:
    if m.group("long"):
        word = _g(m, "long").replace("-long", "").replace("long", "")
        plural = word.endswith("s")
        value = duration_value(None if plural else 1.0, unit_key(word))
        return _one(m, "DURATION", value, False)
    unit = unit_key(m.group("u"))
    ctx_word = " ".join(_g(m, "ctx").split())
    direction = _g(m, "dir")
    start = m.start()
    if ctx_word.startswith("in "):
        start = m.start("ctx") + 3
        ctx_word = ctx_word[3:]
    if direction == "ago":
        return [_Found(start, m.end(), "DATE", "PAST_REF", True)]
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
        return [_Found(start, m.end(), "DATE", "PAST_REF", True)]
    return [_Found(start, m.end(), "DURATION", duration_value(None, unit), False)]


@_rule(
    r"(?:(?P<pm>" + POINT_MOD + r")|(?P<pre>(?:fiscal|calendar)(?:\s+year)?|FY|the\s+year"
    r"|(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:[- ]quarter)"
    r"|(?:first|second|last|latter)[- ]half|spring|summer|fall|autumn|winter)(?:\s+of)?"
    r"|[QH][1-4])\s+)?"
    r"(?P<y>" + YEAR4 + r")(?:\s*(?:-|–|/)\s*(?P<y2>\d\d)(?![\d-]))?",
    needs=_DIGITS,
)
def _year_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    year = int(m.group("y"))
    pre = " ".join(_g(m, "pre").replace("-", " ").split())
    if not pre and not m.group("pm") and not _plausible_year(m, ctx, year):
        return []
    if m.group("y2"):
        second = (year // 100) * 100 + int(m.group("y2"))
        if second > year:
            return [
                _Found(m.start(), m.start("y") + 4, "DATE", f"{year:04d}", False),
                _Found(m.start("y2"), m.end(), "DATE", f"{second:04d}", False),
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
    return _one(m, "DATE", value, False)


def _plausible_year(m: re.Match[str], ctx: _Context, year: int) -> bool:
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


_YEAR_AGO = r"(?:(?:the\s+)?(?:comparable\s+)?year[- ](?:ago|earlier))"


@_rule(
    r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|this"
    r"|the\s+(?:1[6-9]|20)\d\d|"
    + _YEAR_AGO
    + r")\s+)?(?:fiscal[- ]\s*)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)(?P<sep>[- ])"
    r"(?:fiscal[- ])?(?P<u>quarter|half)(?!-)(?:\s+of\s+(?P<ry>last|this|next)\s+year)?",
    needs=("quarter", "half"),
)
def _quarter_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    order = {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
    }[_g(m, "o")]
    unit = _g(m, "u")
    if unit == "half" and order > 2:
        return []
    suffix = f"-Q{order}" if unit == "quarter" else f"-H{order}"
    det = _g(m, "det")
    start = m.start()
    if det == "its" or (det and m.group("sep") == "-" and "year" not in det):
        start = m.start("det") + len(det) + 1  # TimeBank leaves "its third-quarter" out
    if ctx.ref is None:
        return [_Found(start, m.end(), "DATE", "XXXX" + suffix, True)]
    year = ctx.ref.year
    if m.group("ry"):
        year += {"last": -1, "this": 0, "next": 1}[_g(m, "ry")]
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
    return [_Found(start, m.end(), "DATE", f"{year:04d}{suffix}", True)]


@_rule(
    r"(?P<d>the|its)\s+(?:(?P<ago>year[- ](?:ago|earlier))\s+|(?:latest|most\s+recent|recent"
    r"|just-ended|just\s+ended)\s+)?(?:quarter|period)(?!\s+of|\w|-)",
    needs=("quarter", "period"),
)
def _the_quarter(m: re.Match[str], ctx: _Context) -> list[_Found]:
    if ctx.ref is None:
        return _one(m, "DATE", "XXXX-QX", True)
    if m.group(0).lower().endswith("period") and not m.group("ago"):
        return []
    back = 6 if m.group("ago") else 2
    year, quarter = divmod(ctx.ref.year * 4 + quarter_of(ctx.ref) - back, 4)
    return _one(m, "DATE", f"{year:04d}-Q{quarter + 1}", True)


@_rule(
    r"(?:the\s+)?(?:(?P<pm>early|mid|late)(?:\s+|-))?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s"
    r"|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties))(?!\w)",
    needs=(*_DIGITS, "ties"),
)
def _decade_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    if m.group("dec"):
        return _one(m, "DATE", m.group("dec")[:3] + "X", False)
    digit = int(m.group("dec2")[0]) if m.group("dec2") else DECADE_WORDS[_g(m, "decw")]
    century = 19
    if ctx.ref is not None and digit * 10 + 1900 > ctx.ref.year:
        century = 18
    return _one(m, "DATE", f"{century}{digit}X", ctx.ref is not None)


@_rule(
    r"(?:the\s+)?(?:(?P<pm>early|mid|late)(?:\s+|-))?(?P<n>\d{1,2}(?:st|nd|rd|th)|"
    + ORDWORD
    + r")(?:\s+|-)century",
    needs=("century",),
)
def _century_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    n = _day_of(m.group("n"))
    return _one(m, "DATE", f"{n - 1:02d}", False) if 1 <= n <= 22 else []


_SEASON_CONTEXT = word_set(
    "in during since until till by over through throughout this last next early late mid"
)


@_rule(
    r"(?P<pm>" + POINT_MOD + r")?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:past|coming|previous|following)|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?(?!\s+of)",
    needs=("spring", "summer", "fall", "autumn", "winter"),
)
def _season_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    season = SEASONS[_g(m, "s")]
    rel, ry = " ".join(_g(m, "rel").split()), _g(m, "ry")
    if rel in ("", "the") and not ry and not m.group("pm"):
        before = ctx.words_before(m.start())
        if not before or before[0] not in _SEASON_CONTEXT:
            return []
    if ctx.ref is None:
        return _one(m, "DATE", "XXXX-" + season, True)
    offset = rel_offset(rel) if rel not in ("", "the", "this") else 0
    if ry:
        return _one(
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
    return _one(m, "DATE", f"{year:04d}-{SEASON_ORDER[index]}", True)


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


@_rule(
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
def _vague_ref(m: re.Match[str], ctx: _Context) -> list[_Found]:
    word = " ".join(_g(m, "w").split())
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
    return _one(m, "DATE", _VAGUE_REFS[word], False)


@_rule(
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
def _set_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    adv = _g(m, "adv")
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
        return _one(m, "SET", value, False)
    if m.group("wd"):
        return _one(m, "SET", f"XXXX-WXX-{_weekday_of(m.group('wd')) + 1}", False)
    if m.group("m"):
        return _one(m, "SET", f"XXXX-{_month_of(m.group('m')):02d}", False)
    unit = _g(m, "u") or _g(m, "u2")
    if unit in PART_OF_DAY:
        return _one(m, "SET", "XXXX-XX-XXT" + PART_OF_DAY[unit], False)
    if unit in SEASONS:
        return _one(m, "SET", "XXXX-" + SEASONS[unit], False)
    if unit == "weekend":
        return _one(m, "SET", "XXXX-WXX-WE", False)
    if unit == "season":
        return _one(m, "SET", "XXXX-XX", False)
    return _one(m, "SET", duration_value(1.0, unit_key(unit)), False)


@_rule(
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
def _holiday_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    name = " ".join(_g(m, "h").replace("’", "'").split())
    if m.group("h")[0].islower():
        return []  # holidays are capitalised; "christmas" in lower case is rare and noisy
    make = HOLIDAYS[name]
    if ctx.ref is None:
        fixed = make(2001)
        if name.startswith(
            ("easter", "good friday", "thanksgiving", "memorial", "labor", "election")
        ):
            return _one(m, "DATE", "XXXX-XX-XX", True)
        return _one(m, "DATE", f"XXXX-{fixed.month:02d}-{fixed.day:02d}", True)
    day = resolve_holiday(ctx.ref, make, ctx.tense(m.start(), m.end()))
    return _one(m, "DATE", ymd(day), True)


@_rule(
    r"(?:the\s+year\s+)?(?P<a>nineteen|two\s+thousand)(?:\s+and)?[\s-]+(?P<b>"
    + NUMWORD
    + r")(?!\s+(?:people|"
    + "|".join(sorted(QUANTITY_NOUNS))
    + r"))",
    needs=("nineteen", "thousand"),
)
def _spoken_year(m: re.Match[str], ctx: _Context) -> list[_Found]:
    rest = word_number(m.group("b"))
    if rest is None or rest >= 100:
        return []
    base = 1900 if _g(m, "a") == "nineteen" else 2000
    if base == 1900 and rest < 10:
        return []
    return _one(m, "DATE", f"{base + rest:04d}", False)


@_rule(r"the\s+year\s+two\s+thousand", needs=("two thousand",))
def _year_two_thousand(m: re.Match[str], ctx: _Context) -> list[_Found]:
    return _one(m, "DATE", "2000", False)


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------


def find_time_expressions(text: str, reference: date | None) -> list[TimeExpression]:
    """All time expressions in `text`, normalised against `reference` (publication date) when given.

    Overlapping candidates are resolved in favour of the longest match, then the earlier rule.
    Relative expressions keep an underspecified value when `reference` is None.
    """
    ctx = _Context(text, reference)
    candidates: list[tuple[int, int, _Found]] = []
    for priority, (pattern, handler, needs) in enumerate(_RULES):
        if not any(key in ctx.lower for key in needs):
            continue
        for match in pattern.finditer(text):
            for found in handler(match, ctx):
                candidates.append((priority, match.end() - match.start(), found))
    candidates.sort(key=lambda c: (-c[1], c[0], c[2].start))
    taken: list[_Found] = []
    for _, _, found in candidates:
        if all(found.end <= t.start or found.start >= t.end for t in taken):
            taken.append(found)
    taken.sort(key=lambda f: f.start)
    return [_expression(text, found) for found in taken]


_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _expression(text: str, found: _Found) -> TimeExpression:
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
