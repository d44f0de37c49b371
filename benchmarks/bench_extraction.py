"""Article-body extraction: crosscheck's extract_html against trafilatura and published peers.

Two public benchmarks, each scored with its own upstream metric (re-implemented here, not copied):

* article-extraction-benchmark (Scrapinghub/Zyte, 181 pages): 4-gram shingle precision/recall
  per page, averaged over pages; F1 from the two means; accuracy = exact token-list match.
  The metric is validated first: the stored peer outputs in ``output/`` must reproduce the
  published table (trafilatura 2.0.0 F1 0.958, ...), else the script stops.
* trafilatura-eval (990 pages): "with" / "without" segments found as whitespace-normalised
  substrings of the output, summed over the corpus (upstream ``tests/eval_common.py``).

trafilatura (the installed version, run with each benchmark's upstream settings) and
extract_html are run on the raw pages; published peers come from the stored outputs and the
upstream results table. Pages are split by a hash of their id into a development half and a
held-out half; ``--select`` re-runs the choice of PRECISION_KEEP_SHARE on the development
halves only. The benchmark data is read in place and never copied into the repository.

    python -m benchmarks.bench_extraction [--data ../shared/benchmarks] [--select] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import math
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import trafilatura

from benchmarks.datasets.records import default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from crosscheck.errors import ExtractionError
from crosscheck.ingest.html_extract import PRECISION_KEEP_SHARE, extract_html

AEB = "article-extraction-benchmark"
TEV = "trafilatura-eval"
OURS = "crosscheck extract_html"

# Published F1 of the stored outputs (AEB README.rst at the SOURCE.md commit; "previous
# evaluation" rows for newspaper/news_please). Used to validate the metric implementation.
AEB_PUBLISHED_F1 = {
    "trafilatura": 0.958,
    "go_trafilatura": 0.960,
    "readability_js": 0.947,
    "readability": 0.922,
    "goose3": 0.896,
    "justext": 0.804,
    "html-text": 0.665,
    "newspaper": 0.949,
    "news_please": 0.948,
    # initial November 2019 run, same README
    "AutoExtract": 0.970,
    "Diffbot": 0.951,
    "dragnet": 0.907,
    "boilerpipe": 0.860,
}
# Versions named in SOURCE.md for outputs stored without a version field.
AEB_VERSIONS = {"newspaper": "0.9.3.1", "news_please": "1.6.16"}
AEB_NAMES = {
    "readability": "readability-lxml",
    "readability_js": "readability.js",
    "newspaper": "newspaper4k",
    "html-text": "html-text (all text)",
}
SELECT_GRID = (0.0, 0.7, 0.8, 0.85, 0.9, 0.92, 0.95, 0.98, math.inf)

Extractor = Callable[[bytes], str | None]


# --- article-extraction-benchmark metric --------------------------------------------------


_TOKEN = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def _shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _tokens(text)
    # A text shorter than n tokens gives one shorter shingle; an empty text gives none.
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def shingle_counts(true: str | None, pred: str | None) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over 4-gram shingles, normalised to sum 1 (so pages weigh equally)."""
    gold, guess = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in gold.keys() | guess.keys():
        t, p = gold.get(key, 0), guess.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def _page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_scores(counts: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Mean per-page precision and recall, and F1 of the two means (upstream evaluate.py)."""
    precision = statistics.mean(_page_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_page_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {
        "f1": 2 * precision * recall / (precision + recall),
        "precision": precision,
        "recall": recall,
    }


def score_aeb(
    truth: dict[str, str], predictions: dict[str, str | None], n_bootstrap: int = 1000
) -> dict[str, float]:
    """Shingle P/R/F1, exact-token accuracy, and bootstrap standard deviation of F1."""
    keys = sorted(truth)
    counts = [shingle_counts(truth[k], predictions.get(k)) for k in keys]
    result = shingle_scores(counts)
    result["accuracy"] = statistics.mean(
        float(_tokens(truth[k]) == _tokens(predictions.get(k))) for k in keys
    )
    rng = random.Random(0)
    samples = [
        shingle_scores([counts[rng.randrange(len(counts))] for _ in counts])["f1"]
        for _ in range(n_bootstrap)
    ]
    result["f1_std"] = statistics.stdev(samples) if n_bootstrap > 1 else 0.0
    return result


# --- trafilatura-eval metric ----------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Confusion:
    """Summed segment counts over a corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, item: dict[str, Any], output: str | None) -> None:
        """Count one page: "with" segments found are TP, "without" segments found are FP."""
        found = _norm(output) if isinstance(output, str) else None
        tp = sum(1 for s in item["with"] if found is not None and _norm(s) in found)
        fp = sum(1 for s in item["without"] if found is not None and _norm(s) in found)
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp

    def scores(self) -> dict[str, float]:
        """Precision, recall, accuracy and F1 as upstream (0.0 for an empty denominator)."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        denominator = 2 * self.tp + self.fp + self.fn
        return {
            "f1": 2 * self.tp / denominator if denominator else 0.0,
            "precision": precision,
            "recall": recall,
            "accuracy": (self.tp + self.tn) / total if total else 0.0,
        }


def published_tev_table(rst: str) -> list[dict[str, Any]]:
    """Rows of the newest "Results (...)" table in upstream docs/evaluation.rst."""
    section = rst[rst.index("Results (") :]
    rows: list[dict[str, Any]] = []
    row = re.compile(
        r"^(?P<name>\S.*?)\s{2,}(?P<p>0\.\d+)\s+(?P<r>0\.\d+)\s+(?P<a>0\.\d+)\s+(?P<f>0\.\d+)"
    )
    for line in section.splitlines()[3:]:
        if line.startswith("=") and rows:
            break
        if match := row.match(line.replace("*", "")):
            rows.append(
                {
                    "system": match["name"].strip(),
                    "precision": float(match["p"]),
                    "recall": float(match["r"]),
                    "accuracy": float(match["a"]),
                    "f1": float(match["f"]),
                }
            )
    return rows


# --- running extractors ---------------------------------------------------------------------


def in_dev_half(key: str) -> bool:
    """The fixed development half: even SHA-256 of the page id."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2 == 0


def run(extractor: Extractor, pages: dict[str, bytes]) -> tuple[dict[str, str | None], float]:
    """Outputs per page (None when the extractor raised ExtractionError) and pages per second."""
    outputs: dict[str, str | None] = {}
    started = time.perf_counter()
    for key, html in pages.items():
        try:
            outputs[key] = extractor(html)
        except ExtractionError:
            outputs[key] = None
    seconds = time.perf_counter() - started
    return outputs, len(pages) / seconds if seconds > 0 else math.inf


def ours(keep_share: float = PRECISION_KEEP_SHARE) -> Extractor:
    """extract_html's text (no URL given: peers get none either)."""
    return lambda html: extract_html(html, precision_keep_share=keep_share).text


def trafilatura_aeb(html: bytes) -> str | None:
    """trafilatura as upstream's extractors/run_trafilatura.py runs it (UTF-8 text input)."""
    return trafilatura.extract(html.decode("utf-8"), include_comments=False)


def trafilatura_tev(html: bytes) -> str | None:
    """trafilatura "standard" as in upstream tests/eval_common.py (raw bytes, fallback on)."""
    return trafilatura.extract(
        html, fast=False, include_comments=False, include_tables=True, include_formatting=False
    )


# --- the two benchmarks ---------------------------------------------------------------------


def load_aeb(root: Path, limit: int | None) -> tuple[dict[str, str], dict[str, bytes]]:
    """Gold article bodies and raw pages, keyed by item id."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = {k: gzip.decompress((root / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    return {k: truth[k].get("articleBody") or "" for k in keys}, pages


def stored_aeb_outputs(root: Path) -> dict[str, tuple[str | None, dict[str, str | None]]]:
    """Peer predictions in ``output/``: name -> (version, {item id: body})."""
    stored = {}
    for path in sorted((root / "output").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        run_version = data.get("version") if "output" in data else None
        predictions = data.get("output", data)
        stored[path.stem] = (
            run_version,
            {k: (v or {}).get("articleBody") for k, v in predictions.items()},
        )
    return stored


def validate_aeb_metric(truth: dict[str, str], stored: dict[str, Any]) -> dict[str, float]:
    """Rescore the stored outputs; every published F1 must be reproduced to three decimals."""
    rescored = {}
    for name, published in AEB_PUBLISHED_F1.items():
        f1 = shingle_scores([shingle_counts(truth[k], stored[name][1].get(k)) for k in truth])
        rescored[name] = f1["f1"]
        if round(f1["f1"], 3) != published:
            raise SystemExit(
                f"metric check failed: {name} rescored F1 {f1['f1']:.4f}, published {published}"
            )
    return rescored


def bench_aeb(root: Path, limit: int | None) -> dict[str, Any]:
    """Validated metric, stored peers, trafilatura and extract_html on all / dev / held-out."""
    truth, pages = load_aeb(root, limit)
    stored = stored_aeb_outputs(root)
    full = limit is None
    validation = validate_aeb_metric(truth, stored) if full else {}
    systems: dict[str, dict[str, Any]] = {}
    for name, (run_version, predictions) in stored.items():
        systems[AEB_NAMES.get(name, name)] = _aeb_entry(
            truth,
            predictions,
            run_version or AEB_VERSIONS.get(name),
            "stored output/, rescored",
            None,
        )
    for name, extractor, label in (
        (f"trafilatura {version('trafilatura')}", trafilatura_aeb, "run here"),
        (OURS, ours(), "run here"),
    ):
        outputs, speed = run(extractor, pages)
        systems[name] = _aeb_entry(truth, outputs, None, label, speed)
    return {"pages": len(pages), "metric_validation_f1": validation, "systems": systems}


def _aeb_entry(
    truth: dict[str, str],
    predictions: dict[str, str | None],
    run_version: str | None,
    source: str,
    speed: float | None,
) -> dict[str, Any]:
    dev = {k: v for k, v in truth.items() if in_dev_half(k)}
    held_out = {k: v for k, v in truth.items() if not in_dev_half(k)}
    return {
        "version": run_version,
        "source": source,
        "pages_per_s": speed,
        "all": score_aeb(truth, predictions),
        "dev": score_aeb(dev, predictions, n_bootstrap=0),
        "held_out": score_aeb(held_out, predictions, n_bootstrap=0),
    }


def load_tev(root: Path, limit: int | None) -> tuple[dict[str, dict[str, Any]], dict[str, bytes]]:
    """Segment annotations and raw pages (looked up in html/cache, then html/eval), by URL."""
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    items = dict(list(evaldata.items())[:limit])
    pages = {}
    for url, item in items.items():
        for folder in ("cache", "eval"):
            path = root / "html" / folder / f"{item['file']}.gz"
            if path.exists():
                pages[url] = gzip.decompress(path.read_bytes())
                break
        else:
            raise SystemExit(f"{TEV}: missing page {item['file']}")
    return items, pages


def _tev_scores(
    items: dict[str, dict[str, Any]], outputs: dict[str, str | None], keep: Callable[[str], bool]
) -> dict[str, float]:
    confusion = Confusion()
    for url, item in items.items():
        if keep(url):
            confusion.add(item, outputs.get(url))
    return confusion.scores()


def _tev_entry(
    items: dict[str, dict[str, Any]], outputs: dict[str, str | None], speed: float
) -> dict[str, Any]:
    return {
        "source": "run here",
        "pages_per_s": speed,
        "all": _tev_scores(items, outputs, lambda _: True),
        "dev": _tev_scores(items, outputs, in_dev_half),
        "held_out": _tev_scores(items, outputs, lambda url: not in_dev_half(url)),
    }


def bench_tev(root: Path, limit: int | None) -> dict[str, Any]:
    """Published table, trafilatura and extract_html on all / dev / held-out."""
    items, pages = load_tev(root, limit)
    published = published_tev_table((root / "UPSTREAM_evaluation.rst").read_text("utf-8"))
    baseline = json.loads((root / "eval_baseline.json").read_text(encoding="utf-8"))
    systems: dict[str, dict[str, Any]] = {}
    for name, extractor in (
        (f"trafilatura {version('trafilatura')}", trafilatura_tev),
        (OURS, ours()),
    ):
        outputs, speed = run(extractor, pages)
        systems[name] = _tev_entry(items, outputs, speed)
    return {
        "pages": len(pages),
        "published": published,
        "upstream_ci_floors_f1": baseline.get("floors"),
        "systems": systems,
    }


def select_keep_share(data: Path, aeb: dict[str, Any], tev: dict[str, Any]) -> dict[str, Any]:
    """Re-run the choice of PRECISION_KEEP_SHARE on the development halves only.

    The chosen value maximises the smaller of the two F1 gains over trafilatura alone.
    """
    truth, aeb_pages = load_aeb(data / AEB, None)
    items, tev_pages = load_tev(data / TEV, None)
    truth = {k: v for k, v in truth.items() if in_dev_half(k)}
    aeb_pages = {k: v for k, v in aeb_pages.items() if in_dev_half(k)}
    tev_pages = {k: v for k, v in tev_pages.items() if in_dev_half(k)}
    name = f"trafilatura {version('trafilatura')}"
    base_aeb = aeb["systems"][name]["dev"]["f1"]
    base_tev = tev["systems"][name]["dev"]["f1"]
    grid = {}
    for share in SELECT_GRID:
        aeb_out, _ = run(ours(share), aeb_pages)
        tev_out, _ = run(ours(share), tev_pages)
        aeb_f1 = score_aeb(truth, aeb_out, n_bootstrap=0)["f1"]
        tev_f1 = _tev_scores(items, tev_out, in_dev_half)["f1"]
        grid[str(share)] = {"aeb_dev_f1": aeb_f1, "tev_dev_f1": tev_f1}
        print(
            f"  keep share {share}: AEB dev F1 {aeb_f1:.4f}, trafilatura-eval dev F1 {tev_f1:.4f}"
        )
    chosen = max(
        grid, key=lambda s: min(grid[s]["aeb_dev_f1"] - base_aeb, grid[s]["tev_dev_f1"] - base_tev)
    )
    return {"grid": grid, "chosen": chosen, "in_use": PRECISION_KEEP_SHARE}


# --- report -----------------------------------------------------------------------------------


def _aeb_rows(result: dict[str, Any]) -> list[list[object]]:
    rows = []
    for name, entry in result["systems"].items():
        scores = entry["all"]
        published = AEB_PUBLISHED_F1.get(next((k for k, v in AEB_NAMES.items() if v == name), name))
        rows.append(
            [
                name,
                entry["version"] or "",
                f"{scores['f1']:.3f} ± {scores['f1_std']:.3f}",
                scores["precision"],
                scores["recall"],
                scores["accuracy"],
                entry["dev"]["f1"],
                entry["held_out"]["f1"],
                published,
                f"{entry['pages_per_s']:.1f}" if entry["pages_per_s"] else "",
                entry["source"],
            ]
        )
    return sorted(rows, key=lambda r: -float(str(r[2]).split()[0]))


def _tev_rows(result: dict[str, Any]) -> list[list[object]]:
    rows: list[list[object]] = []
    for name, entry in result["systems"].items():
        s = entry["all"]
        rows.append(
            [
                name,
                s["f1"],
                s["precision"],
                s["recall"],
                s["accuracy"],
                entry["dev"]["f1"],
                entry["held_out"]["f1"],
                f"{entry['pages_per_s']:.1f}",
                entry["source"],
            ]
        )
    for row in result["published"]:
        rows.append(
            [
                row["system"],
                row["f1"],
                row["precision"],
                row["recall"],
                row["accuracy"],
                None,
                None,
                "",
                "published",
            ]
        )
    return sorted(rows, key=lambda r: -r[1] if isinstance(r[1], float) else 0.0)


def requirement(aeb: dict[str, Any], tev: dict[str, Any]) -> dict[str, bool]:
    """Ours at least as good as trafilatura alone (same version, run here) on both benchmarks."""
    name = f"trafilatura {version('trafilatura')}"
    return {
        AEB: aeb["systems"][OURS]["all"]["f1"] >= aeb["systems"][name]["all"]["f1"],
        TEV: tev["systems"][OURS]["all"]["f1"] >= tev["systems"][name]["all"]["f1"],
    }


def _quiet_libraries() -> None:
    for logger in ("trafilatura", "htmldate", "charset_normalizer", "readability", "justext"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)


def main(argv: Sequence[str] | None = None) -> int:
    """Run both benchmarks, print Markdown tables, write benchmarks/results/extraction.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "extraction.json")
    parser.add_argument("--limit", type=int, help="first N pages of each benchmark (smoke run)")
    parser.add_argument("--select", action="store_true", help="re-run the keep-share choice")
    args = parser.parse_args(argv)
    _quiet_libraries()
    for folder in (AEB, TEV):
        if not (args.data / folder / "SOURCE.md").exists():
            raise SystemExit(f"benchmark data not found: {args.data / folder}")

    aeb = bench_aeb(args.data / AEB, args.limit)
    tev = bench_tev(args.data / TEV, args.limit)
    machine = machine_info()
    versions = {p: version(p) for p in ("trafilatura", "htmldate", "charset-normalizer", "lxml")}
    print(
        f"# Article extraction — {machine['date']} — {machine['platform']}, "
        f"Python {machine['python']}, {machine['cpu_count']} CPUs"
    )
    print(f"versions: {versions}; crosscheck PRECISION_KEEP_SHARE={PRECISION_KEEP_SHARE}\n")
    print(f"## {AEB} ({aeb['pages']} pages; shingle metric of upstream evaluate.py)\n")
    if aeb["metric_validation_f1"]:
        print(
            "Metric check: stored outputs reproduce the published F1 "
            f"(trafilatura 2.0.0: {aeb['metric_validation_f1']['trafilatura']:.4f} -> 0.958).\n"
        )
    print(
        markdown_table(
            [
                "system",
                "version",
                "F1 ± std",
                "P",
                "R",
                "accuracy",
                "F1 dev",
                "F1 held-out",
                "published F1",
                "pages/s",
                "source",
            ],
            _aeb_rows(aeb),
        )
    )
    print(f"\n## {TEV} ({tev['pages']} pages; with/without segments, upstream eval_common.py)\n")
    print(
        markdown_table(
            ["system", "F1", "P", "R", "accuracy", "F1 dev", "F1 held-out", "pages/s", "source"],
            _tev_rows(tev),
        )
    )
    print(f"\nupstream CI floors for trafilatura F1: {tev['upstream_ci_floors_f1']}")
    runs: dict[str, Any] = {AEB: aeb, TEV: tev}
    met = requirement(aeb, tev)
    print(f"\nextract_html >= trafilatura alone: {met}")
    if args.select:
        print("\n## keep-share selection on the development halves")
        runs["selection"] = select_keep_share(args.data, aeb, tev)
        print(f"chosen: {runs['selection']['chosen']} (in use: {PRECISION_KEEP_SHARE})")
    if args.limit is None:
        extra = {"versions": versions, "requirement_met": met, "benchmarks": [AEB, TEV]}
        update_results(args.output, runs, extra)
        print(f"\nwrote {args.output}")
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
