"""ANS (Khouja 2020): Arabic headline pairs labelled agree / disagree / other."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

FOLDER = "ans-arabic-news-stance"
LABELS = ("agree", "disagree", "other")


@dataclass(frozen=True)
class SentencePair:
    """Two sentences and the gold label of the second with respect to the first."""

    first: str
    second: str
    label: str


def read_split(data_dir: Path, split: str) -> list[SentencePair]:
    """The stance pairs of ``train``, ``dev`` or ``test``."""
    path = data_dir / FOLDER / "data" / "stance" / f"{split}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [SentencePair(row["s1"], row["s2"], row["stance"]) for row in csv.DictReader(handle)]
