"""The neighbour graph restricted to blocks: the same pairs, computed block by block."""

from __future__ import annotations

import numpy as np

from crosscheck.cluster.similarity import blocked_neighbours, neighbour_graph, tfidf_matrix

DOCS = [
    "ministers met in Baku to sign the border agreement",
    "foreign ministers met in Baku and signed a new border agreement",
    "the border agreement was signed by ministers in Baku",
    "earthquake struck the coast killing dozens of people",
    "a strong earthquake struck the coast and killed dozens",
    "ministers met in Baku to sign the border agreement",
]


def _as_dict(docs: list[str], blocks: list[int], top_k: int) -> dict[tuple[int, int], float]:
    pairs = blocked_neighbours(tfidf_matrix(docs), np.array(blocks, dtype=np.int64), 0.05, top_k)
    assert (pairs.first < pairs.second).all()
    return dict(
        zip(
            zip(pairs.first.tolist(), pairs.second.tolist(), strict=True),
            pairs.similarity.tolist(),
            strict=True,
        )
    )


def test_blocked_pairs_are_the_graph_pairs_inside_blocks() -> None:
    blocks = [0, 0, 1, 1, 1, 0]
    full = neighbour_graph(tfidf_matrix(DOCS), 0.05, top_k=50)
    inside = {k: v for k, v in full.items() if blocks[k[0]] == blocks[k[1]]}
    assert _as_dict(DOCS, blocks, top_k=50) == inside
    assert _as_dict(DOCS, [0] * len(DOCS), top_k=50) == full


def test_top_k_is_chosen_among_the_rows_of_the_block() -> None:
    # Row 0 has an identical copy (5) in another block; with one neighbour allowed, the
    # unblocked graph gives row 0 only that copy, the blocked graph its best block-mate.
    blocks = [0, 0, 1, 1, 1, 2]
    full = neighbour_graph(tfidf_matrix(DOCS), 0.05, top_k=1)
    assert (0, 5) in full and (0, 1) not in full
    blocked = _as_dict(DOCS, blocks, top_k=1)
    assert (0, 1) in blocked
    assert all(blocks[i] == blocks[j] for i, j in blocked)
    # each row chose at most one neighbour; row 2 (a treaty among earthquake reports) shares
    # no word with its block, and row 5 is alone
    assert len(blocked) <= 4
    assert {i for pair in blocked for i in pair} == {0, 1, 3, 4}


def test_rows_alone_in_their_block_have_no_pairs() -> None:
    assert _as_dict(DOCS, list(range(len(DOCS))), top_k=50) == {}
