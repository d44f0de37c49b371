"""Fit the learned junk-line model (`crosscheck.ingest.junk_model`) on the tuning data.

Training lines: every non-blank line of the junk dev set's TUNE half and of the tune story
packs (`bench_junk_dev.TUNE_PACKS`), labelled junk when it is one of the page's gold junk
lines. The test and fresh halves and the report packs are never read here. Features are
`junk_features.line_features`, with the rules' verdicts (`classify_lines`) as the neighbours'
context, as the cleaner computes them.

Out-of-fold probabilities (pages grouped by outlet, five folds) choose the threshold: the
lowest one at which the lines the rules leave lose at most MAX_BODY_LOSS of their body
characters out of fold (lines with no mark of chrome are never judged, and a line that reads
as prose only when it speaks like a caption, at `junk_model.PROSE_THRESHOLD`), and never below
MIN_THRESHOLD. The fit is deterministic (seeded). The fitted standardiser, weights and
threshold are written to `src/crosscheck/ingest/junk_model.json`.
`benchmarks/junk_model_cv.py` scores the same procedure by outlet-held-out folds.

    python -m benchmarks.train_junk_model [--texts benchmarks/stories/texts] [--dev-texts DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from benchmarks.bench_junk_dev import STORIES_DIR, TUNE_PACKS, pack_records
from benchmarks.datasets.records import REPO_ROOT
from benchmarks.junk_dev_set import TEXTS_DIR, load_half

MODEL_PATH = REPO_ROOT / "src" / "crosscheck" / "ingest" / "junk_model.json"
MAX_BODY_LOSS = 0.0005  # share of the rule-kept body characters the model may take out of fold
MIN_THRESHOLD = 0.92  # never below: a headline with "picture" in it scored 0.89 out of fold
REGULARISATION = 0.1
FOLDS = 5


@dataclass
class Lines:
    """The training lines: features, labels, page groups and what the rules decided."""

    features: list[list[float]] = field(default_factory=list)
    junk: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    rule_kept: list[bool] = field(default_factory=list)
    prose: list[bool] = field(default_factory=list)
    judged: list[bool] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def add_page(data: Lines, record: dict[str, Any], gold: Sequence[str], group: str) -> None:
    """Every non-blank line of one page, its features and label."""
    from crosscheck.ingest.junk import classify_lines
    from crosscheck.ingest.junk_features import judged, line_features, reads_as_prose
    from crosscheck.ingest.junk_shapes import site_names

    lines = record["text"].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    names = site_names(record.get("source"), record.get("url"))
    reasons = classify_lines(lines, detect_menus=True, site_names=names)
    junk = {" ".join(line.split()) for line in gold}
    for line, reason, vector in zip(lines, reasons, line_features(lines, reasons), strict=True):
        if vector is None:
            continue
        text = " ".join(line.split())
        data.features.append(vector)
        data.junk.append(int(text in junk))
        data.groups.append(group)
        data.rule_kept.append(reason is None)
        data.prose.append(reads_as_prose(line))
        data.judged.append(judged(line, vector))
        data.chars.append(len(text))
        data.texts.append(text)


def training_lines(texts_dir: Path, dev_texts: Path) -> Lines:
    """The tune half's pages (grouped by outlet) and the tune packs' articles (by source)."""
    data = Lines()
    records, gold = load_half("tune", dev_texts)
    for record in records:
        add_page(data, record, gold.get(record["id"], []), record["source"].split("(")[0])
    for pack in TUNE_PACKS:
        records, gold = pack_records(texts_dir, pack)
        for record in records:
            group = f"{pack}/{record.get('source', record['id'])}"
            add_page(data, record, gold.get(record["id"], []), group)
    return data


@dataclass(frozen=True)
class Fitted:
    """A standardiser and a logistic regression fitted on some lines."""

    scaler: StandardScaler
    model: LogisticRegression

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Each line's probability of being chrome."""
        return np.asarray(self.model.predict_proba(self.scaler.transform(x))[:, 1])


def fit(x: np.ndarray, y: np.ndarray) -> Fitted:
    """Standardise the features and fit the (seeded, deterministic) logistic regression."""
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(
        C=REGULARISATION, class_weight="balanced", max_iter=2000, random_state=0
    )
    return Fitted(scaler, model.fit(scaler.transform(x), y))


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each line's probability from a model fitted without its outlet's pages."""
    probabilities = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        probabilities[held] = fit(x[train], y[train]).predict(x[held])
    return probabilities


def model_removes(data: Lines, probabilities: np.ndarray, threshold: float) -> np.ndarray:
    """Which lines the model would remove at `threshold`, as `junk_model.mark_model_junk`
    decides: judged lines at or over it, lines that read as prose at PROSE_THRESHOLD."""
    from crosscheck.ingest.junk_model import PROSE_THRESHOLD

    prose = np.array(data.prose)
    needed = np.where(prose, max(threshold, PROSE_THRESHOLD), threshold)
    return np.array(data.judged) & (probabilities >= needed)


def pick_threshold(data: Lines, probabilities: np.ndarray, verbose: bool = True) -> float:
    """The lowest threshold whose out-of-fold removals cost at most MAX_BODY_LOSS of the body
    characters the rules keep; prints the trade-off when `verbose`."""
    open_ = np.array(data.rule_kept)
    junk = np.array(data.junk, dtype=bool)
    chars = np.array(data.chars)
    body_chars = chars[np.array(data.rule_kept) & ~junk].sum()
    missed = (np.array(data.rule_kept) & junk).sum()
    for threshold in (0.9, 0.8, 0.7, 0.5) if verbose else ():
        alone = model_removes(data, probabilities, threshold)
        print(
            f"  model alone at {threshold:.2f}: junk {(alone & junk).sum()}/{junk.sum()}, "
            f"body lost {chars[alone & ~junk].sum() / chars[~junk].sum():.4f}"
        )
    chosen = 1.0
    for threshold in np.arange(0.99, 0.49, -0.01):
        removed = open_ & model_removes(data, probabilities, threshold)
        lost = chars[removed & ~junk].sum() / body_chars
        caught = (removed & junk).sum()
        if verbose:
            print(f"  threshold {threshold:.2f}: junk caught {caught}/{missed} left by the "
                  f"rules, body lost {lost:.4f} ({(removed & ~junk).sum()} lines)")  # fmt: skip
        if lost > MAX_BODY_LOSS:
            break
        chosen = float(threshold)
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Fit the model on the tuning data, choose its threshold, write junk_model.json."""
    from crosscheck.ingest.junk_features import FEATURE_NAMES

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=STORIES_DIR / "texts")
    parser.add_argument("--dev-texts", type=Path, default=TEXTS_DIR)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--show", action="store_true", help="print out-of-fold errors")
    args = parser.parse_args(argv)
    data = training_lines(args.texts, args.dev_texts)
    x, y = np.array(data.features), np.array(data.junk)
    print(f"{len(y)} lines, {int(y.sum())} junk, {len(set(data.groups))} outlets")
    probabilities = out_of_fold(x, y, np.array(data.groups))
    threshold = max(MIN_THRESHOLD, pick_threshold(data, probabilities))
    if args.show:
        for i in np.argsort(-probabilities):
            if data.rule_kept[i] and data.judged[i] and probabilities[i] >= threshold - 0.3:
                mark = "JUNK" if data.junk[i] else "body"
                print(f"  {probabilities[i]:.2f} {mark} {data.texts[i][:110]}")
    fitted = fit(x, y)
    scaler, model = fitted.scaler, fitted.model
    weights = {
        "about": "crosscheck.ingest.junk_model; fitted by benchmarks/train_junk_model.py",
        "features": list(FEATURE_NAMES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": round(threshold, 2),
        "trained_on": {"lines": len(y), "junk": int(y.sum()), "outlets": len(set(data.groups))},
    }
    args.output.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}; wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
