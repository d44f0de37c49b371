"""Name variants merged across outlets and languages (issue #11): a country written as the
initials of its name in another language, a nationality word in Arabic script, a name with a
short word glued on by a lost space; each with the names a reader keeps apart.

Every corpus here is written for the test and goes through the real annotator (the small
English spaCy model) and resolver.
"""

from __future__ import annotations

from crosscheck.resolve.added_fields import without_added_field
from crosscheck.resolve.arabic_demonyms import demonym_stem_key, nisba_stem
from crosscheck.resolve.country_initials import country_initials
from crosscheck.resolve.glued_words import unglued
from text_builders import entities_by_alias


def test_country_initials_in_any_language_the_gazetteer_knows() -> None:
    assert country_initials("RD") == {"Dominican Republic"}  # República Dominicana
    assert country_initials("EAU") == {"United Arab Emirates"}  # Émirats arabes unis
    assert country_initials("SA") == {"Saudi Arabia", "South Africa"}
    assert country_initials("Rd") == frozenset(), "capitals only"
    assert country_initials("ABCDEF") == frozenset()


def test_a_country_abbreviated_in_a_spanish_dateline_joins_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The roof of the hall collapsed in the Dominican Republic on Tuesday, killing dozens."
        " The Dominican Republic declared three days of mourning.",
        "Santo Domingo, RD. El techo de la sala se derrumbó el martes. La República Dominicana"
        " decretó tres días de duelo nacional.",
    )
    assert "RD" in by_alias
    assert by_alias["RD"].id == by_alias["Dominican Republic"].id
    assert by_alias["República Dominicana"].id == by_alias["Dominican Republic"].id


def test_an_international_body_is_not_a_country_with_its_initials(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Los Estados Unidos enviaron ayuda. The United States sent two rescue teams to the"
        " port on Monday, and the EU pledged money for the families.",
        "The EU said it would send experts. The United States said its teams had arrived.",
    )
    assert "EU" in by_alias and "United States" in by_alias
    assert by_alias["EU"].id != by_alias["United States"].id


def test_two_countries_of_the_story_with_the_same_initials_leave_the_acronym_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Saudi Arabia and South Africa sent rescue teams to the port on Monday.",
        "Teams from SA arrived at the port on Tuesday, officials from Saudi Arabia said.",
    )
    if "SA" in by_alias:
        assert by_alias["SA"].id not in {by_alias["Saudi Arabia"].id, by_alias["South Africa"].id}


def test_arabic_nisba_and_latin_demonym_share_a_stem() -> None:
    assert nisba_stem("الدومينيكي") == "الدومينيك"
    assert nisba_stem("السوريون") == "السور"
    assert nisba_stem("بيت") is None
    assert demonym_stem_key("Dominicans") == "dmnk"
    assert demonym_stem_key("Dominican Republic") is None, "a country's name, not a people"


def test_a_nationality_word_in_arabic_joins_the_english_one(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Dominicans mourned the victims on Wednesday. Many Dominicans lit candles outside the"
        " hall, and Dominicans abroad sent money.",
        "وقال الرئيس: نشعر بالحزن إزاء هذه المأساة التي حلت بالشعب الدومينيكي يوم الثلاثاء.",
    )
    assert "الدومينيكي" not in by_alias, "the joined article is not part of the name"
    assert by_alias["دومينيكي"].id == by_alias["Dominicans"].id


def test_a_word_without_a_nisba_ending_is_not_a_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Dominicans mourned the victims on Wednesday. Many Dominicans lit candles outside the"
        " hall, and Dominicans abroad sent money.",
        # "Dominica" the island: no nisba ending
        "وصل فريق الإنقاذ إلى الدومينيك يوم الأربعاء بعد رحلة طويلة، وبدأ العمل فوراً في الميناء.",
    )
    assert "الدومينيك" not in by_alias and "دومينيك" not in by_alias


def test_a_function_word_glued_to_a_name() -> None:
    assert unglued("Nicolas Maduroas") == ["nicolas maduro"]
    assert unglued("Pedro Sánchezà") == ["pedro sanchez"]
    assert unglued("Maduroas") == [], "a single word may be another name"
    assert unglued("Paul Thomasa") == [], "a bare 'a' makes other names"


def test_a_name_with_a_glued_word_joins_the_name_the_story_repeats(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "President Nicolas Maduro said the results were final. Nicolas Maduro thanked voters.",
        "Nicolas Maduro claimed victory on Monday. Critics said Nicolas Maduro lost.",
        "The council, which declared Nicolas Maduroas winner, published no tallies.",
        "Opposition leader Maria Lopez said the count was wrong.",
    )
    assert "Nicolas Maduroas" in by_alias
    assert by_alias["Nicolas Maduroas"].id == by_alias["Nicolas Maduro"].id
    assert by_alias["Maria Lopez"].id != by_alias["Nicolas Maduro"].id


def test_a_nationality_word_is_not_read_as_a_name_with_its_stem(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Dominicans mourned the victims on Wednesday. Many Dominicans lit candles outside the"
        " hall, and Dominicans abroad sent money. The singer Domingo sang at the vigil.",
        "وقال الرئيس: نشعر بالحزن إزاء هذه المأساة التي حلت بالشعب الدومينيكي يوم الثلاثاء.",
    )
    assert by_alias["دومينيكي"].id == by_alias["Dominicans"].id


def test_an_institution_named_again_without_its_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Supreme Court of Justice confirmed the result on Thursday. Critics said the"
        " Supreme Court had never ruled against the government.",
        "The Supreme Court of Justice said the ruling was final and could not be appealed.",
        "In Washington, the Supreme Court heard a separate case on Monday about tariffs.",
    )
    assert "Supreme Court" in by_alias and "Supreme Court of Justice" in by_alias
    # the third report names no longer court: its "Supreme Court" may be another country's,
    # so the short name joins nothing
    assert by_alias["Supreme Court"].id != by_alias["Supreme Court of Justice"].id


def test_a_short_name_joins_the_longer_name_of_its_only_article(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Supreme Court of Justice confirmed the result on Thursday. Critics said the"
        " Supreme Court had never ruled against the government.",
        "The Supreme Court of Justice said the ruling was final and could not be appealed.",
        "The National Electoral Council of Venezuela and the National Assembly of Venezuela"
        " met; the National Assembly then adjourned.",
    )
    assert by_alias["Supreme Court"].id == by_alias["Supreme Court of Justice"].id
    assert by_alias["National Assembly"].id == by_alias["National Assembly of Venezuela"].id
    assert (
        by_alias["National Assembly"].id != by_alias["National Electoral Council of Venezuela"].id
    )


def test_the_fields_an_organisation_name_may_drop() -> None:
    assert "national earthquake monitoring centre" in without_added_field(
        "national earthquake monitoring and research centre"
    )
    assert without_added_field("ministry of foreign affairs and trade") == [], "a portfolio"
    assert without_added_field("food and drug administration") == [], "too few words left"


def test_a_centre_named_with_and_without_a_later_field(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The National Seismic Monitoring and Research Centre recorded the tremor at 11:47 pm.",
        "According to the National Seismic Monitoring Centre, the quake measured 6.4.",
        "The Regional Flood Warning Centre issued no alert on Friday night.",
    )
    monitoring = by_alias["National Seismic Monitoring and Research Centre"]
    assert by_alias["National Seismic Monitoring Centre"].id == monitoring.id
    assert by_alias["Regional Flood Warning Centre"].id != monitoring.id


def test_a_shorter_name_two_longer_names_extend_stays_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The National Seismic Monitoring and Research Centre recorded the tremor at 11:47 pm.",
        "A statement from the National Seismic Monitoring and Information Centre followed.",
        "According to the National Seismic Monitoring Centre, the quake measured 6.4.",
    )
    short = by_alias["National Seismic Monitoring Centre"]
    assert short.id != by_alias["National Seismic Monitoring and Research Centre"].id
    assert short.id != by_alias["National Seismic Monitoring and Information Centre"].id


def test_a_long_surname_with_two_letters_moved(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Station master Andreas Karamitsopoulos was charged on Thursday over the crash.",
        "Prosecutors questioned Andreas Karamistopoulos, the station master, for six hours.",
        "His colleague Nikos Karamitsopoulou was not on duty that night.",
    )
    andreas = by_alias["Andreas Karamitsopoulos"]
    assert by_alias["Andreas Karamistopoulos"].id == andreas.id
    assert by_alias["Nikos Karamitsopoulou"].id != andreas.id, "another given name"
