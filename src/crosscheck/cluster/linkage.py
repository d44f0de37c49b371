"""Average-link agglomerative clustering over a sparse similarity graph.

Pairs absent from the graph count as similarity 0, so the result equals average-link on the full
matrix with those entries zeroed, at a cost that grows with the number of edges, not n².
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable


def average_link(
    n: int,
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Clusters of items 0..n-1: merge while the best average similarity is >= threshold,
    never two clusters with a pair across them that `apart` sets apart (a cannot-link that no
    third item bridges)."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in edges.items():
        sums[i][j] = sums[i].get(j, 0.0) + value
        sums[j][i] = sums[j].get(i, 0.0) + value
    heap = [(-value, i, j) for (i, j), value in edges.items() if value >= threshold]
    heapq.heapify(heap)
    alive = set(range(n))
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
