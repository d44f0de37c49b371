"""Coreference metrics (MUC, B³, CEAF-m, CEAF-e, BLANC, CoNLL F1) over clusterings of mentions.

The definitions follow the CoNLL-2012 reference scorer v8.01 (Pradhan et al. 2014, "Scoring
Coreference Partitions of Predicted Mentions: A Reference Implementation"):

* Mentions are hashable ids; a clustering is an iterable of clusters (iterables of ids).
* Mentions present on only one side (missed or invented mentions) are kept as they are: they
  simply fail to match, so they lower recall or precision. No Cai & Strube (2010) adjustment.
* Singletons count for B³, CEAF and BLANC; they contribute no link to MUC.
* A mention repeated in the response is kept at its first occurrence only (the scorer's
  de-duplication); a mention repeated in the key is an error.
* Every score keeps its numerators and denominators, so scores of several documents can be
  added (micro-average), which is how the reference scorer totals a corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

Clusters = Sequence[frozenset[Hashable]]


@dataclass(frozen=True)
class Score:
    """Recall and precision kept as numerator/denominator pairs; ``+`` sums documents."""

    recall_num: float
    recall_den: float
    precision_num: float
    precision_den: float

    @property
    def recall(self) -> float:
        """Recall, 0 when there is nothing to recall."""
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        """Precision, 0 when nothing was predicted."""
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of recall and precision (0 when both are 0)."""
        r, p = self.recall, self.precision
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.recall_num + other.recall_num,
            self.recall_den + other.recall_den,
            self.precision_num + other.precision_num,
            self.precision_den + other.precision_den,
        )


@dataclass(frozen=True)
class BlancScore:
    """BLANC (Luo et al. 2014) link counts; ``+`` sums documents."""

    coref_correct: int
    coref_key: int
    coref_response: int
    noncoref_correct: int
    noncoref_key: int
    noncoref_response: int

    def _parts(self) -> tuple[float, float, float]:
        coref = Score(self.coref_correct, self.coref_key, self.coref_correct, self.coref_response)
        non = Score(
            self.noncoref_correct, self.noncoref_key, self.noncoref_correct, self.noncoref_response
        )
        # The reference scorer uses only the link type the key has when it lacks the other.
        if self.coref_key == 0 and self.noncoref_key == 0:
            return 0.0, 0.0, 0.0
        if self.coref_key == 0:
            return non.recall, non.precision, non.f1
        if self.noncoref_key == 0:
            return coref.recall, coref.precision, coref.f1
        return (
            (coref.recall + non.recall) / 2,
            (coref.precision + non.precision) / 2,
            (coref.f1 + non.f1) / 2,
        )

    @property
    def recall(self) -> float:
        """Mean of coreference-link and non-coreference-link recall."""
        return self._parts()[0]

    @property
    def precision(self) -> float:
        """Mean of coreference-link and non-coreference-link precision."""
        return self._parts()[1]

    @property
    def f1(self) -> float:
        """Mean of the two link types' F1 (not the harmonic mean of recall and precision)."""
        return self._parts()[2]

    def __add__(self, other: BlancScore) -> BlancScore:
        return BlancScore(
            self.coref_correct + other.coref_correct,
            self.coref_key + other.coref_key,
            self.coref_response + other.coref_response,
            self.noncoref_correct + other.noncoref_correct,
            self.noncoref_key + other.noncoref_key,
            self.noncoref_response + other.noncoref_response,
        )


@dataclass(frozen=True)
class CorefScores:
    """All metrics for one key/response pair (or a sum over documents)."""

    muc: Score
    b_cubed: Score
    ceaf_m: Score
    ceaf_e: Score
    blanc: BlancScore

    @property
    def conll_f1(self) -> float:
        """CoNLL F1: the unweighted mean of MUC, B³ and CEAF-e F1."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def __add__(self, other: CorefScores) -> CorefScores:
        return CorefScores(
            self.muc + other.muc,
            self.b_cubed + other.b_cubed,
            self.ceaf_m + other.ceaf_m,
            self.ceaf_e + other.ceaf_e,
            self.blanc + other.blanc,
        )

    def as_dict(self) -> dict[str, dict[str, float]]:
        """Recall, precision and F1 of each metric, plus CoNLL F1, as plain floats."""
        out = {
            name: {"recall": s.recall, "precision": s.precision, "f1": s.f1}
            for name, s in (
                ("muc", self.muc),
                ("b_cubed", self.b_cubed),
                ("ceaf_m", self.ceaf_m),
                ("ceaf_e", self.ceaf_e),
                ("blanc", self.blanc),
            )
        }
        out["conll"] = {"f1": self.conll_f1}
        return out


def normalize_key(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    """Turn a key clustering into non-empty frozensets; raise ValueError on a repeated mention."""
    out: list[frozenset[Hashable]] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        members = list(cluster)
        unique = frozenset(members)
        if len(unique) != len(members) or seen & unique:
            raise ValueError("a mention occurs more than once in the key clustering")
        seen |= unique
        if unique:
            out.append(unique)
    return out


def normalize_response(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    """Turn a response clustering into non-empty frozensets, keeping each mention's first use."""
    out: list[frozenset[Hashable]] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        kept: list[Hashable] = []
        for mention in cluster:
            if mention not in seen:
                seen.add(mention)
                kept.append(mention)
        if kept:
            out.append(frozenset(kept))
    return out


def _index(clusters: Clusters) -> dict[Hashable, int]:
    return {m: i for i, cluster in enumerate(clusters) for m in cluster}


def _overlaps(key: Clusters, response: Clusters) -> Counter[tuple[int, int]]:
    """Counts |K_i ∩ R_j| for every pair of clusters that share a mention."""
    response_of = _index(response)
    counts: Counter[tuple[int, int]] = Counter()
    for i, cluster in enumerate(key):
        for m in cluster:
            j = response_of.get(m)
            if j is not None:
                counts[i, j] += 1
    return counts


def _muc_side(gold: Clusters, other: Clusters) -> tuple[int, int]:
    """MUC numerator/denominator of ``gold`` partitioned by ``other`` (Vilain et al. 1995)."""
    other_of = _index(other)
    num = den = 0
    for cluster in gold:
        # Mentions absent from ``other`` each form a partition of their own.
        parts = {other_of.get(m, ("absent", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: Clusters, response: Clusters) -> Score:
    """MUC link-based score of normalized clusterings."""
    rn, rd = _muc_side(key, response)
    pn, pd = _muc_side(response, key)
    return Score(rn, rd, pn, pd)


def b_cubed(key: Clusters, response: Clusters) -> Score:
    """B³ mention-based score (Bagga & Baldwin 1998) of normalized clusterings."""
    recall = precision = 0.0
    for (i, j), n in _overlaps(key, response).items():
        recall += n * n / len(key[i])
        precision += n * n / len(response[j])
    return Score(recall, sum(len(c) for c in key), precision, sum(len(c) for c in response))


def _ceaf_total(key: Clusters, response: Clusters, entity_based: bool) -> float:
    """Similarity of the best one-to-one alignment of key and response clusters."""
    overlaps = _overlaps(key, response)
    if not overlaps:
        return 0.0
    pairs = list(overlaps)
    rows = np.array([i for i, _ in pairs])
    cols = np.array([j for _, j in pairs])
    # Clusters that share no mention have similarity 0, so each connected component of the
    # overlap graph can be aligned on its own: exact, and far cheaper than one dense matrix.
    graph = coo_matrix(
        (np.ones(len(pairs)), (rows, cols + len(key))),
        shape=(len(key) + len(response),) * 2,
    )
    _, labels = connected_components(graph, directed=False)
    by_component: dict[int, list[tuple[int, int]]] = {}
    for i, j in pairs:
        by_component.setdefault(int(labels[i]), []).append((i, j))
    total = 0.0
    for component in by_component.values():
        key_ids = sorted({i for i, _ in component})
        resp_ids = sorted({j for _, j in component})
        sim = np.zeros((len(key_ids), len(resp_ids)))
        row_of = {k: n for n, k in enumerate(key_ids)}
        col_of = {r: n for n, r in enumerate(resp_ids)}
        for i, j in component:
            common = overlaps[i, j]
            sim[row_of[i], col_of[j]] = (
                2 * common / (len(key[i]) + len(response[j])) if entity_based else common
            )
        r_idx, c_idx = linear_sum_assignment(sim, maximize=True)
        total += float(sim[r_idx, c_idx].sum())
    return total


def ceaf_m(key: Clusters, response: Clusters) -> Score:
    """Mention-based CEAF (φ3 = |K ∩ R|) of normalized clusterings."""
    total = _ceaf_total(key, response, entity_based=False)
    return Score(total, sum(len(c) for c in key), total, sum(len(c) for c in response))


def ceaf_e(key: Clusters, response: Clusters) -> Score:
    """Entity-based CEAF (φ4 = 2|K ∩ R| / (|K| + |R|)) of normalized clusterings."""
    total = _ceaf_total(key, response, entity_based=True)
    return Score(total, len(key), total, len(response))


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def blanc(key: Clusters, response: Clusters) -> BlancScore:
    """BLANC for predicted mentions (Luo et al. 2014), counted without listing every pair."""
    overlaps = _overlaps(key, response)
    both = sum(_pairs(n) for n in overlaps.values())
    coref_key = sum(_pairs(len(c)) for c in key)
    coref_resp = sum(_pairs(len(c)) for c in response)
    # Non-coreference links both sides share are pairs of common mentions that are apart in
    # the key and apart in the response (inclusion-exclusion over the common mentions).
    common_in_key: Counter[int] = Counter()
    common_in_resp: Counter[int] = Counter()
    for (i, j), n in overlaps.items():
        common_in_key[i] += n
        common_in_resp[j] += n
    n_common = sum(overlaps.values())
    non_correct = (
        _pairs(n_common)
        - sum(_pairs(n) for n in common_in_key.values())
        - sum(_pairs(n) for n in common_in_resp.values())
        + both
    )
    n_key = sum(len(c) for c in key)
    n_resp = sum(len(c) for c in response)
    return BlancScore(
        coref_correct=both,
        coref_key=coref_key,
        coref_response=coref_resp,
        noncoref_correct=non_correct,
        noncoref_key=_pairs(n_key) - coref_key,
        noncoref_response=_pairs(n_resp) - coref_resp,
    )


def evaluate(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> CorefScores:
    """Score a response clustering of mention ids against the key with every metric."""
    k = normalize_key(key)
    r = normalize_response(response)
    return CorefScores(
        muc=muc(k, r),
        b_cubed=b_cubed(k, r),
        ceaf_m=ceaf_m(k, r),
        ceaf_e=ceaf_e(k, r),
        blanc=blanc(k, r),
    )


def conll_f1(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> float:
    """CoNLL F1 (mean of MUC, B³ and CEAF-e F1) of a response against the key."""
    return evaluate(key, response).conll_f1


def clusters_from_labels(labels: dict[Hashable, Hashable]) -> list[list[Hashable]]:
    """Group mention ids by label, e.g. ``{mention: chain_id}`` into a list of clusters."""
    groups: dict[Hashable, list[Hashable]] = {}
    for mention, label in labels.items():
        groups.setdefault(label, []).append(mention)
    return list(groups.values())
