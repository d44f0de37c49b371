"""A district named with a compass word before or after it, in English or French, is one
place ("Rukum West" / "West Rukum" / "Western Rukum" / "Rukum Ouest"); a French "province de
X" is "X Province"; countries and regions the gazetteer knows keep their own words."""

from __future__ import annotations

from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.place_directions import direction_key, french_place_in_english
from text_builders import entities_by_alias


def _key(name: str) -> str | None:
    return direction_key(name_tokens(name), name)


def test_one_compass_word_in_any_form_or_place() -> None:
    assert _key("Rukum West") == _key("West Rukum") == _key("Western Rukum") == "west rukum"
    assert _key("Rukum West district") == "west rukum"
    assert _key("Rukum East") != _key("Rukum West")
    assert _key("Rukum") is None, "the bare name may be another place"
    assert _key("South Africa") is None, "a country keeps its name"
    assert _key("Southern Africa") != _key("South Africa")
    assert _key("North West Province") is None, "two compass words say too much"


def test_french_place_names_read_in_english() -> None:
    assert french_place_in_english("province de Karnali") == "Karnali Province"
    assert french_place_in_english("district de Jajarkot") == "Jajarkot District"
    assert french_place_in_english("Rukum Ouest") == "Rukum West"
    assert french_place_in_english("Katmandou") is None
    assert french_place_in_english("province de la région") is None, "no name after the head"


def test_the_district_in_english_wordings(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Officials in Rukum West said 52 people had died.",
        "Officials in West Rukum said 52 people had died and 85 were injured.",
        "In Western Rukum, survivors spent the night outside in the cold.",
        "Officials in Rukum East said no one had died.",
    )
    district = by_alias["Rukum West"]
    assert by_alias["West Rukum"].id == district.id
    assert by_alias["Western Rukum"].id == district.id
    assert by_alias["Rukum East"].id != district.id


def test_the_bare_name_is_the_storys_only_compass_worded_place(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Officials in Rukum West said 52 people had died.",
        "The quake killed at least 20 people in Rukum district, police said.",
        "Hospitals in Rukum were overcrowded on Saturday.",
    )
    assert by_alias["Rukum"].id == by_alias["Rukum West"].id


def test_the_bare_name_stays_apart_beside_two_directions(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Officials in Rukum West said 52 people had died.",
        "Officials in Rukum East said no one had died.",
        "Hospitals in Rukum were overcrowded on Saturday.",
    )
    assert by_alias["Rukum"].id not in (by_alias["Rukum West"].id, by_alias["Rukum East"].id)


def test_a_known_place_keeps_apart_from_its_compass_worded_part(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Police closed roads in East Jerusalem on Friday.",
        "Crowds gathered in Jerusalem on Saturday.",
    )
    assert by_alias["Jerusalem"].id != by_alias["East Jerusalem"].id


def test_a_range_with_a_french_height_word_is_the_storys_only_range_of_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert french_place_in_english("Haut Atlas") == "High Atlas"
    assert _key("High Atlas Mountains") == _key("High Atlas") == "high atlas"
    by_alias = entities_by_alias(
        nlp,
        "The earthquake killed more than 2,000 people in the Atlas Mountains on Friday night.",
        "Les deux provinces sont des zones rurales montagneuses au coeur du Haut Atlas, selon le"
        " ministère de l'Intérieur.",
    )
    assert by_alias["Haut Atlas"].id == by_alias["Atlas Mountains"].id


def test_a_range_stays_apart_when_the_story_names_two_of_its_parts(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The earthquake killed more than 2,000 people in the Atlas Mountains on Friday night.",
        "Les villages du Haut Atlas sont coupés du monde, et les routes du Moyen Atlas sont"
        " fermées, selon le ministère de l'Intérieur.",
    )
    atlas = by_alias["Atlas Mountains"].id
    assert atlas not in (by_alias["Haut Atlas"].id, by_alias["Moyen Atlas"].id)


def test_a_height_word_joins_a_bare_name_only_for_a_mountain_range(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Fighting was reported in Upper Nile state on Monday, officials in Malakal said.",
        "Barges on the Nile carried food to the displaced on Tuesday.",
    )
    assert by_alias["Nile"].id != by_alias["Upper Nile"].id
