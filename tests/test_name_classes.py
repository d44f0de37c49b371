"""Classes of name variants a reader merges across a story: institutions named in French or in
another English word order, and long names misspelled once; each with the look-alikes a
reader keeps apart. Corpora are written for the test and go through the real annotator."""

from __future__ import annotations

import pytest

from crosscheck.resolve.institutions import english_institution_name, institution_words
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report, entities_by_alias

_article = annotated_report
_by_alias = entities_by_alias


def _key(name: str) -> tuple[str, ...]:
    return institution_words(name_tokens(name))


def test_french_institution_names_read_in_english() -> None:
    assert english_institution_name("ministère de l'Intérieur") == "Ministry of Interior"
    assert english_institution_name("le ministère de l’Intérieure") == "Ministry of Interior"
    assert english_institution_name("ministère de la Défense") == "Ministry of Defence"
    omani = english_institution_name("ministère omanais des Affaires étrangères")
    assert omani == "Omani Ministry of Foreign Affairs"
    assert english_institution_name("ministère marocain de la Santé") == (
        "Moroccan Ministry of Health"
    )
    assert english_institution_name("Institut national de géophysique") == (
        "National Institute of Geophysics"
    )
    assert english_institution_name("la Maison Blanche") == "White House"
    assert english_institution_name("Croissant-Rouge marocain") == "Moroccan Red Crescent"
    # a word the lexicon does not know leaves the name as written
    assert english_institution_name("ministère des Habous") is None
    assert english_institution_name("Bachar al-Assad") is None
    assert english_institution_name("Agence Maghreb Arabe Presse") is None


def test_one_institution_in_its_english_wordings() -> None:
    assert _key("Ministry of the Interior") == _key("Interior Ministry")
    assert _key("Ministry of Foreign Affairs") == _key("Foreign Ministry")
    assert _key("Oman's Foreign Ministry") == _key("Omani Foreign Ministry")
    assert _key("National Institute of Geophysics") == _key("National Geophysical Institute")
    assert _key("Ministry of Defense") == _key("Defence Ministry")
    # other countries, other offices, other bodies
    assert _key("Omani Foreign Ministry") != _key("Iranian Foreign Ministry")
    assert _key("Interior Ministry") != _key("Defence Ministry")
    assert _key("Council of Europe") != _key("European Council")
    # names without an institution word keep their order and words
    assert _key("Foreign Affairs") == ("foreign", "affairs")


def _french_pipeline_or_skip() -> None:
    from crosscheck.annotate.mentions import french_pipeline

    if french_pipeline() is None:
        pytest.skip("the optional French pipeline is not installed")


def test_french_ministries_join_their_english_names(nlp) -> None:  # type: ignore[no-untyped-def]
    _french_pipeline_or_skip()
    by_alias = _by_alias(
        nlp,
        "The Interior Ministry said on Saturday that 2,000 people had died. The Ministry of"
        " Defence sent soldiers to the mountain villages.",
        "According to the Ministry of the Interior, rescuers were still searching on Sunday.",
        "Selon le ministère de l'Intérieur, le bilan s'élève à 2 000 morts. Le ministère de la"
        " Défense a déployé des hélicoptères dans les villages de montagne.",
    )
    interior = by_alias["Interior Ministry"]
    assert by_alias["Ministry of the Interior"].id == interior.id
    assert by_alias["ministère de l'Intérieur"].id == interior.id
    assert by_alias["ministère de la Défense"].id == by_alias["Ministry of Defence"].id
    assert by_alias["Ministry of Defence"].id != interior.id, "two ministries stay two"
    evidence = next(m for m in interior.merges if "ministère de l'Intérieur" in m.forms)
    assert "read in English spelling" in evidence.detail, "the reading is shown"


def test_two_countries_foreign_ministries_stay_apart_in_french(nlp) -> None:  # type: ignore[no-untyped-def]
    _french_pipeline_or_skip()
    by_alias = _by_alias(
        nlp,
        "The Omani Foreign Ministry said the talks would resume in Muscat. The Iranian Foreign"
        " Ministry said its delegation would travel on Friday.",
        "Le ministère omanais des Affaires étrangères a annoncé la reprise des discussions à"
        " Mascate. L'envoyé de la Maison Blanche est arrivé vendredi.",
        "A White House official said the envoy had landed in Muscat on Friday.",
    )
    omani = by_alias["Omani Foreign Ministry"]
    assert by_alias["ministère omanais des Affaires étrangères"].id == omani.id
    assert by_alias["Iranian Foreign Ministry"].id != omani.id
    white_house = by_alias["White House"]
    assert by_alias["Maison Blanche"].id == white_house.id, "the French name takes its type"


def test_a_long_name_misspelled_once_joins_the_story_spelling(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The earthquake struck south of Marrakech on Friday night. Hotels in Marrakech were"
        " evacuated.",
        "Rescuers in Marrakech searched the old city on Saturday.",
        "Damage to the historic city of Marrkech, a UNESCO World Heritage site, was severe.",
        "Tourists left Marrakech by road on Sunday.",
    )
    assert by_alias["Marrkech"].id == by_alias["Marrakech"].id


def test_a_full_name_misspelled_once_joins_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Prime Minister Benjamin Netanyahu spoke in Jerusalem on Monday.",
        "Benjamin Netanyahu told his cabinet that the talks had failed.",
        "Israeli leader Benjamin Netanyahu met the envoy on Tuesday.",
        "Opposition leaders criticised Benjamin Netamyahu on Wednesday.",
    )
    person = by_alias["Benjamin Netanyahu"]
    assert by_alias["Benjamin Netamyahu"].id == person.id
    assert any(m.kind == "misspelling" for m in person.merges)


def test_names_one_letter_apart_that_a_reader_keeps_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Prime Minister Anna Petersen spoke in Copenhagen. Anna Petersen said she was tired.",
        "British diplomat Anna Pedersen met Prime Minister Anna Petersen in Copenhagen.",
        "King Mohammed VI visited the wounded. A hospital named after Mohammed V was hit.",
        "Iranians protested in Tehran. The Iranian delegation left Muscat.",
    )
    # written once, one letter from a frequent name, but beside it in the same article
    assert by_alias["Anna Pedersen"].id != by_alias["Anna Petersen"].id
    if "Mohammed V" in by_alias and "King Mohammed VI" in by_alias:
        assert by_alias["Mohammed V"].id != by_alias["King Mohammed VI"].id
    if "Iranians" in by_alias and "Iranian" in by_alias:
        assert by_alias["Iranians"].id != by_alias["Iranian"].id or not any(
            m.kind == "misspelling" for m in by_alias["Iranian"].merges
        )


def test_a_title_in_another_spelling_before_a_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Omani Foreign Minister Badr Albusaidi hosted the talks in Muscat on Saturday.",
        "The talks were mediated by Omani Foreign Minister Badr Albusaidi, officials said.",
        "This meeting, facilitated by Omani Foreign Minister Said Badr, was the first.",
        "Iranian negotiator Said Jalili met Iran's Foreign Minister Abbas Araghchi in Tehran.",
    )
    badr = by_alias["Badr Albusaidi"]
    assert by_alias["Said Badr"].id == badr.id
    assert any(m.kind == "title in another spelling" for m in badr.merges)
    assert by_alias["Said Jalili"].id not in {badr.id, by_alias["Abbas Araghchi"].id}


def test_said_before_a_given_name_needs_the_same_office(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Omani Foreign Minister Badr Albusaidi hosted the talks in Muscat on Saturday.",
        "The talks were mediated by Omani Foreign Minister Badr Albusaidi, officials said.",
        "Egyptian footballer Said Badr scored twice for his club in Cairo on Friday.",
    )
    assert by_alias["Said Badr"].id != by_alias["Badr Albusaidi"].id


def test_a_formal_country_name_cut_short(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The Islamic Republic of Iran rejected the proposal on Monday.",
        "Officials of the Islamic Republic said the talks in Muscat would go on.",
        "Iran and Oman issued a joint statement on Tuesday.",
    )
    assert by_alias["Islamic Republic"].id == by_alias["Iran"].id


def test_a_news_agency_named_in_french_and_in_english() -> None:
    from crosscheck.resolve.institutions import news_agency_key

    def key(name: str) -> str | None:
        return news_agency_key(name_tokens(name))

    assert key("Maghreb Arabe Presse") == key("Maghreb Arab News Agency") is not None
    assert key("Maghreb Arabe Press") == key("Maghreb Arab News Agency")
    assert key("Islamic Republic News Agency") != key("Islamic Students News Agency")
    # a country's agency keeps its whole name: "Qatar News Agency" is not Qatar
    assert key("Qatar News Agency") is None


def test_institutions_named_in_arabic_join_their_english_names(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_entities(
        [
            _article(
                nlp,
                "en.txt",
                "The Omani Foreign Ministry said the talks would resume. The Iranian Foreign"
                " Ministry said its delegation would travel to Muscat. The White House agreed.",
            ),
            _article(
                nlp,
                "ar.txt",
                "قالت وزارة الخارجية العُمانية إن المحادثات ستستأنف، ورحب البيت الأبيض بذلك."
                " وقالت وزارة الخارجية إن الوفد سيصل يوم الجمعة.",
            ),
        ]
    ).entities
    by_alias = {a: e for e in entities for a in e.aliases}
    omani = by_alias["Omani Foreign Ministry"]
    assert by_alias["وزارة الخارجية العُمانية"].id == omani.id
    assert by_alias["البيت الأبيض"].id == by_alias["White House"].id
    assert omani.id != by_alias["Iranian Foreign Ministry"].id
    # "the Foreign Ministry" without its country could be either ministry: it joins neither
    assert "وزارة الخارجية" not in by_alias


def test_arabic_feminine_ending_and_french_formal_country_names() -> None:
    from crosscheck.annotate.gazetteer import country_of
    from crosscheck.resolve.romanisation import same_place_spelling

    assert same_place_spelling("jeddah", "jedda")[0]
    assert same_place_spelling("raqqah", "raqqa")[0]
    assert not same_place_spelling("hama", "homs")[0]
    assert not same_place_spelling("niger", "nigeria")[0]
    assert country_of("Sultanat d’Oman") == "Oman"
    assert country_of("Royaume du Maroc") == "Morocco"
    assert country_of("République islamique d'Iran") == "Iran"
    assert country_of("royaume marocain") is None
    assert country_of("Norvège") == "Norway"
    assert country_of("chili") is None, "an English word, not Chile's French name"


def test_french_exonyms_of_cities() -> None:
    from crosscheck.annotate.places_gazetteer import english_place_name

    assert english_place_name("Alep") == "Aleppo"
    assert english_place_name("Mossoul") == "Mosul"
    assert english_place_name("Le Cap") == "Cape Town"
    assert english_place_name("Aleppo") is None, "English names are not respelled"


def test_countries_and_capitals_named_in_arabic(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_entities(
        [
            _article(
                nlp,
                "en.txt",
                "The United States and Iran held talks in Muscat, Oman. Officials in Washington"
                " and Tehran said the talks were useful. The King of Jordan flew to Amman.",
            ),
            _article(
                nlp,
                "ar.txt",
                "عقدت الولايات المتحدة وإيران محادثات في مسقط. وقال مسؤولون في واشنطن إن"
                " المحادثات كانت مفيدة. وعاد الملك إلى عمان.",
            ),
        ]
    ).entities
    by_alias = {a: e for e in entities for a in e.aliases}
    assert by_alias["الولايات المتحدة"].id == by_alias["United States"].id
    assert by_alias["وإيران"].id == by_alias["Iran"].id
    assert by_alias["واشنطن"].id == by_alias["Washington"].id
    assert by_alias["مسقط"].id == by_alias["Muscat"].id
    assert "عمان" not in by_alias, "one spelling of Oman and of Amman: neither"
