"""An organisation's acronym read from its name as written ("NCS" / "National Centre for
Seismology"), and its words in another order ("Centre national sismologique" / "Centre
sismologique national"); look-alike initials and other words stay apart. Corpora are written
for the test and go through the real annotator."""

from __future__ import annotations

from text_builders import entities_by_alias


def test_an_acronym_of_the_name_as_written(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "India's National Centre for Seismology said the quake struck at 11:47 pm. Nepal's"
        " National Seismological Centre gave a magnitude of 6.4.",
        "The NCS said the depth of the earthquake was 10 km and that aftershocks followed.",
    )
    ncs = by_alias["National Centre for Seismology"]
    assert by_alias["NCS"].id == ncs.id
    assert by_alias["National Seismological Centre"].id != ncs.id, "NSC is another body"


def test_the_same_words_in_another_order(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Selon le Centre national sismologique du Népal, la secousse a eu lieu à 23 h 47.",
        "Le Centre sismologique national du Népal a enregistré une magnitude de 6,4.",
        "Le Centre national de recherche sismique a publié un rapport.",
    )
    first = by_alias["Centre national sismologique du Népal"]
    assert by_alias["Centre sismologique national du Népal"].id == first.id
    assert by_alias["Centre national de recherche sismique"].id != first.id


def test_a_french_name_joins_its_english_name_not_a_look_alike() -> None:
    from crosscheck.resolve.institutions import english_institution_name, institution_words
    from crosscheck.resolve.names import name_tokens

    def key(name: str) -> tuple[str, ...]:
        return institution_words(name_tokens(name))

    french = english_institution_name("Centre national sismologique du Népal")
    assert french is not None
    assert key(french)[1:] == key("National Seismological Centre"), "the country comes first"
    assert key(french)[1:] != key("National Centre for Seismology"), "India's NCS is another"
