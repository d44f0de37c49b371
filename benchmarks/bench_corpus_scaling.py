"""How the corpus stages (resolve, deduplicate, cluster, corroborate) scale with corpus size.

Annotated articles of the development data (ECB+ topics 1-35 and GVC val, annotated once and
cached by `benchmarks.tune_events`, or annotated here) are replicated under new ids to 1x, 2x,
4x and 8x the corpus; each size is run through `build_dossier` twice and the faster run is
timed (after one warm-up run, so that imports and lazily built tables are not charged to the
first size), then run again under tracemalloc for its peak memory. Copies are exact
duplicates, so the duplicate detector and the story/event graph see their worst case of dense
neighbourhoods; the top-k neighbour graph keeps the work per article bounded.

    python -m benchmarks.bench_corpus_scaling [--factors 1,2,4,8]
"""

from __future__ import annotations

import argparse
import math
import time
import tracemalloc
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from benchmarks.tune_events import annotate_corpus
from crosscheck.dossier import build_dossier
from crosscheck.records import AnnotatedArticle, RunInfo


def _replicate(articles: list[AnnotatedArticle], factor: int) -> list[AnnotatedArticle]:
    out = list(articles)
    for copy in range(1, factor):
        for a in articles:
            article = a.article.model_copy(update={"id": f"{a.article.id}-{copy}"})
            out.append(a.model_copy(update={"article": article}))
    return out


def _run_info(articles: int) -> RunInfo:
    return RunInfo(
        crosscheck_version="bench",
        generated_at=datetime.now(UTC),
        inputs=articles,
        articles_new=0,
        articles_cached=articles,
        seconds=0.0,
        models={},
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Time the corpus stages at several corpus sizes; write results/corpus_scaling.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--factors", default="1,2,4,8")
    args = parser.parse_args(argv)
    base: list[AnnotatedArticle] = []
    for corpus in (
        ecbplus.read_corpus(args.data, "train+dev", kinds=frozenset()),
        gvc.read_corpus(args.data, "val"),
    ):
        base.extend(annotate_corpus(corpus)[0])
    rows, runs = [], {}
    previous: tuple[int, float] | None = None
    build_dossier(base[:100], [], _run_info(100))  # warm-up: imports, lazy tables, caches
    for factor in (int(f) for f in args.factors.split(",")):
        articles = _replicate(base, factor)
        run = _run_info(len(articles))
        # the faster of two runs: one run on a shared machine can be slowed by others' work
        seconds = math.inf
        for _ in range(2):
            started = time.perf_counter()
            dossier = build_dossier(articles, [], run)
            seconds = min(seconds, time.perf_counter() - started)
        # memory in a second run: tracing slows Python down several times
        tracemalloc.start()
        build_dossier(articles, [], run)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        slope = (
            math.log(seconds / previous[1]) / math.log(len(articles) / previous[0])
            if previous
            else None
        )
        previous = (len(articles), seconds)
        rows.append([len(articles), seconds, 1e3 * seconds / len(articles), peak, slope])
        runs[str(len(articles))] = {
            "articles": len(articles),
            "seconds": seconds,
            "peak_traced_mib": peak,
            "slope_vs_previous": slope,
            "events": len(dossier.events),
            "findings": len(dossier.findings),
        }
        print(f"{len(articles)} articles: {seconds:.1f} s", flush=True)
    headers = ["articles", "corpus stages s", "ms / article", "peak traced MiB", "log-log slope"]
    print(markdown_table(headers, rows))
    print(machine_info())
    update_results(RESULTS_DIR / "corpus_scaling.json", runs, {"benchmark": "corpus stages"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
