"""Publication-date accuracy of `extract_html` against dates printed in the pages' URLs.

No benchmark here has gold publication dates, but many news URLs carry the date
(`/2019/11/15/`). Those pages of the article-extraction-benchmark form a silver standard: the page
is extracted *without* its URL, and the date found in the HTML is compared with the URL's.
What matters most for crosscheck is that a wrong date is rare: unknown is an acceptable answer,
an invented date is not. Dates taken from a URL the page itself declares (canonical link) are
reported apart, since they agree with the silver date by construction.

    python -m benchmarks.bench_dates [--data ../shared/benchmarks]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from crosscheck.errors import ExtractionError
from crosscheck.ingest.html_extract import extract_html

AEB = "article-extraction-benchmark"
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|-|$)")


def url_date(url: str) -> date | None:
    """The full date a URL path carries, if any."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Score dates on the silver set; print a table and write results/dates.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    root = args.data / AEB
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    outcome: Counter[str] = Counter()
    by_source: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    pages = 0
    for key, entry in sorted(truth.items()):
        silver = url_date(entry.get("url") or "")
        if silver is None:
            continue
        pages += 1
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        try:
            found = extract_html(html, url=None, item=key)
        except ExtractionError:
            outcome["no article"] += 1
            continue
        if found.published is None:
            verdict = "unknown"
        elif found.published == silver:
            verdict = "exact"
        elif abs((found.published - silver).days) <= 1:
            verdict = "within 1 day"
        else:
            verdict = "wrong"
        outcome[verdict] += 1
        source = (found.published_source or "none").split(":")[0]
        by_source[(source, verdict)] += 1
    seconds = time.perf_counter() - started
    dated = pages - outcome["unknown"] - outcome["no article"]
    correct = outcome["exact"] + outcome["within 1 day"]
    result: dict[str, Any] = {
        "pages_with_url_date": pages,
        "outcomes": dict(outcome),
        "coverage": dated / pages if pages else 0.0,
        "accuracy_when_dated": correct / dated if dated else 0.0,
        "exact_when_dated": outcome["exact"] / dated if dated else 0.0,
        "wrong_rate": outcome["wrong"] / pages if pages else 0.0,
        "by_source": {f"{s}/{v}": n for (s, v), n in sorted(by_source.items())},
        "pages_per_s": pages / seconds if seconds else None,
    }
    rows = [
        ["pages with a date in the URL", pages],
        ["date found (coverage)", f"{dated} ({result['coverage']:.1%})"],
        ["correct when found (±1 day)", f"{result['accuracy_when_dated']:.1%}"],
        ["exact day when found", f"{result['exact_when_dated']:.1%}"],
        ["wrong date (of all pages)", f"{outcome['wrong']} ({result['wrong_rate']:.1%})"],
        ["unknown (no date claimed)", outcome["unknown"]],
    ]
    print(markdown_table(["publication date vs URL date", "value"], rows))
    print("by provenance:", json.dumps(result["by_source"]))
    print(json.dumps(machine_info()))
    update_results(RESULTS_DIR / "dates.json", {"aeb-url-silver": result}, {"benchmark": "dates"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
