"""Average-link over a sparse graph, and events kept apart by date and content."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, group_articles
from crosscheck.cluster.fragments import attach_fragments
from crosscheck.cluster.linkage import average_link
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import TimeMention
from crosscheck.resolve.resolver import resolve_entities


def test_average_link_uses_the_mean_not_the_best_pair() -> None:
    # 0-1 very similar; 2 is similar to 1 only: average of (0.0, 0.5) is below 0.4.
    edges = {(0, 1): 0.9, (1, 2): 0.5}
    assert average_link(3, edges, 0.4) == [[0, 1], [2]]
    assert average_link(3, edges, 0.2) == [[0, 1, 2]]
    assert average_link(2, {}, 0.1) == [[0], [1]]


def test_average_link_never_joins_two_items_set_apart_through_a_third() -> None:
    # 0 and 2 are reports of two meetings on different days; 1, undated, is close to both.
    edges = {(0, 1): 0.9, (1, 2): 0.8, (2, 3): 0.7}
    assert average_link(4, edges, 0.2) == [[0, 1, 2, 3]]
    apart = {(0, 2), (2, 0)}
    assert average_link(4, edges, 0.2, lambda i, j: (i, j) in apart) == [[0, 1], [2, 3]]


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


def _similarity(pairs: dict[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    table: dict[int, dict[int, float]] = {}
    for (i, j), value in pairs.items():
        table.setdefault(i, {})[j] = value
        table.setdefault(j, {})[i] = value
    return table


SETTINGS = ClusterSettings()  # event threshold 0.14: fragments need >= 0.112 and a 10% margin


def test_a_straggler_joins_the_event_it_is_clearly_closest_to() -> None:
    # Event {0,1,2}, event {3,4}; article 5 is close to the first only.
    similarity = _similarity(
        {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (3, 4): 0.5, (5, 0): 0.2, (5, 1): 0.2, (5, 3): 0.1}
    )
    clusters = attach_fragments([[0, 1, 2], [3, 4], [5]], similarity, [None] * 6, SETTINGS)
    assert clusters == [[0, 1, 2, 5], [3, 4]]


def test_a_fragment_as_close_to_two_events_stays_apart() -> None:
    similarity = _similarity(
        {(0, 1): 0.5, (2, 3): 0.5, (4, 0): 0.3, (4, 1): 0.3, (4, 2): 0.29, (4, 3): 0.29}
    )
    clusters = attach_fragments([[0, 1], [2, 3], [4]], similarity, [None] * 5, SETTINGS)
    assert clusters == [[0, 1], [2, 3], [4]]


def test_a_story_split_in_two_stays_split_and_dates_can_block() -> None:
    similarity = _similarity({(0, 1): 0.5, (2, 0): 0.3, (2, 1): 0.3, (3, 2): 0.01})
    assert attach_fragments([[0, 1], [2]], similarity, [None] * 3, SETTINGS) == [[0, 1], [2]]
    july = (
        date(2025, 7, 12),
        TimeMention(
            start=0,
            end=8,
            text="Saturday",
            kind="DATE",
            value="2025-07-12",
            day=date(2025, 7, 12),
            relative=True,
        ),
    )
    may = (
        date(2025, 5, 22),
        TimeMention(
            start=0,
            end=8,
            text="Thursday",
            kind="DATE",
            value="2025-05-22",
            day=date(2025, 5, 22),
            relative=True,
        ),
    )
    dates = [july, None, may, None]
    assert attach_fragments([[0, 1], [2], [3]], similarity, dates, SETTINGS) == [[0, 1], [2], [3]]
    assert attach_fragments([[0, 1], [2], [3]], similarity, [None] * 4, SETTINGS) == [
        [0, 1, 2],
        [3],
    ]
