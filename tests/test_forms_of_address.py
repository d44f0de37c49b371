"""A form of address ("Mr", "Mme") before a surname the story gives a person names that
person, even where the tagger calls the mention an organisation. Corpora are written for the
test and go through the real annotator."""

from __future__ import annotations

from text_builders import entities_by_alias

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
