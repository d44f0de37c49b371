"""Disjoint sets: over any ordered, hashable keys (`DisjointSets`), or over 0..n-1
(`UnionFind`). The smaller key becomes the root, so results are deterministic."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar


class _OrderedKey(Protocol):
    def __hash__(self) -> int: ...
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_OrderedKey)


class DisjointSets(Generic[K]):
    """Union-find with path halving over keys added on first use."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def __contains__(self, key: object) -> bool:
        return key in self.parent

    def find(self, key: K) -> K:
        """The representative of ``key``'s set (a new singleton set for an unseen key)."""
        parent = self.parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: K, b: K) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were already one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True

    def same(self, a: K, b: K) -> bool:
        """Whether ``a`` and ``b`` are in one set."""
        return self.find(a) == self.find(b)

    def clusters(self) -> list[list[K]]:
        """All sets, each in insertion order of its keys, ordered by first insertion."""
        groups: dict[K, list[K]] = {}
        for key in list(self.parent):
            groups.setdefault(self.find(key), []).append(key)
        return list(groups.values())


class UnionFind(DisjointSets[int]):
    """Disjoint sets over the indexes 0..size-1."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.parent = {i: i for i in range(size)}
