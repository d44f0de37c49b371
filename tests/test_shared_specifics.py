"""A report in another language, or undated, joins the one dated event whose reports share a
specific name and a figure with it; a country and a figure alone, or two such events, do not.
Articles written for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_evidence
from crosscheck.cluster.shared_specifics import figures, join_on_shared_specifics
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

QUAKE = (
    "A 6.4 magnitude earthquake centred on Ramidanda in Jajarkot district struck western Nepal "
    "late on Friday, November 3, 2023, killing 157 people, police said."
)
QUAKE_TOLL = (
    "Rescuers searched collapsed homes in Jajarkot district on Saturday, November 4, 2023, "
    "after the 6.4 magnitude earthquake centred on Ramidanda killed 157 people, police said."
)
RELIEF = (
    "An Indian Air Force aircraft landed in Nepalgunj on Thursday, November 9, 2023, with 12 "
    "tonnes of relief for the survivors of the earthquake, the embassy said."
)
FRENCH = (
    "Un séisme de magnitude 6,4 centré sur Ramidanda, dans le district de Jajarkot, a fait 157 "
    "morts dans l'ouest du Népal, selon la police."
)
FRENCH_COUNTRY_ONLY = (
    "Un séisme de magnitude 6,4 a fait 157 morts au Népal, selon la police, et des secours "
    "sont attendus."
)


def _annotated(nlp, items: list[tuple[str, str | None, str, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for title, published, language, text in items:
        raw = RawDocument(
            item=title, format="txt", content=f"{title}\n{text}", path=title, published=published
        )
        article = clean_document(raw)
        article = article.model_copy(update={"language": language})
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def _joined(articles: list[AnnotatedArticle], events: list[list[int]]) -> dict[int, int]:
    resolution = resolve_entities(articles)
    evidence = event_evidence(articles, resolution, ClusterSettings())
    return join_on_shared_specifics(articles, events, resolution, evidence.apart)


def test_figures_read_any_script_and_decimal_mark_but_not_years_or_clock_times() -> None:
    assert figures("magnitude 6,4 et 157 morts en 2023") == {"6.4", "157"}
    assert figures("६.४ म्याग्निच्युड, १ सय ५७ जना, ११:४९") == {"6.4", "57"}
    assert "11" not in figures("à 23:47, 11.32 heures") and "23" not in figures("à 23:47")


def test_a_french_report_sharing_a_place_and_figures_joins_the_one_dated_event(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Quake in Nepal", "2023-11-04", "en", QUAKE),
            ("Relief lands", "2023-11-09", "en", RELIEF),
            ("Séisme au Népal", None, "fr", FRENCH),
            ("Rescue", "2023-11-04", "en", QUAKE_TOLL),
        ],
    )
    assert _joined(articles, [[0, 3], [1], [2]]) == {2: 0}


def test_two_dated_events_that_both_fit_leave_the_report_where_it_was(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Quake in Nepal", "2023-11-04", "en", QUAKE),
            ("Relief lands", "2023-11-09", "en", RELIEF),
            ("Séisme à Jajarkot", None, "fr", FRENCH),
            ("Rescue", "2023-11-04", "en", QUAKE_TOLL),
        ],
    )
    assert _joined(articles, [[0], [1], [2], [3]]) == {}


def test_figures_without_a_shared_place_below_the_country_do_not_join(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Quake in Nepal", "2023-11-04", "en", QUAKE),
            ("Relief lands", "2023-11-09", "en", RELIEF),
            ("Séisme au Népal", None, "fr", FRENCH_COUNTRY_ONLY),
            ("Rescue", "2023-11-04", "en", QUAKE_TOLL),
        ],
    )
    assert _joined(articles, [[0, 3], [1], [2]]) == {}
