"""Typed claim values: quantities keep their number, bounds and unit; weekdays, dates, places
and participants are values of their own."""

from __future__ import annotations

from datetime import date

from claims_helpers import annotate_text
from crosscheck.records import AnnotatedArticle, ClaimValue


def _values(annotated: AnnotatedArticle, kind: str) -> list[ClaimValue]:
    return [v for c in annotated.claims for v in c.values if v.kind == kind]


def test_more_than_is_a_lower_bound_and_differs_from_the_exact_number(nlp) -> None:  # type: ignore[no-untyped-def]
    more = _values(
        annotate_text(nlp, "More than 1,400 people were killed in the fighting."), "quantity"
    )
    exact = _values(
        annotate_text(nlp, "Exactly 1,400 people were killed in the fighting."), "quantity"
    )
    assert [(v.value, v.low, v.high, v.unit) for v in more] == [("1400", 1400, None, "killed")]
    assert [(v.value, v.low, v.high) for v in exact] == [("1400", 1400, 1400)]


def test_three_thousand_and_three_hundred_are_different_values(nlp) -> None:  # type: ignore[no-untyped-def]
    big = _values(
        annotate_text(nlp, "The ministry said 3,000 people were killed in the city."), "quantity"
    )
    small = _values(
        annotate_text(nlp, "The ministry said 300 people were killed in the city."), "quantity"
    )
    assert big[0].value == "3000" and small[0].value == "300"
    assert big[0].unit == small[0].unit == "killed"
    assert big[0].low != small[0].low


def test_at_least_and_vague_plurals(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "At least 24 people were killed on the road.\nHundreds of residents fled the town overnight.",
    )
    values = _values(annotated, "quantity")
    at_least = next(v for v in values if v.text == "At least 24")
    assert (at_least.low, at_least.high, at_least.unit) == (24, None, "killed")
    hundreds = next(v for v in values if v.text == "Hundreds")
    assert hundreds.approximate and (hundreds.low, hundreds.high) == (200, 999)


def test_counted_things_keep_their_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    values = _values(
        annotate_text(nlp, "Israeli jets struck six air bases across the country."), "quantity"
    )
    assert [(v.value, v.unit) for v in values] == [("6", "air bases")]


def test_years_are_dates_not_quantities(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(nlp, "The two countries signed the agreement in 1974 in Geneva.")
    assert "1974" not in {v.value for v in _values(annotated, "quantity")}
    assert "1974" in {v.value for v in _values(annotated, "date")}


def test_weekday_and_resolved_date(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "Syrian and Israeli officials met in Baku on Saturday to discuss the border."
    )
    assert [v.value for v in _values(annotated, "weekday")] == ["saturday"]
    assert date(2025, 7, 12).isoformat() in {v.value for v in _values(annotated, "date")}
    assert "Baku" in {v.value for v in _values(annotated, "place")}


def test_participants_are_arguments_of_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(nlp, "Ron Dermer met Asaad al-Shaibani in Baku on Saturday.")
    people = {v.value for v in _values(annotated, "person")}
    assert {"Ron Dermer", "Asaad al-Shaibani"} <= people
    for value in _values(annotated, "person"):
        assert annotated.mentions[value.mention or 0].text == value.value
