"""Pinned floors for quotes, speakers, provenance and positions on the claims dev set.

The floors are the scores measured on 2026-12-01 (benchmarks/results/claim_parts.json) minus a
small margin; a change that lowers one fails here, unless the floor is lowered on purpose.
The dev set reads ten MEANTIME documents from ../shared/benchmarks (skipped when absent); the
"packs" half (26 tune-pack articles in five languages, floors of 2026-12-02) reads the pack
texts from benchmarks/stories/texts and is skipped when they are absent.
"""

from __future__ import annotations

import pytest
from benchmarks.bench_claim_parts import score_dev_set
from benchmarks.datasets.records import default_data_dir

# (half, part, measure) -> floor
FLOORS = {
    ("all", "quote", "precision"): 0.95,
    ("all", "quote", "recall"): 0.95,
    ("all", "named speaker", "precision"): 0.97,
    ("all", "quote+speaker", "f1"): 0.78,
    ("all", "provenance", "precision"): 0.90,
    ("all", "provenance", "recall"): 0.70,
    ("all", "positions", "precision"): 0.88,
    ("all", "positions", "recall"): 0.60,
    ("packs", "quote", "precision"): 0.90,
    ("packs", "quote", "recall"): 0.93,
    ("packs", "named speaker", "precision"): 0.92,
    ("packs", "quote+speaker", "f1"): 0.68,
    ("packs", "positions", "precision"): 0.80,
    ("packs", "positions", "recall"): 0.85,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, dict[str, float]]]:
    data = default_data_dir()
    if not (data / "meantime-en").exists():
        pytest.skip(f"MEANTIME not found under {data}")
    return score_dev_set(data)


@pytest.mark.parametrize(("half", "part", "measure"), sorted(FLOORS))
def test_claim_part_scores_stay_above_their_floors(
    scores: dict[str, dict[str, dict[str, float]]], half: str, part: str, measure: str
) -> None:
    if half not in scores:
        pytest.skip(f"no documents in the {half!r} half (pack texts absent)")
    assert scores[half][part][measure] >= FLOORS[half, part, measure]
