"""One official's given name spelt two ways joins only when the surname, the stated role and
the place agree; a close name with another role or place, or written beside the other in
one sentence, is another person."""

from __future__ import annotations

from text_builders import entities_by_alias

_NARVARAJ = (
    "The earthquake killed at least 20 people in Rukum district, police official Narvaraj"
    " Bhattarai said over the telephone on Saturday."
)


def test_close_given_names_with_one_role_and_place_join(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        _NARVARAJ,
        "Five people of one family have died, Namaraj Bhattarai, a police official in the"
        " neighbouring Rukum district, told reporters on Saturday.",
    )
    assert by_alias["Narvaraj Bhattarai"].id == by_alias["Namaraj Bhattarai"].id


def test_another_role_keeps_a_close_name_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        _NARVARAJ,
        "Narayan Bhattarai, a spokesman for the ministry in Rukum district, said aid was on"
        " its way.",
        "Namaraj Bhattarai, a teacher in Rukum district, said the school had collapsed.",
    )
    assert by_alias["Narayan Bhattarai"].id != by_alias["Narvaraj Bhattarai"].id
    assert by_alias["Namaraj Bhattarai"].id != by_alias["Narvaraj Bhattarai"].id


def test_another_place_keeps_a_close_name_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        _NARVARAJ,
        "In Dolpa, police official Namaraj Bhattarai said two people were missing on Saturday.",
    )
    assert by_alias["Namaraj Bhattarai"].id != by_alias["Narvaraj Bhattarai"].id


def test_two_close_names_in_one_sentence_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "In Rukum district, police official Narvaraj Bhattarai and police official Namaraj"
        " Bhattarai led the search on Saturday.",
    )
    assert by_alias["Namaraj Bhattarai"].id != by_alias["Narvaraj Bhattarai"].id
