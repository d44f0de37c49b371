"""Numbers that name a thing (a model, a designation) are no counts, and a title-led name the
tagger calls a place is no place: neither may meet another outlet's value as a disagreement."""

from __future__ import annotations

from crosscheck.claims.values import entity_values, quantities
from crosscheck.records import Mention


def _counted(text: str) -> list[str]:
    return [v.value for v in quantities(text, 0, None, [])]


def test_model_designations_are_not_counts() -> None:
    text = "The flight, a Boeing 787-8 Dreamliner, was en route with 242 people on board."
    assert _counted(text) == ["242"]
    assert _counted("The Su-25 jets, 12 of them, flew over the town.") == ["12"]
    assert _counted("It was an Embraer Legacy 600.") == []


def test_counts_ages_and_ranges_stay_counts() -> None:
    assert _counted("A 40-year-old survived; 20-25 people were hurt.") == ["40", "20", "25"]
    assert _counted("In Paiporta 62 people died.") == ["62"]
    assert _counted("Flight 171 crashed, killing 241 people.") == ["171", "241"]


def test_a_title_led_name_is_no_place() -> None:
    text = "PM Modi held a review meeting in Gujarat."
    mentions = [
        Mention(article="a1", text="PM Modi", start=0, end=7, type="GPE", sentence=0),
        Mention(article="a1", text="Gujarat", start=33, end=40, type="GPE", sentence=0),
    ]
    values = entity_values(0, len(text), mentions, None, None)
    assert text[33:40] == "Gujarat"
    assert [v.value for v in values if v.kind == "place"] == ["Gujarat"]


def test_thousands_written_with_full_stops_are_thousands() -> None:
    assert _counted("Unas 100.000 personas marcharon por el centro.") == ["100000"]
    assert _counted("Es kamen 1.250.000 Menschen.") == ["1250000"]
    assert _counted("A magnitude 6.8 quake; it cost 3.25 dollars.") == ["6.8", "3.25"]
