"""A facility named by its city ("Marrakech University Hospital") is the one facility of that
kind the story places in that city ("Mohammed VI University Hospital Center in
Marrakesh"); with two such facilities in the city, the city's name says too little."""

from __future__ import annotations

from text_builders import entities_by_alias

_NAMED = (
    "King Mohammed VI visited the Mohammed VI University Hospital Center in Marrakesh on"
    " Tuesday, where he gave blood for the injured."
)
_BY_CITY = (
    "Rescuers in Marrakech worked through the night. Many victims were admitted to the"
    " Marrakech University Hospital on Tuesday."
)


def test_the_city_named_facility_is_the_one_placed_in_that_city(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(nlp, _NAMED, _BY_CITY)
    hospital = by_alias["Mohammed VI University Hospital Center"]
    assert by_alias["Marrakech University Hospital"].id == hospital.id
    assert by_alias["Mohammed VI"].id != hospital.id


def test_two_facilities_of_that_kind_in_the_city_keep_it_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        _NAMED,
        _BY_CITY,
        "Others were taken to the Ibn Tofail University Hospital in Marrakesh on Tuesday.",
    )
    by_city = by_alias["Marrakech University Hospital"].id
    assert by_city != by_alias["Mohammed VI University Hospital Center"].id
    assert by_city != by_alias["Ibn Tofail University Hospital"].id
