"""Average-link agglomerative clustering over a sparse similarity graph.

Pairs absent from the graph count as similarity 0, so the result equals average-link on the full
matrix with those entries zeroed, at a cost that grows with the number of edges, not n².
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Sequence


def average_link(
    n: int,
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Callable[[int, int], bool] | None = None,
    groups: Sequence[Sequence[int]] | None = None,
) -> list[list[int]]:
    """Clusters of items 0..n-1: merge while the best average similarity is >= threshold,
    never two clusters with a pair across them that `apart` sets apart (a cannot-link that no
    third item bridges). `groups`, when given, are the starting clusters (items in none of them
    are left out), instead of one cluster per item."""
    start = [[i] for i in range(n)] if groups is None else [list(g) for g in groups]
    members: dict[int, list[int]] = dict(enumerate(start))
    sums = _cluster_sums(start, edges)
    heap = [
        (-total / (len(members[a]) * len(members[b])), a, b)
        for a, row in sums.items()
        for b, total in row.items()
        if a < b
    ]
    heap = [entry for entry in heap if -entry[0] >= threshold]
    heapq.heapify(heap)
    alive = set(members)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        current = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + negative) > 1e-9:
            continue  # stale entry; the up-to-date one is in the heap if still good enough
        if apart is not None and any(apart(x, y) for x in members[a] for y in members[b]):
            continue
        # merge b into a
        members[a].extend(members.pop(b))
        alive.discard(b)
        for other, value in sums.pop(b).items():
            if other == a:
                continue
            sums[other].pop(b, None)
            sums[a][other] = sums[a].get(other, 0.0) + value
            sums[other][a] = sums[a][other]
        sums[a].pop(b, None)
        size_a = len(members[a])
        for other, value in sums[a].items():
            average = value / (size_a * len(members[other]))
            if average >= threshold:
                heapq.heappush(heap, (-average, min(a, other), max(a, other)))
    return sorted((sorted(m) for m in members.values()), key=lambda c: c[0])


def _cluster_sums(
    clusters: Sequence[Sequence[int]], edges: dict[tuple[int, int], float]
) -> dict[int, dict[int, float]]:
    """Summed pair similarity between every two clusters linked by some edge."""
    owner = {i: k for k, members in enumerate(clusters) for i in members}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in edges.items():
        a, b = owner.get(i), owner.get(j)
        if a is None or b is None or a == b:
            continue
        sums[a][b] = sums[a].get(b, 0.0) + value
        sums[b][a] = sums[b].get(a, 0.0) + value
    return sums
