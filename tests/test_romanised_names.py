"""Romanisations of one name a reader merges (unwritten Arabic vowels, ق written q, g or k, a
given name written as one word or two, a surname the tagger took for a place, Ukrainian and
Russian forms of names and places), each with names a reader keeps apart; acronyms typed as
organisations.

Every corpus here is written for the test and goes through the real annotator (the small
English spaCy model) and resolver.
"""

from __future__ import annotations

from crosscheck.annotate.mentions import acronym_in_running_text
from crosscheck.records import Entity
from crosscheck.resolve.names import (
    person_name_tokens,
    respaced_names,
    similar_words,
    vowel_respelling,
)
from crosscheck.resolve.romanisation import same_place_spelling
from text_builders import annotated_report, entities_by_alias

_by_alias = entities_by_alias


def _either(by_alias: dict[str, Entity], *forms: str) -> Entity:
    return next(by_alias[f] for f in forms if f in by_alias)


def test_vowels_written_differently_in_the_same_places() -> None:
    assert vowel_respelling("haftar", "hifter")
    assert similar_words("haftar", "hifter")[0]
    # short names, and names whose vowels sit elsewhere, are different names
    assert not similar_words("hassan", "hussein")[0]
    assert not vowel_respelling("mahmoud", "muhammad")
    assert not similar_words("mahmoud", "muhammad")[0]


def test_a_given_name_written_as_one_word_or_two() -> None:
    assert respaced_names(("abdul", "hamid", "dbeibah"), ("abdulhamid", "dbeibah"))[0]
    assert respaced_names(("abdel", "fattah", "sisi"), ("abdelfattah", "sisi"))[0]
    assert not respaced_names(("abdul", "hamid", "dbeibah"), ("abdulrahman", "dbeibah"))[0]
    assert not respaced_names(("abdul", "hamid", "dbeibah"), ("abdul", "hamid", "dbeibah"))[0]


def test_qaf_written_q_g_or_k_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The city was neglected under Muammar Gaddafi, who ruled Libya until 2011.",
        "After the fall of Moammar Qadhafi in 2011, the dams were never repaired.",
        "Col. Muammar al-Qaddafi was toppled in 2011, and his son Saif al-Islam Gaddafi"
        " was arrested later that year.",
    )
    muammar = by_alias["Muammar Gaddafi"]
    assert by_alias["Moammar Qadhafi"].id == muammar.id
    assert by_alias["Muammar al-Qaddafi"].id == muammar.id
    assert by_alias["Saif al-Islam Gaddafi"].id != muammar.id, "father and son stay apart"


def test_a_surname_with_its_vowels_respelt(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Eastern commander Khalifa Haftar ordered his forces to help the rescue teams.",
        "Field Marshal Khalifa Hifter visited the flooded city on Wednesday.",
        "Parliament speaker Aguila Saleh said the budget had been approved.",
        "Speaker Aqila Saleh added that the money would reach the city within days.",
        "Saleh Hassan, a local official, and Saleh Hussein, a rescuer, described the damage.",
    )
    assert by_alias["Khalifa Hifter"].id == by_alias["Khalifa Haftar"].id
    assert by_alias["Aqila Saleh"].id == by_alias["Aguila Saleh"].id
    assert by_alias["Saleh Hassan"].id != by_alias["Saleh Hussein"].id


def test_a_full_name_spaced_differently(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Prime Minister Abdul Hamid Dbeibah declared three days of mourning on Tuesday.",
        "Abdulhamid Dbeibah said the dams had been neglected for years.",
        "His cousin Abdulrahman Dbeibah, a member of parliament, criticised the government.",
    )
    person = by_alias["Abdul Hamid Dbeibah"]
    assert by_alias["Abdulhamid Dbeibah"].id == person.id
    assert by_alias["Abdulrahman Dbeibah"].id != person.id


def test_a_surname_the_tagger_took_for_a_place_or_group(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Turkish President Recep Tayyip Erdoğan hosted the talks in Istanbul.",
        "Erdogan said Turkey was ready to host further rounds.",
        "Ukrainian Defence Minister Rustem Umerov led the delegation in Istanbul.",
        "Rustam Umerov said the talks were short.",
    )
    erdogan = by_alias["Recep Tayyip Erdoğan"]
    assert by_alias["Erdogan"].id == erdogan.id
    assert by_alias["Erdogan"].type == "PERSON"
    assert by_alias["Rustam Umerov"].id == by_alias["Rustem Umerov"].id
    assert by_alias["Istanbul"].type == "GPE", "a known place stays a place"


def test_ukrainian_and_russian_forms_of_one_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Ukrainian President Volodymyr Zelensky said Russia must stop the strikes.",
        "Russian media said Vladimir Zelensky had refused to meet the delegation.",
        "Russian President Vladimir Putin said the talks in Istanbul would resume.",
    )
    zelensky = by_alias["Volodymyr Zelensky"]
    assert by_alias["Vladimir Zelensky"].id == zelensky.id
    assert by_alias["Vladimir Putin"].id != zelensky.id, "one given name, two people"


def test_ukrainian_and_russian_spellings_of_one_place() -> None:
    assert same_place_spelling("luhansk", "lugansk")[0]
    assert same_place_spelling("horlivka", "gorlovka")[0]
    assert same_place_spelling("zaporizhzhia", "zaporozhye")[0]
    assert same_place_spelling("chernihiv", "chernigov")[0]
    assert not same_place_spelling("hama", "homs")[0]
    assert not same_place_spelling("niger", "nigeria")[0]


def test_a_place_spelling_the_tagger_typed_as_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Russian drones hit the port of Odesa on Monday, Ukrainian officials said.",
        "Odesa regional governor Oleh Kiper said two people were killed in the city of Odesa.",
        "Officials in Odesa said the port was hit.",
        "Russian media said the strike on Odessa hit military targets.",
    )
    assert by_alias["Odessa"].id == by_alias["Odesa"].id
    assert by_alias["Odessa"].type == "GPE"


def test_an_acronym_is_an_organisation_never_a_person_or_a_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "ERDOGAN SAYS TALKS GO ON\nThe head of OCHA, Tom Fletcher, said WAFA was wrong."
    assert not acronym_in_running_text(text, 0, 7), "a surname in a headline in capitals"
    assert acronym_in_running_text(text, text.index("OCHA"), text.index("OCHA") + 4)
    assert not acronym_in_running_text(text, text.index("Tom"), text.index("Tom") + 3)
    article = annotated_report(nlp, "ocha.txt", text[25:] + " The UAE sent aid to Libya.")
    types = {m.text: m.type for m in article.mentions if m.kind == "name"}
    assert types["OCHA"] == "ORG", "the small model tags OCHA as a nationality"
    assert types["Tom Fletcher"] == "PERSON"
    assert types["UAE"] != "ORG", "a country's acronym stays a country"


def test_a_bare_given_name_after_a_title_or_of_a_lineage_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "WHO Director-General Tedros Adhanom Ghebreyesus called for aid on Monday.",
        "Dr Tedros said the disaster was avoidable.",
        "Qatar's Emir Tamim bin Hamad Al Thani sent aid. Tamim called the king on Monday.",
    )
    assert by_alias["Tedros"].id == by_alias["Tedros Adhanom Ghebreyesus"].id
    assert by_alias["Tamim"].id == by_alias["Emir Tamim bin Hamad Al Thani"].id


def test_a_bare_given_name_that_is_also_a_fathers_name_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Qatar's Emir Tamim bin Hamad Al Thani met Hamad bin Jassim bin Jaber Al Thani in Doha.",
        "Hamad said on Tuesday that the talks would resume.",
    )
    hamad = _either(by_alias, "Hamad")
    assert hamad.id != by_alias["Emir Tamim bin Hamad Al Thani"].id
    assert not any(m.kind.startswith("given name") for m in hamad.merges)


def test_military_and_religious_titles_are_not_part_of_the_name() -> None:
    assert person_name_tokens("Field Marshal Khalifa Haftar") == ("khalifa", "haftar")
    assert person_name_tokens("Cheikh Tamim") == ("tamim",)
    assert person_name_tokens("Colonel Gaddafi") == ("gaddafi",)
    assert person_name_tokens("Sally Field") == ("sally", "field"), "a surname stays"


def test_first_level_regions_are_known_places() -> None:
    from crosscheck.annotate.places_gazetteer import is_known_place

    for region in ("Jabal al-Akhdar", "Zhytomyr", "Thessaly", "Central Macedonia", "Antalya"):
        assert is_known_place(region), region
    assert not is_known_place("Van"), "a Dutch name particle is left out"
