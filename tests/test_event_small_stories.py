"""A story of three reports is cut at the absolute event threshold, not at its own mean
similarity: there the mean is one incident's similarity, and a bar at it splits the incident.
Reports written for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_threshold, group_articles
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities


def _symmetric(pairs: dict[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    table: dict[int, dict[int, float]] = {}
    for (i, j), value in pairs.items():
        table.setdefault(i, {})[j] = value
        table.setdefault(j, {})[i] = value
    return table


def test_the_relative_bar_needs_a_story_of_four_reports() -> None:
    settings = ClusterSettings()
    three = _symmetric({(0, 1): 0.5, (0, 2): 0.3, (1, 2): 0.25})
    assert event_threshold(three, 3, settings) == settings.event_threshold
    four = _symmetric({(0, 1): 0.5, (0, 2): 0.3, (1, 2): 0.25, (2, 3): 0.5, (0, 3): 0.3})
    # the mean over the six pairs of four reports (one pair absent counts as 0)
    assert abs(event_threshold(four, 4, settings) - 1.85 / 6) < 1e-9


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


def test_three_reports_of_one_shooting_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    articles: list[AnnotatedArticle] = []
    for title, published, text in REPORTS:
        raw = RawDocument(
            item=title, format="txt", content=f"{title}\n{text}", path=title, published=published
        )
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    resolution = resolve_entities(articles)
    groups = group_articles(articles, resolution, ClusterSettings(cross_lingual=False))
    assert groups.events == [[0, 1, 2]]
    # the story-relative bar alone would have cut this incident in two
    strict = ClusterSettings(cross_lingual=False, relative_min_members=0)
    assert len(group_articles(articles, resolution, strict).events) > 1
