"""One surname written with and without a consonant cluster by different outlets ("Tchiani" /
"Tiani") is one person when the given name agrees and no article writes both; near misses
stay apart. Texts written for the test, through the real annotator."""

from __future__ import annotations

from crosscheck.resolve.dropped_consonants import dropped_cluster
from text_builders import entities_by_alias


def test_dropped_cluster_is_one_inner_consonant_run() -> None:
    assert dropped_cluster("tchiani", "tiani") == "ch"
    assert dropped_cluster("prigozin", "prigozhin") == "h"
    assert dropped_cluster("tiani", "tiana") is None, "a changed letter is no dropped one"
    assert dropped_cluster("tianis", "tiani") is None, "nor a plural or a final letter"
    assert dropped_cluster("biani", "tiani") is None
    assert dropped_cluster("taiani", "tiani") is None, "a vowel is not a consonant run"
    assert dropped_cluster("bon", "bn") is None, "too short to say"


_FRENCH_WIRE = (
    "General Abdourahamane Tiani, head of the presidential guard, declared himself leader"
    " of the junta in Niamey on Friday. Tiani said the army would stay in power."
)
_ENGLISH_WIRE = (
    "General Abdourahmane Tchiani was named head of state by the junta on Friday. Tchiani"
    " accused the government of failing to protect the country."
)


def test_one_leader_spelt_with_and_without_a_consonant_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(nlp, _FRENCH_WIRE, _ENGLISH_WIRE)
    assert by_alias["Abdourahamane Tiani"].id == by_alias["Abdourahmane Tchiani"].id
    assert by_alias["Tiani"].id == by_alias["Tchiani"].id


def test_a_different_given_name_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        _FRENCH_WIRE,
        "Colonel Moussa Tchiani, a cousin of the general, was named minister of defence on"
        " Friday by the new rulers in Niamey.",
    )
    assert by_alias["Abdourahamane Tiani"].id != by_alias["Moussa Tchiani"].id


def test_an_article_naming_both_spellings_keeps_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Senator Mark Brandt met Senator Mark Brant in Berlin on Monday to discuss the budget"
        " of the two regions, which Brandt said was too small.",
        "Senator Mark Brant said on Tuesday that the budget would be passed this week.",
    )
    assert by_alias["Mark Brandt"].id != by_alias["Mark Brant"].id
