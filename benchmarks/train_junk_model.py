"""Fit the learned junk-line model (`crosscheck.ingest.junk_model`) on the tuning data.

Training lines: every non-blank line of the junk dev set's TUNE half and of the tune story
packs (`bench_junk_dev.TUNE_PACKS`), labelled junk when it is one of the page's gold junk
lines. The test and fresh halves and the report packs are never read here. Features are
`junk_features.line_features`, with the rules' verdicts (`classify_lines`) as the neighbours'
context, as the cleaner computes them.

Leave-one-batch-out probabilities choose the threshold (each labelled batch of pages --
the tune half's first pages, each `tune*.txt` file, the tune packs -- judged by a model fitted
on the other batches): the lowest one at which every batch keeps at least BATCH_BODY_KEPT of
its body characters (rules and model together; a batch the rules alone already cut below
that may lose nothing more to the model), and the lines the rules leave lose at most
MAX_BODY_LOSS of their body characters pooled, never below MIN_THRESHOLD. Batches, not
outlets: a fold by outlet mixes every batch in every fold, and its threshold did not carry
to batches of outlets never seen (lines with neither a mark of chrome nor a place outside the
prose are never judged, and a line that reads as prose only when it speaks like a caption, at
`junk_model.PROSE_THRESHOLD`). The fit is deterministic (seeded). The fitted standardiser,
weights and threshold are written to `src/crosscheck/ingest/junk_model.json`.
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
from benchmarks.junk_dev_set import TEXTS_DIR, TUNE_PREFIX, load_half, parse_labelled

MODEL_PATH = REPO_ROOT / "src" / "crosscheck" / "ingest" / "junk_model.json"
MAX_BODY_LOSS = 0.0005  # share of the rule-kept body characters the model may take out of fold
MIN_THRESHOLD = 0.80  # never below, whatever the batches allow
BATCH_BODY_KEPT = 0.995  # every held-out batch keeps this share of its body characters
REGULARISATION = 0.1
FOLDS = 5
HALF_BATCH = "half"  # the tune half's pages of the first batch*.txt files
PACKS_BATCH = "packs"


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
    batches: list[str] = field(default_factory=list)


def add_page(
    data: Lines, record: dict[str, Any], gold: Sequence[str], group: str, batch: str = ""
) -> None:
    """Every non-blank line of one page, its features and label (`batch`: its batch's name)."""
    from crosscheck.ingest.junk import classify_lines
    from crosscheck.ingest.junk_features import judged, line_features, reads_as_prose
    from crosscheck.ingest.junk_shapes import site_names

    lines = record["text"].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    names = site_names(record.get("source"), record.get("url"))
    reasons = classify_lines(lines, detect_menus=True, site_names=names)
    junk = {" ".join(line.split()) for line in gold}
    vectors = line_features(lines, reasons, record.get("url"))
    for line, reason, vector in zip(lines, reasons, vectors, strict=True):
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
        data.batches.append(batch)


def batch_of_pages(dev_texts: Path) -> dict[str, str]:
    """Each tune page's batch: its tune*.txt file's name (the others are HALF_BATCH)."""
    batches: dict[str, str] = {}
    for path in sorted(dev_texts.glob(f"{TUNE_PREFIX}*.txt")):
        for page in parse_labelled(path.read_text(encoding="utf-8"), tune=True):
            batches[page.id] = path.stem
    return batches


def training_lines(texts_dir: Path, dev_texts: Path) -> Lines:
    """The tune half's pages (grouped by outlet) and the tune packs' articles (by source)."""
    data = Lines()
    page_batch = batch_of_pages(dev_texts)
    records, gold = load_half("tune", dev_texts)
    for record in records:
        group, batch = record["source"].split("(")[0], page_batch.get(record["id"], HALF_BATCH)
        add_page(data, record, gold.get(record["id"], []), group, batch)
    for pack in TUNE_PACKS:
        records, gold = pack_records(texts_dir, pack)
        for record in records:
            group = f"{pack}/{record.get('source', record['id'])}"
            add_page(data, record, gold.get(record["id"], []), group, PACKS_BATCH)
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


def out_of_batch(x: np.ndarray, y: np.ndarray, batches: np.ndarray) -> np.ndarray:
    """Each line's probability from a model fitted without its batch's pages."""
    probabilities = np.zeros(len(y))
    for batch in set(batches.tolist()):
        held = batches == batch
        probabilities[held] = fit(x[~held], y[~held]).predict(x[held])
    return probabilities


def pick_threshold_by_batch(data: Lines, probabilities: np.ndarray, verbose: bool = False) -> float:
    """The lowest threshold (never below MIN_THRESHOLD) at which every batch keeps
    BATCH_BODY_KEPT of its body characters, or all the rules left it, and the rule-kept body
    loses at most MAX_BODY_LOSS pooled; `probabilities` are out of batch."""
    junk, chars = np.array(data.junk, dtype=bool), np.array(data.chars)
    by_rules, batches = ~np.array(data.rule_kept), np.array(data.batches)
    body_left = chars[~by_rules & ~junk].sum()
    chosen = 1.0
    for threshold in np.arange(0.99, MIN_THRESHOLD - 0.005, -0.01):
        by_model = ~by_rules & model_removes(data, probabilities, threshold)
        lost = chars[by_model & ~junk].sum() / body_left
        worst = min(
            _batch_body_margin(
                chars[in_batch], junk[in_batch], by_rules[in_batch], by_model[in_batch]
            )
            for in_batch in (batches == b for b in set(batches.tolist()))
        )
        if verbose:
            caught, taken = (by_model & junk).sum(), (by_model & ~junk).sum()
            print(f"  threshold {threshold:.2f}: junk caught {caught}, body lost {lost:.4f} "
                  f"({taken} lines), worst batch margin {worst:+.4f}")  # fmt: skip
        if lost > MAX_BODY_LOSS or worst < 0:
            break
        chosen = float(threshold)
    return chosen


def _batch_body_margin(
    chars: np.ndarray, junk: np.ndarray, by_rules: np.ndarray, by_model: np.ndarray
) -> float:
    """How far a batch's body kept stays above BATCH_BODY_KEPT (or above what the rules alone
    keep, when they keep less); negative when the model takes it below."""
    body = chars[~junk].sum()
    rules_kept = 1 - chars[by_rules & ~junk].sum() / body
    kept = 1 - chars[(by_rules | by_model) & ~junk].sum() / body
    return kept - min(BATCH_BODY_KEPT, rules_kept)


def choose_threshold(data: Lines, verbose: bool = False) -> float:
    """The removal threshold for a model fitted on `data`: by batch (`pick_threshold_by_batch`)
    when it holds several batches, else out of fold by outlet (`pick_threshold`)."""
    x, y = np.array(data.features), np.array(data.junk)
    if len(set(data.batches)) > 1:
        probabilities = out_of_batch(x, y, np.array(data.batches))
        return pick_threshold_by_batch(data, probabilities, verbose)
    probabilities = out_of_fold(x, y, np.array(data.groups))
    return max(MIN_THRESHOLD, pick_threshold(data, probabilities, verbose))


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
    threshold = choose_threshold(data, verbose=True)
    probabilities = out_of_batch(x, y, np.array(data.batches))
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
