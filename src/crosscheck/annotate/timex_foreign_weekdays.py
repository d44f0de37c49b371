"""Bare weekdays written in Spanish, Portuguese, Italian, French, German, Turkish and Arabic.

"el martes", "este lunes", "na terça-feira", "am Dienstag", "mardi", "martedì", "Salı günü",
"يوم الثلاثاء": a weekday without its date, resolved against the publication date like its
English form (``timex_weekdays``): the most recent such day on or before publication, the
coming one after a word for "next" ("el próximo martes", "mardi prochain"), the one before
publication after a word for "last" ("el pasado martes").

A weekday is read only where it cannot be a name: Spanish, Portuguese Saturdays and Sundays,
Italian Saturdays and Sundays and German weekdays need an article or preposition before them
("el domingo", not "Plácido Domingo"; "am Freitag", not "Freitag sagte"), Turkish ones "günü"
after them, Arabic ones "يوم" (day) or a part of the day before them.  French weekdays, the
Portuguese "-feira" forms and the accented Italian ones are no names and are read bare.
"""

from __future__ import annotations

import re
from datetime import timedelta

from crosscheck.annotate.timex_calendar import ymd
from crosscheck.annotate.timex_foreign import WEEKDAYS
from crosscheck.annotate.timex_grammar import Context, Found, rule

_TURKISH = "pazartesi salı çarşamba perşembe cuma cumartesi pazar".split()
_ARABIC = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(_ARABIC)}
ARABIC_WEEKDAYS.update({"الإثنين": 0, "الاربعاء": 2, "الاحد": 6})
TURKISH_WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(_TURKISH)}

# Weekdays that are no word or name in any of the languages: read without a cue before them.
_BARE = (
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "lunedì martedì mercoledì giovedì venerdì"
).split()
_CUED = sorted(set(WEEKDAYS) - set(_BARE), key=len, reverse=True)

_NEXT = r"próxim[oa]|proxim[oa]|prochain|prossim[oa]|nächsten|kommenden"
_LAST = r"pasado|passad[oa]|últim[oa]|dernier|scors[oa]|letzten|vergangenen"
# Articles and prepositions before a weekday that could also be a name or a word.
_CUE = (
    r"el|del|este|ese|ayer|hoy|anoche|"
    r"no|do|neste|nesse|deste|desse|"
    r"il|questo|ieri|oggi|"
    r"am|vom|seit|bis|diesen"
)
_PART_OF_DAY_DE = ("abend", "morgen", "nachmittag", "vormittag", "nacht")


_DAY_NUMBER_NEXT = re.compile(r",?\s*\d")


def _alternation(names: list[str]) -> str:
    """The names in lower case and capitalised, longest first, as one regex group's body."""
    forms = {form for name in names for form in (name, name.capitalize())}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


def _day(ctx: Context, start: int, end: int, weekday: int, direction: str) -> list[Found]:
    """The weekday's day: the coming one after "next", the one before publication after
    "last", else the latest on or before the publication date (news reports what happened)."""
    if ctx.ref is None:
        return [Found(start, end, "DATE", f"XXXX-WXX-{weekday + 1}", True)]
    ref = ctx.ref
    if direction == "next":
        day = ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    elif direction == "last":
        day = ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    else:
        day = ref - timedelta(days=(ref.weekday() - weekday) % 7)
    return [Found(start, end, "DATE", ymd(day), True)]


def _direction(m: re.Match[str]) -> str:
    """ "next" or "last" when a group of that name (or with a digit after it) took part."""
    groups = m.groupdict()
    for direction in ("next", "last"):
        if any(value and name.rstrip("0123456789") == direction for name, value in groups.items()):
            return direction
    return ""


def _weekday_number(name: str) -> int:
    """The weekday (Monday 0) of a Romance or German weekday name, a part of the day after
    a German one ("Dienstagabend") ignored."""
    low = name.lower()
    for suffix in _PART_OF_DAY_DE:
        if low.endswith(suffix) and low[: -len(suffix)] in WEEKDAYS:
            return WEEKDAYS[low[: -len(suffix)]]
    return WEEKDAYS[low]


_DIRECTION_BEFORE = r"(?:(?P<next{n}>" + _NEXT + r")\s+|(?P<last{n}>" + _LAST + r")\s+)?"
_BARE_WEEKDAY = _DIRECTION_BEFORE.format(n=1) + r"(?P<wd>(?-i:" + _alternation(_BARE) + r"))"
_CUED_WEEKDAY = (
    r"(?:"
    + _CUE
    + r")\s+"
    + _DIRECTION_BEFORE.format(n=2)
    + r"(?P<cued>(?-i:"
    + _alternation(_CUED)
    + r")(?:"
    + "|".join(_PART_OF_DAY_DE)
    + r")?)"
)
# A weekday that may be a name is read without its cue when "last" or "next" follows it.
_DIRECTED_WEEKDAY = (
    r"(?P<directed>(?-i:" + _alternation(_CUED) + r"))(?=\s+(?:" + _NEXT + "|" + _LAST + r")\b)"
)


@rule(
    r"(?:" + _BARE_WEEKDAY + r"|" + _CUED_WEEKDAY + r"|" + _DIRECTED_WEEKDAY + r")"
    r"(?:\s+(?P<next3>" + _NEXT + r")|\s+(?P<last3>" + _LAST + r"))?",
    needs=(*sorted(WEEKDAYS), "feira"),
)
def foreign_weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """A bare weekday: "el martes", "mardi dernier", "na terça-feira", "am Dienstagabend"."""
    group_name = next(name for name in ("wd", "cued", "directed") if m.group(name))
    after = ctx.text[m.end(group_name) : m.end(group_name) + 6]
    if after.startswith(" Gras") or _DAY_NUMBER_NEXT.match(after):
        return []  # Mardi Gras is no Tuesday; "mardi 29" is a date's weekday, read with it
    weekday = _weekday_number(m.group(group_name))
    return _day(ctx, m.start(group_name), m.end(), weekday, _direction(m))


@rule(
    r"(?:(?P<last>geçen)\s+|(?P<next>gelecek|önümüzdeki)\s+)?(?P<wd>(?-i:"
    + _alternation(_TURKISH)
    + r"))\s+günü",
    needs=("günü",),
)
def turkish_weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """A Turkish weekday with "günü" (day): "Salı günü", "geçen Cuma günü"."""
    weekday = TURKISH_WEEKDAYS[m.group("wd").lower().replace("i̇", "i")]
    return _day(ctx, m.start(), m.end(), weekday, _direction(m))


@rule(
    r"[وف]?(?:يوم|مساء|صباح|ليلة|فجر|ظهر)\s+(?P<wd>" + "|".join(ARABIC_WEEKDAYS) + r")"
    r"(?:\s+(?P<next>المقبل|القادم)|\s+(?P<last>الماضي))?",
    needs=("يوم", "مساء", "صباح", "ليلة", "فجر", "ظهر"),
)
def arabic_weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """An Arabic weekday after "day" or a part of the day: "يوم الثلاثاء", "مساء الأحد"."""
    return _day(ctx, m.start(), m.end(), ARABIC_WEEKDAYS[m.group("wd")], _direction(m))
