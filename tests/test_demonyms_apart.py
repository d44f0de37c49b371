"""A nationality word names a people, not its country: "Syrian" and "Syria" are two entities,
and a country is not its capital ("Kuwait" / "Kuwait City"). Corpora are written for the test
and go through the real annotator."""

from __future__ import annotations

from crosscheck.resolve.names import is_demonym
from text_builders import entities_by_alias


def test_nationality_words_are_recognised() -> None:
    assert is_demonym("Afghan")
    assert is_demonym("Syrians")
    assert is_demonym("Moroccan")
    assert not is_demonym("Afghanistan")
    assert not is_demonym("Morocco")
    assert not is_demonym("Kuwait City")


def test_a_demonym_stays_apart_from_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Kuwait said on Monday it would send aid to Libya. Libyan officials thanked the"
        " Kuwaiti government, and Syrian rescue teams arrived in Derna.",
        "Syria sent doctors to Libya on Tuesday. A Syrian doctor said the hospital in Derna"
        " was full. A plane left Kuwait City with tents.",
    )
    assert by_alias["Libya"].id != by_alias["Libyan"].id
    assert by_alias["Syria"].id != by_alias["Syrian"].id
    assert by_alias["Kuwait"].id != by_alias["Kuwaiti"].id
    assert by_alias["Kuwait"].id != by_alias["Kuwait City"].id
    assert by_alias["Syrian"].type == "NORP", "a nationality is typed as one"
    assert by_alias["Syrian"].name == "Syrian", "and named as written, not as its country"
