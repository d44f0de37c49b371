"""Leave-one-batch-out scores of the junk-line cleaner: the estimate for outlets never seen.

Cross-validation by outlet (`junk_model_cv`) mixes every batch in every fold, and the rules
were written while reading those very lines; a batch of new outlets scored blind has always
come out far lower. Here each labelled batch of the tune data is held out in turn: the
learned model is fitted, and its threshold chosen leave-one-batch-out again, on all the
other batches (`train_junk_model`'s procedure), then the held-out batch is cleaned by the
rules and that model and scored (gold junk lines removed, body characters kept). Batches:
the junk dev set's tune half of `batch*.txt`, each `tune*.txt` file, and the tune story
packs together.

The rules are hand-written and not refitted: for a batch they were read against, the rules'
figure is a fit; for a batch added after them it is blind. The model's figure on top of
them is out of batch in every row.

    python -m benchmarks.junk_lobo [--texts benchmarks/stories/texts] [--dev-texts DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.bench_junk_dev import STORIES_DIR
from benchmarks.junk_dev_set import TEXTS_DIR, TUNE_PREFIX
from benchmarks.junk_model_cv import _fold_score, _show_errors, _subset
from benchmarks.train_junk_model import Lines, choose_threshold, fit, training_lines


def held_out_batches(
    data: Lines, batches: Sequence[str], show: bool = False
) -> dict[str, dict[str, float]]:
    """Per batch: its score with a model fitted and thresholded on the other batches only."""
    x, y = np.array(data.features), np.array(data.junk)
    labels = np.array(batches)
    scores = {}
    for batch in sorted(set(batches), key=_batch_order):
        train, held = np.flatnonzero(labels != batch), np.flatnonzero(labels == batch)
        threshold = choose_threshold(_subset(data, train))
        probabilities = fit(x[train], y[train]).predict(x[held])
        scores[batch] = _fold_score(_subset(data, held), probabilities, threshold)
        if show:
            print(f"## {batch}")
            _show_errors(_subset(data, held), probabilities, threshold)
    return scores


def _batch_order(name: str) -> tuple[int, str]:
    digits = name.removeprefix(TUNE_PREFIX)
    return (int(digits), name) if digits.isdigit() else (-1, name)


def table(scores: dict[str, dict[str, float]]) -> str:
    """The per-batch scores and their pooled total as a markdown table."""
    rows = [
        "| held-out batch | junk | removed: rules | rules + model | body kept: rules | + model |",
        "|---|---|---|---|---|---|",
    ]
    total = {key: sum(s[key] for s in scores.values()) for key in next(iter(scores.values()))}
    for name, s in [*scores.items(), ("all", total)]:
        rows.append(
            f"| {name} | {s['junk']:.0f} | {s['rules_removed'] / s['junk']:.3f} | "
            f"{s['removed'] / s['junk']:.3f} ({s['removed']:.0f}) | "
            f"{1 - s['rules_body_lost'] / s['body_chars']:.4f} | "
            f"{1 - s['body_lost'] / s['body_chars']:.4f} |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-batch-out table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=STORIES_DIR / "texts")
    parser.add_argument("--dev-texts", type=Path, default=TEXTS_DIR)
    parser.add_argument("--show", action="store_true", help="print each batch's errors")
    args = parser.parse_args(argv)
    data = training_lines(args.texts, args.dev_texts)
    print(f"{len(data.junk)} lines, {sum(data.junk)} junk, {len(set(data.batches))} batches")
    print(table(held_out_batches(data, data.batches, show=args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
