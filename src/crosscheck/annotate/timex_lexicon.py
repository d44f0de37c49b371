"""Word tables and regular-expression fragments of the time-expression tagger."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

# The past/future reading of a clause, None when no cue decides.
Tense = Literal["past", "future"] | None

# --------------------------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def word_set(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of `text`."""
    return frozenset(text.split())


MONTH_NUM: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
MONTH_NUM.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)})
MONTH_NUM["sept"] = 9

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NUM: dict[str, int] = {name: i for i, name in enumerate(_WEEKDAY_NAMES)}
WEEKDAY_NUM.update({name[:3]: i for i, name in enumerate(_WEEKDAY_NAMES)})
WEEKDAY_NUM.update({"tues": 1, "thur": 3, "thurs": 3})

SMALL_NUM = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_NUM = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_NUM = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
VAGUE_QTY = {
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
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("M", False, 3),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "centurie": ("Y", False, 100), "millennium": ("Y", False, 1000),
    "millennia": ("Y", False, 1000),
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "H": "PTXH", "D": "PXD", "W": "PXW", "Y": "PXY"}
PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = ["SP", "SU", "FA", "WI"]  # YYYY-WI is the winter starting in December YYYY
DECADE_WORDS = {
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
STRONG_FUTURE = word_set(
    "will 'll ll shall would be going expected expects scheduled planning plans intends "
    "due upcoming slated soon tomorrow next payable effective ahead"
)
# "had been scheduled to expire Friday": a plan reported in the past
PLANNED = word_set("expected scheduled due slated set planned")
STRONG_PAST = word_set("was were had did said told ago yesterday last earlier")
WEAK_FUTURE = word_set(
    "begins begin starts start opens resume resumes meets meet convene convenes takes could "
    "might may should must wants want hopes hope aims aim coming planned"
)
WEAK_PAST = word_set(
    "says went came made took gave met held left won lost began saw fell rose hit struck found "
    "brought sent spent built kept led ran sold stood wrote became broke chose drove flew "
    "fought got grew knew paid shot spoke threw wore since been"
)
ED_NOT_PAST = word_set(
    "need feed seed speed red bed hundred indeed embed shed proceed succeed exceed"
)

QUANTITY_NOUNS = word_set(
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


MONTH = _alternation(
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
WEEKDAY = _alternation(
    [name.capitalize() for name in _WEEKDAY_NAMES]
    + ["Mon!", "Tue!", "Tues!", "Wed!", "Thu!", "Thur!", "Thurs!", "Fri!", "Sat!", "Sun!"]
)
WEEKDAYS_PLURAL = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:hundred|thousand))?"
)
ORDWORD = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|twentieth|thirtieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth)"
)
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d|%|\w)"
QTY = (
    r"(?:\d{1,3}(?:\.\d+)?(?:\s+\d/\d)?(?![\d,])|\d{1,3}(?:,\d{3})+|"
    + NUMWORD
    + r"(?:\s+and\s+an?\s+half)?|an?\s+(?:hundred|thousand)|an?(?:\s+half)?|half\s+an?"
    r"|an?\s+(?:couple\s+of|dozen)"
    r"|a\s+few|a\s+number\s+of|few|several|some|many|numerous|dozens\s+of|hundreds\s+of)"
)
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))"
)
# Quantity modifiers kept in a duration's extent; "over" only right before the number.
MODS = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than"
    r"|fewer\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|not\s+more\s+than|well\s+over|close\s+to|upwards\s+of|in\s+excess\s+of)"
)
DUR_CONTEXT = (
    r"(?:(?:the\s+)?(?:past|last|next|first|coming|following|previous|final|latest|initial"
    r"|remaining|ensuing|subsequent)|the|another|an?\s+(?:additional|further|extra))"
)
POINT_MOD = (
    r"(?:early|earlier|mid|late|later|the\s+(?:beginning|start|end|middle|close)\s+of"
    r"|(?:the\s+)?(?:early|later)\s+part\s+of)(?:\s+|-)"
)
# A part of a named month ("the last week of September"): the month is the expression, not a
# week or half counted from the publication date.
MONTH_PART = (
    r"the\s+(?:first|second|third|fourth|last|final|opening|closing)\s+(?:few\s+)?"
    r"(?:week|weeks|days|fortnight|half)\s+of\s+"
)
_TZ_NAME = (
    r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|BST|CET|CEST|EET|EEST|IDT|IST|AST|MSK)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?!\w)"
)
TZ = r"(?:\s*\(" + _TZ_NAME + r"\)|\s*" + _TZ_NAME + r"|\s+local\s+time)"
CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w)|\d{1,2}:\d{2}(?="
    + TZ
    + r"|\s+hours?\b)|noon|midnight|midday|(?:\d{1,2}|"
    + NUMWORD
    + r")(?:\s+o'clock)?\s+in\s+the"
    r"\s+(?:morning|afternoon|evening))"
)
DAY_PHRASE = (
    r"(?:" + WEEKDAY + r"(?:,?\s+" + MONTH + r"\s+" + DAYNUM + r")?|yesterday|today|tomorrow"
    r"|" + MONTH + r"\s+" + DAYNUM + r"(?:,?\s+" + YEAR4 + r")?)"
)
