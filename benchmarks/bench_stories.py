"""End-to-end benchmark on real multi-outlet story packs: ``crosscheck analyze`` vs hand gold.

Each pack (``benchmarks/stories/<pack>/``) is analysed as a user would run it, on its JSONL of
page texts (chrome included), and the dossier is scored part by part: junk lines, entity
merges, events (B³), conflicts, corroborated and single-source findings. Packs are split:
tune on ``tune``, report on ``report``; the split rows add the packs' counts together.

The texts are not in git; without them the pack is reported as missing and skipped. Findings
the gold cannot judge go to ``benchmarks/results/raw/stories_unjudged_<pack>.json`` for a
person to judge into the pack's ``judged.json``.

    python -m benchmarks.bench_stories --split tune
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.partial_packs import partial_pack
from benchmarks.datasets.stories import STORIES_DIR, PackError, gold_problems, list_packs, load_pack
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from benchmarks.stories_score import (
    Ratio,
    event_labels,
    score_conflicts,
    score_entities,
    score_junk,
    score_recall,
    score_support,
    source_ids,
)
from crosscheck.evaluation.cluster_metrics import b_cubed

RATIOS = (
    "junk_removed",
    "body_chars_kept",
    "merge_recall",
    "merge_precision",
    "apart_kept",
    "conflict_recall",
    "conflict_precision",
    "corroborated_precision",
    "corroborated_recall",
    "told_recall",
    "single_source_precision",
    "single_source_precision_one_origin",
    "independent_sources_match",
    "independent_sources_in_range",
)
RAW_DIR = RESULTS_DIR / "raw"


def analyze_pack(jsonl: Path) -> dict[str, Any]:
    """Run crosscheck on the pack's JSONL (no store) and return the dossier as JSON."""
    from crosscheck.pipeline import analyze

    return analyze([jsonl], store=None).model_dump(mode="json")


def score_pack(
    pack_gold: dict[str, Any],
    texts: dict[str, str],
    dossier: dict[str, Any],
    judged: dict[str, Any],
) -> dict[str, Any]:
    """All the per-part scores of one dossier against one pack's gold."""
    ids = source_ids(dossier)
    findings = dossier["findings"]
    result: dict[str, Any] = {}
    result.update(score_junk(texts, pack_gold.get("junk_lines", {}), dossier))
    result.update(score_entities(pack_gold, dossier))
    result.update(score_conflicts(pack_gold, findings, ids))
    result.update(score_support(pack_gold, findings, ids, judged))
    result.update(score_recall(pack_gold, findings, ids))
    gold_labels, predicted = event_labels(pack_gold, dossier)
    result["event_labels"] = (gold_labels, predicted)
    result["findings_by_kind"] = _count_kinds(findings)
    return result


def _count_kinds(findings: Sequence[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding["kind"]] = counts.get(finding["kind"], 0) + 1
    return counts


def summarize(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Add packs' counts together; B³ over all their articles (labels kept per pack)."""
    total = {name: Ratio(0, 0) for name in RATIOS}
    gold: dict[tuple[str, str], str] = {}
    predicted: dict[tuple[str, str], tuple[str, str]] = {}
    unjudged = {"corroborated": 0, "single_source": 0}
    for pack, result in results.items():
        for name in RATIOS:
            total[name] += result[name]
        pack_gold, pack_predicted = result["event_labels"]
        gold.update({(pack, a): f"{pack}/{e}" for a, e in pack_gold.items()})
        predicted.update({(pack, a): (pack, e) for a, e in pack_predicted.items()})
        for item in result["unjudged"]:
            unjudged[item["kind"]] += 1
    p, r, f1 = b_cubed(gold, predicted)
    out: dict[str, Any] = {name: ratio.as_dict() for name, ratio in total.items()}
    out["events_b3"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}
    out["unjudged"] = unjudged
    out["packs"] = sorted(results)
    return out


def pack_record(result: dict[str, Any]) -> dict[str, Any]:
    """The JSON kept for one pack: its summary plus the lists a person reads to find failures.

    Lists that quote article text (body lines removed, false conflicts) are only counted here:
    the texts are third-party, so they go to the git-ignored raw folder (:func:`write_details`).
    """
    record = summarize({"pack": result})
    record.pop("packs")
    for name in ("missed_merges", "wrong_merges", "apart_merged", "missed_conflicts",
                 "findings_by_kind"):  # fmt: skip
        record[name] = result[name]
    record["body_lines_removed"] = len(result["body_removed"])
    record["false_conflicts"] = len(result["false_conflicts"])
    if result.get("left_out"):
        record["left_out"] = result["left_out"]
    return record


def write_details(pack: str, result: dict[str, Any]) -> Path:
    """Body lines removed, false conflicts and gold facts no finding tells, to the git-ignored
    folder."""
    path = RAW_DIR / f"stories_details_{pack}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    details = {k: result[k] for k in ("body_removed", "false_conflicts", "missed_facts",
                                         "origin_mismatches")}  # fmt: skip
    path.write_text(json.dumps(details, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _row(label: str, summary: dict[str, Any]) -> list[object]:
    b3 = summary["events_b3"]
    cells: list[object] = [label]
    cells += [summary[n]["value"] for n in ("junk_removed", "body_chars_kept", "merge_recall",
                                           "merge_precision", "apart_kept")]  # fmt: skip
    cells += [b3["precision"], b3["recall"], b3["f1"]]
    cells += [summary[n]["value"] for n in ("conflict_recall", "conflict_precision",
                                           "corroborated_precision", "corroborated_recall",
                                           "told_recall", "single_source_precision",
                                           "single_source_precision_one_origin",
                                           "independent_sources_match")]  # fmt: skip
    cells.append(f"{summary['unjudged']['corroborated']}/{summary['unjudged']['single_source']}")
    return cells


HEADERS = [
    "packs", "junk rm", "body kept", "merge R", "merge P", "apart", "ev B³ P", "ev B³ R",
    "ev B³ F1", "confl R", "confl P", "corr P", "corr R", "told R", "single P",
    "single P (1 origin)", "indep =",
    "unjudged c/s",
]  # fmt: skip


def write_unjudged(pack: str, result: dict[str, Any]) -> Path:
    """Findings the gold could not judge, for a person to judge (git-ignored folder)."""
    path = RAW_DIR / f"stories_unjudged_{pack}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = {u["signature"]: {"verdict": None, "note": "", "kind": u["kind"],
                                "summary": u["summary"]} for u in result["unjudged"]}  # fmt: skip
    path.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def run_packs(
    names: Sequence[str], texts_dir: Path | None, split: str = "all", partial: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """Load, analyse and score each pack of the split; packs that cannot be loaded are
    reported, not run. Packs of the other split are not even analysed: held-out packs stay
    unseen while tuning. With ``partial``, a pack missing some texts is scored on the rest
    (see :mod:`benchmarks.datasets.partial_packs`)."""
    results: dict[str, Any] = {}
    splits: dict[str, str] = {}
    for name in names:
        try:
            pack = load_pack(name, texts_dir=texts_dir, partial=partial)
        except PackError as error:
            print(f"skipping {name}: {error}", file=sys.stderr)
            continue
        if split not in ("all", pack.split):
            continue
        if pack.left_out:
            print(f"{name}: partial, left out {' '.join(pack.left_out)}", file=sys.stderr)
            pack = partial_pack(pack, {a.id for a in pack.articles} - set(pack.left_out), RAW_DIR)
        for problem in gold_problems(pack):
            print(f"{name}: gold problem: {problem}", file=sys.stderr)
        dossier = analyze_pack(pack.jsonl)
        RAW_DIR.mkdir(parents=True, exist_ok=True)
        (RAW_DIR / f"stories_dossier_{name}.json").write_text(json.dumps(dossier), "utf-8")
        results[name] = score_pack(pack.gold, pack.texts, dossier, pack.judged)
        results[name]["left_out"] = list(pack.left_out)
        splits[name] = pack.split
        print(f"{name}: unjudged findings -> {write_unjudged(name, results[name])}")
        print(
            f"{name}: removed body lines, false conflicts -> {write_details(name, results[name])}"
        )
    return results, splits


def main(argv: Sequence[str] | None = None) -> int:
    """Score crosscheck on the chosen packs; write results/stories.json and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--packs", default="all", help="comma-separated pack names, or 'all'")
    parser.add_argument("--split", choices=("tune", "report", "all"), default="all")
    parser.add_argument("--texts", type=Path, default=None, help="folder of <pack>.jsonl texts")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "stories.json")
    parser.add_argument(
        "--partial",
        action="store_true",
        help="score a pack missing some texts on the articles there (gold cut to match)",
    )
    args = parser.parse_args(argv)
    names = list_packs(STORIES_DIR) if args.packs == "all" else args.packs.split(",")
    results, splits = run_packs(names, args.texts, args.split, args.partial)
    chosen = {n: r for n, r in results.items() if args.split in ("all", splits[n])}
    if not chosen:
        print("no pack could be scored", file=sys.stderr)
        return 1
    machine = machine_info()
    print(f"\n# Story packs — {machine['date']} — {machine['platform']}")
    runs: dict[str, Any] = {f"pack/{n}": pack_record(r) for n, r in chosen.items()}
    rows = [_row(n, runs[f"pack/{n}"]) for n in chosen]
    for split in ("tune", "report"):
        members = {n: r for n, r in chosen.items() if splits[n] == split}
        if members:
            runs[f"split/{split}"] = summarize(members)
            rows.append(_row(f"**{split}** ({len(members)})", runs[f"split/{split}"]))
    print(markdown_table(HEADERS, rows))
    for name, result in chosen.items():
        _print_failures(name, result)
    update_results(args.output, runs, {"benchmark": "story packs (benchmarks/stories)"})
    print(f"\nwrote {args.output}")
    return 0


def _print_failures(name: str, result: dict[str, Any]) -> None:
    print(f"\n## {name}: findings {result['findings_by_kind']}")
    print(f"missed conflicts: {result['missed_conflicts']}")
    print(f"gold facts no finding tells: {len(result['missed_facts'])}")
    print(f"false conflicts: {[c['summary'][:100] for c in result['false_conflicts'][:6]]}")
    print(f"wrong merges: {result['wrong_merges'][:10]}")
    print(f"missed merges: {result['missed_merges'][:10]}")
    print(f"apart pairs merged: {result['apart_merged']}")
    print(f"body lines removed: {[b['line'][:60] for b in result['body_removed'][:8]]}")


if __name__ == "__main__":
    sys.exit(main())
