"""Metrics for flat clusterings of items (e.g. documents into stories or events).

Both clusterings are mappings ``item -> cluster label``. The gold mapping defines the items
scored; an item the prediction leaves out counts as a singleton of its own, and predicted items
absent from the gold mapping are ignored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from typing import TypeVar

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class ClusterScores:
    """Item-level B³ plus chance-corrected agreement scores of one clustering."""

    b3_precision: float
    b3_recall: float
    b3_f1: float
    ari: float
    nmi: float
    items: int
    gold_clusters: int
    predicted_clusters: int

    def as_dict(self) -> dict[str, float]:
        """All fields as a plain dict (for JSON output)."""
        return {k: float(v) for k, v in asdict(self).items()}


def align_labels(
    gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]
) -> tuple[list[Hashable], list[Hashable]]:
    """Gold and predicted labels in one item order; missing predictions become singletons."""
    items = list(gold)
    gold_labels = [gold[i] for i in items]
    pred_labels: list[Hashable] = [
        ("pred", predicted[i]) if i in predicted else ("singleton", i) for i in items
    ]
    return gold_labels, pred_labels


def b_cubed(
    gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]
) -> tuple[float, float, float]:
    """Item-level B³ (precision, recall, F1), averaged over the gold items."""
    gold_labels, pred_labels = align_labels(gold, predicted)
    n = len(gold_labels)
    if n == 0:
        return 0.0, 0.0, 0.0
    both = Counter(zip(gold_labels, pred_labels, strict=True))
    gold_size = Counter(gold_labels)
    pred_size = Counter(pred_labels)
    # Each item in cell (g, p) has |g ∩ p| correct partners: precision |g∩p|/|p|,
    # recall |g∩p|/|g|; summing over a cell's members multiplies by |g ∩ p|.
    precision = sum(c * c / pred_size[p] for (_, p), c in both.items()) / n
    recall = sum(c * c / gold_size[g] for (g, _), c in both.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _codes(labels: list[Hashable]) -> list[int]:
    index: dict[Hashable, int] = {}
    return [index.setdefault(label, len(index)) for label in labels]


def score_clustering(
    gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]
) -> ClusterScores:
    """B³ precision/recall/F1, adjusted Rand index and NMI of ``predicted`` against ``gold``."""
    gold_labels, pred_labels = align_labels(gold, predicted)
    precision, recall, f1 = b_cubed(gold, predicted)
    # sklearn wants comparable labels; integer codes avoid mixing label types.
    g, p = _codes(gold_labels), _codes(pred_labels)
    return ClusterScores(
        b3_precision=precision,
        b3_recall=recall,
        b3_f1=f1,
        ari=float(adjusted_rand_score(g, p)) if g else 0.0,
        nmi=float(normalized_mutual_info_score(g, p)) if g else 0.0,
        items=len(g),
        gold_clusters=len(set(g)),
        predicted_clusters=len(set(p)),
    )
