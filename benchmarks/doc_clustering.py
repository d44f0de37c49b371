"""The TF-IDF average-link document clustering baseline, with its threshold sweep."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances

from crosscheck.evaluation.cluster_metrics import ClusterScores, score_clustering

DEFAULT_THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.05, 1.0, 0.01))


def cosine_distance_matrix(texts: Sequence[str]) -> NDArray[np.float64]:
    """Pairwise cosine distances of plain TF-IDF vectors (sklearn defaults) of the texts."""
    vectors = TfidfVectorizer().fit_transform(texts)
    distances: NDArray[np.float64] = np.clip(cosine_distances(vectors), 0.0, None)
    return distances


def cluster_at(distances: NDArray[np.float64], threshold: float) -> list[int]:
    """Average-link agglomerative clustering on cosine distance, cut at ``threshold``."""
    if distances.shape[0] < 2:
        return [0] * distances.shape[0]
    # Cosine distances are precomputed once so a sweep does not re-vectorise per threshold.
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    )
    return [int(label) for label in model.fit_predict(distances)]


@dataclass(frozen=True)
class SweepPoint:
    """The baseline's scores at one threshold, per gold labelling (e.g. topic, subtopic)."""

    threshold: float
    scores: dict[str, ClusterScores]


def sweep(
    doc_ids: Sequence[str],
    texts: Sequence[str],
    golds: Mapping[str, Mapping[str, Hashable]],
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> list[SweepPoint]:
    """Cluster at every threshold and score the result against every gold labelling."""
    distances = cosine_distance_matrix(texts)
    points = []
    for threshold in thresholds:
        predicted = dict(zip(doc_ids, cluster_at(distances, threshold), strict=True))
        points.append(
            SweepPoint(
                threshold,
                {level: score_clustering(gold, predicted) for level, gold in golds.items()},
            )
        )
    return points


def best(points: Sequence[SweepPoint], level: str) -> SweepPoint:
    """The oracle point: highest B³ F1 against ``level`` (lowest threshold on ties)."""
    return max(points, key=lambda p: (p.scores[level].b3_f1, -p.threshold))


def at_threshold(points: Sequence[SweepPoint], threshold: float) -> SweepPoint:
    """The sweep point closest to ``threshold``."""
    return min(points, key=lambda p: abs(p.threshold - threshold))
