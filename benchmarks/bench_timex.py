"""TempEval-3 Task A (timex) benchmark for ``crosscheck.annotate.timex``.

Reads TimeML files, strips the tags of ``<TEXT>`` to get the raw text (the official system input)
and the gold TIMEX3 spans, runs :func:`find_time_expressions` sentence by sentence with the
document creation time (DCT) as reference date, and scores it like the official TE3 scorer
(``evaluate_entities.py``):

* strict match: same extent; relaxed match: overlapping extents (one-to-one);
* precision = matched / system expressions, recall = matched / gold expressions;
* value / type accuracy = correct attribute among relaxed matches (counted on the gold side);
* value F1 = value accuracy x relaxed F1 (the ranking metric of Task A), likewise type F1.

Splits: ``dev`` = TBAQ-cleaned (TimeBank + AQUAINT), used for tuning; ``test`` =
te3-platinum, for reported numbers only.

    python -m benchmarks.bench_timex                 # both splits, writes results/timex.json
    python -m benchmarks.bench_timex --split dev --errors 50
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from crosscheck.annotate.timex import TimeExpression, find_time_expressions

SPLITS = {"dev": "TBAQ-cleaned", "test": "te3-platinum"}

# TempEval-3 platinum test, Task A timex (UzZaman et al., SemEval-2013, S13-2001).
PUBLISHED: list[dict[str, Any]] = [
    {"system": "HeidelTime-t", "value_f1": 77.61, "relaxed_f1": 90.30, "strict_f1": 81.34,
     "note": "value F1 confirmed in a secondary source; span F1s as remembered (SOURCE.md)"},
    {"system": "SUTime", "value_f1": 67.38, "relaxed_f1": None, "strict_f1": None,
     "note": "value F1 confirmed in a secondary source"},
]  # fmt: skip

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[`]*[A-Z])|\n+")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[ap]\.m)\.$"
)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3 with character offsets into the document text."""

    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass
class Document:
    """One TimeML document: raw text of <TEXT>, its DCT and gold timexes."""

    name: str
    text: str
    dct: date
    gold: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: Path) -> Document:
    """Parse a .tml file into raw text and gold timex offsets."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    text_node = root.find("TEXT")
    if dct_node is None or text_node is None:
        raise ValueError(f"{path}: no DCT or TEXT")
    dct = date.fromisoformat((dct_node.get("value") or "")[:10])
    parts: list[str] = []
    gold: list[GoldTimex] = []
    offset = 0

    def walk(node: ET.Element) -> None:
        nonlocal offset
        start = offset
        if node.text:
            parts.append(node.text)
            offset += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if node.tag == "TIMEX3":
            span = "".join(parts)[start:offset]
            gold.append(
                GoldTimex(start, offset, span, node.get("type") or "", node.get("value") or "")
            )

    walk(text_node)
    return Document(path.name, "".join(parts), dct, gold)


def load_split(data_dir: Path, split: str) -> list[Document]:
    """All documents of a split, sorted by file name."""
    folder = data_dir / SPLITS[split]
    return [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs from a simple punctuation/newline splitter."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0)[0] != "\n" and _ABBREVIATION.search(text, 0, match.start()):
            continue
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


def tag(doc: Document) -> list[TimeExpression]:
    """System expressions for a document, offsets shifted to the document text."""
    found: list[TimeExpression] = []
    for offset, sentence in sentences(doc.text):
        for e in find_time_expressions(sentence, doc.dct):
            found.append(
                TimeExpression(
                    e.start + offset, e.end + offset, e.text, e.kind, e.value, e.day, e.relative
                )
            )
    return found


@dataclass
class Counts:
    """Accumulated TE3 counts over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    kind: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: Document, system: Sequence[TimeExpression]) -> None:
        """Match one document's expressions one-to-one by overlap and count."""
        self.gold += len(doc.gold)
        self.system += len(system)
        used: set[int] = set()
        for g in doc.gold:
            best, best_overlap = -1, 0
            for i, s in enumerate(system):
                overlap = min(g.end, s.end) - max(g.start, s.start)
                if i not in used and overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best < 0:
                self.errors.append(
                    f"FN  {doc.name} [{doc.dct}] {g.text!r} {g.kind} {g.value}"
                    f"  | {_context(doc.text, g.start, g.end)}"
                )
                continue
            used.add(best)
            s = system[best]
            self.relaxed += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.value += s.value == g.value
            self.kind += s.kind == g.kind
            if s.value != g.value or (s.start, s.end) != (g.start, g.end):
                self.errors.append(
                    f"VAL {doc.name} [{doc.dct}] gold {g.text!r} {g.kind} {g.value} / sys "
                    f"{s.text!r} {s.kind} {s.value}  | {_context(doc.text, g.start, g.end)}"
                )
        for i, s in enumerate(system):
            if i not in used:
                self.errors.append(
                    f"FP  {doc.name} [{doc.dct}] {s.text!r} {s.kind} {s.value}"
                    f"  | {_context(doc.text, s.start, s.end)}"
                )

    def metrics(self) -> dict[str, float | int]:
        """Strict/relaxed P/R/F1 and value/type accuracy and F1, in percent."""

        def prf(matched: int) -> tuple[float, float, float]:
            p = matched / self.system if self.system else 0.0
            r = matched / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.kind / self.relaxed if self.relaxed else 0.0
        pct = {
            "strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr,
            "relaxed_f1": rf, "value_accuracy": value_acc, "type_accuracy": type_acc,
            "value_f1": value_acc * rf, "type_f1": type_acc * rf,
        }  # fmt: skip
        out: dict[str, float | int] = {k: round(100 * v, 2) for k, v in pct.items()}
        out.update(gold=self.gold, system=self.system)
        return out


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 60) : end + 40].split())


def throughput(docs: Sequence[Document], repeats: int = 3) -> dict[str, float]:
    """Best-of-n speed of tagging every sentence of the documents."""
    units = [(s, d.dct) for d in docs for _, s in sentences(d.text)]
    best = float("inf")
    found = 0
    for _ in range(repeats):
        began = time.perf_counter()
        found = sum(len(find_time_expressions(s, ref)) for s, ref in units)
        best = min(best, time.perf_counter() - began)
    chars = sum(len(s) for s, _ in units)
    return {
        "sentences_per_s": round(len(units) / best),
        "expressions_per_s": round(found / best),
        "chars_per_s": round(chars / best),
        "sentences": len(units),
        "seconds": round(best, 3),
    }


def evaluate(docs: Sequence[Document]) -> Counts:
    """TE3 counts for a list of documents."""
    counts = Counts()
    for doc in docs:
        counts.add(doc, tag(doc))
    return counts


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="folder holding tempeval3/ (default ../shared/benchmarks)",
    )
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print this many errors of the dev split (never of test)",
    )
    parser.add_argument("--no-save", action="store_true", help="do not write results JSON")
    return parser


def _run_split(data_dir: Path, split: str, errors: int) -> tuple[dict[str, Any], list[object]]:
    """The results entry and the table row of one split; dev errors go to stderr."""
    docs = load_split(data_dir, split)
    counts = evaluate(docs)
    metrics = counts.metrics()
    speed = throughput(docs)
    run = {"corpus": SPLITS[split], "docs": len(docs), "metrics": metrics, "throughput": speed}
    row: list[object] = [
        f"crosscheck timex ({split}: {SPLITS[split]})",
        metrics["strict_f1"],
        metrics["relaxed_f1"],
        metrics["value_f1"],
        metrics["type_f1"],
        metrics["value_accuracy"],
        f"{speed['sentences_per_s']:,} sent/s",
    ]
    if split == "dev" and errors:
        for line in counts.errors[:errors]:
            print(line, file=sys.stderr)
    return run, row


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = _parser().parse_args(argv)
    data_dir = args.data / "tempeval3"
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    runs: dict[str, Any] = {}
    rows: list[list[object]] = []
    for split in splits:
        runs[f"tempeval3/{split}"], row = _run_split(data_dir, split, args.errors)
        rows.append(row)
    for ref in PUBLISHED:
        rows.append(
            [
                f"{ref['system']} (published, test)",
                ref["strict_f1"],
                ref["relaxed_f1"],
                ref["value_f1"],
                None,
                None,
                None,
            ]
        )
    machine = machine_info()
    print(
        f"TempEval-3 Task A timex — {machine['date']} — {machine['platform']}, "
        f"Python {machine['python']}\n"
    )
    print(
        markdown_table(
            ["system", "strict F1", "relaxed F1", "value F1", "type F1", "value acc.", "speed"],
            rows,
        )
    )
    print("\nvalue F1 = value accuracy over relaxed matches x relaxed F1 (official TE3 scorer).")
    if not args.no_save:
        update_results(
            RESULTS_DIR / "timex.json",
            runs,
            {"benchmark": "TempEval-3 Task A (timex)", "published_test": PUBLISHED},
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
