"""How two claims relate, and the protocol every claim-matching backend follows.

A backend first proposes candidate pairs cheaply (blocked: only claims that share a block, e.g.
a story, are ever paired), then judges each candidate. Backends are registered by name so that
a user can choose one (`lexical`, `embedding`, an NLI model of their own) without touching the
pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np
from scipy import sparse

from crosscheck.cluster.similarity import blocked_neighbours
from crosscheck.errors import ConfigurationError
from crosscheck.records import Claim


class Relation(StrEnum):
    """What one claim is to another."""

    SAME = "same"  # the same proposition: one supports the other
    CONTRADICTS = "contradicts"  # the same proposition, opposite truth
    RELATED = "related"  # the same topic, not the same proposition
    UNRELATED = "unrelated"


@dataclass(frozen=True, slots=True)
class Judgement:
    """A relation with the backend's confidence in it (0..1)."""

    relation: Relation
    score: float


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair of claims (indexes into the list given to `candidates`, first < second) worth
    judging, with the backend's similarity."""

    first: int
    second: int
    similarity: float


def blocked_candidates(
    matrix: sparse.csr_matrix, blocks: Sequence[Hashable], threshold: float, top_k: int
) -> list[Candidate]:
    """Candidates from one row of `matrix` per claim (TF-IDF, embeddings): each claim's top-k
    neighbours within its own block whose similarity reaches `threshold`."""
    if matrix.shape[0] != len(blocks):
        raise ValueError("one block per claim is needed")
    if len(blocks) < 2:
        return []
    ids: dict[Hashable, int] = {}
    labels = np.array([ids.setdefault(b, len(ids)) for b in blocks], dtype=np.int64)
    pairs = blocked_neighbours(matrix, labels, threshold, top_k)
    return [
        Candidate(int(i), int(j), float(s))
        for i, j, s in zip(pairs.first, pairs.second, pairs.similarity, strict=True)
    ]


class ClaimMatcher(Protocol):
    """A claim-matching backend."""

    name: str

    def candidates(
        self, claims: Sequence[Claim], blocks: Sequence[Hashable], threshold: float
    ) -> list[Candidate]:
        """Pairs of claims in the same block whose similarity reaches `threshold`."""
        ...

    def relate(self, first: Claim, second: Claim) -> Judgement:
        """How `first` relates to `second`."""
        ...


MatcherFactory = Callable[[], ClaimMatcher]
_REGISTRY: dict[str, MatcherFactory] = {}


def register_matcher(name: str, factory: MatcherFactory) -> None:
    """Make a backend available under `name` (a later registration replaces an earlier one)."""
    _REGISTRY[name] = factory


def get_matcher(name: str) -> ClaimMatcher:
    """A new instance of the backend registered as `name`."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise ConfigurationError(f"no claim matcher named {name!r} (known: {known})") from None
    return factory()


def matcher_names() -> list[str]:
    """The names of the registered backends."""
    return sorted(_REGISTRY)
