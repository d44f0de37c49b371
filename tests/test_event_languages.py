"""Reports in a main language other than English: their function words do not make two
events alike. Articles written for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import group_articles
from crosscheck.cluster.similarity import analyse, stop_words
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

REPORTS = (
    (
        "Riada en Alcira",
        "Las lluvias torrenciales dejaron decenas de muertos en Alcira, donde el agua arrasó las "
        "casas de la calle mayor y se llevó por delante los coches que estaban en la rambla.",
    ),
    (
        "El barranco se desborda",
        "En Alcira el barranco se desbordó por las lluvias y el agua entró en las casas de la "
        "parte baja del pueblo, donde los vecinos tuvieron que subir a los tejados para que los "
        "rescataran.",
    ),
    (
        "Marcha en Alcira",
        "Miles de manifestantes marcharon por el centro de Alcira para pedir la dimisión del "
        "presidente regional por la gestión de la catástrofe, con pancartas que recordaban a los "
        "que murieron.",
    ),
    (
        "Protesta contra el presidente",
        "La marcha de Alcira terminó en la plaza del ayuntamiento, donde los manifestantes "
        "pidieron la dimisión del presidente y la policía cargó contra los que lanzaron barro a "
        "la fachada.",
    ),
)


def _annotated(nlp, texts: list[tuple[str, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for title, text in texts:
        raw = RawDocument(item=title, format="txt", content=f"{title}\n{text}")
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_a_language_adds_its_function_words_to_the_english_ones() -> None:
    spanish = stop_words("es")
    assert {"de", "la", "que", "los", "the", "of"} <= spanish
    assert "lluvias" not in spanish
    assert stop_words("en") == stop_words(None) == stop_words("xx")
    assert "que" not in stop_words("en")  # English alone keeps the list the bars were tuned on
    assert analyse("la dimisión de los consejeros", spanish) == ["dimisión", "consejero"]


def test_two_events_of_one_spanish_story_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    # worded apart, as two outlets write: "de", "la", "que", "los" alone would join all four
    articles = _annotated(nlp, list(REPORTS))
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3]]
