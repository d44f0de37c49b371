"""Packs scored on the articles whose texts could be rebuilt: the gold is cut to match."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from benchmarks.datasets.partial_packs import partial_pack, restrict_gold
from benchmarks.datasets.stories import PackError, load_pack

GOLD = {
    "junk_lines": {"a01": ["Share"], "a02": ["Ads"]},
    "events": [{"id": "e1", "articles": ["a01", "a02"]}, {"id": "e2", "articles": ["a03"]}],
    "conflicts": [
        {
            "kind": "number",
            "what": "toll",
            "sides": [
                {"value": "24", "evidence": {"a01": "24 dead"}},
                {"value": "26", "evidence": {"a02": "26 dead", "a03": "26 killed"}},
            ],
        },
        {
            "kind": "date",
            "what": "day",
            "sides": [
                {"value": "Monday", "evidence": {"a01": "on Monday"}},
                {"value": "Tuesday", "evidence": {"a03": "on Tuesday"}},
            ],
        },
    ],
    "corroborated": [
        {"fact": "f1", "evidence": {"a01": "x", "a03": "y"}},
        {"fact": "f2", "evidence": {"a01": "x", "a02": "z"}},
    ],
    "single_source": [{"article": "a03", "evidence": "w", "fact": "s"}],
    "entities": [{"name": "Paiporta", "type": "GPE", "forms": ["Paiporta"]}],
}


def test_restrict_gold_keeps_only_what_the_kept_articles_show() -> None:
    gold = restrict_gold(GOLD, {"a01", "a02"})
    assert gold["junk_lines"] == {"a01": ["Share"], "a02": ["Ads"]}
    assert gold["events"] == [{"id": "e1", "articles": ["a01", "a02"]}]
    # the toll conflict keeps both sides (a02 still holds 26); the day conflict loses a side
    (conflict,) = gold["conflicts"]
    assert conflict["sides"][1]["evidence"] == {"a02": "26 dead"}
    assert [f["fact"] for f in gold["corroborated"]] == ["f2"]
    assert gold["single_source"] == []
    assert gold["entities"] == GOLD["entities"]


def _write(root: Path, texts: dict[str, str], good: set[str]) -> None:
    (root / "p").mkdir()
    (root / "texts").mkdir()
    articles = [
        {"id": a, "url": f"u{a}", "outlet": "o", "published": None, "language": "en",
         "sha256": hashlib.sha256(t.encode()).hexdigest() if a in good else "0" * 64,
         "chars": len(t)}
        for a, t in texts.items()
    ]  # fmt: skip
    manifest = {"pack": "p", "story": "s", "split": "tune", "languages": ["en"],
                "articles": articles}  # fmt: skip
    (root / "p" / "manifest.json").write_text(json.dumps(manifest))
    (root / "p" / "gold.json").write_text(json.dumps(GOLD))
    lines = [json.dumps({"id": a, "text": t}) for a, t in texts.items() if a != "a03"]
    (root / "texts" / "p.jsonl").write_text("\n".join(lines) + "\n")


def test_partial_load_leaves_out_missing_and_changed_texts(tmp_path: Path) -> None:
    texts = {"a01": "24 dead\nShare", "a02": "26 dead\nAds", "a03": "26 killed"}
    _write(tmp_path, texts, good={"a01", "a03"})
    with pytest.raises(PackError, match="a02 does not match its sha256"):
        load_pack("p", root=tmp_path)
    pack = load_pack("p", root=tmp_path, partial=True)
    assert pack.left_out == ("a02", "a03")  # a02 changed, a03 not in the texts file
    cut = partial_pack(pack, {"a01"}, tmp_path / "out")
    assert [a.id for a in cut.articles] == ["a01"]
    assert cut.gold["conflicts"] == []
    records = [json.loads(x) for x in cut.jsonl.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a01"]


def test_partial_load_needs_one_article(tmp_path: Path) -> None:
    _write(tmp_path, {"a01": "24 dead"}, good=set())
    with pytest.raises(PackError, match="no article of the pack"):
        load_pack("p", root=tmp_path, partial=True)
