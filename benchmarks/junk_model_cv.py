"""Leave-outlets-out cross-validation of the junk-line cleaner (rules + learned model).

The tuning lines of `train_junk_model` (the junk dev set's tune half and the tune story
packs, every line labelled) are split into folds by outlet (`GroupKFold`, a pack's article
grouped by its source): each fold's lines are judged by a model fitted without that fold's
outlets, with a removal threshold chosen on the other folds alone (nested, out of fold),
as `train_junk_model` chooses it. Scored per fold and pooled, as the story benchmark scores
junk: share of gold junk lines removed (rules or model) and share of body characters kept.

The rules are not refitted per fold (they are hand-written and were read against these
pages), so the held-out score measures how the MODEL carries to unseen outlets on top of
the rules; the rules' own reach on unseen outlets is the test and fresh halves' number
(`bench_junk_dev`).

    python -m benchmarks.junk_model_cv [--texts benchmarks/stories/texts] [--dev-texts DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from benchmarks.bench_junk_dev import STORIES_DIR
from benchmarks.junk_dev_set import TEXTS_DIR
from benchmarks.train_junk_model import (
    FOLDS,
    Lines,
    choose_threshold,
    fit,
    model_removes,
    training_lines,
)


def _subset(data: Lines, rows: np.ndarray) -> Lines:
    """The lines at `rows`, as a Lines of their own."""
    picked = Lines()
    for name in vars(data):
        values = getattr(data, name)
        setattr(picked, name, [values[i] for i in rows])
    return picked


def held_out_scores(data: Lines, show: bool = False) -> list[dict[str, float]]:
    """Per outer fold: junk lines removed by the rules alone and by rules + model, body
    characters kept, with a model and threshold that never saw the fold's outlets; with
    `show`, the fold's junk lines kept and body lines removed are printed."""
    x, y, groups = np.array(data.features), np.array(data.junk), np.array(data.groups)
    folds = []
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        threshold = choose_threshold(_subset(data, train))
        probabilities = fit(x[train], y[train]).predict(x[held])
        folds.append(_fold_score(_subset(data, held), probabilities, threshold))
        if show:
            _show_errors(_subset(data, held), probabilities, threshold)
    return folds


def _show_errors(data: Lines, probabilities: np.ndarray, threshold: float) -> None:
    removed = ~np.array(data.rule_kept) | model_removes(data, probabilities, threshold)
    for i, text in enumerate(data.texts):
        if data.junk[i] and not removed[i]:
            print(f"  junk kept [{probabilities[i]:.2f}] {data.groups[i]}: {text[:120]}")
        elif removed[i] and not data.junk[i]:
            print(f"  BODY LOST [{probabilities[i]:.2f}] {data.groups[i]}: {text[:120]}")


def _fold_score(data: Lines, probabilities: np.ndarray, threshold: float) -> dict[str, float]:
    junk = np.array(data.junk, dtype=bool)
    chars = np.array(data.chars)
    by_rules = ~np.array(data.rule_kept)
    removed = by_rules | model_removes(data, probabilities, threshold)
    return {
        "threshold": threshold,
        "junk": float(junk.sum()),
        "rules_removed": float((by_rules & junk).sum()),
        "removed": float((removed & junk).sum()),
        "body_chars": float(chars[~junk].sum()),
        "rules_body_lost": float(chars[by_rules & ~junk].sum()),
        "body_lost": float(chars[removed & ~junk].sum()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the held-out-fold scores and their pooled total."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=STORIES_DIR / "texts")
    parser.add_argument("--dev-texts", type=Path, default=TEXTS_DIR)
    parser.add_argument("--show", action="store_true", help="print each fold's errors")
    args = parser.parse_args(argv)
    data = training_lines(args.texts, args.dev_texts)
    print(f"{len(data.junk)} lines, {sum(data.junk)} junk, {len(set(data.groups))} outlets")
    folds = held_out_scores(data, show=args.show)
    total = {key: sum(f[key] for f in folds) for key in folds[0] if key != "threshold"}
    print("| fold | threshold | junk removed: rules | rules + model | body kept: rules | + model |")
    print("|---|---|---|---|---|---|")
    for number, f in enumerate([*folds, {**total, "threshold": float("nan")}], start=1):
        name = str(number) if number <= len(folds) else "all"
        print(
            f"| {name} | {f['threshold']:.2f} | {f['rules_removed'] / f['junk']:.3f} | "
            f"{f['removed'] / f['junk']:.3f} ({f['removed']:.0f}/{f['junk']:.0f}) | "
            f"{1 - f['rules_body_lost'] / f['body_chars']:.4f} | "
            f"{1 - f['body_lost'] / f['body_chars']:.4f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
