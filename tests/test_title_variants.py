"""A title before a name is no part of it, in English abbreviations and in other languages
(`resolve.honorifics.FOREIGN_TITLES`): texts written for the test, with near misses."""

from __future__ import annotations

from crosscheck.resolve.honorifics import HONORIFICS
from crosscheck.resolve.names import person_name_tokens
from text_builders import entities_by_alias

_MODI = (
    "Indian Prime Minister Narendra Modi offered help to Nepal after the earthquake.",
    "PM Modi said on Sunday that India would send relief to the districts that were hit.",
)
_TWO_MODIS = (
    "Indian Prime Minister Narendra Modi offered help to Nepal after the earthquake.",
    "The cricket official Lalit Modi also sent a message to the families of the victims.",
    "PM Modi said on Sunday that India would send relief to the districts that were hit.",
)
_MOTORS = (
    "General Motors said on Monday that its sales fell, and Mary Barra, who leads the firm, "
    "said so too.",
    "Barra told analysts that General Motors would cut costs in the coming year.",
)


def test_titles_in_other_languages_are_stripped_for_matching() -> None:
    assert person_name_tokens("général Tiani") == ("tiani",)
    assert person_name_tokens("el presidente Sánchez") == ("sanchez",)
    assert person_name_tokens("Bundeskanzler Scholz") == ("scholz",)
    assert person_name_tokens("Frau Merkel") == ("merkel",)
    assert person_name_tokens("Presidente") == ("presidente",), "a title alone stays itself"
    assert not {"alcalde", "coronel", "don"} & HONORIFICS, "also surnames or given names"


def test_pm_before_a_surname_joins_the_one_person_of_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_MODI)
    assert entities["PM Modi"].type == "PERSON", "not an organisation called 'PM Modi'"
    assert entities["PM Modi"].id == entities["Narendra Modi"].id


def test_pm_before_a_surname_two_people_share_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_TWO_MODIS)
    assert entities["Narendra Modi"].id != entities["Lalit Modi"].id
    assert entities["PM Modi"].id not in (entities["Lalit Modi"].id,), (
        "never joined to the other Modi"
    )


def test_a_company_named_with_a_title_word_stays_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_MOTORS)
    assert entities["General Motors"].type == "ORG"
    assert entities["General Motors"].id != entities["Mary Barra"].id


_KING = (
    "King Felipe VI and Queen Letizia visited the flooded town of Paiporta on Sunday.",
    "El rey Felipe llegó a Paiporta el domingo y habló con los vecinos durante una hora.",
)
_TWO_FELIPES = (
    "King Felipe VI visited the flooded town of Paiporta on Sunday with the queen.",
    "Former prime minister Felipe González said the response had been too slow.",
    "El rey Felipe llegó a Paiporta el domingo y habló con los vecinos durante una hora.",
)


def test_a_kings_given_name_after_a_title_joins_his_regnal_name(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_KING)
    assert entities["Felipe"].id == entities["King Felipe VI"].id


def test_a_given_name_two_people_bear_stays_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_TWO_FELIPES)
    assert entities["King Felipe VI"].id != entities["Felipe González"].id
    assert entities["Felipe"].id != entities["King Felipe VI"].id, "also Felipe González's name"


_VILLAGER = (
    "King Mohammed VI ordered the army to help the villages hit by the earthquake.",
    "In the village, a farmer named Mohammed said that the army came on the second day only.",
)


def test_a_given_name_without_a_regnal_title_stays_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(nlp, *_VILLAGER)
    king = next(e for e in entities.values() if "Mohammed VI" in e.aliases)
    assert "Mohammed" not in king.aliases, "a farmer named Mohammed is not the king"
