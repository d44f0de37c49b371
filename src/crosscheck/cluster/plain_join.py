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

import heapq
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

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


def _cluster_sums(
    events: Sequence[Sequence[int]], edges: dict[tuple[int, int], float]
) -> dict[int, dict[int, float]]:
    """Summed pair similarity between every two events linked by some edge."""
    owner = {i: k for k, members in enumerate(events) for i in members}
    sums: dict[int, dict[int, float]] = {k: {} for k in range(len(events))}
    for (i, j), value in edges.items():
        a, b = owner.get(i), owner.get(j)
        if a is None or b is None or a == b:
            continue
        sums[a][b] = sums[a].get(b, 0.0) + value
        sums[b][a] = sums[b].get(a, 0.0) + value
    return sums


def join_plain(
    events: Sequence[Sequence[int]],
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Apart,
) -> list[list[int]]:
    """Average-link merges of `events` (item index lists) over `edges` (pair similarities),
    best first while at least `threshold`, never across a pair set apart by `apart`."""
    members = {k: list(group) for k, group in enumerate(events)}
    sums = _cluster_sums(events, edges)
    heap = [
        (-total / (len(members[a]) * len(members[b])), a, b)
        for a, row in sums.items()
        for b, total in row.items()
        if a < b
    ]
    heap = [entry for entry in heap if -entry[0] >= threshold]
    heapq.heapify(heap)
    blocked: set[tuple[int, int]] = set()
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or (a, b) in blocked:
            continue
        current = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + negative) > 1e-9:
            continue  # stale: the current average is in the heap if still high enough
        if any(apart(i, j) for i in members[a] for j in members[b]):
            blocked.add((a, b))
            continue
        members[a].extend(members.pop(b))
        for other, value in sums.pop(b).items():
            if other == a:
                continue
            sums[other].pop(b, None)
            sums[a][other] = sums[a].get(other, 0.0) + value
            sums[other][a] = sums[a][other]
        sums[a].pop(b, None)
        blocked = {pair for pair in blocked if a not in pair and b not in pair}
        for other, value in sums[a].items():
            average = value / (len(members[a]) * len(members[other]))
            if average >= threshold:
                heapq.heappush(heap, (-average, min(a, other), max(a, other)))
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


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
