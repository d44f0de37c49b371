"""Dates and weekdays written in Spanish, Portuguese, Italian, French, German, Turkish and
Arabic."""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import annotate_text
from crosscheck.annotate.timex import find_time_expressions

REF = date(2024, 10, 31)  # a Thursday


def _found(text: str, reference: date | None = REF) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_time_expressions(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Las lluvias del 29 de octubre dejaron decenas de muertos.",
            ("29 de octubre", "2024-10-29"),
        ),
        ("El martes 29 de octubre cayeron 400 litros.", ("martes 29 de octubre", "2024-10-29")),
        ("Em 3 de novembro de 2023 houve um sismo.", ("3 de novembro de 2023", "2023-11-03")),
        ("Il 30 ottobre il governo ha deciso.", ("30 ottobre", "2024-10-30")),
        ("Vendredi 26 juillet, le président a parlé.", ("Vendredi 26 juillet", "2024-07-26")),
        ("Das Unwetter am 29. Oktober war schwer.", ("29. Oktober", "2024-10-29")),
        ("Deprem 29 Ekim 2023 tarihinde oldu.", ("29 Ekim 2023", "2023-10-29")),
        ("Le sommet du 1er mai a été annulé.", ("1er mai", "2024-05-01")),
    ],
)
def test_day_and_month_names_are_resolved_dates(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_a_written_weekday_settles_the_year() -> None:
    # 26 July was a Friday in 2024, and 28 July a Friday in 2023.
    assert _found("Vendredi 28 juillet, le président a parlé.", date(2024, 1, 20)) == [
        ("Vendredi 28 juillet", "2023-07-28")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Entre los 29 de los 62 muertos había niños.",
        "Mayo dijo que la ayuda llegó tarde.",
        "Plácido Domingo cantó en Valencia.",
        "Freitag sagte, die Lage sei ernst.",
        "The 29 de facto rulers met.",
    ],
)
def test_names_and_numbers_that_are_no_dates(text: str) -> None:
    assert _found(text) == []


def test_the_day_of_a_foreign_date_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Las lluvias del 29 de octubre dejaron 62 muertos en Valencia."
    annotated = annotate_text(nlp, text, published="2024-10-31")
    values = [v for c in annotated.claims for v in c.values]
    assert [v.value for v in values if v.kind == "quantity"] == ["62"]
    assert "2024-10-29" in {v.value for v in values if v.kind == "date"}


def test_two_days_of_one_month_are_two_dates() -> None:
    assert _found("Las lluvias del 29 al 31 de octubre.") == [
        ("29", "2024-10-29"),
        ("31 de octubre", "2024-10-31"),
    ]
    assert _found("la nuit du mardi 29 au mercredi 30 octobre") == [
        ("29", "2024-10-29"),
        ("mercredi 30 octobre", "2024-10-30"),
    ]
    # A count before a date is no first day: "62 y 3 de octubre" does not run backwards.
    assert _found("Hubo 62 y 3 de octubre.") == [("3 de octubre", "2024-10-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أدى مادورو اليمين في 10 يناير 2025 لولاية ثالثة.", ("10 يناير 2025", "2025-01-10")),
        ("وصل الوفد إلى مسقط في 3 آب لإجراء المحادثات.", ("3 آب", "2024-08-03")),
        ("انعقد الاجتماع في 12 تشرين الأول في بغداد.", ("12 تشرين الأول", "2024-10-12")),
        ("وقع الزلزال في 8 اغسطس الماضي.", ("8 اغسطس", "2024-08-08")),
    ],
)
def test_arabic_day_and_month_names_are_read(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_an_arabic_month_name_alone_is_no_date() -> None:
    # "مارس" is also the verb "practised": a month name without its day is never read
    assert _found("مارس الضغط على الحكومة لسنوات.") == []
