"""Name variants a reader would merge, each with a counter-example a reader would keep apart.

Every corpus here is written for the test and goes through the real annotator (the small
English spaCy model) and resolver.
"""

from __future__ import annotations

from crosscheck.records import Entity
from crosscheck.resolve.names import acronym, name_tokens, person_name_tokens
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report, entities_by_alias

_article = annotated_report
_by_alias = entities_by_alias


def _either(by_alias: dict[str, Entity], *forms: str) -> Entity:
    """The entity of the first of ``forms`` the tagger found (it may leave "Mr" out)."""
    return next(by_alias[f] for f in forms if f in by_alias)


def test_titles_are_not_part_of_a_name() -> None:
    assert person_name_tokens("Mr Khan") == ("khan",)
    assert person_name_tokens("Ms Colonna") == ("colonna",)
    assert person_name_tokens("Seyed Abbas Araghchi") == ("abbas", "araghchi")
    assert person_name_tokens("Sheikh Tamim bin Hamad Al Thani") == (
        "tamim",
        "bin",
        "hamad",
        "thani",
    )
    # an office is never left alone, and regnal titles stay with the name
    assert person_name_tokens("Mr President") == ("mr", "president")
    assert person_name_tokens("King Charles") == ("king", "charles")
    assert person_name_tokens("He Lifeng") == ("he", "lifeng"), "a Chinese surname, not a title"


def test_mr_surname_joins_the_one_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Prime Minister Imran Khan spoke in Islamabad on Monday about the attack.",
        "Mr Khan told reporters that the army would respond to the attack on Tuesday.",
    )
    assert _either(by_alias, "Mr Khan", "Khan").id == by_alias["Imran Khan"].id


def test_mr_surname_between_two_namesakes_joins_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Former prime minister Imran Khan met Sadiq Khan in London on Monday. Mr Khan said the"
        " meeting went well.",
    )
    assert by_alias["Imran Khan"].id != by_alias["Sadiq Khan"].id
    mr_khan = _either(by_alias, "Mr Khan", "Khan")
    assert mr_khan.id not in {by_alias["Imran Khan"].id, by_alias["Sadiq Khan"].id}


def test_given_name_after_an_arabic_title_and_a_name_cut_after_bin(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Sheikh Tamim bin Hamad Al Thani called Prime Minister Imran Khan on Monday.",
        "Tamim bin Hamad, the ruler of Qatar, condemned the killings in a statement.",
        "In Doha, Sheikh Tamim said the talks would continue next month.",
    )
    tamim = by_alias["Sheikh Tamim bin Hamad Al Thani"]
    assert by_alias["Tamim bin Hamad"].id == tamim.id
    assert any(m.kind == "lineage name cut short" for m in tamim.merges)


def test_a_given_name_shared_by_two_rulers_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Saudi crown prince Mohammed bin Salman met Mohammed bin Zayed in Riyadh on Monday."
        " Later, Sheikh Mohammed told reporters the talks went well.",
    )
    salman, zayed = by_alias["Mohammed bin Salman"].id, by_alias["Mohammed bin Zayed"].id
    assert salman != zayed
    assert by_alias["Sheikh Mohammed"].id not in {salman, zayed}


def test_middle_name_in_one_form_and_joined_article(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Ahmed Hussein al-Sharaa spoke in Damascus. Badr bin Hamad Al Busaidi listened.",
        "Ahmed al-Sharaa met Badr Albusaidi in Muscat on Sunday for talks.",
        "Lindsay Lohan and her mother Dina Lohan arrived in Los Angeles on Sunday.",
    )
    assert by_alias["Ahmed al-Sharaa"].id == by_alias["Ahmed Hussein al-Sharaa"].id
    assert by_alias["Badr Albusaidi"].id == by_alias["Badr bin Hamad Al Busaidi"].id
    assert by_alias["Lindsay Lohan"].id != by_alias["Dina Lohan"].id


def test_acronym_letters_skip_name_particles() -> None:
    assert acronym(name_tokens("Tehreek-e-Taliban Pakistan")) == "ttp"
    assert acronym(name_tokens("Hayat Tahrir al-Sham")) == "hts"
    assert acronym(name_tokens("United Nations")) == "un"


def test_hyphenated_group_name_is_extracted_whole_and_meets_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(
            nlp,
            "a.txt",
            "Officials said Tehreek-e-Taliban Pakistan fighters attacked a checkpoint.",
        ),
        _article(nlp, "b.txt", "The TTP claimed the attack near the border on Monday night."),
        _article(nlp, "c.txt", "Police blamed Lashkar-e-Taiba for the bombing in the city."),
    ]
    names = {m.text for a in articles for m in a.mentions}
    assert {"Tehreek-e-Taliban Pakistan", "Lashkar-e-Taiba"} <= names
    by_alias = {a: e for e in resolve_entities(articles).entities for a in e.aliases}
    assert by_alias["TTP"].id == by_alias["Tehreek-e-Taliban Pakistan"].id
    assert by_alias["Lashkar-e-Taiba"].id != by_alias["TTP"].id


def test_an_acronym_may_keep_the_t_of_the(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The Resistance Front claimed the attack in Kashmir on Tuesday.",
        "The TRF denied any role in the attack in Kashmir on Tuesday, police said.",
    )
    assert by_alias["TRF"].id == by_alias["Resistance Front"].id


def test_an_acronym_two_names_could_expand_joins_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The Resistance Front claimed the attack. The Revolutionary Front denied it.",
        "The TRF said nothing more about the attack on Tuesday, police said.",
    )
    assert "TRF" in by_alias
    assert by_alias["TRF"].id not in {
        by_alias["Resistance Front"].id,
        by_alias["Revolutionary Front"].id,
    }


def test_initials_keep_their_dot_and_name_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(nlp, "a.txt", "J.D. Vance said the U.S. would help Pakistan with aid."),
        _article(nlp, "b.txt", "JD Vance met officials. The US embassy issued a statement."),
        _article(nlp, "c.txt", "The United States condemned the attack, officials said."),
    ]
    mentions = {m.text: m for a in articles for m in a.mentions if m.kind == "name"}
    assert "U.S." in mentions, "the final dot of an initialism stays"
    assert mentions["J.D. Vance"].type == "PERSON"
    by_alias = {a: e for e in resolve_entities(articles).entities for a in e.aliases}
    assert by_alias["J.D. Vance"].id == by_alias["JD Vance"].id
    assert by_alias["U.S."].id == by_alias["US"].id == by_alias["United States"].id


def test_places_and_groups_are_never_people(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article(
        nlp,
        "a.txt",
        "Security was tightened in Balochistan and in Sanaa. The Resistance Front said so.",
    )
    types = {m.text: m.type for m in article.mentions if m.kind == "name"}
    assert types.get("Balochistan") == "GPE"
    assert types.get("Sanaa") == "GPE"
    assert types.get("Resistance Front") == "ORG"


def test_apostrophes_and_ayn_inside_names_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article(
        nlp,
        "a.txt",
        "The mosque of Imam Ja'far Sadiq was closed on Friday, officials said. Khan's aides left.",
    )
    texts = {m.text for m in article.mentions if m.kind == "name"}
    assert "Imam Ja'far Sadiq" in texts, "not cut at the apostrophe"
    assert "Khan" in texts, "a possessive still ends the name"
    assert name_tokens("Jaʿfar") == name_tokens("Ja'far") == name_tokens("Ja’far") == ("jafar",)


def test_persian_q_and_gh_and_a_surname_in_two_words(nlp) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.resolve.names import similar_words

    assert similar_words("araghchi", "araqchi")[0]
    assert similar_words("baghaei", "baqaei")[0]
    assert not similar_words("chen", "shen")[0], "ch and sh stay different in people's names"
    by_alias = _by_alias(
        nlp,
        "Deputy foreign minister Kazem Gharib Abadi met diplomats in Geneva on Monday.",
        "Kazem Gharibabadi told reporters in Geneva that the talks were useful.",
        "Foreign Minister Abbas Araqchi said the talks in Muscat were constructive.",
        "Abbas Araghchi arrived in Muscat on Saturday for the talks with the envoy.",
    )
    assert by_alias["Kazem Gharib Abadi"].id == by_alias["Kazem Gharibabadi"].id
    assert by_alias["Abbas Araqchi"].id == by_alias["Abbas Araghchi"].id
    assert by_alias["Kazem Gharibabadi"].id != by_alias["Abbas Araghchi"].id


def test_place_romanisations_merge_and_different_places_do_not() -> None:
    from crosscheck.resolve.romanisation import same_place_spelling

    for a, b in [
        ("balochistan", "baluchistan"),
        ("khyber pakhtunkhwa", "khyber pakhtoonkhwa"),
        ("marrakech", "marrakesh"),
        ("haouz province", "haouz"),
        ("kyiv", "kiev"),
        ("sanaa", "sana"),
    ]:
        assert same_place_spelling(a, b)[0], (a, b)
    for a, b in [("niger", "nigeria"), ("austria", "australia"), ("iran", "iraq")]:
        assert not same_place_spelling(a, b)[0], (a, b)
    # two places the gazetteer knows apart never merge, however alike
    assert not same_place_spelling("gaza", "giza")[0]


def test_place_romanisations_in_a_story(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Security forces were deployed in Balochistan after the attack on Monday.",
        "Officials in Baluchistan said the attackers fled across the border.",
        "Police in Punjab and in Sindh were put on alert, officials said.",
    )
    assert by_alias["Balochistan"].id == by_alias["Baluchistan"].id
    assert by_alias["Punjab"].id != by_alias["Sindh"].id


def test_formal_country_names_and_ministry_word_order(nlp) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.annotate.gazetteer import country_of

    assert country_of("Kingdom of Morocco") == "Morocco"
    assert country_of("Islamic Republic of Iran") == "Iran"
    assert country_of("Republic of Texas") is None
    by_alias = _by_alias(
        nlp,
        "The Ministry of the Interior said 2,000 people died, according to Reuters.",
        "The Interior Ministry said the toll had risen to 2,100 on Monday, Reuters said.",
        "The Ministry of Health said hospitals were full, according to Reuters.",
    )
    assert by_alias["Ministry of the Interior"].id == by_alias["Interior Ministry"].id
    assert by_alias["Ministry of Health"].id != by_alias["Interior Ministry"].id


def test_organisation_spelling_variants_and_a_country_before_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The toll was reported by Maghreb Arabe Press on Saturday, citing officials.",
        "Maghreb Arabe Presse said the toll had risen on Sunday, citing officials.",
        "The Moroccan Interior Ministry said rescuers were working through the night.",
        "The Interior Ministry said on Monday that the toll had risen to 2,946.",
    )
    assert by_alias["Maghreb Arabe Press"].id == by_alias["Maghreb Arabe Presse"].id
    assert by_alias["Moroccan Interior Ministry"].id == by_alias["Interior Ministry"].id


def test_two_countries_ministries_keep_the_bare_name_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The Moroccan Interior Ministry said rescuers were working through the night.",
        "The French Interior Ministry sent a rescue team to Marrakesh on Sunday.",
        "The Interior Ministry said on Monday that the toll had risen to 2,946.",
    )
    moroccan = by_alias["Moroccan Interior Ministry"].id
    french = by_alias["French Interior Ministry"].id
    assert moroccan != french
    assert by_alias["Interior Ministry"].id not in {moroccan, french}


def test_a_name_the_tagger_began_at_bin_starts_at_the_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.annotate.mentions import _lineage_start

    text = "Foreign Minister Badr bin Hamad Albusaidi said the talks went well."
    assert text[_lineage_start(text, text.index("bin")) :].startswith("Badr bin Hamad")
    assert _lineage_start("said. bin Hamad", 6) == 6, "no capitalised given name: unchanged"


def test_a_well_known_group_the_tagger_cuts_is_whole_and_meets_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(
            nlp,
            "a.txt",
            "Hayat Tahrir al-Sham leader Ahmed al-Sharaa spoke in Damascus on Monday.",
        ),
        _article(nlp, "b.txt", "HTS fighters were deployed in Idlib on Tuesday, officials said."),
        _article(
            nlp, "c.txt", "The WHO said on Monday that anyone who was there should be tested."
        ),
    ]
    names = {m.text: m.type for a in articles for m in a.mentions if m.kind == "name"}
    assert names.get("Hayat Tahrir al-Sham") == "ORG"
    assert "who" not in names, "the gazetteer is case-sensitive"
    by_alias = {a: e for e in resolve_entities(articles).entities for a in e.aliases}
    assert by_alias["HTS"].id == by_alias["Hayat Tahrir al-Sham"].id
    assert by_alias["Ahmed al-Sharaa"].id != by_alias["HTS"].id


def test_a_region_written_with_and_without_province_is_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The quake killed 290 people in Al Haouz Province, the ministry said on Saturday.",
        "Rescuers reached villages in Al Haouz on Sunday, officials said in a statement.",
        "Islamic State fighters attacked a village, and Islamic leaders condemned them.",
    )
    province = by_alias["Al Haouz Province"]
    assert by_alias["Al Haouz"].id == province.id
    assert province.type == "GPE"
    assert by_alias["Islamic State"].type == "ORG"
