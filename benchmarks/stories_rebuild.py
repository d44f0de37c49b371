"""Rebuild a story pack's article texts, page by page, from copies checked against the manifest.

The texts are not in git. They were taken from a store of public web pages (the page text from
its beginning, chrome included), so a lost copy can be taken again, page by page, by whoever
has that store, and checked here byte for byte against the manifest's SHA-256:

    python -m benchmarks.stories_rebuild sheet PACK          # what to look for, per article
    # put each page's text in WORK/PACK/<id>.txt, as the store gives it
    python -m benchmarks.stories_rebuild check PACK          # verified copies go to WORK/PACK/ok/
    python -m benchmarks.stories_rebuild check PACK --assemble   # write texts/PACK.jsonl

A copy may start with the store's " date YYYY[-MM[-DD]] " stamp and differ in its final
newlines; every other difference makes it fail. ``--assemble`` writes the verified texts only;
`bench_stories --partial` scores a pack on them (see `benchmarks/datasets/partial_packs.py`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.stories import STORIES_DIR, TEXTS_DIR, evidence_items, sha256_text

DATE_STAMP = re.compile(r"^\s?date \d{4}(?:-\d{2}){0,2}\s")


def candidates(raw: str) -> Iterator[str]:
    """The texts a stored copy may stand for: with or without the date stamp and end newlines."""
    stamp = DATE_STAMP.match(raw)
    for base in (raw, raw[stamp.end() :]) if stamp else (raw,):
        body = base.rstrip("\n")
        yield from (base, body, body + "\n", body + "\n\n", base.strip())


def body_evidence(gold: dict[str, Any], article: str) -> list[str]:
    """Sentences the gold quotes from one article's body (good search strings)."""
    return [evidence for _, of, evidence in evidence_items(gold) if of == article]


def _manifest(pack: str, root: Path) -> dict[str, Any]:
    return dict(json.loads((root / pack / "manifest.json").read_text(encoding="utf-8")))


def sheet(pack: str, work: Path, root: Path = STORIES_DIR) -> None:
    """Print, for every article not yet verified, what identifies its page."""
    gold = json.loads((root / pack / "gold.json").read_text(encoding="utf-8"))
    for article in _manifest(pack, root)["articles"]:
        if (work / pack / "ok" / f"{article['id']}.txt").exists():
            continue
        fields = ("id", "url", "outlet", "language", "published", "chars")
        print("== " + " | ".join(str(article[f]) for f in fields))
        for sentence in body_evidence(gold, article["id"])[:3]:
            print(f"   {sentence[:200]}")


def check(
    pack: str, work: Path, assemble: bool, root: Path = STORIES_DIR, texts: Path = TEXTS_DIR
) -> int:
    """Move copies that match their hash to ``ok/``; report the others; optionally assemble
    the verified texts into ``texts/<pack>.jsonl``. 0 when every article is verified."""
    folder, ok = work / pack, work / pack / "ok"
    ok.mkdir(parents=True, exist_ok=True)
    articles = _manifest(pack, root)["articles"]
    for article in articles:
        copy = folder / f"{article['id']}.txt"
        if not copy.exists() or (ok / copy.name).exists():
            continue
        raw = copy.read_text(encoding="utf-8")
        match = next((t for t in candidates(raw) if sha256_text(t) == article["sha256"]), None)
        if match is None:
            print(
                f"  {article['id']}: does not match ({len(raw)} chars, manifest {article['chars']})"
            )
            continue
        (ok / copy.name).write_text(match, encoding="utf-8")
        copy.unlink()
    verified = [a for a in articles if (ok / f"{a['id']}.txt").exists()]
    print(f"{pack}: {len(verified)} of {len(articles)} verified")
    if assemble and verified:
        texts.mkdir(parents=True, exist_ok=True)
        with (texts / f"{pack}.jsonl").open("w", encoding="utf-8") as out:
            for a in verified:
                text = (ok / f"{a['id']}.txt").read_text(encoding="utf-8")
                record = {"id": a["id"], "url": a["url"], "title": None}
                record |= {"published": a["published"], "source": a["outlet"], "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {texts / (pack + '.jsonl')}")
    return 0 if len(verified) == len(articles) else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``sheet PACK`` or ``check PACK [--assemble]``."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("action", choices=("sheet", "check"))
    parser.add_argument("pack")
    parser.add_argument("--work", type=Path, default=STORIES_DIR / "rebuild", help="copies' folder")
    parser.add_argument("--assemble", action="store_true")
    args = parser.parse_args(argv)
    if args.action == "sheet":
        sheet(args.pack, args.work)
        return 0
    return check(args.pack, args.work, args.assemble)


if __name__ == "__main__":
    sys.exit(main())
