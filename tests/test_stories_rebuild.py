"""Rebuilding a pack's texts from stored copies: only byte-exact copies are kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from benchmarks.datasets.stories import load_pack
from benchmarks.stories_rebuild import candidates, check

TEXT = "Headline\n\nThe roof fell at 00:44 on Tuesday.\n\n"


def test_candidates_strip_the_store_date_stamp_and_end_newlines() -> None:
    assert TEXT in set(candidates(" date 2025-04-08 " + TEXT))
    assert TEXT in set(candidates(" date 2025-04 " + TEXT.rstrip("\n") + "\n\n"))
    assert "Headline" not in set(candidates("headline"))


def test_check_keeps_exact_copies_and_assembles_a_loadable_pack(tmp_path: Path) -> None:
    root, work, texts = tmp_path / "stories", tmp_path / "work", tmp_path / "stories" / "texts"
    (root / "p").mkdir(parents=True)
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    articles = [
        {"id": i, "url": f"u{i}", "outlet": "o", "published": None, "language": "en",
         "sha256": sha, "chars": len(TEXT)}
        for i in ("a01", "a02")
    ]  # fmt: skip
    manifest = {"pack": "p", "story": "s", "split": "tune", "languages": ["en"],
                "articles": articles}  # fmt: skip
    (root / "p" / "manifest.json").write_text(json.dumps(manifest))
    (root / "p" / "gold.json").write_text(json.dumps({"events": []}))
    (work / "p").mkdir(parents=True)
    (work / "p" / "a01.txt").write_text(" date 2025-04-08 " + TEXT)
    (work / "p" / "a02.txt").write_text(TEXT.replace("Tuesday", "Monday"))  # a changed copy
    assert check("p", work, assemble=True, root=root, texts=texts) == 1
    assert (work / "p" / "ok" / "a01.txt").read_text() == TEXT
    assert (work / "p" / "a02.txt").exists()  # left for another try, never assembled
    pack = load_pack("p", root=root, partial=True)
    assert pack.left_out == ("a02",)
    assert pack.texts == {"a01": TEXT}
