"""Run every benchmark, one after the other (`make bench`); each writes benchmarks/results/*.json.

    python -m benchmarks.run_all [--data ../shared/benchmarks] [--only timex,events]

Long: ECB+ and GVC are analysed end to end, and the duplicate scaling run goes to 100k items.
Reserved splits (ECB+ 36-45, GVC test, NewsWCL50) are scored here for reporting only.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.datasets.records import default_data_dir

OWN_DATA = frozenset({"bench_stories", "bench_junk_dev", "bench_memory_bounds"})
# (module, extra arguments) in a sensible order: fast and per-stage first.
BENCHMARKS: list[tuple[str, list[str]]] = [
    ("bench_timex", []),
    ("bench_extraction", []),
    ("bench_junk_lines", ["--half", "all"]),
    ("bench_junk_lines", ["--half", "test"]),
    ("bench_junk_dev", ["--quiet"]),
    ("bench_dates", []),
    ("bench_duplicates", []),
    ("bench_stance", []),
    ("bench_entity_coref", ["--split", "dev"]),
    ("bench_entity_coref", ["--split", "test"]),
    ("bench_pipeline_entities", ["--split", "dev"]),
    ("bench_pipeline_entities", ["--split", "test"]),
    ("bench_events", ["--split", "dev", "--dataset", "all", "--system", "all"]),
    ("bench_events", ["--split", "test", "--dataset", "all", "--system", "all"]),
    ("bench_claim_parts", []),
    ("bench_stories", ["--split", "all"]),
    ("bench_conflict_precision", []),
    ("bench_memory_bounds", []),
    ("bench_corpus_scaling", []),
    ("bench_throughput", []),
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected benchmarks; return non-zero if any failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument(
        "--only", default="", help="comma-separated module names, e.g. timex,events"
    )
    args = parser.parse_args(argv)
    wanted = {f"bench_{name.strip()}" for name in args.only.split(",") if name.strip()}
    failed = []
    for module_name, extra in BENCHMARKS:
        if wanted and module_name not in wanted:
            continue
        print(f"\n## {module_name} {' '.join(extra)}\n", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{module_name}")
        # Benchmarks on data of their own (story packs, generated inputs) take no --data.
        data = [] if module_name in OWN_DATA else ["--data", str(args.data)]
        status = module.main([*data, *extra])
        print(f"\n({module_name} took {time.perf_counter() - started:.0f} s)", flush=True)
        if status:
            failed.append(module_name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
