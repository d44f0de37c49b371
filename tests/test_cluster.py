"""Average-link over a sparse graph, and events kept apart by date and content."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import group_articles
from crosscheck.cluster.linkage import average_link
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.resolve.resolver import resolve_entities


def test_average_link_uses_the_mean_not_the_best_pair() -> None:
    # 0-1 very similar; 2 is similar to 1 only: average of (0.0, 0.5) is below 0.4.
    edges = {(0, 1): 0.9, (1, 2): 0.5}
    assert average_link(3, edges, 0.4) == [[0, 1], [2]]
    assert average_link(3, edges, 0.2) == [[0, 1, 2]]
    assert average_link(2, {}, 0.1) == [[0], [1]]


QUAKE = "A magnitude {m} earthquake struck {place} on {day}, killing {n} people and destroying homes. Rescue teams searched the rubble of collapsed buildings in {place} through the night."


def test_same_event_joins_and_different_events_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("a", "2023-02-07", QUAKE.format(m="7.8", place="Gaziantep", day="Monday", n="3,000")),
        (
            "b",
            "2023-02-07",
            QUAKE.format(m="7.8", place="Gaziantep", day="Monday", n="3,400").replace(
                "homes", "houses"
            ),
        ),
        (
            "c",
            "2024-09-12",
            "Parliament in Oslo passed a new fisheries budget after a long debate on quotas, subsidies and coastal jobs. The finance committee backed the bill.",
        ),
    ]
    articles = []
    for name, published, text in texts:
        article = clean_document(
            RawDocument(
                item=name, format="txt", content=f"News {name}\n{text}", published=published
            )
        )
        articles.append(annotate_doc(article, nlp(article.text)))
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2]]
