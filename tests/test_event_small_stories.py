"""A story of three reports that all report the same days is cut at the absolute event
threshold, not at its own mean similarity: there the mean is one incident's similarity, and a
bar at it splits the incident. With a report undated the relative bar stays. Reports written
for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_evidence, group_articles
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

REPORTS = [
    (
        "Four shot at birthday party in Harlow Park",
        "2016-10-30",
        "Four people were shot early Sunday at a birthday party in a rented hall on Kessler "
        "Avenue in Harlow Park, police said. Two victims, a 19-year-old man and a 22-year-old "
        "woman, were taken to Mercy Hospital in critical condition. Police said an argument "
        "broke out before a man fired into the crowd and fled in a silver sedan.",
    ),
    (
        "Police search for gunman after Kessler Avenue party shooting",
        "2016-10-30",
        "Harlow Park police are searching for the gunman who opened fire at a party on Kessler "
        "Avenue early Sunday, wounding four people. Detectives say the shooter left in a silver "
        "sedan. A 19-year-old man remains in critical condition at Mercy Hospital.",
    ),
    (
        "Neighbours call for calm after Harlow Park shooting",
        "2016-10-31",
        "Neighbours of the Kessler Avenue hall where four people were wounded at a party on "
        "Sunday met with Harlow Park police on Monday and asked for more patrols. The hall's "
        "owner said he would stop renting it for parties. No arrest has been made.",
    ),
]


def _annotated(nlp, reports: list[tuple[str, str | None, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles: list[AnnotatedArticle] = []
    for title, published, text in reports:
        raw = RawDocument(
            item=title, format="txt", content=f"{title}\n{text}", path=title, published=published
        )
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_three_reports_of_one_shooting_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(nlp, REPORTS)
    resolution = resolve_entities(articles)
    settings = ClusterSettings(cross_lingual=False)
    assert event_evidence(articles, resolution, settings).days_agree([0, 1, 2])
    groups = group_articles(articles, resolution, settings)
    assert groups.events == [[0, 1, 2]]
    # the story-relative bar alone would have cut this incident in two
    strict = ClusterSettings(cross_lingual=False, relative_min_members=0)
    assert len(group_articles(articles, resolution, strict).events) > 1


def test_an_undated_report_keeps_the_relative_bar(nlp) -> None:  # type: ignore[no-untyped-def]
    title, _, text = REPORTS[2]
    articles = _annotated(nlp, [*REPORTS[:2], (title, None, text)])
    resolution = resolve_entities(articles)
    settings = ClusterSettings(cross_lingual=False)
    assert not event_evidence(articles, resolution, settings).days_agree([0, 1, 2])
    assert len(group_articles(articles, resolution, settings).events) > 1
