"""Acronyms a story defines in brackets, and buildings the tagger called persons: each class
with the look-alike a reader keeps apart. Texts are written for the test and go through the
real annotator and resolver."""

from __future__ import annotations

from crosscheck.annotate.acronyms import abbreviates, defined_acronyms
from crosscheck.annotate.annotator import annotate_doc
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle, Entity
from crosscheck.resolve.resolver import resolve_entities


def _article(nlp, name: str, text: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    article = clean_document(
        RawDocument(item=name, format="txt", content=f"Report {name}\n{text}", path=name)
    )
    return annotate_doc(article, nlp(article.text))


def _entities(nlp, *texts: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    articles = [_article(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    return resolve_entities(articles).entities


def _entity_with(entities: list[Entity], alias: str) -> Entity | None:
    return next((e for e in entities if alias in e.aliases), None)


def test_letters_that_abbreviate_a_name() -> None:
    assert abbreviates("IFRC", "International Federation of Red Cross and Red Crescent".split())
    assert abbreviates("JCPOA", "Joint Comprehensive Plan of Action".split())
    # another language's word order: Unidad Militar de Emergencias
    assert abbreviates("UME", "Military Emergency Unit".split())
    # look-alikes: other letters, a lower-case word, a single word
    assert not abbreviates("WHO", "World Food Programme".split())
    assert not abbreviates("AP", "the press".split())
    assert not abbreviates("NT", "Netanyahu".split())
    assert not abbreviates("IRC", "International rescue Committee".split())


def test_defined_acronym_and_its_later_uses_become_mentions() -> None:
    text = (
        "The Joint Comprehensive Plan of Action (JCPOA) was signed in 2015. "
        "Critics of the JCPOA said it was weak. He was cheerful (OK) and left."
    )
    spans = defined_acronyms(text, [], [(0, len(text))])
    found = [(text[a:b], label) for a, b, label in spans]
    assert found == [
        ("Joint Comprehensive Plan of Action", "ORG"),
        ("JCPOA", "ORG"),
        ("JCPOA", "ORG"),
    ]


def test_a_shouted_headline_word_is_not_a_country_acronym() -> None:
    text = "AID FROM THE UAE ARRIVES\nAid came from Spain and the UAE on Sunday."
    spans = defined_acronyms(text, [], [(0, len(text))])
    assert [text[a:b] for a, b, _ in spans] == ["UAE"]
    assert spans[0][0] > text.index("\n")


def test_acronym_joins_the_name_it_is_defined_after(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = _entities(
        nlp,
        "The International Federation of Red Cross and Red Crescent Societies (IFRC) released "
        "$1 million on Sunday. Spain sent its Military Emergency Unit (UME) to the region.",
        "The IFRC said teams were on the ground. The UME brought 56 soldiers and four dogs.",
    )
    ifrc = _entity_with(entities, "IFRC")
    assert ifrc is not None
    assert "International Federation of Red Cross and Red Crescent Societies" in ifrc.aliases
    ume = _entity_with(entities, "UME")
    assert ume is not None and "Military Emergency Unit" in ume.aliases
    assert "IFRC" not in ume.aliases
    spain = _entity_with(entities, "Spain")
    assert spain is None or "UME" not in spain.aliases


def test_a_name_before_unrelated_letters_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = _entities(
        nlp,
        "Reporters from the World Food Programme (AFP) visited the camp on Monday. "
        "The World Food Programme said supplies were low.",
    )
    wfp = _entity_with(entities, "World Food Programme")
    assert wfp is not None and "AFP" not in wfp.aliases


def test_a_building_tagged_as_a_person_joins_the_building(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = _entities(
        nlp,
        "Moroccan media reported that parts of the Tinmel Mosque had collapsed.",
        "Restorers had nearly finished work on the Tinmel mosque. Tinmel was a jewel of "
        "Moorish architecture, a historian said.",
    )
    mosque = _entity_with(entities, "Tinmel Mosque")
    assert mosque is not None and mosque.type == "FAC"
    assert {"Tinmel", "Tinmel mosque"} <= set(mosque.aliases)


def test_a_person_who_shares_a_buildings_word_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = _entities(
        nlp,
        "Ahmed Koutoubia, a local guide, said the Koutoubia Mosque was damaged on Friday.",
        "Koutoubia told reporters that the minaret had cracked.",
    )
    mosque = _entity_with(entities, "Koutoubia Mosque")
    assert mosque is not None and "Koutoubia" not in mosque.aliases
