"""One Russian name in the Latin spellings of several languages (English, French, German,
Romanian, Icelandic), a given name other languages write as their own ("Eugène" for
"Yevgeny"), and the people a reader keeps apart: two people sharing a given name, and a
given name's equivalent with another surname.

The corpora are written for the test and go through the real annotator and resolver.
"""

from __future__ import annotations

from crosscheck.resolve.names import full_names_compatible, same_given_name, same_surname
from crosscheck.resolve.slavic_romanisation import same_slavic_word, slavic_key
from text_builders import entities_by_alias


def test_one_key_for_each_language_spelling_of_a_russian_name() -> None:
    given = {"yevgeny", "evgeny", "evgueni", "jewgeni", "evgheni", "ievgueni", "jevgeni"}
    assert {slavic_key(w) for w in given} == {"evgeni"}
    surnames = {"prigozhin", "prigojine", "prigoschin", "prigosjin", "prigojin"}
    assert len({slavic_key(w) for w in surnames}) == 1
    assert same_slavic_word("lukashenko", "lukaschenko")
    assert same_slavic_word("podolyak", "podoliak")
    assert same_slavic_word("chernova", "tchernova")
    assert slavic_key("sergej") == slavic_key("sergey") == slavic_key("sergei")


def test_different_names_keep_different_keys() -> None:
    assert not same_slavic_word("peskov", "utkin")
    assert not same_slavic_word("putin", "pushilin")
    assert not same_slavic_word("shoigu", "naryshkin")
    # too short to tell: a mute "e" or a "y" is the whole difference
    assert not same_slavic_word("kim", "kime")
    assert not same_slavic_word("chase", "shase")


def test_given_names_other_languages_write_as_their_own() -> None:
    assert same_given_name("eugene", "yevgeny")
    assert same_given_name("joseph", "iosif")
    assert same_given_name("dimitri", "dmitry")
    assert same_given_name("serge", "sergei")
    assert not same_given_name("sergei", "dmitry")
    assert not same_given_name("eugene", "joseph")


def test_full_names_need_the_surname_as_well() -> None:
    assert full_names_compatible(("eugene", "prigojine"), ("yevgeny", "prigozhin"))[0]
    assert full_names_compatible(("iosif", "brodsky"), ("joseph", "brodsky"))[0]
    assert same_surname("prigojine", "prigozhin")[0]
    assert not full_names_compatible(("dmitry", "peskov"), ("dmitri", "outkine"))[0]
    assert not full_names_compatible(("eugene", "peskov"), ("yevgeny", "prigozhin"))[0]
    assert not full_names_compatible(("sergei", "shoigu"), ("sergei", "naryshkin"))[0]


def test_reports_in_several_languages_name_one_man(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Yevgeny Prigozhin, the head of the mercenary group, spoke on Monday. Prigozhin said"
        " the convoy would turn back. Dmitry Peskov, the spokesman, declined to comment.",
        "Evgueni Prigojine a parlé lundi à Rostov. Selon Prigojine, le convoi fera demi-tour.",
        "Eugène Prigojine est arrivé à Minsk mardi, a indiqué Dmitri Outkine.",
        "Jewgeni Prigoschin sagte am Montag, der Konvoi kehre um.",
        "The commander Dmitry Utkin was seen in Minsk. Yevgeny Prigozhin was not.",
    )
    prigozhin = by_alias["Yevgeny Prigozhin"]
    for form in ("Evgueni Prigojine", "Eugène Prigojine", "Prigojine"):
        assert by_alias[form] is prigozhin, form
    # the same commander in English and French spellings; two people sharing a given name
    # stay apart, in any spelling
    assert by_alias["Dmitri Outkine"] is by_alias["Dmitry Utkin"]
    assert by_alias["Dmitry Peskov"] is not by_alias["Dmitry Utkin"]


def test_a_respelt_full_name_has_one_key_for_type_repair() -> None:
    from crosscheck.resolve.retype import romanised_name_key

    key = romanised_name_key(("evgheny", "prigozhin"))
    assert key == romanised_name_key(("eugene", "prigojine"))
    assert romanised_name_key(("iosif", "brodsky")) == romanised_name_key(("joseph", "brodsky"))
    assert key != romanised_name_key(("evgeny", "peskov"))


def test_a_village_in_english_and_french_spellings() -> None:
    from crosscheck.resolve.romanisation import same_place_spelling

    assert same_place_spelling("kujenkino", "kuzhenkino")[0]
    assert not same_place_spelling("kuzhenkino", "kuzminki")[0]


def test_a_group_named_with_and_without_group(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Fighters of the Wagner Group crossed the border on Saturday, officials said.",
        "Wagner said its men would return to their camps. Wagner has fought in Mali.",
    )
    assert by_alias["Wagner"] is by_alias["Wagner Group"]
    # a word that names two groups names neither on its own
    shared = entities_by_alias(
        nlp,
        "The Vostok Group and the Vostok Movement both signed the accord in Geneva.",
        "Vostok said on Monday that it would not attend the talks.",
    )
    assert shared["Vostok Group"] is not shared["Vostok Movement"]
    assert "Vostok" not in shared or shared["Vostok"] is not shared["Vostok Group"]


def test_a_city_with_its_river_and_saint_abbreviated() -> None:
    from crosscheck.resolve.romanisation import same_place_spelling

    assert same_place_spelling("rostov on don", "rostov")[0]
    assert same_place_spelling("saint petersbourg", "st petersburg")[0]
    assert same_place_spelling("saint petersburg", "st petersburg")[0]
    assert not same_place_spelling("rostov", "rostock")[0]
    assert not same_place_spelling("st louis", "saint paul")[0]
    assert not same_place_spelling("frankfurt on oder", "frankenthal")[0]
