"""Junk lines on real scraped pages: gold junk lines removed and body text kept by the cleaner.

Two sources, each scored with the story benchmark's own measure (`stories_score.score_junk`):
the tune story packs (their gold `junk_lines`) and the junk dev set (`benchmarks/junk_dev/`,
pages of 67 outlets in English, French and Arabic, split by outlet into a tune and a test
half). Each text goes through `crosscheck.ingest.cleaner.clean_document` as `crosscheck
analyze` reads a JSONL record; the report packs are never read here.

    python -m benchmarks.bench_junk_dev [--texts benchmarks/stories/texts] [--dev-texts DIR]

Junk lines kept and body lines removed are printed for the tuning sets (the held-out test
and fresh halves' only with --show-test: rules are not tuned on them; third-party text, never
written to the repository); the scores go to benchmarks/results/junk_dev.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import REPO_ROOT
from benchmarks.junk_dev_set import TEXTS_DIR, load_half
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from benchmarks.stories_score import Ratio, normalize, score_junk

TUNE_PACKS = (
    "morocco-quake-2023",
    "iran_oman_talks",
    "wagner-prigozhin-2023",
    "nepal-jajarkot-quake-2023",
)
STORIES_DIR = REPO_ROOT / "benchmarks" / "stories"


def clean_records(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A dossier-like record of the cleaned articles (only what score_junk reads)."""
    from crosscheck.errors import InputError
    from crosscheck.ingest.cleaner import clean_document
    from crosscheck.ingest.jsonrecords import record_to_document

    articles = []
    for number, record in enumerate(records, start=1):
        raw = record_to_document(record, f"record {number}", "bench")
        try:
            article = clean_document(raw)
        except InputError:
            continue  # no article: every body line of it counts as lost
        articles.append(
            {
                "id": article.id,
                "source_id": article.source_id,
                "title": article.title,
                "text": article.text,
                "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
            }
        )
    return {"articles": articles}


def score_records(records: Sequence[dict[str, Any]], junk: dict[str, list[str]]) -> dict[str, Any]:
    """score_junk on the cleaned records, plus the junk lines that were kept."""
    dossier = clean_records(records)
    texts = {r["id"]: r["text"] for r in records}
    result = score_junk(texts, junk, dossier)
    removed = {
        a["source_id"]: {normalize(r["text"]) for r in a["removed"]} for a in dossier["articles"]
    }
    result["junk_kept"] = [
        {"article": article_id, "line": line}
        for article_id, lines in junk.items()
        for line in dict.fromkeys(lines)
        if normalize(line) not in removed.get(article_id, set())
    ]
    return result


def pack_records(texts_dir: Path, pack: str) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """One tune pack's text records and gold junk lines."""
    path = texts_dir / f"{pack}.jsonl"
    if not path.exists():
        raise SystemExit(f"story pack texts not found: {path}")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    gold = json.loads((STORIES_DIR / pack / "gold.json").read_text(encoding="utf-8"))
    return records, gold.get("junk_lines", {})


def _value(ratio: Ratio) -> str:
    return f"{ratio.value:.3f} ({ratio.num}/{ratio.den})" if ratio.value is not None else "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Score the cleaner on the tune packs and both halves of the junk dev set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=STORIES_DIR / "texts")
    parser.add_argument("--dev-texts", type=Path, default=TEXTS_DIR)
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "junk_dev.json")
    parser.add_argument("--quiet", action="store_true", help="no per-line failures")
    parser.add_argument(
        "--show-test",
        action="store_true",
        help="print the held-out halves' (test, fresh) failures too",
    )
    args = parser.parse_args(argv)
    sets: dict[str, tuple[list[dict[str, Any]], dict[str, list[str]]]] = {
        pack: pack_records(args.texts, pack) for pack in TUNE_PACKS
    }
    for half in ("tune", "test", "fresh"):
        sets[f"junk_dev/{half}"] = load_half(half, args.dev_texts)
    machine = machine_info()
    print(f"# Junk lines on real pages — {machine['date']}")
    rows, runs = [], {}
    for name, (records, junk) in sets.items():
        result = score_records(records, junk)
        rows.append([name, len(records), _value(result["junk_removed"]),
                     _value(result["body_chars_kept"]), len(result["body_removed"])])  # fmt: skip
        runs[name] = {
            "pages": len(records),
            "junk_removed": result["junk_removed"].as_dict(),
            "body_chars_kept": result["body_chars_kept"].as_dict(),
            "body_lines_removed": len(result["body_removed"]),
        }
        held_out = name.endswith(("/test", "/fresh"))
        if not args.quiet and (args.show_test or not held_out):
            for lost in result["body_removed"]:
                print(
                    f"  BODY LOST {name}/{lost['article']} [{lost['reason']}] {lost['line'][:150]}"
                )
            for kept in result["junk_kept"]:
                print(f"  junk kept {name}/{kept['article']}: {kept['line'][:150]}")
    print(
        markdown_table(["set", "pages", "junk removed", "body chars kept", "body lines lost"], rows)
    )
    update_results(args.output, runs, {"sets": list(sets)})
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
