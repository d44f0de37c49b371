"""A name the story has another use for is not merged on a guess: a country the tagger took
for a person's surname ("Nepal" / "Sugili Nepali"), and a bare surname whose own article
writes it in a full name the tagger missed ("confirmed Singh" after "Ten Bahadur Singh").
Corpora are written for the test and go through the real annotator."""

from __future__ import annotations

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.names import is_demonym
from crosscheck.resolve.written_full_names import names_another_person
from text_builders import entities_by_alias


def test_every_sovereign_state_is_a_country() -> None:
    for name in ("Nepal", "Bhutan", "Peru", "Ghana", "Mongolia", "Sri Lanka"):
        assert country_of(name) == name
    assert country_of("Nepali") == "Nepal"


def test_a_full_name_the_tagger_missed_is_seen_in_the_text() -> None:
    text = "Khatri was being treated, said Ten Bahadur Singh, ward chairperson. Singh added"
    assert names_another_person(text, "Singh", {"sarita singh"})
    assert not names_another_person(text, "Singh", {"ten bahadur singh"})
    # another spelling of the known name, and an office word, name no one else
    spelt = "Foreign Ministry Spokesman Esmaeil Baqaei said. Spokesman Baqaei added"
    assert not names_another_person(spelt, "Baqaei", {"esmaeil baghaei"})


def test_a_country_is_not_a_persons_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "A 6.4-magnitude earthquake jolted Nepal late on Friday. Sugili Nepali, 40, lost her"
        " house in Jajarkot.",
        "India sent relief flights to Nepal on Sunday.",
        "The quake is the deadliest Nepal has experienced since 2015.",
    )
    assert by_alias["Nepal"].type == "GPE"
    assert by_alias["Nepal"].id != by_alias["Sugili Nepali"].id


def test_a_bare_surname_of_another_unnamed_person_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The victims include Deputy Mayor Sarita Singh, police said on Saturday.",
        "Khatri was undergoing treatment at a local health facility, informed Ten Bahadur"
        " Singh, ward chairperson. She died on the way to hospital, confirmed Singh.",
    )
    assert by_alias["Singh"].id != by_alias["Sarita Singh"].id


def test_a_given_name_inside_a_longer_name_is_no_other_person() -> None:
    text = "The delegation is led by Foreign Minister Seyyed Abbas Araghchi. Abbas said"
    assert not names_another_person(text, "Abbas", {"abbas araghchi"})


def test_nationality_words_are_recognised() -> None:
    assert is_demonym("Afghan")
    assert is_demonym("Syrians")
    assert not is_demonym("Afghanistan")
    assert not is_demonym("Kuwait City")
