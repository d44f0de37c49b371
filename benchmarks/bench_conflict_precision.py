"""Conflict precision outside the story packs: ECB+ topics 1-35 and GVC val, one outlet a document.

ECB+ and GVC hold many outlets' reports of the same events (sports results, quakes, piracy,
shootings), written by others and never read while writing the conflict detectors. Run as a
story, with every document its own outlet, they show which conflicts crosscheck reports between
outlets that mostly agree. Each finding is fingerprinted (its kind and the SHA-1 of its
evidence) and judged by a person in ``benchmarks/conflict_precision/judged.json``
(``correct`` / ``partly`` / ``wrong``): precision = correct / judged; findings not yet judged are
counted apart and listed, with their evidence, in the git-ignored raw folder.

    python -m benchmarks.bench_conflict_precision            # both corpora (about 10 minutes)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import REPO_ROOT, Corpus, cli_record, default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, update_results
from crosscheck.records import CONFLICT_KINDS

JUDGED = REPO_ROOT / "benchmarks" / "conflict_precision" / "judged.json"
RAW_DIR = RESULTS_DIR / "raw"


def corpora(data: Path) -> dict[str, Corpus]:
    """The two corpora: ECB+ topics 1-35 (tuning topics) and GVC val."""
    return {
        "ecbplus-1-35": ecbplus.read_corpus(data, "train+dev"),
        "gvc-val": gvc.read_corpus(data, "val"),
    }


def write_input(corpus: Corpus, path: Path) -> None:
    """The corpus as ``crosscheck analyze`` input, every document its own outlet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for doc in corpus.documents.values():
            record = cli_record(doc)
            record["source"] = f"Outlet {doc.doc_id}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def fingerprint(finding: dict[str, Any]) -> str:
    """A finding's identity across runs: its kind, what it is about (the summary up to its
    first colon: "Outlets disagree on the figure (rounds)") and the SHA-1 of its evidence."""
    texts = sorted(e["text"] for e in finding["evidence"])
    about = finding["summary"].split(":")[0]
    digest = hashlib.sha1("\n".join([finding["kind"], about, *texts]).encode()).hexdigest()
    return digest[:16]


def score(findings: Sequence[dict[str, Any]], judged: dict[str, str]) -> dict[str, Any]:
    """Counts of conflict findings by kind and by verdict."""
    conflicts = [f for f in findings if f["kind"] in CONFLICT_KINDS]
    verdicts = Counter(judged.get(fingerprint(f), "unjudged") for f in conflicts)
    judged_n = sum(n for v, n in verdicts.items() if v != "unjudged")
    return {
        "conflicts": len(conflicts),
        "by_kind": dict(Counter(f["kind"] for f in conflicts)),
        "verdicts": dict(verdicts),
        "precision": round(verdicts["correct"] / judged_n, 3) if judged_n else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Analyse each corpus, score its conflicts against the verdicts, write the results."""
    from crosscheck.pipeline import analyze

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--workdir", type=Path, default=Path("out/conflict_precision"))
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "conflict_precision.json")
    args = parser.parse_args(argv)
    judged = json.loads(JUDGED.read_text(encoding="utf-8")) if JUDGED.exists() else {}
    runs: dict[str, Any] = {}
    for name, corpus in corpora(args.data).items():
        jsonl = args.workdir / f"{name}.jsonl"
        write_input(corpus, jsonl)
        print(f"{name}: analysing {len(corpus.documents)} documents", file=sys.stderr)
        findings = analyze([jsonl], store=None).model_dump(mode="json")["findings"]
        runs[name] = score(findings, judged)
        listed = [
            {"fingerprint": fingerprint(f), "verdict": judged.get(fingerprint(f)),
             "kind": f["kind"], "summary": f["summary"], "evidence": f["evidence"]}
            for f in findings if f["kind"] in CONFLICT_KINDS
        ]  # fmt: skip
        RAW_DIR.mkdir(parents=True, exist_ok=True)
        raw = RAW_DIR / f"conflict_precision_{name}.json"
        raw.write_text(json.dumps(listed, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{name}: {runs[name]} (findings -> {raw})")
    machine = machine_info()
    print(f"# Conflict precision outside the packs — {machine['date']} — {machine['platform']}")
    update_results(args.output, runs, {"benchmark": "conflicts on ECB+ 1-35 and GVC val"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
