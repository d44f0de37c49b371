"""Article vectors and a sparse neighbour graph: the blocking step of every corpus stage."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str:
    """A light English suffix stripper: enough to meet "meeting"/"meetings", "talks"/"talk"."""
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def analyse(text: str) -> list[str]:
    """Lowercased, stop-word-free, lightly stemmed words of `text`; `__x` tokens pass through."""
    out: list[str] = []
    for token in text.split():
        if token.startswith("__"):
            out.append(token)
            continue
        for match in _WORD.finditer(token.lower()):
            word = match.group()
            if word not in ENGLISH_STOP_WORDS and len(word) > 1:
                out.append(_stem(word))
    return out


def _given(tokens: list[str]) -> list[str]:
    return tokens


def tfidf_matrix(documents: Sequence[str] | Sequence[list[str]]) -> sparse.csr_matrix:
    """L2-normalised sublinear TF-IDF rows, one per document (a text, or its `analyse` tokens
    when the caller analysed it already and needs several matrices over the same documents)."""
    analyzer = _given if documents and isinstance(documents[0], list) else analyse
    vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=1, dtype=np.float32)
    matrix: sparse.csr_matrix = vectorizer.fit_transform(documents).tocsr()
    return matrix


def _row_neighbours(
    matrix: sparse.csr_matrix, min_similarity: float, top_k: int, chunk: int
) -> Iterator[tuple[int, npt.NDArray[np.int32], npt.NDArray[np.float32]]]:
    """Each row's top-k other rows by cosine similarity, those at least `min_similarity`.

    Rows are processed in chunks so memory stays bounded; the sparse product only touches
    pairs that share a term, which is the blocking.
    """
    n = matrix.shape[0]
    transposed = matrix.T.tocsc()
    for begin in range(0, n, chunk):
        block = (matrix[begin : begin + chunk] @ transposed).tocsr()
        for row in range(block.shape[0]):
            i = begin + row
            lo, hi = block.indptr[row], block.indptr[row + 1]
            cols, vals = block.indices[lo:hi], block.data[lo:hi]
            keep = (vals >= min_similarity) & (cols != i)
            cols, vals = cols[keep], vals[keep]
            if len(vals) > top_k:
                best = np.argpartition(-vals, top_k)[:top_k]
                cols, vals = cols[best], vals[best]
            yield i, cols, vals


def neighbour_graph(
    matrix: sparse.csr_matrix, min_similarity: float, top_k: int = 50, chunk: int = 2048
) -> dict[tuple[int, int], float]:
    """Cosine similarities of each row's top-k neighbours above `min_similarity` (i < j keys)."""
    edges: dict[tuple[int, int], float] = {}
    for i, cols, vals in _row_neighbours(matrix, min_similarity, top_k, chunk):
        for j, v in zip(cols.tolist(), vals.tolist(), strict=True):
            key = (i, j) if i < j else (j, i)
            edges[key] = max(edges.get(key, 0.0), float(v))
    return edges


@dataclass(frozen=True, slots=True)
class Pairs:
    """Undirected weighted pairs as parallel arrays: `first[k] < second[k]`, sorted, unique."""

    first: npt.NDArray[np.int64]
    second: npt.NDArray[np.int64]
    similarity: npt.NDArray[np.float32]


def blocked_neighbours(
    matrix: sparse.csr_matrix,
    blocks: npt.NDArray[np.int64],
    min_similarity: float,
    top_k: int = 50,
    chunk: int = 2048,
) -> Pairs:
    """`neighbour_graph` restricted to pairs of rows in the same block, as arrays.

    Rows keep their weights (the matrix is not refitted); each block is multiplied only by
    itself, so the cost follows the blocks' sizes rather than the whole matrix's, and a row's
    top-k are chosen among the rows it can actually be paired with.
    """
    order = np.argsort(blocks, kind="stable")
    labels = blocks[order]
    starts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]])
    firsts, seconds, values = [], [], []
    for members in np.split(order, starts[1:]):
        if len(members) < 2:
            continue
        for i, cols, vals in _row_neighbours(matrix[members], min_similarity, top_k, chunk):
            firsts.append(np.full(len(cols), members[i]))
            seconds.append(members[cols])
            values.append(vals)
    return _undirected(
        np.concatenate(firsts) if firsts else np.zeros(0, np.int64),
        np.concatenate(seconds) if seconds else np.zeros(0, np.int64),
        np.concatenate(values) if values else np.zeros(0, np.float32),
    )


def _undirected(
    rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64], vals: npt.NDArray[np.float32]
) -> Pairs:
    """Directed neighbour lists to unique (low, high) pairs, keeping the larger similarity."""
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    if not len(low):
        return Pairs(first=low, second=high, similarity=vals)
    order = np.lexsort((-vals, high, low))
    low, high, vals = low[order], high[order], vals[order]
    first = np.r_[True, (low[1:] != low[:-1]) | (high[1:] != high[:-1])]
    return Pairs(first=low[first], second=high[first], similarity=vals[first])
