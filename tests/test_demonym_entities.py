"""A nationality word names a people or qualifies a noun; a reader keeps it apart from its
country ("Nigerien" is not "Niger") while the country's own names still merge, and still
reads "Israeli and Syrian officials met" as a meeting of Israel and Syria. Corpora are
written for the test and go through the real annotator."""

from __future__ import annotations

from crosscheck.resolve.demonyms import CountryReading
from crosscheck.resolve.names import demonym_country
from text_builders import dossier_of, entities_by_alias


def test_demonym_country_reads_plural_and_accented_forms() -> None:
    assert demonym_country("Nigeriens") == "Niger"
    assert demonym_country("nigérien") == "Niger"
    assert demonym_country("Afghans") == "Afghanistan"
    assert demonym_country("Niger") is None
    assert demonym_country("Republic of Niger") is None


def test_demonyms_stay_apart_from_their_country(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Niger said on Wednesday that the soldiers had left. Many Nigeriens stayed home.",
        "The Republic of Niger closed its borders. A Nigerien official said the army was calm.",
        "Moroccan rescuers reached the villages. Morocco accepted help from Spain.",
        "Nigerian troops massed on the border. Nigeria leads the regional bloc.",
    )
    assert by_alias["Niger"].id == by_alias["Republic of Niger"].id, "the country's names merge"
    assert by_alias["Nigerien"].id == by_alias["Nigeriens"].id, "one people's forms merge"
    assert by_alias["Nigerien"].id != by_alias["Niger"].id
    assert by_alias["Nigerien"].id != by_alias["Nigerian"].id, "neighbours' peoples stay apart"
    assert by_alias["Moroccan"].id != by_alias["Morocco"].id
    assert by_alias["Nigerien"].name != "Niger", "a people is not named after its country"


def test_country_reading_takes_a_demonym_as_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Niger said on Wednesday that the soldiers had left. Many Nigeriens stayed home.",
        "Moroccan rescuers reached the villages in the mountains on Saturday night.",
    )
    reading = CountryReading(by_alias.values())
    assert reading.entity(by_alias["Nigeriens"].id) == by_alias["Niger"].id
    assert reading.entity(by_alias["Niger"].id) == by_alias["Niger"].id
    # no entity for Morocco in this story: the people's entity stands for itself
    assert reading.entity(by_alias["Moroccan"].id) == by_alias["Moroccan"].id
    assert reading.country(by_alias["Moroccan"].id) == "Morocco"
    assert reading.country(by_alias["Niger"].id) is None


_MEETING = (
    "Israeli and Syrian officials met in Baku on Thursday for security talks, a diplomat said."
    " The talks between Israel and Syria were the first in months."
)
_REPORT = (
    "Syrian and Israeli officials held security talks in Baku on Thursday, two sources said."
    " Syria and Israel have not signed any agreement since 1974."
)


def test_event_participants_read_nationality_words_as_countries(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = dossier_of(
        nlp, {"a.txt": ("Outlet A", _MEETING), "b.txt": ("Outlet B", _REPORT)}, "2025-07-24"
    )
    names = {e.id: e.name for e in dossier.entities}
    israeli = next(e for e in dossier.entities if "Israeli" in e.aliases)
    assert israeli.name != "Israel", "the nationality word keeps its own entity"
    participants = {names[p] for event in dossier.events for p in event.participants}
    assert {"Israel", "Syria"} <= participants
    assert "Israeli" not in participants and "Syrian" not in participants
