"""Well-known international bodies named in English, French, Spanish and Arabic, by acronym or
by name, are one organisation; look-alikes stay apart. Corpora are written for the test and go
through the real annotator."""

from __future__ import annotations

import pytest

from crosscheck.resolve.international_bodies import body_named
from text_builders import entities_by_alias


def _key(text: str) -> str | None:
    named = body_named(text)
    return named.key if named else None


def test_names_and_acronyms_in_several_languages_read_as_one_body() -> None:
    who = _key("World Health Organization")
    assert who == "World Health Organization"
    for form in (
        "WHO",
        "OMS",
        "Organisation mondiale de la santé",
        "Organización Mundial de la Salud",
        "the World Health Organisation",
    ):
        assert _key(form) == who, form
    assert _key("Nations unies") == _key("ONU") == _key("UN") == "United Nations"
    assert _key("PAM") == _key("WFP") == _key("Programa Mundial de Alimentos")
    assert _key("Unicef") == _key("UNICEF"), "a long acronym may be written title-case"
    # free translations: the name's content words and its country, in any wording
    usgs = _key("USGS")
    assert usgs == "U.S. Geological Survey"
    assert _key("Servicio Geológico de Estados Unidos") == usgs
    assert _key("Servicio Geológico de EE.UU.") == usgs
    assert _key("Servicio Geológico estadounidense") == usgs
    assert _key("Institut d'études géologiques des États-Unis") == usgs


def test_look_alikes_name_no_body_or_another() -> None:
    assert _key("Who") is None, "a short acronym must be written in capitals"
    assert _key("Pam") is None
    assert _key("Geological Survey") is None, "a national body needs its country"
    assert _key("Servicio Geológico de México") is None
    assert _key("World Health") is None, "a name cut short is not the name"
    assert _key("Organisation mondiale de la santé animale") is None, "another body"
    assert _key("Security Council") is None, "countries have security councils too"
    assert _key("ICRC") != _key("Red Cross"), "the committee is not the movement"
    assert _key("IFRC") != _key("ICRC")


def test_national_societies_carry_their_country() -> None:
    libyan = _key("Libyan Red Crescent")
    assert libyan == "Red Crescent/Libya"
    assert _key("Croissant-Rouge libyen") == libyan
    assert _key("Libyan Red Crescent Society") == libyan
    assert _key("Moroccan Red Crescent") not in (libyan, None)
    assert _key("Red Crescent") == "Red Crescent/None"
    assert _key("American Red Cross") == "Red Cross/United States"


def _french_pipeline_or_skip() -> None:
    from crosscheck.annotate.mentions import french_pipeline

    if french_pipeline() is None:
        pytest.skip("the optional French pipeline is not installed")


def test_one_body_across_english_french_and_arabic_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    _french_pipeline_or_skip()
    by_alias = entities_by_alias(
        nlp,
        "The WHO said on Sunday that hospitals in Herat were full. The U.S. Geological Survey"
        " measured a magnitude of 6.3. The Afghan Red Crescent Society sent tents.",
        "L'Organisation mondiale de la santé a envoyé des médicaments. Selon l'Unicef, les"
        " enfants sont les plus touchés. Le Croissant-Rouge afghan a distribué des tentes.\n\n"
        "L'Institut d'études géologiques des États-Unis a mesuré une magnitude de 6,3.",
        "The USGS said the quake was shallow. UNICEF said children were most at risk.",
        "قالت منظمة الصحة العالمية إن المستشفيات في هرات مكتظة. وأعلن الهلال الأحمر الأفغاني"
        " توزيع الخيام.",
    )
    who = by_alias["WHO"]
    assert who.name == "World Health Organization", "named by its English name"
    assert by_alias["Organisation mondiale de la santé"].id == who.id
    assert by_alias["منظمة الصحة العالمية"].id == who.id
    usgs = by_alias["USGS"]
    assert by_alias["Institut d'études géologiques des États-Unis"].id == usgs.id
    assert by_alias["U.S. Geological Survey"].id == usgs.id
    society = by_alias["Afghan Red Crescent Society"]
    assert by_alias["Croissant-Rouge afghan"].id == society.id
    assert by_alias["الهلال الأحمر الأفغاني"].id == society.id
    assert by_alias["Unicef"].id == by_alias["UNICEF"].id
    assert by_alias["Unicef"].type == "ORG", "a body the tagger took for a place"
    assert len({who.id, usgs.id, society.id, by_alias["UNICEF"].id}) == 4
    evidence = next(m for m in usgs.merges if m.kind == "international body")
    assert "gazetteer of international bodies" in evidence.detail


def test_two_national_societies_keep_the_bare_name_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Libyan Red Crescent said 400 bodies had been recovered in Derna. The Egyptian Red"
        " Crescent sent a convoy across the border.",
        "Volunteers of the Red Crescent searched the coast on Friday.",
    )
    libyan, egyptian = by_alias["Libyan Red Crescent"], by_alias["Egyptian Red Crescent"]
    assert libyan.id != egyptian.id
    assert by_alias["Red Crescent"].id not in (libyan.id, egyptian.id), "which one is unsaid"


def test_the_bare_movement_joins_the_only_national_society(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Libyan Red Crescent said 400 bodies had been recovered in Derna on Thursday.",
        "Volunteers of the Red Crescent searched the coast near Derna on Friday.",
    )
    assert by_alias["Red Crescent"].id == by_alias["Libyan Red Crescent"].id


def test_a_free_translation_looks_for_its_country_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words naming a country are found once per name, not once per body of the
    gazetteer; the reading is the same as body by body."""
    from crosscheck.resolve import international_bodies as bodies

    calls: list[str] = []
    real = bodies._country_word

    def counted(word: str) -> str | None:
        calls.append(word)
        return real(word)

    monkeypatch.setattr(bodies, "_country_word", counted)
    bodies.body_named.cache_clear()
    try:
        named = bodies.body_named("Servicio Geológico estadounidense")
        assert named is not None and named.key == "U.S. Geological Survey"
        assert len(calls) <= 3, calls
        calls.clear()
        # near miss: the same words with no country name no body, still in one pass
        assert bodies.body_named("Servicio Geológico") is None
        assert len(calls) <= 2, calls
    finally:
        bodies.body_named.cache_clear()
