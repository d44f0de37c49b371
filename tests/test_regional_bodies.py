"""Regional organisations and national seismological agencies named in English, French or
by acronym are one organisation; their organs and look-alikes stay apart. A country written
"Niger Republic" is Niger. Texts written for the test, through the real annotator."""

from __future__ import annotations

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.international_bodies import body_named
from text_builders import entities_by_alias


def _key(text: str) -> str | None:
    named = body_named(text)
    return named.key if named else None


def test_regional_bodies_in_several_languages() -> None:
    ecowas = _key("ECOWAS")
    assert ecowas == "Economic Community of West African States"
    for form in ("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest"):
        assert _key(form) == ecowas, form
    assert _key("ECOWAS Commission") != ecowas, "an organ is not its organisation"
    assert _key("Centre allemand de recherche en géosciences") == _key("GFZ")
    assert _key("SADC") != ecowas and _key("ECCAS") != ecowas


def test_a_country_written_with_republic_after_it() -> None:
    assert country_of("Niger Republic") == "Niger"
    assert country_of("Nigerien Republic") is None, "a nationality word names no country"
    assert country_of("Weimar Republic") is None


def test_one_regional_bloc_across_english_and_french_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Economic Community of West African States gave the junta a week to step down."
        " ECOWAS leaders met in Abuja on Sunday.",
        "La CEDEAO a donné une semaine à la junte pour rendre le pouvoir, a annoncé la"
        " Communauté économique des États de l'Afrique de l'Ouest dimanche à Abuja.",
        "The ECOWAS Commission said its president would travel to Niamey on Monday.",
    )
    bloc = by_alias["Economic Community of West African States"].id
    assert by_alias["CEDEAO"].id == bloc
    assert by_alias["ECOWAS Commission"].id != bloc
