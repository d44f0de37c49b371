"""Event (story) clustering benchmark: crosscheck's events vs gold ECB+ sub-topics / GVC incidents.

Runs ``crosscheck analyze`` once per corpus split (all documents together, as a user would),
maps ``events[].articles`` back to input records, and scores the document clustering with B³
and ARI. Articles in no event are singletons. The baselines are TF-IDF + average-link
agglomerative clustering (cosine) at their best threshold, the oracle setting that defines the
published baseline: sklearn's default TF-IDF, and the issue's plain one (sublinear tf, English
stop words, title + text); on the test split the threshold picked on the dev split is reported
too.

``--split test`` touches data reserved for final measurement (ECB+ topics 36–45, GVC test):
use it only to report, never to tune.

    python -m benchmarks.bench_events --split dev --system baseline-only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances

from benchmarks.crosscheck_runner import CrosscheckRunError, analyze_clustering
from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import REPO_ROOT, Corpus, default_data_dir, write_jsonl
from benchmarks.doc_clustering import (
    DEFAULT_THRESHOLDS,
    SweepPoint,
    at_threshold,
    best,
    cluster_at,
    sweep,
)
from benchmarks.report import RESULTS_DIR, markdown_table, update_results
from crosscheck.evaluation.cluster_metrics import score_clustering

# Published reference figures, keyed by (dataset, split, gold level).
PUBLISHED: dict[tuple[str, str, str], dict[str, Any]] = {
    ("ecbplus", "test", "subtopic"): {
        "system": "TF-IDF average-link, best threshold",
        "b3_f1": 0.870,
        "source": "figure quoted in the issue; not re-verified from a paper here",
    },
}


@dataclass(frozen=True)
class Task:
    """One corpus split to cluster, with its gold labellings."""

    dataset: str
    split: str
    corpus: Corpus
    golds: dict[str, dict[str, str]]
    primary: str  # the gold level the baseline's oracle threshold is chosen on

    @property
    def key(self) -> str:
        return f"{self.dataset}/{self.split}"


def load_task(data_dir: Path, dataset: str, split: str) -> Task:
    """ECB+ ``dev`` = topics 1–35, ``test`` = 36–45; GVC ``dev`` = val, ``test`` = test."""
    if dataset == "ecbplus":
        corpus = ecbplus.read_corpus(
            data_dir, "train+dev" if split == "dev" else "test", kinds=frozenset()
        )
        golds: dict[str, dict[str, str]] = {
            "topic": {d.doc_id: d.topic for d in corpus.documents.values()},
            "subtopic": {d.doc_id: d.subtopic for d in corpus.documents.values()},
        }
        return Task(dataset, split, corpus, golds, "subtopic")
    if dataset == "gvc":
        corpus = gvc.read_corpus(data_dir, "val" if split == "dev" else "test")
        golds = {"incident": {d.doc_id: d.subtopic for d in corpus.documents.values()}}
        return Task(dataset, split, corpus, golds, "incident")
    raise ValueError(f"unknown dataset {dataset!r}")


def run_baseline(task: Task, dev_task: Task | None) -> tuple[list[SweepPoint], dict[str, Any]]:
    """Sweep the baseline on the task; pick oracle thresholds and, on test, the dev threshold."""
    docs = list(task.corpus.documents.values())
    points = sweep([d.doc_id for d in docs], [d.text for d in docs], task.golds)
    result: dict[str, Any] = {"oracle": {}}
    for level in task.golds:
        point = best(points, level)
        result["oracle"][level] = {"threshold": point.threshold, **point.scores[level].as_dict()}
    if dev_task is not None:
        dev_docs = list(dev_task.corpus.documents.values())
        dev_points = sweep([d.doc_id for d in dev_docs], [d.text for d in dev_docs], dev_task.golds)
        chosen = best(dev_points, task.primary).threshold
        point = at_threshold(points, chosen)
        result["dev_selected"] = {
            "threshold": chosen,
            "scores": {level: s.as_dict() for level, s in point.scores.items()},
        }
    return points, result


def plain_sweep(task: Task) -> list[SweepPoint]:
    """The issue's plain baseline: sublinear TF-IDF with English stop words over title + text,
    cosine average-link, at every threshold of the default sweep."""
    docs = list(task.corpus.documents.values())
    ids = [d.doc_id for d in docs]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [d.text for d in docs]
    )
    distances = np.clip(cosine_distances(vectors), 0.0, None)
    return [
        SweepPoint(
            threshold,
            {
                level: score_clustering(gold, dict(zip(ids, labels, strict=True)))
                for level, gold in task.golds.items()
            },
        )
        for threshold in DEFAULT_THRESHOLDS
        if (labels := cluster_at(distances, threshold))
    ]


def run_plain(task: Task, dev_task: Task | None) -> dict[str, Any]:
    """The plain baseline's oracle point and, on test, its point at the dev-picked threshold."""
    points = plain_sweep(task)
    result: dict[str, Any] = {"oracle": {}}
    for level in task.golds:
        point = best(points, level)
        result["oracle"][level] = {"threshold": point.threshold, **point.scores[level].as_dict()}
    if dev_task is not None:
        chosen = best(plain_sweep(dev_task), task.primary).threshold
        point = at_threshold(points, chosen)
        result["dev_selected"] = {
            "threshold": chosen,
            "scores": {level: s.as_dict() for level, s in point.scores.items()},
        }
    return result


def run_crosscheck(task: Task, workdir: Path, timeout: float) -> dict[str, Any]:
    """Analyze the split with the CLI and score its events against every gold labelling."""
    run_dir = workdir / task.dataset / task.split
    jsonl = run_dir / "input.jsonl"
    write_jsonl(task.corpus.documents.values(), jsonl)
    clustering = analyze_clustering(jsonl, run_dir / "out", timeout)
    # Topics are what crosscheck calls stories; sub-topics and incidents are its events.
    scores = {
        level: score_clustering(
            gold, clustering.story_labels if level == "topic" else clustering.labels
        )
        for level, gold in task.golds.items()
    }
    return {
        "scores": {level: s.as_dict() for level, s in scores.items()},
        "dossier_articles": clustering.articles,
        "input_records": len(task.corpus.documents),
        "events": clustering.events,
        "records_in_no_event": len(task.corpus.documents) - len(clustering.labels),
        "multi_event_articles": clustering.multi_event_articles,
        "seconds": round(clustering.seconds, 1),
    }


def table_rows(task: Task, result: Mapping[str, Any]) -> list[list[object]]:
    """Markdown rows for one task: baseline (oracle, dev-selected), crosscheck, published."""
    rows: list[list[object]] = []

    def row(level: str, system: str, threshold: object, s: Mapping[str, float]) -> None:
        published = PUBLISHED.get((task.dataset, task.split, level), {}).get("b3_f1")
        rows.append(
            [
                task.key,
                level,
                system,
                threshold,
                s["b3_precision"],
                s["b3_recall"],
                s["b3_f1"],
                s["ari"],
                int(s["predicted_clusters"]),
                int(s["gold_clusters"]),
                published,
            ]
        )

    baselines = (("baseline", "tfidf-avglink"), ("plain", "tfidf-sublinear-stop-avglink"))
    for level in task.golds:
        for key, name in baselines:
            baseline = result.get(key, {})
            if level in baseline.get("oracle", {}):
                s = baseline["oracle"][level]
                row(level, f"{name} (oracle thr.)", s["threshold"], s)
            if "dev_selected" in baseline:
                sel = baseline["dev_selected"]
                row(level, f"{name} (dev thr.)", sel["threshold"], sel["scores"][level])
        if "scores" in result.get("crosscheck", {}):
            row(level, "crosscheck", None, result["crosscheck"]["scores"][level])
    return rows


HEADERS = [
    "data/split",
    "gold",
    "system",
    "thr.",
    "B³ P",
    "B³ R",
    "B³ F1",
    "ARI",
    "#pred",
    "#gold",
    "published B³ F1",
]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="benchmarks folder (default: ../shared/benchmarks from the repo)",
    )
    parser.add_argument("--dataset", choices=["ecbplus", "gvc", "all"], default="all")
    parser.add_argument(
        "--split",
        choices=["dev", "test"],
        default="dev",
        help="dev: ECB+ topics 1-35 / GVC val; test: reserved, report only",
    )
    parser.add_argument(
        "--system",
        choices=["all", "crosscheck", "baseline-only", "plain"],
        default="all",
        help="plain: the issue's plain TF-IDF baseline alone (sublinear tf, English stop words)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=3600.0,
        help="seconds allowed for one crosscheck analyze call",
    )
    parser.add_argument(
        "--workdir", type=Path, default=REPO_ROOT / "benchmarks" / ".cache" / "events"
    )
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "events.json")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns 1 if a crosscheck run failed, else 0."""
    args = parse_args(argv)
    if not args.data.is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    datasets = ["ecbplus", "gvc"] if args.dataset == "all" else [args.dataset]
    runs: dict[str, Any] = {}
    rows: list[list[object]] = []
    failed = False
    for dataset in datasets:
        task = load_task(args.data, dataset, args.split)
        result: dict[str, Any] = {"documents": len(task.corpus.documents)}
        result["gold_clusters"] = {k: len(set(v.values())) for k, v in task.golds.items()}
        dev_task = load_task(args.data, dataset, "dev") if args.split == "test" else None
        if args.system in {"all", "baseline-only"}:
            _, result["baseline"] = run_baseline(task, dev_task)
        if args.system in {"all", "baseline-only", "plain"}:
            result["plain"] = run_plain(task, dev_task)
        if args.system in {"all", "crosscheck"}:
            try:
                result["crosscheck"] = run_crosscheck(task, args.workdir, args.timeout)
            except CrosscheckRunError as exc:
                failed = True
                result["crosscheck"] = {"error": str(exc)}
                print(f"crosscheck failed on {task.key}: {exc}", file=sys.stderr)
        published = {
            level: PUBLISHED[(dataset, args.split, level)]
            for level in task.golds
            if (dataset, args.split, level) in PUBLISHED
        }
        if published:
            result["published"] = published
        runs[task.key] = result
        rows += table_rows(task, result)
    print(markdown_table(HEADERS, rows))
    update_results(
        args.output,
        runs,
        {"benchmark": "event/story clustering of documents", "metric": "B³ over documents, ARI"},
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
