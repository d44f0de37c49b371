"""Bare weekdays in other languages, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.annotate.timex import find_time_expressions

THURSDAY = date(2024, 10, 31)


def _found(text: str, reference: date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_time_expressions(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El martes cayeron 400 litros en Chiva.", ("martes", "2024-10-29")),
        ("Mazón compareció este lunes ante la prensa.", ("lunes", "2024-10-28")),
        ("O governo reuniu-se na terça-feira em Lisboa.", ("terça-feira", "2024-10-29")),
        ("No domingo, a chuva voltou.", ("domingo", "2024-10-27")),
        ("Der Krisenstab tagte am Dienstag in Valencia.", ("Dienstag", "2024-10-29")),
        ("Am Dienstagabend stieg das Wasser.", ("Dienstagabend", "2024-10-29")),
        ("Le président a parlé mardi à Valence.", ("mardi", "2024-10-29")),
        ("Il governo ha deciso martedì lo stato di emergenza.", ("martedì", "2024-10-29")),
        ("اجتمع الوزراء يوم الثلاثاء في مسقط", ("يوم الثلاثاء", "2024-10-29")),
        ("Bakanlar Salı günü toplandı.", ("Salı günü", "2024-10-29")),
        # The publication day itself is the latest such day on or before it.
        ("El jueves se suspendieron las clases.", ("jueves", "2024-10-31")),
        # A weekday after the publication day's is last week's.
        ("El viernes se activó la alerta.", ("viernes", "2024-10-25")),
    ],
)
def test_a_bare_weekday_is_the_latest_such_day_before_publication(
    text: str, expected: tuple[str, str]
) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El próximo martes habrá un pleno.", "2024-11-05"),
        ("Le conseil se réunira mardi prochain.", "2024-11-05"),
        ("El pasado jueves llovió.", "2024-10-24"),
        ("Sabato scorso è piovuto a Roma.", "2024-10-26"),
        ("سيجتمع المجلس يوم الأحد المقبل", "2024-11-03"),
    ],
)
def test_words_for_next_and_last_move_the_day(text: str, expected: str) -> None:
    assert [value for _, value in _found(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Plácido Domingo cantó en Valencia.",
        "Freitag sagte, die Lage sei ernst.",
        "Domenica Rossi ha parlato ai giornalisti.",
        "The Mardi Gras parade was cancelled.",
    ],
)
def test_names_that_are_weekdays_elsewhere_are_no_dates(text: str) -> None:
    assert _found(text) == []


def test_a_weekday_with_its_date_is_read_once_as_that_date() -> None:
    assert _found("El martes 29 de octubre cayeron 400 litros.") == [
        ("martes 29 de octubre", "2024-10-29")
    ]


def test_without_a_publication_date_the_weekday_stays_underspecified() -> None:
    assert _found("El martes cayeron 400 litros.", None) == [("martes", "XXXX-WXX-2")]
