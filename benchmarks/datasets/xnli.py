"""XNLI dev, Arabic and English: line i of one file translates line i of the other."""

from __future__ import annotations

from pathlib import Path

from benchmarks.datasets.ans import SentencePair

FOLDER = "xnli-ar-en"
LABELS = ("entailment", "neutral", "contradiction")


def read_language(data_dir: Path, language: str) -> list[SentencePair]:
    """The (premise, hypothesis, label) lines of ``dev-{language}.tsv`` (``ar`` or ``en``)."""
    path = data_dir / FOLDER / f"dev-{language}.tsv"
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        premise, hypothesis, label = line.split("\t")
        pairs.append(SentencePair(premise, hypothesis, label.strip()))
    return pairs
