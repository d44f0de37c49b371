"""Names in Spanish, Portuguese, Italian and German paragraphs found and typed by the words
around them (`annotate.foreign_cues`): texts written for the test, with near misses."""

from __future__ import annotations

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_SPANISH = (
    "El presidente Sánchez visitó el domingo las zonas afectadas por las lluvias. La "
    "ministra Margarita Robles dijo que el ejército ayudaría a los vecinos. El rey Felipe VI "
    "llegó después a la zona. Las lluvias cayeron sobre todo en Chiva y en Paiporta, dijo "
    "Juan Pérez, alcalde de la ciudad. Lo anunció en Facebook el ayuntamiento, y la Asamblea "
    "General Naciones pidió calma."
)
_PORTUGUESE = (
    "O primeiro-ministro Pedro Sánchez visitou as zonas afetadas pelas cheias na terça-feira. "
    "A água chegou a dois metros em Chiva, disse Carlos Mazón aos jornalistas, e as "
    "autoridades pediram calma aos moradores da região."
)
_GERMAN = (
    "Der Ministerpräsident Carlos Mazón sagte, die Warnung sei zu spät gekommen. König "
    "Felipe VI besuchte am Sonntag die Region. Die Lage in Zukunft bleibt nach Angaben der "
    "Behörden schwierig, und viele Bewohner warten noch auf Hilfe."
)


def _names(article: AnnotatedArticle) -> dict[str, str]:
    return {m.text: m.type for m in article.mentions if m.kind == "name"}


def test_spanish_titles_speech_verbs_and_places(nlp) -> None:  # type: ignore[no-untyped-def]
    article = annotated_report(nlp, "es.txt", _SPANISH)
    assert any(p.language == "es" for p in article.article.paragraphs)
    names = _names(article)
    assert names["Sánchez"] == "PERSON", "a surname after 'el presidente'"
    assert names["Margarita Robles"] == "PERSON", "after 'la ministra'"
    assert names["Felipe VI"] == "PERSON", "a regnal number kept after 'el rey'"
    assert names["Juan Pérez"] == "PERSON", "a full name after 'dijo'"
    assert names["Chiva"] == names["Paiporta"] == "GPE", "after 'en'"
    assert "Facebook" not in names or names["Facebook"] != "GPE", "a platform, not a place"
    assert "Naciones" not in names, "a capitalised 'General' inside a name is no title"


def test_portuguese_place_and_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(annotated_report(nlp, "pt.txt", _PORTUGUESE))
    assert names["Pedro Sánchez"] == names["Carlos Mazón"] == "PERSON"
    assert names["Chiva"] == "GPE", "after 'em'"


def test_german_titles_without_place_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(annotated_report(nlp, "de.txt", _GERMAN))
    assert names["Carlos Mazón"] == "PERSON", "after 'Ministerpräsident'"
    assert names["Felipe VI"] == "PERSON", "after 'König'"
    assert "Zukunft" not in names, "German capitalises every noun: 'in Zukunft' is no place"


_FRENCH_TOWN = (
    "La pluie est tombée à Chiva, un petit village de l'arrière-pays, pendant huit heures mardi."
)
_ENGLISH_TOWN = (
    "Floods hit towns in Chiva and Catarroja on Tuesday, and rescuers reached them on Wednesday."
)
_CONGRESS = (
    "The bill stalled in Congress on Tuesday, and Congress will vote again next week, the "
    "speaker said."
)


def test_a_town_after_a_locative_preposition_is_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        annotated_report(nlp, "fr.txt", _FRENCH_TOWN),
        annotated_report(nlp, "en.txt", _ENGLISH_TOWN),
        annotated_report(nlp, "congress.txt", _CONGRESS),
    ]
    entities = resolve_entities(articles).entities
    chiva = [e for e in entities if "Chiva" in e.aliases]
    assert len(chiva) == 1, "'à Chiva' tagged a person and 'in Chiva' an organisation: one"
    assert chiva[0].type in ("GPE", "LOC")
    congress = [e for e in entities if "Congress" in e.aliases]
    assert all(e.type == "ORG" for e in congress), "'in Congress' alone makes no place"
