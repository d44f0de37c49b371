"""Exact and near-duplicate detection: marks syndicated copies of one story so they count once.

Two documents are *exact* duplicates when their normalised text (Unicode compatibility forms,
accents and Arabic diacritics dropped, case folded, punctuation and whitespace removed) is the
same. They are *near* duplicates when the sets of their word ``k``-shingles overlap enough:

    overlap = |A ∩ B| / min(|A|, |B|)

i.e. the share of the shorter document found in the longer one, so that a wire copy with a new
headline, added boilerplate or the last paragraphs cut still matches. When the shorter document
has fewer than ``MIN_CONTAINMENT_SHINGLES`` shingles, plain Jaccard ``|A ∩ B| / |A ∪ B|`` is used
instead: a few words contained in a long article say nothing about copying.

Candidates come from two MinHash LSH indexes (datasketch) so that cost stays near-linear: one
over each document's full shingle set (copies of similar length) and one over its *lead* — the
first ``LEAD_SHINGLES`` shingles — because syndication trims stories from the bottom, and a
short trimmed copy shares the lead of the full story but has a low Jaccard with all of it.
Every candidate pair is verified on the exact shingle sets; groups are the connected components
of the verified links (union-find).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

from crosscheck.resolve.union_find import UnionFind

DEFAULT_THRESHOLD = 0.5
DEFAULT_SHINGLE_SIZE = 4
DEFAULT_NUM_PERM = 128
LEAD_SHINGLES = 60
MIN_CONTAINMENT_SHINGLES = 25
# Candidate-generation floors (estimated Jaccard) and the LSH recall wanted at them.
LEAD_JACCARD_FLOOR = 0.5
LEAD_NUM_PERM = 64
LSH_RECALL = 0.9
SEED = 1

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

_WORD = re.compile(r"\w+")
_TATWEEL = "\u0640"
_ROW_CHUNK = 4096
# Odd 64-bit multipliers that combine the word hashes of one shingle (fixed: deterministic).
_SHINGLE_MULTIPLIERS = np.random.default_rng(20240521).integers(
    0, 1 << 63, 64, dtype=np.uint64
) * np.uint64(2) + np.uint64(1)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Articles that are copies of one another (connected by verified duplicate links).

    ``representative`` is the member with the most words — the fullest copy of the story —
    ties going to the member added first. Publication dates are not known here; a caller that
    has them may pick another member. ``similarity`` is the lowest verified overlap score among
    the linked pairs of the group (1.0 when every link is an exact copy).
    """

    members: tuple[str, ...]
    representative: str
    kind: Literal["exact", "near"]
    similarity: float


@cache
def _marks() -> re.Pattern[str]:
    """Combining marks (accents, Arabic harakat) and the Arabic tatweel, as one character class.

    Only the Basic Multilingual Plane: a class reaching beyond it makes ``re`` several times
    slower, and the marks up there are not used in news text.
    """
    marks = [chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp)) == "Mn"]
    return re.compile("[" + re.escape("".join(marks)) + _TATWEEL + "]+")


def normalised_words(text: str) -> list[str]:
    """Words of ``text`` with case, accents, diacritics, punctuation and whitespace folded."""
    if not text.isascii():
        text = _marks().sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text.casefold())


def _fmix32(values: U32) -> U32:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before its permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _fmix64(values: U64) -> U64:
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


def shingle_hashes(words: list[str], size: int) -> U32:
    """32-bit hashes of the word ``size``-grams of ``words``, in document order.

    A text shorter than ``size`` words yields one shingle of all its words; no words, none.
    """
    if size < 1 or size > len(_SHINGLE_MULTIPLIERS):
        raise ValueError(f"shingle size must be in 1..{len(_SHINGLE_MULTIPLIERS)}, got {size}")
    count = len(words)
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), np.uint64, count)
    size = min(size, count)
    windows = count - size + 1 if count else 0
    combined = np.zeros(windows, dtype=np.uint64)
    for offset in range(size):
        combined += word_hashes[offset : offset + windows] * _SHINGLE_MULTIPLIERS[offset]
    return (_fmix64(combined) >> np.uint64(32)).astype(np.uint32)


def lsh_params(jaccard_floor: float, num_perm: int, recall: float = LSH_RECALL) -> tuple[int, int]:
    """LSH ``(bands, rows)`` using at most ``num_perm`` values, as selective as possible while
    still proposing a pair of Jaccard ``jaccard_floor`` with probability at least ``recall``."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - jaccard_floor**rows) ** bands >= recall:
            return bands, rows
    return num_perm, 1


def full_jaccard_floor(threshold: float) -> float:
    """Jaccard of two equally long documents whose overlap score is ``threshold``."""
    return threshold / (2.0 - threshold)


def overlap_score(a: U32, b: U32) -> float:
    """Verified similarity of two sorted, unique shingle-hash arrays (see the module docstring)."""
    if not len(a) or not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    smaller = min(len(a), len(b))
    if smaller >= MIN_CONTAINMENT_SHINGLES:
        return shared / smaller
    return shared / (len(a) + len(b) - shared)


class Sketcher:
    """Full-text and lead MinHash signatures, bit-identical to datasketch's affine32 scheme."""

    def __init__(self, num_perm: int, lead_shingles: int) -> None:
        self.num_perm = num_perm
        self.lead_shingles = lead_shingles
        permutations: U32 = MinHash(num_perm=num_perm, seed=SEED).permutations
        self._a, self._b = permutations[0], permutations[1]

    def sketch(self, hashes: U32) -> tuple[U32, U32]:
        """MinHash values of all ``hashes`` and of the first ``lead_shingles`` of them."""
        full = np.full(self.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        lead = full
        mixed = _fmix32(hashes)
        for start in range(0, len(mixed), _ROW_CHUNK):
            permuted = mixed[start : start + _ROW_CHUNK, None] * self._a + self._b
            full = np.minimum(full, permuted.min(axis=0))
            if start < self.lead_shingles:
                lead = np.minimum(lead, permuted[: self.lead_shingles - start].min(axis=0))
        return full, lead


class DuplicateIndex:
    """Incremental near-duplicate index: add documents one by one (a growing corpus), query groups.

    ``threshold`` is the minimum verified overlap score for two documents to be duplicates;
    ``shingle_size`` the number of words per shingle. Results do not depend on the order of
    addition, except that ties for a group's representative go to the member added first.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        num_perm: int = DEFAULT_NUM_PERM,
        shingle_size: int = DEFAULT_SHINGLE_SIZE,
        *,
        lead_shingles: int = LEAD_SHINGLES,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if num_perm < LEAD_NUM_PERM:
            raise ValueError(f"num_perm must be at least {LEAD_NUM_PERM}, got {num_perm}")
        self.threshold = threshold
        self.shingle_size = shingle_size
        self._sketcher = Sketcher(num_perm, lead_shingles)
        self._full_lsh = MinHashLSH(
            num_perm=num_perm, params=lsh_params(full_jaccard_floor(threshold), num_perm)
        )
        self._lead_lsh = MinHashLSH(
            num_perm=LEAD_NUM_PERM, params=lsh_params(LEAD_JACCARD_FLOOR, LEAD_NUM_PERM)
        )
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._words: list[int] = []
        self._by_digest: dict[bytes, int] = {}
        # Per document added first with a given text ("canonical"): its shingle set, its exact
        # copies added later, and its verified near-duplicate canonical documents with scores.
        self._shingles: dict[int, U32] = {}
        self._copies: dict[int, list[int]] = {}
        self._links: dict[int, list[tuple[int, float]]] = {}
        # Disjoint sets over all documents; per root, the lowest link score and whether all
        # links in the component are exact copies.
        self._sets = UnionFind(0)
        self._lowest: list[float] = []
        self._all_exact: list[bool] = []
        self._verified = 0

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def verified_pairs(self) -> int:
        """Candidate pairs checked on their shingle sets so far (the cost beyond hashing)."""
        return self._verified

    def add(self, doc_id: str, text: str) -> list[str]:
        """Index one document; return the ids (sorted) of already-indexed duplicates of it.

        Raises ValueError if ``doc_id`` was added before. A text without any word is indexed
        but never a duplicate of anything.
        """
        if doc_id in self._position:
            raise ValueError(f"document {doc_id!r} is already indexed")
        index = len(self._ids)
        self._ids.append(doc_id)
        self._position[doc_id] = index
        self._sets.find(index)
        self._lowest.append(1.0)
        self._all_exact.append(True)
        words = normalised_words(text)
        self._words.append(len(words))
        if not words:
            return []
        digest = hashlib.blake2b(" ".join(words).encode(), digest_size=16).digest()
        original = self._by_digest.get(digest)
        if original is not None:
            return self._add_exact_copy(index, original)
        self._by_digest[digest] = index
        return self._add_new_text(index, shingle_hashes(words, self.shingle_size))

    def _add_exact_copy(self, index: int, original: int) -> list[str]:
        # Same text, same verified links: the original's near duplicates are this one's too.
        matches = self._with_copies(original)
        for other, _ in self._links[original]:
            matches.extend(self._with_copies(other))
        self._union(index, original, 1.0, exact=True)
        self._copies[original].append(index)
        return sorted(self._ids[i] for i in matches)

    def _add_new_text(self, index: int, hashes: U32) -> list[str]:
        shingles = np.unique(hashes)
        full, lead = self._sketcher.sketch(hashes)
        full_hash = LeanMinHash(seed=SEED, hashvalues=full, scheme="affine32")
        lead_hash = LeanMinHash(seed=SEED, hashvalues=lead[:LEAD_NUM_PERM], scheme="affine32")
        candidates = set(self._full_lsh.query(full_hash)) | set(self._lead_lsh.query(lead_hash))
        self._shingles[index] = shingles
        self._copies[index] = []
        self._links[index] = []
        matches: list[int] = []
        self._verified += len(candidates)
        for other in sorted(candidates):
            score = overlap_score(shingles, self._shingles[other])
            if score < self.threshold:
                continue
            self._links[index].append((other, score))
            self._links[other].append((index, score))
            self._union(index, other, score, exact=False)
            matches.extend(self._with_copies(other))
        self._full_lsh.insert(index, full_hash, check_duplication=False)
        self._lead_lsh.insert(index, lead_hash, check_duplication=False)
        return sorted(self._ids[i] for i in matches)

    def _with_copies(self, original: int) -> list[int]:
        return [original, *self._copies[original]]

    def _union(self, a: int, b: int, score: float, *, exact: bool) -> None:
        root_a, root_b = self._sets.find(a), self._sets.find(b)
        lowest = min(self._lowest[root_a], self._lowest[root_b], score)
        all_exact = self._all_exact[root_a] and self._all_exact[root_b] and exact
        self._sets.union(a, b)
        root = self._sets.find(a)
        self._lowest[root] = lowest
        self._all_exact[root] = all_exact

    def groups(self) -> list[DuplicateGroup]:
        """Current duplicate groups (two or more members), ordered by their first member id."""
        groups = []
        for nodes in self._sets.clusters():
            root = self._sets.find(nodes[0])
            if len(nodes) < 2:
                continue
            representative = max(nodes, key=lambda n: (self._words[n], -n))
            groups.append(
                DuplicateGroup(
                    members=tuple(sorted(self._ids[n] for n in nodes)),
                    representative=self._ids[representative],
                    kind="exact" if self._all_exact[root] else "near",
                    similarity=self._lowest[root],
                )
            )
        return sorted(groups, key=lambda g: g.members)


def find_duplicate_groups(
    docs: Iterable[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD
) -> list[DuplicateGroup]:
    """Group exact and near-duplicate documents (syndicated copies, light edits).

    ``docs`` are (id, text) pairs; ids must be unique. Same rules as :class:`DuplicateIndex`.
    """
    index = DuplicateIndex(threshold=threshold)
    for doc_id, text in docs:
        index.add(doc_id, text)
    return index.groups()
