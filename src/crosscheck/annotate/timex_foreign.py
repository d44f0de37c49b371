"""Dates and weekdays written in Spanish, Portuguese, Italian, French, German, Turkish and
Arabic.

"el martes 29 de octubre", "3 de novembro de 2023", "il 30 ottobre", "Vendredi 28 juillet",
"am 29. Oktober", "29 Ekim", "10 يناير 2025": a day number and a month name, optionally a year
and a weekday, resolved against the reference date like their English forms.  A weekday is read
only with its date: alone ("este martes") it may be this week's past or coming day, and a wrong day
would date an article's event.  A month name alone is never read: "Mayo" or "Marzo" are
surnames too.
"""

from __future__ import annotations

import re

from crosscheck.annotate.timex_dates import month_day_found
from crosscheck.annotate.timex_grammar import DIGITS, Context, Found, rule
from crosscheck.annotate.timex_lexicon import YEAR4

_MONTHS_BY_LANGUAGE = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
)
MONTHS: dict[str, int] = {
    name: number for names in _MONTHS_BY_LANGUAGE for number, name in enumerate(names.split(), 1)
}
MONTHS.update({"setiembre": 9, "jänner": 1, "fevrier": 2, "aout": 8, "decembre": 12})
# Arabic: the months of Egypt and the Gulf, then those of the Levant and Iraq ("3 آب 2024"),
# with the spellings written without hamza.
_ARABIC_MONTHS = (
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
)
MONTHS.update(
    {
        name.replace("_", " "): number
        for names in _ARABIC_MONTHS
        for number, name in enumerate(names.split(), 1)
    }
)
MONTHS.update({"ابريل": 4, "اغسطس": 8, "اكتوبر": 10, "اذار": 3, "ايار": 5, "ايلول": 9})

_WEEKDAYS_BY_LANGUAGE = (
    "lunes martes miércoles jueves viernes sábado domingo",
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
)
WEEKDAYS: dict[str, int] = {
    name: number for names in _WEEKDAYS_BY_LANGUAGE for number, name in enumerate(names.split())
}
WEEKDAYS.update({"miercoles": 2, "sabado": 5, "sonnabend": 5, "lunedi": 0, "martedi": 1})
WEEKDAYS.update({"mercoledi": 2, "giovedi": 3, "venerdi": 4})


def _forms(names: list[str]) -> str:
    """Case-sensitive alternation of the names in lower case, capitalised and in upper case."""
    variants = {form for name in names for form in (name, name.capitalize(), name.upper())}
    ordered = sorted(variants, key=len, reverse=True)
    return r"(?-i:(?:" + "|".join(re.escape(v) for v in ordered) + r"))(?!\w)"


_MONTH = _forms(sorted(MONTHS))
_WEEKDAY = _forms(sorted(WEEKDAYS))
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?"


@rule(
    r"(?:(?P<wd>"
    + _WEEKDAY
    + r")(?:,\s*|\s+)(?:(?:el|le|il|den)\s+)?)?"
    + _DAY
    + r"\s+(?:de\s+)?(?P<m>"
    + _MONTH
    + r")(?:,?\s+(?:de\s+|del\s+)?(?P<y>"
    + YEAR4
    + r"))?",
    needs=DIGITS,
)
def foreign_day_month(m: re.Match[str], ctx: Context) -> list[Found]:
    """A day and month name: "29 de octubre", "martedì 29 ottobre 2024", "29. Oktober"."""
    month, day = MONTHS[m.group("m").lower()], int(m.group("d"))
    weekday = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    year = int(m.group("y")) if m.group("y") else None
    return month_day_found(m, ctx, (month, day), weekday, year)


@rule(
    r"(?P<d0>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?\s*(?:al|au|a|e|y|et|und|bis|ed|-|–)\s*"
    r"(?:(?P<wd>" + _WEEKDAY + r")\s+)?" + _DAY + r"\s+(?:de\s+)?(?P<m>" + _MONTH + r")"
    r"(?:,?\s+(?:de\s+|del\s+)?(?P<y>" + YEAR4 + r"))?",
    needs=DIGITS,
)
def foreign_day_range(m: re.Match[str], ctx: Context) -> list[Found]:
    """Two days of one month: "del 29 al 31 de octubre", "mardi 29 au mercredi 30 octobre"."""
    month, first, last = MONTHS[m.group("m").lower()], int(m.group("d0")), int(m.group("d"))
    if first >= last:
        return []
    year = int(m.group("y")) if m.group("y") else None
    weekday = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    ends = month_day_found(m, ctx, (month, last), weekday, year)
    starts = month_day_found(m, ctx, (month, first), None, year)
    if not ends or not starts:
        return []
    start_day = starts[0].value
    if ends[0].value[:4].isdigit() and start_day[:4] != ends[0].value[:4]:
        start_day = ends[0].value[:8] + f"{first:02d}"  # the same month as the last day
    end_from = m.start("wd") if m.group("wd") else m.start("d")
    return [
        starts[0]._replace(end=m.end("d0"), value=start_day),
        ends[0]._replace(start=end_from),
    ]
