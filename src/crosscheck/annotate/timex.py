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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

Kind = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "future"] | None


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


# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTH_NUM: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
_MONTH_NUM.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)})
_MONTH_NUM["sept"] = 9

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NUM: dict[str, int] = {name: i for i, name in enumerate(_WEEKDAY_NAMES)}
_WEEKDAY_NUM.update({name[:3]: i for i, name in enumerate(_WEEKDAY_NAMES)})
_WEEKDAY_NUM.update({"tues": 1, "thur": 3, "thurs": 3})

_SMALL_NUM = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_NUM = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINAL_NUM = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_VAGUE_QTY = {
    "a few",
    "few",
    "several",
    "some",
    "many",
    "a number of",
    "numerous",
    "dozens of",
    "hundreds of",
}

# unit word -> (TIMEX3 unit letter, is a time-of-day unit, multiplier)
_UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("M", False, 3),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "centurie": ("Y", False, 100), "millennium": ("Y", False, 1000),
    "millennia": ("Y", False, 1000),
}  # fmt: skip
_VAGUE_UNIT = {"S": "PTXS", "H": "PTXH", "D": "PXD", "W": "PXW", "Y": "PXY"}
_PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_ORDER = ["SP", "SU", "FA", "WI"]  # YYYY-WI is the winter starting in December YYYY
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Cue words that mark a clause as future or past.  Before the expression the closest cue wins;
# after it, strong cues (auxiliaries, "said") outrank weak ones (-ed forms, present verbs).
_STRONG_FUTURE = _words(
    "will 'll ll shall would be going expected expects scheduled planning plans intends "
    "due upcoming slated soon tomorrow next payable effective ahead"
)
# "had been scheduled to expire Friday": a plan reported in the past
_PLANNED = _words("expected scheduled due slated set planned")
_STRONG_PAST = _words("was were had did said told ago yesterday last earlier")
_WEAK_FUTURE = _words(
    "begins begin starts start opens resume resumes meets meet convene convenes takes could "
    "might may should must wants want hopes hope aims aim coming planned"
)
_WEAK_PAST = _words(
    "says went came made took gave met held left won lost began saw fell rose hit struck found "
    "brought sent spent built kept led ran sold stood wrote became broke chose drove flew "
    "fought got grew knew paid shot spoke threw wore since been"
)
_ED_NOT_PAST = _words(
    "need feed seed speed red bed hundred indeed embed shed proceed succeed exceed"
)

_QUANTITY_NOUNS = _words(
    "people persons men women children kids soldiers troops fighters residents civilians "
    "workers employees members votes voters deaths dead killed injured wounded cases patients "
    "homes houses buildings vehicles cars trucks tanks rockets missiles shells tons tonnes "
    "barrels km kilometers kilometres miles meters metres feet yards acres hectares pounds "
    "dollars euros shares points units jobs students refugees prisoners hostages detainees sq "
    "square calories rounds seats pages words"
)

# --------------------------------------------------------------------------------------------
# Regex building blocks (no named groups: rules name their own parts)
# --------------------------------------------------------------------------------------------


def _alternation(forms: Iterable[str]) -> str:
    """Case-sensitive alternation of capitalised and upper-case word forms.

    A form ending in "!" requires its dot; one ending in "." needs its dot or a number after
    it ("Jan 5", not "Jan Kavan").
    """
    parts: list[str] = []
    for form in forms:
        for variant in {form, form.upper()}:
            if variant.endswith("!"):
                parts.append(re.escape(variant[:-1]) + r"\.")
            elif variant.endswith("."):
                parts.append(re.escape(variant[:-1]) + r"(?:\.|(?=\s*\d))")
            else:
                parts.append(re.escape(variant))
    parts.sort(key=len, reverse=True)
    return r"(?-i:(?:" + "|".join(parts) + r"))(?!\w)"


_MONTH = _alternation(
    [name.capitalize() for name in _MONTH_NAMES]
    + [
        "Jan.",
        "Feb.",
        "Mar!",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sept.",
        "Sep.",
        "Oct.",
        "Nov.",
        "Dec.",
    ]
)
_WEEKDAY = _alternation(
    [name.capitalize() for name in _WEEKDAY_NAMES]
    + ["Mon!", "Tue!", "Tues!", "Wed!", "Thu!", "Thur!", "Thurs!", "Fri!", "Sat!", "Sun!"]
)
_WEEKDAYS_PLURAL = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:hundred|thousand))?"
)
_ORDWORD = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|twentieth|thirtieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth)"
)
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR4 = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d|%|\w)"
_QTY = (
    r"(?:\d{1,3}(?:\.\d+)?(?:\s+\d/\d)?(?![\d,])|\d{1,3}(?:,\d{3})+|"
    + _NUMWORD
    + r"(?:\s+and\s+an?\s+half)?|an?\s+(?:hundred|thousand)|an?(?:\s+half)?|half\s+an?"
    r"|an?\s+(?:couple\s+of|dozen)"
    r"|a\s+few|a\s+number\s+of|few|several|some|many|numerous|dozens\s+of|hundreds\s+of)"
)
_UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))"
)
# Quantity modifiers kept in a duration's extent; "over" only right before the number.
_MODS = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than"
    r"|fewer\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|not\s+more\s+than|well\s+over|close\s+to|upwards\s+of|in\s+excess\s+of)"
)
_DUR_CONTEXT = (
    r"(?:(?:the\s+)?(?:past|last|next|first|coming|following|previous|final|latest|initial"
    r"|remaining|ensuing|subsequent)|the|another|an?\s+(?:additional|further|extra))"
)
_POINT_MOD = (
    r"(?:early|earlier|mid|late|later|the\s+(?:beginning|start|end|middle|close)\s+of"
    r"|(?:the\s+)?(?:early|later)\s+part\s+of)(?:\s+|-)"
)
_TZ_NAME = (
    r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|BST|CET|CEST|EET|EEST|IDT|IST|AST|MSK)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?!\w)"
)
_TZ = r"(?:\s*\(" + _TZ_NAME + r"\)|\s*" + _TZ_NAME + r"|\s+local\s+time)"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w)|\d{1,2}:\d{2}(?="
    + _TZ
    + r"|\s+hours?\b)|noon|midnight|midday|(?:\d{1,2}|"
    + _NUMWORD
    + r")(?:\s+o'clock)?\s+in\s+the"
    r"\s+(?:morning|afternoon|evening))"
)
_DAY_PHRASE = (
    r"(?:" + _WEEKDAY + r"(?:,?\s+" + _MONTH + r"\s+" + _DAYNUM + r")?|yesterday|today|tomorrow"
    r"|" + _MONTH + r"\s+" + _DAYNUM + r"(?:,?\s+" + _YEAR4 + r")?)"
)

# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------


def _ymd(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _current_season(day: date) -> tuple[int, str]:
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, _SEASON_ORDER[(day.month - 3) // 3]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _shift_month(year, month, 1)
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


_HOLIDAYS: dict[str, Callable[[int], date]] = {
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
# Number and quantity parsing
# --------------------------------------------------------------------------------------------


def _word_number(words: str) -> int | None:
    """Value of a spelled-out number below a million ("twenty-one", "two hundred")."""
    total = current = 0
    seen = False
    for word in words.lower().replace("-", " ").split():
        if word in _SMALL_NUM:
            current += _SMALL_NUM[word]
        elif word in _TENS_NUM:
            current += _TENS_NUM[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _quantity(text: str) -> float | None:
    """Numeric value of a quantity phrase; None when it is vague ("several", "a few")."""
    q = " ".join(text.lower().split())
    if q in _VAGUE_QTY:
        return None
    half = 0.0
    if q.endswith(" and a half") or q.endswith(" and an half"):
        q, half = q.rsplit(" and ", 1)[0], 0.5
    if q in ("a", "an"):
        return 1.0 + half
    if q.startswith(("a ", "an ")) and q.split()[1] in ("hundred", "thousand"):
        q = q.split(" ", 1)[1]
    if q in ("a half", "an half", "half a", "half an"):
        return 0.5
    if q in ("a couple of", "couple of"):
        return 2.0
    if q in ("a dozen", "an dozen"):
        return 12.0
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", q.replace(",", ""))
    if match:
        value = float(match.group(1))
        if match.group(2):
            value += int(match.group(2)) / int(match.group(3))
        return value + half
    number = _word_number(q)
    return None if number is None else number + half


def _duration_value(qty: float | None, unit_word: str) -> str:
    """TIMEX3 duration value for a quantity of a unit: P3Y, PT2H, P2Y6M, PXD ..."""
    letter, is_time, mult = _UNITS[unit_word]
    if qty is None:
        if unit_word in ("decade", "century", "centurie", "millennium", "millennia"):
            return {"decade": "PXDE", "millennium": "PXML", "millennia": "PXML"}.get(
                unit_word, "PXCE"
            )
        if is_time:
            return "PTX" + letter
        return "PXM" if letter == "M" else _VAGUE_UNIT[letter]
    amount = qty * mult
    whole = int(amount)
    frac = amount - whole
    prefix = "PT" if is_time else "P"
    if frac < 1e-9:
        return f"{prefix}{whole}{letter}"
    # Express the fraction in the next smaller unit: 2 1/2 years -> P2Y6M.
    smaller = {
        "Y": ("M", 12, False),
        "M": ("D", 30, False),
        "W": ("D", 7, False),
        "D": ("H", 24, True),
        "H": ("M", 60, True),
        "S": ("S", 1, True),
    }
    if is_time and letter == "M":
        small_letter, factor, small_time = "S", 60, True
    else:
        small_letter, factor, small_time = smaller[letter]
    rest = round(frac * factor)
    head = f"{whole}{letter}" if whole else ""
    if small_time and not is_time:
        return f"P{head}T{rest}{small_letter}"
    return f"{prefix}{head}{rest}{small_letter}"


def _unit_key(word: str) -> str:
    word = word.lower()
    for suffix in ("-long", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in _UNITS:
            return word[: -len(suffix)]
    if word == "centuries":
        return "century"
    return word


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
        if word in _PLANNED and previous in ("had", "been"):
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
        if word in _STRONG_FUTURE:
            return "future"
        if word in _STRONG_PAST:
            return "past"
        if weak is None:
            if word in _WEAK_FUTURE:
                weak = "future"
            elif word in _WEAK_PAST or (
                len(word) > 4 and word.endswith("ed") and word not in _ED_NOT_PAST
            ):
                weak = "past"
    return weak


# --------------------------------------------------------------------------------------------
# Resolution of underspecified calendar points
# --------------------------------------------------------------------------------------------


def _resolve_weekday(ref: date, weekday: int, tense: Tense, rel: str) -> date:
    """The day a weekday name refers to, given the reference date and cues."""
    if rel in ("last", "the previous", "this past", "the last", "past"):
        return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    if rel in ("next", "the next", "the following", "this coming", "coming"):
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    if tense == "future":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _resolve_month_day(ref: date, month: int, day: int, tense: Tense) -> date | None:
    """The year-less date nearest the reference consistent with the clause's tense."""
    year = ref.year
    candidate = _safe_date(year, month, day)
    if candidate is None:  # 29 February outside a leap year: the nearest leap year
        for delta in (1, -1, 2, -2, 3, -3, 4, -4):
            if _safe_date(year + delta, month, day):
                return date(year + delta, month, day)
        return None
    gap = (candidate - ref).days
    # Undated mentions in news lean to the past: move back sooner than forward.
    if (tense == "past" and gap > 60) or (tense is None and gap > 180):
        return _safe_date(year - 1, month, day)
    if (tense == "future" and gap < -90) or (tense is None and gap < -270):
        return _safe_date(year + 1, month, day)
    return candidate


def _resolve_month(ref: date, month: int, tense: Tense, rel: str) -> tuple[int, int]:
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


def _resolve_holiday(ref: date, make: Callable[[int], date], tense: Tense) -> date:
    this_year = make(ref.year)
    gap = (this_year - ref).days
    if (tense == "past" and gap > 7) or (tense is None and gap > 240):
        return make(ref.year - 1)
    if (tense == "future" and gap < -7) or (tense is None and gap < -240):
        return make(ref.year + 1)
    return this_year


def _infer_year(month: int, day: int, weekday: int, today: date) -> int | None:
    """The only year in the last fifteen where the date falls on the weekday, if unique."""
    years = [
        y
        for y in range(today.year - 15, today.year + 1)
        if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday and d <= today
    ]
    return years[0] if len(years) == 1 else None


_REL_NORMAL = {
    "the last": -1, "the past": -1, "the previous": -1, "last": -1, "past": -1, "previous": -1,
    "this past": -1, "the next": 1, "next": 1, "the coming": 1, "coming": 1, "the following": 1,
    "following": 1, "this coming": 1,
}  # fmt: skip


def _rel_offset(rel: str) -> int:
    """-1/0/+1 for the relational word opening a phrase like "last week" or "early next year"."""
    rel = " ".join(rel.lower().replace("-", " ").split())
    if rel in _REL_NORMAL:
        return _REL_NORMAL[rel]
    if rel.endswith(" next") or rel.endswith(" following"):
        return 1
    if rel.endswith(" last") or rel.endswith(" previous"):
        return -1
    return 0


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
    return _MONTH_NUM[name] if name in _MONTH_NUM else _MONTH_NUM[name[:3]]


def _weekday_of(token: str) -> int:
    name = token.lower().rstrip(".")
    return _WEEKDAY_NUM[name] if name in _WEEKDAY_NUM else _WEEKDAY_NUM[name[:3]]


def _day_of(token: str) -> int:
    token = re.sub(r"\s+of$", "", token.lower().strip())
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group(0))
    head, _, tail = token.replace("-", " ").partition(" ")
    if tail:
        return _TENS_NUM[head] + _ORDINAL_NUM[tail]
    return _ORDINAL_NUM[head]


def _explicit_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    month, day = _month_of(m.group("m")), _day_of(m.group("d"))
    weekday = _weekday_of(m.group("wd")) if m.group("wd") else None
    if m.group("y"):
        resolved = _safe_date(int(m.group("y")), month, day)
        return _one(m, "DATE", _ymd(resolved), False) if resolved else []
    if _safe_date(2000, month, day) is None:
        return []
    if ctx.ref is not None:
        rel = " ".join((_g(m, "rel") if "rel" in m.groupdict() else "").split())
        tense: Tense = ctx.tense(m.start(), m.end())
        if rel in ("last", "this past"):
            tense = "past"
        elif rel in ("next", "this coming"):
            tense = "future"
        resolved = _resolve_month_day(ctx.ref, month, day, tense)
        if resolved and weekday is not None and resolved.weekday() != weekday:
            # The weekday disambiguates a year boundary ("Friday, Jan. 3").
            for delta in (-1, 1):
                other = _safe_date(resolved.year + delta, month, day)
                if other and other.weekday() == weekday and abs((other - ctx.ref).days) < 300:
                    resolved = other
                    break
        return _one(m, "DATE", _ymd(resolved), True) if resolved else []
    if weekday is not None:
        year = _infer_year(month, day, weekday, date.today())
        if year is not None:
            return _one(m, "DATE", _ymd(date(year, month, day)), True)
    return _one(m, "DATE", f"XXXX-{month:02d}-{day:02d}", True)


_rule(
    r"(?:(?P<rel>last|next|this(?:\s+coming|\s+past)?)\s+)?"
    r"(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?P<m>" + _MONTH + r")\s+(?:the\s+)?"
    r"(?P<d>" + _DAYNUM + r"|" + _ORDWORD + r")(?:,?\s+(?P<y>" + _YEAR4 + r"))?",
    needs=_MONTH_KEYS,
)(_explicit_date)
_rule(
    r"(?:(?P<wd>"
    + _WEEKDAY
    + r"),?\s+)?(?:the\s+)?(?P<d>"
    + _DAYNUM
    + r"(?:\s+of)?|"
    + _ORDWORD
    + r"\s+of)\s+(?P<m>"
    + _MONTH
    + r")(?:,?\s+(?P<y>"
    + _YEAR4
    + r"))?",
    needs=_MONTH_KEYS,
)(_explicit_date)


@_rule(
    r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
    needs=("-",),
)
def _iso_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    resolved = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return _one(m, "DATE", _ymd(resolved), False) if resolved else []


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.,]\d|[\d/])", needs=("/",))
def _slash_date(m: re.Match[str], ctx: _Context) -> list[_Found]:
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 else (a, b)  # US order unless impossible
    year = int(m.group("y"))
    if year < 100:  # "7/8/07": the century that keeps the date at most a year ahead
        horizon = (ctx.ref or date.today()).year + 1
        year += 2000 if 2000 + year <= horizon else 1900
    resolved = _safe_date(year, month, day)
    return _one(m, "DATE", _ymd(resolved), len(m.group("y")) == 2) if resolved else []


_MONTH_CONTEXT = _words(
    "in since until till by from to through before after during of early late mid and or "
    "between last next this the"
)


@_rule(
    r"(?P<pm>" + _POINT_MOD + r")?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:previous|following|coming|past))\s+)?(?P<m>" + _MONTH + r")"
    r"(?:,?\s+(?:of\s+)?(?P<y>" + _YEAR4 + r")|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?",
    needs=_MONTH_KEYS,
)
def _month_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    month = _month_of(m.group("m"))
    rel, ry = _g(m, "rel"), _g(m, "ry")
    if m.group("y"):
        return _one(m, "DATE", _ym(int(m.group("y")), month), False)
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
        year, _ = _resolve_month(ctx.ref, month, ctx.tense(m.start(), m.end()), rel)
    return _one(m, "DATE", _ym(year, month), True)


@_rule(
    r"(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|next|last)"
    r"|coming|early|late|earlier|later)\s+)?(?P<wd>" + _WEEKDAY + r")"
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
    suffix = "T" + _PART_OF_DAY[tod] if tod else ""
    kind: Kind = "TIME" if tod else "DATE"
    # TimeBank leaves "early"/"later" outside the extent of a weekday.
    start = m.start("wd") if rel in ("early", "late", "earlier", "later") else m.start()
    if ctx.ref is None:
        return [_Found(start, m.end(), kind, f"XXXX-WXX-{weekday + 1}{suffix}", True)]
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
    tense = "past" if possessive else ctx.tense(m.start(), m.end())  # "Wednesday's ruling"
    day = _resolve_weekday(ctx.ref, weekday, tense, rel)
    return [_Found(start, m.end(), kind, _ymd(day) + suffix, True)]


@_rule(
    r"(?:on\s+)?(?P<wd>" + _WEEKDAYS_PLURAL + r")(?:\s+(?P<tod>mornings|afternoons|evenings"
    r"|nights))?",
    needs=("days",),
)
def _weekday_set(m: re.Match[str], ctx: _Context) -> list[_Found]:
    weekday = _WEEKDAY_NUM[m.group("wd").lower()[:3]]
    tod = _g(m, "tod").rstrip("s")
    start = m.start("wd")
    suffix = "T" + _PART_OF_DAY[tod] if tod else ""
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
        number = _quantity(words.group(1))
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
        day_value, relative = _ymd(ctx.ref), True
    else:
        day_value, relative = "XXXX-XX-XX", True
    zone = "Z" if re.search(r"(?:GMT|UTC)(?!\s*[+-])", m.group(0)) else ""
    return _one(m, "TIME", f"{day_value}T{clock}{zone}", relative)


_rule(
    r"(?:(?P<mod>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before"
    r"|after))\s+)?(?P<clock>"
    + _CLOCK
    + r")(?:"
    + _TZ
    + r")?(?:,?\s+(?:on\s+)?(?P<day>"
    + _DAY_PHRASE
    + r"))?",
    needs=(*_DIGITS, "noon", "midnight", "midday", " in the "),
)(_clock_expr)
_rule(
    r"(?P<day>" + _DAY_PHRASE + r")(?:\s+at\s+|,?\s+)(?P<clock>" + _CLOCK + r")(?:" + _TZ + r")?",
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
    suffix = "T" + _PART_OF_DAY[tod] if tod else ""
    kind: Kind = "TIME" if tod else "DATE"
    if ctx.ref is None:
        value = "PRESENT_REF" if word == "today" and not suffix else "XXXX-XX-XX" + suffix
        return _one(m, kind, value, True)
    return _one(m, kind, _ymd(ctx.ref + timedelta(days=offset)) + suffix, True)


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
    offset = _rel_offset(rel)
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
        value = _iso_week(ref + timedelta(weeks=offset))
    elif unit == "weekend":
        value = _iso_week(ref + timedelta(weeks=offset)) + "-WE"
    elif unit == "month":
        value = _ym(*_shift_month(ref.year, ref.month, offset))
    elif unit in ("year", "fiscal year"):
        value = f"{ref.year + offset:04d}"
    elif unit == "quarter":
        year, quarter = divmod(ref.year * 4 + _quarter(ref) - 1 + offset, 4)
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
        week = _iso_week(ref)
    else:
        week = _iso_week(ref - timedelta(weeks=1))
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
_APPROX_MODS = ("about", "around", "approximately", "roughly", "some")
_NUMBER_WORD = re.compile(_NUMWORD + r"$", re.IGNORECASE)


@_rule(
    r"(?:(?P<mod>"
    + _MODS
    + r")\s+)?(?:(?P<ctx>"
    + _DUR_CONTEXT
    + r")\s+)?(?:(?P<mod2>"
    + _MODS
    + r"|over)\s+)?(?P<q>"
    + _QTY
    + r")(?P<sep>\s+|-)(?:(?:more|additional|full|straight"
    r"|consecutive|long|short|trading|business|working|calendar|school)\s+)?(?P<u>"
    + _UNIT
    + r")(?P<pl>s|-long)?(?!-old|-\w)(?P<half>\s+and\s+an?\s+half)?"
    r"(?:\s+or\s+so)?(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence|back))?",
    needs=_UNIT_KEYS,
)
def _quantity_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    unit = _unit_key(m.group("u"))
    qty = _quantity(m.group("q"))
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
            return [_Found(start, end, "SET", _duration_value(1.0, unit), False)]
    if direction in ("ago", "back", "from now", "hence"):
        if qty is None:
            value = "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF"
            return [_Found(start, end, "DATE", value, True)]
        if mod in _BOUNDED_MODS:
            return [_Found(start, end, "DURATION", _duration_value(qty, unit), False)]
        sign = -1 if direction in ("ago", "back") else 1
        value = _offset_value(ctx.ref, qty * sign, unit)
        return [_Found(start, end, "DATE", value, True)]
    return [_Found(start, end, "DURATION", _duration_value(qty, unit), False)]


def _offset_value(ref: date | None, qty: float, unit: str) -> str:
    """The calendar point `qty` units from the reference, at the unit's granularity."""
    if ref is None:
        return "PAST_REF" if qty < 0 else "FUTURE_REF"
    letter, is_time, mult = _UNITS[unit]
    amount = round(qty * mult)
    if is_time:
        return _ymd(ref)
    if letter == "D":
        return _ymd(ref + timedelta(days=amount))
    if letter == "W":
        return _iso_week(ref + timedelta(weeks=amount))
    if letter == "M":
        if mult == 3:
            year, quarter = divmod(ref.year * 4 + _quarter(ref) - 1 + round(qty), 4)
            return f"{year:04d}-Q{quarter + 1}"
        return _ym(*_shift_month(ref.year, ref.month, amount))
    return f"{ref.year + amount:04d}"


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
        value = _duration_value(None if plural else 1.0, _unit_key(word))
        return _one(m, "DURATION", value, False)
    unit = _unit_key(m.group("u"))
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
    return [_Found(start, m.end(), "DURATION", _duration_value(None, unit), False)]


@_rule(
    r"(?:(?P<pm>" + _POINT_MOD + r")|(?P<pre>(?:fiscal|calendar)(?:\s+year)?|FY|the\s+year"
    r"|(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:[- ]quarter)"
    r"|(?:first|second|last|latter)[- ]half|spring|summer|fall|autumn|winter)(?:\s+of)?"
    r"|[QH][1-4])\s+)?"
    r"(?P<y>" + _YEAR4 + r")(?:\s*(?:-|–|/)\s*(?P<y2>\d\d)(?![\d-]))?",
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
        for season, code in _SEASONS.items():
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
    if ctx.word_after(m.end()) in _QUANTITY_NOUNS:
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
        current = _quarter(ctx.ref) if unit == "quarter" else (ctx.ref.month - 1) // 6 + 1
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
    year, quarter = divmod(ctx.ref.year * 4 + _quarter(ctx.ref) - back, 4)
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
    digit = int(m.group("dec2")[0]) if m.group("dec2") else _DECADE_WORDS[_g(m, "decw")]
    century = 19
    if ctx.ref is not None and digit * 10 + 1900 > ctx.ref.year:
        century = 18
    return _one(m, "DATE", f"{century}{digit}X", ctx.ref is not None)


@_rule(
    r"(?:the\s+)?(?:(?P<pm>early|mid|late)(?:\s+|-))?(?P<n>\d{1,2}(?:st|nd|rd|th)|"
    + _ORDWORD
    + r")(?:\s+|-)century",
    needs=("century",),
)
def _century_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    n = _day_of(m.group("n"))
    return _one(m, "DATE", f"{n - 1:02d}", False) if 1 <= n <= 22 else []


_SEASON_CONTEXT = _words(
    "in during since until till by over through throughout this last next early late mid"
)


@_rule(
    r"(?P<pm>" + _POINT_MOD + r")?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?"
    r"|the\s+(?:past|coming|previous|following)|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?(?!\s+of)",
    needs=("spring", "summer", "fall", "autumn", "winter"),
)
def _season_expr(m: re.Match[str], ctx: _Context) -> list[_Found]:
    season = _SEASONS[_g(m, "s")]
    rel, ry = " ".join(_g(m, "rel").split()), _g(m, "ry")
    if rel in ("", "the") and not ry and not m.group("pm"):
        before = ctx.words_before(m.start())
        if not before or before[0] not in _SEASON_CONTEXT:
            return []
    if ctx.ref is None:
        return _one(m, "DATE", "XXXX-" + season, True)
    offset = _rel_offset(rel) if rel not in ("", "the", "this") else 0
    if ry:
        return _one(
            m,
            "DATE",
            f"{ctx.ref.year + {'last': -1, 'this': 0, 'next': 1}[ry]:04d}-" + season,
            True,
        )
    cur_year, cur_season = _current_season(ctx.ref)
    cur_index = cur_year * 4 + _SEASON_ORDER.index(cur_season)
    # Index of this season's occurrence in the reference year (winter counted from December).
    same_year = ctx.ref.year * 4 + _SEASON_ORDER.index(season)
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
    return _one(m, "DATE", f"{year:04d}-{_SEASON_ORDER[index]}", True)


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
    + _UNIT
    + r"|(?P<wd>"
    + _WEEKDAY
    + r")|(?P<m>"
    + _MONTH
    + r")|morning|afternoon|evening|night|weekend|spring|summer|fall"
    r"|autumn|winter|season)"
    r"|(?:once|twice|thrice|(?:\d+|" + _NUMWORD + r")\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<u2>" + _UNIT + r")",
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
    if unit in _PART_OF_DAY:
        return _one(m, "SET", "XXXX-XX-XXT" + _PART_OF_DAY[unit], False)
    if unit in _SEASONS:
        return _one(m, "SET", "XXXX-" + _SEASONS[unit], False)
    if unit == "weekend":
        return _one(m, "SET", "XXXX-WXX-WE", False)
    if unit == "season":
        return _one(m, "SET", "XXXX-XX", False)
    return _one(m, "SET", _duration_value(1.0, _unit_key(unit)), False)


@_rule(
    r"(?P<h>"
    + "|".join(
        sorted(
            (k.replace(" ", r"\s+").replace("'", "['’]") for k in _HOLIDAYS), key=len, reverse=True
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
    make = _HOLIDAYS[name]
    if ctx.ref is None:
        fixed = make(2001)
        if name.startswith(
            ("easter", "good friday", "thanksgiving", "memorial", "labor", "election")
        ):
            return _one(m, "DATE", "XXXX-XX-XX", True)
        return _one(m, "DATE", f"XXXX-{fixed.month:02d}-{fixed.day:02d}", True)
    day = _resolve_holiday(ctx.ref, make, ctx.tense(m.start(), m.end()))
    return _one(m, "DATE", _ymd(day), True)


@_rule(
    r"(?:the\s+year\s+)?(?P<a>nineteen|two\s+thousand)(?:\s+and)?[\s-]+(?P<b>"
    + _NUMWORD
    + r")(?!\s+(?:people|"
    + "|".join(sorted(_QUANTITY_NOUNS))
    + r"))",
    needs=("nineteen", "thousand"),
)
def _spoken_year(m: re.Match[str], ctx: _Context) -> list[_Found]:
    rest = _word_number(m.group("b"))
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
        day = _safe_date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
    return TimeExpression(start, end, text[start:end], found.kind, found.value, day, found.relative)
