"""Article vectors and a sparse neighbour graph: the blocking step of every corpus stage."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
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


def neighbour_graph(
    matrix: sparse.csr_matrix, min_similarity: float, top_k: int = 50, chunk: int = 2048
) -> dict[tuple[int, int], float]:
    """Cosine similarities of each row's top-k neighbours above `min_similarity` (i < j keys).

    Rows are processed in chunks so memory stays bounded; the sparse product only touches
    pairs that share a term, which is the blocking.
    """
    edges: dict[tuple[int, int], float] = {}
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
            for j, v in zip(cols.tolist(), vals.tolist(), strict=True):
                key = (i, j) if i < j else (j, i)
                edges[key] = max(edges.get(key, 0.0), float(v))
    return edges
