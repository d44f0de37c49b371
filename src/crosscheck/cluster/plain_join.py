"""Events of different stories that plain word overlap says are one join, unless a reader's
evidence sets them apart.

Stories are cut first, on words weighted by entities and dates, and an event never spans two
of them; so reports of one incident that landed in two stories (a feature, a report of the
trial weeks later) stay two events. A plain TF-IDF over the whole input (sublinear tf, English
stop words, title and text, cosine, average link) is the baseline that keeps such reports
together: events of different stories whose reports are, on average, as close as that
baseline's threshold join, closest first, when no pair across them is set apart (dates,
places, headlines). Inside a story the strict split has decided: a plain join there merges
distinct meetings of a densely reported story, where every report is close to all (on ECB+
topics 1-35 it trades precision 0.95 for 0.82).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.similarity import neighbour_graph
from crosscheck.records import AnnotatedArticle

Apart = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class PlainJoinSettings:
    """The plain baseline's cut (cosine of average link), chosen on GVC val and ECB+ topics
    1-35 (`python -m benchmarks.tune_events`)."""

    threshold: float = 0.15
    top_k: int = 50


def plain_matrix(articles: Sequence[AnnotatedArticle]) -> sparse.csr_matrix:
    """L2-normalised sublinear TF-IDF rows of title and text, English stop words."""
    texts = [f"{a.article.title or ''}\n{a.article.text}" for a in articles]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    matrix: sparse.csr_matrix = vectorizer.fit_transform(texts).tocsr()
    return matrix


def join_plain(
    events: Sequence[Sequence[int]],
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Apart,
) -> list[list[int]]:
    """Average-link merges of `events` (item index lists) over `edges` (pair similarities),
    best first while at least `threshold`, never across a pair set apart by `apart`."""
    return average_link(0, edges, threshold, apart, groups=events)


def plain_edges(
    articles: Sequence[AnnotatedArticle], settings: PlainJoinSettings
) -> dict[tuple[int, int], float]:
    """The plain baseline's neighbour graph over all articles: each article's `top_k` closest
    (pairs further down count as 0 in the averages)."""
    return neighbour_graph(plain_matrix(articles), 1e-6, settings.top_k)


def _across_stories(stories: list[list[int]], apart: Apart) -> Apart:
    """`apart`, and also any two articles of one story: inside a story the strict split has
    already decided (a plain join there merges distinct meetings of a densely reported story)."""
    story_of = {i: s for s, members in enumerate(stories) for i in members}
    return lambda i, j: story_of[i] == story_of[j] or apart(i, j)


def _stories_of(stories: list[list[int]], events: list[list[int]]) -> list[list[int]]:
    """Stories joined wherever one event now spans several of them."""
    story_of = {i: s for s, members in enumerate(stories) for i in members}
    parent = list(range(len(stories)))

    def root(s: int) -> int:
        while parent[s] != s:
            s = parent[s]
        return s

    for event in events:
        first = root(story_of[event[0]])
        for i in event[1:]:
            parent[root(story_of[i])] = first
    grouped: dict[int, list[int]] = defaultdict(list)
    for s, members in enumerate(stories):
        grouped[root(s)].extend(members)
    return sorted((sorted(g) for g in grouped.values()), key=lambda g: g[0])


def join_across_stories(
    articles: Sequence[AnnotatedArticle],
    stories: list[list[int]],
    events: list[list[int]],
    apart: Apart,
    settings: PlainJoinSettings = PlainJoinSettings(),
) -> tuple[list[list[int]], list[list[int]]]:
    """Stories and events after events of different stories that the plain baseline puts
    together joined (their stories too), unless some pair across them is set apart."""
    edges = plain_edges(articles, settings)
    joined = join_plain(events, edges, settings.threshold, _across_stories(stories, apart))
    return _stories_of(stories, joined), joined
