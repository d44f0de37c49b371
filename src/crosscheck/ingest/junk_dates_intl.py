"""A line that is only a date (and perhaps a weekday and a clock time) in the languages
whose month names `dates.parse_date_line` does not read: French, Spanish, Portuguese,
Italian, German, Turkish and Russian ("08 Октября 2022 г.", "28 Mayıs 2023 - 21:09",
"Jeudi 23 mars 2023 à 14h05"). Such a line is the page's time stamp, never the article's
sentence; the publication date is left to `dates` (this module only tells the shape).
"""

from __future__ import annotations

import re

# Month names (nominative and, for Russian, genitive), lower case; data, not any site's.
MONTH_NAMES = (
    # French
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
    "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
    # Spanish, Portuguese, Italian
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março",
    "maio", "junho", "julho", "setembro", "outubro", "dezembro", "gennaio", "febbraio",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    # German
    "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember",
    # Turkish
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
    "ekim", "kasım", "aralık",
    # Russian
    "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май",
    "мая", "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября",
    "октябрь", "октября", "ноябрь", "ноября", "декабрь", "декабря",
)  # fmt: skip
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
    r"sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|"
    r"pazar|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
)
_MONTH = "(?:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:\d{1,2}[:h.]\d{2}(?::\d{2})?)"
_JOIN = r"[\s,|–—-]*(?:à|a las|às|alle|um|в)?\s*"
_DATE_ONLY = re.compile(
    rf"^\W*(?:{_WEEKDAY}[\s,]*)?(?:le\s+|el\s+|il\s+|am\s+)?\d{{1,2}}\.?\s*(?:de\s+)?{_MONTH}"
    rf"\s*(?:de\s+)?(?:\d{{4}})?\s*(?:г\.?|yıl)?(?:[\s,]*{_WEEKDAY})?"
    rf"(?:{_JOIN}{_TIME}\s*(?:uhr|utc|gmt)?)?\W*$",
    re.IGNORECASE,
)


def is_date_only(line: str) -> bool:
    """Whether a short line is nothing but a date in one of these languages (with its
    weekday and a clock time, if any)."""
    text = line.strip()
    return len(text) < 70 and _DATE_ONLY.match(text) is not None
