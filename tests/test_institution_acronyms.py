"""Institutions whose names hold an acronym ("UN Development Programme", UNDP), whose names
the small model cuts at "for the", and acronyms of a name after its parent body's words
("United Nations Office for the Coordination of Humanitarian Affairs (OCHA)").

Every corpus here is written for the test and goes through the real annotator and resolver.
"""

from __future__ import annotations

from crosscheck.annotate.acronyms import abbreviates
from crosscheck.resolve.names import acronym
from text_builders import entities_by_alias


def test_an_acronym_inside_a_name_gives_all_its_letters() -> None:
    assert abbreviates("UNDP", ["UN", "Development", "Programme"])
    assert abbreviates("UNHCR", ["UN", "High", "Commissioner", "for", "Refugees"])
    assert not abbreviates("UNDP", ["Development", "Programme"])
    kept = frozenset({"un"})
    assert acronym(("un", "high", "commissioner", "for", "refugees"), kept) == "unhcr"
    assert acronym(("un", "high", "commissioner", "for", "refugees")) == "hcr", "French un"


def test_a_name_cut_at_for_the_is_one_institution(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) put the"
        " toll at 11,300 on Monday.",
        "OCHA said 10,000 people were still missing in the flooded city.",
        "The UN Office for the Coordination of Humanitarian Affairs said aid was on its way.",
        "The UN Development Programme (UNDP) and the World Food Programme said they were ready.",
    )
    office = by_alias["United Nations Office for the Coordination of Humanitarian Affairs"]
    assert by_alias["OCHA"].id == office.id
    assert by_alias["UN Office for the Coordination of Humanitarian Affairs"].id == office.id
    assert by_alias["UNDP"].id == by_alias["UN Development Programme"].id
    assert by_alias["World Food Programme"].id not in {office.id, by_alias["UNDP"].id}


def test_two_organisations_joined_by_for_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Officials read a letter from the Foreign Ministry for the United Nations on Monday,"
        " and the Health Ministry for the European Union.",
    )
    assert "Foreign Ministry for the United Nations" not in by_alias
    assert "Health Ministry for the European Union" not in by_alias


def test_a_country_before_or_after_an_institution_and_its_own_language_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Ukrainian Security Service (SBU) said the agents were caught on Monday.",
        "The SBU also said the Security Service of Ukraine had arrested two people.",
        "Russia's Federal Security Service said it had foiled a plot in Moscow.",
    )
    sbu = by_alias["Ukrainian Security Service"]
    assert by_alias["Security Service of Ukraine"].id == sbu.id
    assert by_alias["SBU"].id == sbu.id
    assert by_alias["Federal Security Service"].id != sbu.id


def test_a_national_news_agency_under_its_names() -> None:
    from crosscheck.resolve.news_agencies import agency_of, organisation_key

    def agency(name: str) -> tuple[str, int] | None:
        return agency_of(organisation_key(name))

    assert agency("Moroccan News Agency") == agency("MAP") == agency("Maghreb Arabe Presse")
    assert agency("Libyan state news agency") == agency("LANA")
    assert agency("Qatar News Agency") != agency("MAP")
    assert agency("Russian News Agency") is None, "TASS or RIA: two state agencies"
    assert agency("Petra") is None, "a city, not the agency"


def test_a_country_news_agency_joins_the_agency_the_story_names(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The official Maghreb Arabe Presse agency said 2,000 people had died on Saturday.",
        "The toll rose to 2,500, the Moroccan News Agency reported on Sunday.",
        "The Qatar News Agency said a Qatari rescue team had landed in Marrakech.",
    )
    map_id = by_alias["Maghreb Arabe Presse"].id
    assert by_alias["Moroccan News Agency"].id == map_id
    assert by_alias["Qatar News Agency"].id != map_id
