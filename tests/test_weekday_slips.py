"""A weekday written with its date that the calendar does not bear out ("lunes 8 de abril" in
April 2025, a Tuesday) is a date conflict with the outlets that give the calendar's weekday;
weekdays that agree with the calendar, or a slip no other outlet contradicts, are no
finding."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.annotate.timex import find_time_expressions
from crosscheck.claims.weekday_slips import StatedWeekday, weekday_of
from crosscheck.records import Finding, Span
from outlet_stories import findings_by_case

STORY = "Santo Domingo.\n\n{sentence} Dozens of people died in the collapse.\n"


def _stated(text: str, published: date) -> StatedWeekday:
    (time,) = [t for t in find_time_expressions(text, published) if t.day is not None]
    weekday = weekday_of(time.text)
    assert weekday is not None and time.day is not None
    span = Span(article="a", start=0, end=len(text), text=text)
    return StatedWeekday(time.day, weekday, span, time.text)


def test_a_weekday_the_calendar_does_not_bear_out_is_a_slip() -> None:
    assert _stated("El techo cayó el lunes 8 de abril.", date(2025, 4, 8)).slip
    assert not _stated("El techo cayó el martes 8 de abril.", date(2025, 4, 8)).slip
    assert not _stated("The roof fell on Tuesday, April 8, 2025.", date(2025, 4, 9)).slip


def test_weekday_names_of_several_languages_are_read() -> None:
    assert weekday_of("terça-feira") == 1
    assert weekday_of("mercredi 23 août") == 2
    assert weekday_of("Selasa") == 1
    assert weekday_of("8 de abril") is None


CASES = {
    "slip against two outlets": [
        "El techo se desplomó en la madrugada de este lunes 8 de abril, durante un concierto.",
        "Na madrugada desta terça-feira (8), o teto desabou durante um show.",
        "The roof collapsed early on Tuesday, April 8, during a concert.",
    ],
    "every weekday right": [
        "El techo se desplomó en la madrugada de este martes 8 de abril.",
        "The roof collapsed early on Tuesday, April 8, during a concert.",
    ],
    "a slip nobody contradicts": [
        "El techo se desplomó en la madrugada de este lunes 8 de abril.",
        "The roof collapsed early on Tuesday during a concert.",
    ],
    "a bracketed day that is not the weekday's": [
        "El techo se desplomó en la madrugada de este lunes 8 de abril.",
        "Na madrugada desta terça-feira (9), o teto desabou.",
    ],
}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    return findings_by_case(tmp_path_factory, STORY, CASES, "date_conflict", "2025-04-08")


def test_a_slip_against_the_calendar_conflicts_with_outlets_giving_the_right_day(
    found: dict[str, list[Finding]],
) -> None:
    (finding,) = found["slip against two outlets"]
    assert "a Tuesday by the calendar" in finding.summary
    sides = {v.value: len(v.articles) for v in finding.values}
    assert sides == {"Monday": 1, "Tuesday": 2}


@pytest.mark.parametrize(
    "case",
    [
        "every weekday right",
        "a slip nobody contradicts",
        "a bracketed day that is not the weekday's",
    ],
)
def test_no_weekday_conflict_without_an_outlet_giving_the_calendars_day(
    found: dict[str, list[Finding]], case: str
) -> None:
    assert not [f for f in found[case] if "weekday" in f.summary]
