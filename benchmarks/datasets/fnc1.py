"""FNC-1 competition test set: (headline, body) pairs labelled agree/disagree/discuss/unrelated.

Only the labelled test set is stored, so the benchmark splits it by headline: a headline whose
SHA-1 is even belongs to the ``tune`` half, odd to the ``report`` half. All pairs of one headline
stay in one half, so thresholds never see the claims they are reported on.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

FOLDER = "fnc1-stance"
LABELS = ("agree", "disagree", "discuss", "unrelated")


@dataclass(frozen=True)
class StancePair:
    """One headline/body pair and its gold stance."""

    headline: str
    body_id: str
    stance: str


def half(headline: str) -> str:
    """``tune`` or ``report``: the stable half a headline falls in."""
    digest = hashlib.sha1(headline.encode("utf-8")).digest()
    return "tune" if digest[-1] % 2 == 0 else "report"


def read_bodies(data_dir: Path) -> dict[str, str]:
    """Body id to article text."""
    path = data_dir / FOLDER / "competition_test_bodies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["Body ID"]: row["articleBody"] for row in csv.DictReader(handle)}


def read_pairs(data_dir: Path, which: str = "all") -> list[StancePair]:
    """The labelled pairs of one half (``tune``, ``report``) or of ``all``, in file order."""
    path = data_dir / FOLDER / "competition_test_stances.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        pairs = [
            StancePair(row["Headline"], row["Body ID"], row["Stance"])
            for row in csv.DictReader(handle)
        ]
    return [p for p in pairs if which == "all" or half(p.headline) == which]


def fnc_score(gold: list[str], predicted: list[str]) -> float:
    """The official FNC-1 weighted score as a fraction of the best possible score.

    +0.25 when both labels are ``unrelated`` or both are related; +0.75 more when a related
    gold label is predicted exactly (as the organisers' ``scorer.py`` computes it).
    """
    score = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25
            if g != "unrelated" and g == p:
                score += 0.75
    return score / best if best else 0.0
