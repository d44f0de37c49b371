"""A nationality word names a people or qualifies a noun; a reader keeps it apart from its
country ("Nigerien" is not "Niger") while the country's own names still merge. Corpora are
written for the test and go through the real annotator."""

from __future__ import annotations

from crosscheck.resolve.names import demonym_country
from text_builders import entities_by_alias


def test_demonym_country_reads_plural_and_accented_forms() -> None:
    assert demonym_country("Nigeriens") == "Niger"
    assert demonym_country("nigérien") == "Niger"
    assert demonym_country("Afghans") == "Afghanistan"
    assert demonym_country("Niger") is None
    assert demonym_country("Republic of Niger") is None


def test_demonyms_stay_apart_from_their_country(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Niger said on Wednesday that the soldiers had left. Many Nigeriens stayed home.",
        "The Republic of Niger closed its borders. A Nigerien official said the army was calm.",
        "Moroccan rescuers reached the villages. Morocco accepted help from Spain.",
    )
    assert by_alias["Niger"].id == by_alias["Republic of Niger"].id, "the country's names merge"
    assert by_alias["Nigerien"].id != by_alias["Niger"].id
    assert by_alias["Moroccan"].id != by_alias["Morocco"].id
    assert by_alias["Nigerien"].name != "Niger", "a people is not named after its country"


_DETENTION = (
    "ECOWAS condemned the illegal detention of Mr {0}, members of his family and government"
    " officials. The bloc added that it would not accept any purported resignation from Mr {0}."
)


def test_a_form_of_address_before_a_known_surname_names_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Soldiers detained President Mohamed Bazoum in Niamey on Wednesday.",
        _DETENTION.format("Bazoum"),
    )
    person = by_alias["Mohamed Bazoum"]
    assert by_alias["Mr Bazoum"].id == person.id
    assert person.name == "Mohamed Bazoum", "the full name, not the form of address, names him"


def test_a_form_of_address_alone_is_no_evidence_of_a_known_person(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Soldiers detained President Mohamed Bazoum in Niamey on Wednesday.",
        _DETENTION.format("Kalvo"),
    )
    assert not any("Kalvo" in alias for alias in by_alias["Mohamed Bazoum"].aliases)
