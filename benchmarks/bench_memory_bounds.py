"""Peak memory and wall time of ingest (and analyze) over hostile inputs, against the demo.

The worst-case folder holds the five demo articles plus: an article just under the character
cap (it is annotated: the most one article may cost), a 50 MB text, a 4.9 MB text on one line,
a `.jsonl.gz` whose 2 GiB of decompressed blank-line padding hide a record at the end, 1 MB of
gzipped `{}` lines (about 1 GiB of them once decompressed), and a named pipe. Each measurement
is a fresh process, so peak RSS is that run's alone (`ru_maxrss` of the child). With the caps
of `crosscheck.ingest.limits`, ingest stays at the demo's memory; analyze grows by what the
near-cap article costs the annotator, and no more.

    python -m benchmarks.bench_memory_bounds [--no-analyze]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import REPO_ROOT
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from crosscheck.ingest.limits import MAX_ARTICLE_CHARS

MiB = 1024 * 1024
RECORD = json.dumps({"text": "Officials met in Baku on Monday to discuss the border. " * 4})


def build_worst_case(folder: Path) -> dict[str, int]:
    """Write the hostile inputs (and the demo articles) into `folder`; their sizes on disk."""
    shutil.copytree(REPO_ROOT / "demo", folder, dirs_exist_ok=True)
    line = b"Officials met in Baku on Monday to discuss the border and the grain corridor.\n"
    with (folder / "huge-50mb.txt").open("wb") as out:
        for _ in range(50 * MiB // len(line) + 1):
            out.write(line)
    (folder / "one-line-4.9mb.txt").write_bytes(b"word " * (4_900_000 // 5))
    # The longest article the cap lets through, in varied prose: what annotation costs at most.
    sentences = [
        f"Delegation {n} met officials of region {n % 97} in Baku on day {n % 28 + 1}.\n"
        for n in range(10_000)
    ]
    near_cap = "".join(sentences)[: MAX_ARTICLE_CHARS - 1000]
    (folder / "near-cap.txt").write_text("Talks in Baku\n" + near_cap, encoding="utf-8")
    # gzip members concatenate: 32 copies of 64 MiB of newlines are 2 GiB decompressed.
    newlines = gzip.compress(b"\n" * (64 * MiB))
    with (folder / "padding-2gib.jsonl.gz").open("wb") as out:
        out.write(gzip.compress(RECORD.encode() + b"\n"))
        for _ in range(32):
            out.write(newlines)
        out.write(gzip.compress(RECORD.encode() + b"\n"))
    empties = gzip.compress(b"{}\n" * (32 * MiB // 3))
    with (folder / "empty-objects-1mb.jsonl.gz").open("wb") as out:
        while out.tell() < MiB:
            out.write(empties)
    os.mkfifo(folder / "pipe.txt")
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file()}


def child(stage: str, folder: Path) -> dict[str, Any]:
    """Run one stage over `folder` in this process; its counts, time and peak RSS."""
    from crosscheck.pipeline import AnalyzeOptions, analyze, ingest

    started = time.perf_counter()
    if stage == "ingest":
        read = ingest([folder])
        articles, rejected = len(read.articles), [(r.item, r.reason) for r in read.rejected]
    else:
        dossier = analyze([folder], store=None, options=AnalyzeOptions())
        articles = len(dossier.articles)
        rejected = [(r.item, r.reason) for r in dossier.rejected]
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reasons: dict[str, str] = {}
    for item, reason in rejected:  # per file: how many rejections, and the last reason
        name = Path(item.split("#")[0].rsplit(":", 1)[0]).name
        count = int(reasons.get(name, "0 ").split(" ", 1)[0]) + 1
        reasons[name] = f"{count} ({reason[:100]})"
    return {
        "seconds": round(seconds, 2),
        "peak_rss_mib": round(peak, 1),
        "articles": articles,
        "rejected": len(rejected),
        "reasons": reasons,
    }


def _measure(stage: str, folder: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.bench_memory_bounds", "--child", stage]
    done = subprocess.run(
        [*command, str(folder)], check=True, capture_output=True, text=True, timeout=1800
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print a Markdown table; write benchmarks/results/memory_bounds.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-analyze", action="store_true", help="measure ingest only")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0
    stages = ["ingest"] if args.no_analyze else ["ingest", "analyze"]
    runs: dict[str, Any] = {}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        worst = Path(tmp) / "worst"
        worst.mkdir()
        sizes = build_worst_case(worst)
        for name, folder in (("demo", REPO_ROOT / "demo"), ("demo + worst cases", worst)):
            for stage in stages:
                run = _measure(stage, folder)
                runs[f"{name} / {stage}"] = run
                rows.append(
                    [
                        name,
                        stage,
                        run["articles"],
                        run["rejected"],
                        run["seconds"],
                        run["peak_rss_mib"],
                    ]
                )
    headers = ["input", "stage", "articles", "rejected", "wall s", "peak RSS MiB"]
    print(markdown_table(headers, rows))
    for key, run in runs.items():
        if run["reasons"]:
            lines = [f"{name}: {reason}" for name, reason in run["reasons"].items()]
            print(f"\n{key}, rejections by file:\n  " + "\n  ".join(lines))
    print(json.dumps(machine_info()))
    extra = {"benchmark": "memory bounds of ingest", "worst_case_files": sizes}
    update_results(RESULTS_DIR / "memory_bounds.json", runs, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
