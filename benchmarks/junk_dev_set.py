"""The junk-line dev set: news pages of many outlets with every line labelled junk or body.

The pages were taken from stored public web pages as a scraper takes them (site chrome
included), in English, French and Arabic, on stories other than the story packs'. The texts
belong to their publishers and stay out of git; committed under `benchmarks/junk_dev/` are
`manifest.json` (id, URL, outlet, language, half, SHA-256 of the text) and `gold.json` (the
exact junk lines of each page, by the rules of `benchmarks/stories/README.md`).

The labelled source is a plain-text file per batch in `benchmarks/junk_dev/texts/` (ignored):
a header line `=== id | url | outlet | language` opens a page, a line written `J| text` is a
junk line, every other line is page text as scraped. `build` turns them into `pages.jsonl`
(the texts, in the story packs' record format), the manifest and the gold.

The set is split in two halves by outlet (a hash of the outlet's name), so that no outlet's
chrome is seen in both: rules are tuned on the `tune` half and reported on the `test` half.
Batches named `fresh*.txt` form a third, `fresh` half: pages of outlets in neither half,
collected after the rules were written, scored but never looked at line by line. Batches
named `tune*.txt` are pages of further outlets (in no other batch) added to the tune half
whatever their outlet's hash, to train the junk-line model (`benchmarks/train_junk_model.py`).

    python -m benchmarks.junk_dev_set            # rebuild pages.jsonl, manifest and gold
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import REPO_ROOT

JUNK_DEV_DIR = REPO_ROOT / "benchmarks" / "junk_dev"
TEXTS_DIR = JUNK_DEV_DIR / "texts"
PAGES_FILE = "pages.jsonl"
BYLINES_FILE = JUNK_DEV_DIR / "bylines.json"
JUNK_MARK = "J| "
HALVES = ("tune", "test")
FRESH = "fresh"
FRESH_PREFIX = "fresh"
TUNE_PREFIX = "tune"


@dataclass
class Page:
    """One labelled page: its text as scraped and its junk lines."""

    id: str
    url: str
    outlet: str
    language: str
    lines: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    fresh: bool = False
    tune: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def half(self) -> str:
        if self.fresh:
            return FRESH
        return HALVES[0] if self.tune else outlet_half(self.outlet)


def outlet_half(outlet: str) -> str:
    """'tune' or 'test' by a hash of the outlet's name (the same outlet is always together)."""
    name = outlet.split("(")[0].strip().casefold()
    return HALVES[hashlib.sha256(name.encode()).digest()[0] % 2]


def parse_labelled(text: str, fresh: bool = False, tune: bool = False) -> list[Page]:
    """The pages of one labelled batch file (`fresh`: a held-out batch, see FRESH; `tune`:
    pages added to the tune half, see TUNE_PREFIX)."""
    pages: list[Page] = []
    for line in text.split("\n"):
        if line.startswith("=== "):
            page_id, url, outlet, language = (part.strip() for part in line[4:].split(" | "))
            pages.append(Page(page_id, url, outlet, language, fresh=fresh, tune=tune))
            continue
        if not pages:
            continue
        if line.startswith(JUNK_MARK):
            line = line[len(JUNK_MARK) :]
            if line.strip():
                pages[-1].junk.append(line.strip())
        pages[-1].lines.append(line)
    for page in pages:
        while page.lines and not page.lines[-1].strip():
            page.lines.pop()
    return pages


def sha256(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(texts_dir: Path = TEXTS_DIR, out_dir: Path = JUNK_DEV_DIR) -> list[Page]:
    """Write pages.jsonl (texts, ignored), manifest.json and gold.json from the batch files."""
    paths = [
        *sorted(texts_dir.glob("batch*.txt")),
        *sorted(texts_dir.glob(f"{FRESH_PREFIX}*.txt")),
        *sorted(texts_dir.glob(f"{TUNE_PREFIX}*.txt")),
    ]
    pages = [
        page
        for path in paths
        for page in parse_labelled(
            path.read_text(encoding="utf-8"),
            fresh=path.name.startswith(FRESH_PREFIX),
            tune=path.name.startswith(TUNE_PREFIX),
        )
    ]
    add_bylines(pages, BYLINES_FILE)
    ids = [page.id for page in pages]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"duplicate page ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    with (texts_dir / PAGES_FILE).open("w", encoding="utf-8") as out:
        for page in pages:
            record = {"id": page.id, "url": page.url, "source": page.outlet, "text": page.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    manifest = {
        "set": "junk_dev",
        "split": "by outlet: sha256(outlet name)[0] % 2 -> tune / test; "
        "fresh*.txt batches -> fresh (held out, never tuned on); "
        "tune*.txt batches -> tune (further outlets, added for training)",
        "pages": [
            {
                "id": page.id,
                "url": page.url,
                "outlet": page.outlet,
                "language": page.language,
                "half": page.half,
                "sha256": sha256(page.text),
                "chars": len(page.text),
            }
            for page in pages
        ],
    }
    gold = {"junk_lines": {page.id: page.junk for page in pages if page.junk}}
    _write_json(out_dir / "manifest.json", manifest)
    _write_json(out_dir / "gold.json", gold)
    return pages


def add_bylines(pages: list[Page], path: Path) -> None:
    """Label the byline lines listed in `path` junk (the batch files were labelled when
    bylines were body). A listed line must be one of its page's lines, and never of a fresh
    page: the fresh half is relabelled by whoever holds it out."""
    listed: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))["junk_lines"]
    by_id = {page.id: page for page in pages}
    for page_id, lines in listed.items():
        page = by_id.get(page_id)
        if page is None or page.fresh:
            raise SystemExit(f"{path.name}: {page_id} is not a page of the tune or test half")
        for line in lines:
            if line not in (text.strip() for text in page.lines):
                raise SystemExit(f"{path.name}: {page_id} has no line {line!r}")
            if line not in page.junk:
                page.junk.append(line)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_half(
    half: str, texts_dir: Path = TEXTS_DIR
) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The text records and gold junk lines of one half ('tune', 'test', 'fresh' or 'all').

    A text whose hash differs from the manifest's is refused: the gold was written for it."""
    manifest = json.loads((JUNK_DEV_DIR / "manifest.json").read_text(encoding="utf-8"))
    gold: dict[str, list[str]] = json.loads(
        (JUNK_DEV_DIR / "gold.json").read_text(encoding="utf-8")
    )["junk_lines"]
    path = texts_dir / PAGES_FILE
    if not path.exists():
        raise SystemExit(f"junk dev texts not found: {path} (see benchmarks/junk_dev/README.md)")
    records = {
        record["id"]: record
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    chosen: list[dict[str, Any]] = []
    for entry in manifest["pages"]:
        if half != "all" and entry["half"] != half:
            continue
        record = records.get(entry["id"])
        if record is None or sha256(record["text"]) != entry["sha256"]:
            raise SystemExit(f"junk dev text {entry['id']} is missing or not the labelled copy")
        chosen.append(record)
    return chosen, {r["id"]: gold.get(r["id"], []) for r in chosen}


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild the set from the labelled batch files and print its size per half."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=TEXTS_DIR, help="the batch files' folder")
    args = parser.parse_args(argv)
    pages = build(args.texts)
    for half in (*HALVES, FRESH):
        mine = [p for p in pages if p.half == half]
        outlets = {p.outlet.split("(")[0].strip() for p in mine}
        languages = sorted({p.language for p in mine})
        junk = sum(len(set(p.junk)) for p in mine)
        lines = sum(len({line.strip() for line in p.lines if line.strip()}) for p in mine)
        print(
            f"{half}: {len(mine)} pages, {len(outlets)} outlets, languages {languages}, "
            f"{junk} junk lines of {lines} distinct lines"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
