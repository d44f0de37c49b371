"""Throughput and peak memory of `crosscheck analyze` on the demo and on all 982 ECB+ documents.

Each run is a fresh process (`python -m crosscheck analyze ... --no-db`), so the time includes
start-up and model loading, as a user sees it; peak memory is the child's maximum resident set.
A second run over the same input with a store shows what the cache saves.

    python -m benchmarks.bench_throughput [--data ../shared/benchmarks] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets import ecbplus
from benchmarks.datasets.records import REPO_ROOT, default_data_dir, write_jsonl
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results


def _run(inputs: Path, outdir: Path, extra: Sequence[str]) -> tuple[float, float, dict[str, Any]]:
    """Wall seconds, peak RSS (MiB) and run info of one analyze process."""
    command = [
        sys.executable,
        "-m",
        "crosscheck",
        "analyze",
        str(inputs),
        "-o",
        str(outdir),
        "-q",
        *extra,
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    dossier = json.loads((outdir / "dossier.json").read_text(encoding="utf-8"))
    info = dict(
        dossier["run"], articles=len(dossier["articles"]), rejected=len(dossier["rejected"])
    )
    # ru_maxrss of children is the max over all children so far: report it only when it grew.
    return seconds, max(peak, before) / 1024, info


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print a Markdown table; write benchmarks/results/throughput.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    rows, runs = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = ecbplus.read_corpus(args.data, "all", kinds=frozenset())
        ecb = work / "ecbplus.jsonl"
        write_jsonl(corpus.documents.values(), ecb)
        cases = [
            ("demo (5 articles)", REPO_ROOT / "demo"),
            (f"ECB+ ({len(corpus.documents)} documents)", ecb),
        ]
        for name, inputs in cases:
            out = work / name.split()[0]
            workers = ["--workers", str(args.workers)]
            seconds, peak, info = _run(inputs, out, [*workers, "--no-db"])
            cached_seconds = None
            if inputs == ecb:
                _run(inputs, out, workers)  # fill the store
                cached_seconds, _, _ = _run(inputs, out, workers)
            rate = info["articles"] / seconds
            rows.append(
                [name, info["articles"], info["rejected"], seconds, rate, peak, cached_seconds]
            )
            runs[name] = {
                "articles": info["articles"],
                "rejected": info["rejected"],
                "seconds": seconds,
                "articles_per_second": rate,
                "peak_rss_mib": peak,
                "workers": args.workers,
                "rerun_with_store_seconds": cached_seconds,
                "pipeline_seconds": info["seconds"],
            }
    headers = [
        "input",
        "articles",
        "rejected",
        "wall s",
        "articles/s",
        "peak RSS MiB",
        "re-run from store, s",
    ]
    print(markdown_table(headers, rows))
    print(json.dumps(machine_info()))
    update_results(RESULTS_DIR / "throughput.json", runs, {"benchmark": "analyze throughput"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
