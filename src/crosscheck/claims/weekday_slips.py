"""A weekday written with its date, and whether the calendar bears it out: "la madrugada de este
lunes 8 de abril" in a report of April 2025 names a Monday that was a Tuesday; "Na madrugada
desta terça-feira (8)" names the day right.

Only a weekday written with its day number is read (a bare "on Monday" is dated by the reader
from the weekday itself, so it can never be wrong): the time expression holds a weekday and a
day of the month, or a bare weekday is followed by its day in brackets ("terça-feira (8)",
"Selasa (8/4)"). The year comes from the text or from the publication date, as the time
expression resolved it; a weekday that matches a year next to the publication's is read in
that year (`annotate.timex_dates`), so what is left is a slip of the writer's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crosscheck.annotate.timex_foreign import WEEKDAYS as FOREIGN_WEEKDAYS
from crosscheck.annotate.timex_foreign_weekdays import ARABIC_WEEKDAYS, TURKISH_WEEKDAYS
from crosscheck.records import AnnotatedArticle, Span, TimeMention

_ENGLISH = "monday tuesday wednesday thursday friday saturday sunday".split()
_INDONESIAN = "senin selasa rabu kamis jumat sabtu minggu".split()
WEEKDAY_NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(_ENGLISH)},
    **{name: number for number, name in enumerate(_INDONESIAN)},
    **FOREIGN_WEEKDAYS,
    **ARABIC_WEEKDAYS,
    **TURKISH_WEEKDAYS,
}
WEEKDAY_NAMES = _ENGLISH
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# "terça-feira (8)", "Selasa (8/4)": the day (and month) in brackets after a bare weekday.
_DAY_IN_BRACKETS = re.compile(
    r"\s*\((?P<day>3[01]|[12]\d|0?[1-9])(?:/(?P<month>1[0-2]|0?[1-9]))?\)"
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class StatedWeekday:
    """A weekday an article writes with its date, and the sentence that writes it."""

    day: date
    weekday: int  # 0 = Monday, as date.weekday()
    span: Span
    text: str  # the words naming the day

    @property
    def slip(self) -> bool:
        """Whether the calendar gives the date another weekday."""
        return self.day.weekday() != self.weekday


def weekday_of(text: str) -> int | None:
    """The weekday the words name, if exactly one weekday is named."""
    found = {
        number
        for word in _WORD.findall(text)
        if (number := WEEKDAY_NUMBERS.get(word.lower())) is not None
    }
    return found.pop() if len(found) == 1 else None


def stated_weekdays(annotated: AnnotatedArticle) -> list[StatedWeekday]:
    """Each weekday the article writes with its day number, with the day it names."""
    text = annotated.article.text
    found: list[StatedWeekday] = []
    for time in annotated.times:
        if time.kind != "DATE" or time.day is None:
            continue
        weekday = weekday_of(time.text)
        if weekday is None:
            continue
        words = _dated_words(time, text)
        if words is None:
            continue
        start, end = _sentence_bounds(annotated, time.start)
        span = Span(article=annotated.article.id, start=start, end=end, text=text[start:end])
        found.append(StatedWeekday(time.day, weekday, span, words))
    return found


def _dated_words(time: TimeMention, text: str) -> str | None:
    """The words naming the day when they give its day number: the expression itself, or a
    bare weekday with its day in brackets after it (which must be the day it was read as)."""
    if _DIGIT.search(time.text):
        return time.text
    bracket = _DAY_IN_BRACKETS.match(text, time.end)
    if bracket is None or time.day is None or int(bracket.group("day")) != time.day.day:
        return None
    month = bracket.group("month")
    if month is not None and int(month) != time.day.month:
        return None
    return text[time.start : bracket.end()]


def _sentence_bounds(annotated: AnnotatedArticle, offset: int) -> tuple[int, int]:
    for sentence in annotated.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset
