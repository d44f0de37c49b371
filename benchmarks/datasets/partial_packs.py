"""Packs whose texts could only partly be rebuilt: score the articles that match their hash.

The article texts are not in git. When a machine loses them and only some can be rebuilt
byte for byte (the manifest's SHA-256 tells which), a pack can still be scored on those
articles, with the gold cut down to what they hold: the same cut gold for every version of
the code compared, and the articles left out named in the results. Scores of a partial pack are
not comparable with those of the whole pack.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.datasets.stories import Pack


def restrict_gold(gold: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    """The gold of a pack as far as the articles in ``keep`` can show it.

    Evidence from other articles is dropped; a conflict needs two sides left with evidence, a
    corroborated fact two articles, a single-source claim its article; an event keeps its kept
    articles. Entities, apart pairs and not-conflicts stay (they quote no article).
    """
    out = dict(gold)
    out["junk_lines"] = {a: v for a, v in gold.get("junk_lines", {}).items() if a in keep}
    out["events"] = [
        {**e, "articles": [a for a in e["articles"] if a in keep]}
        for e in gold.get("events", [])
        if any(a in keep for a in e["articles"])
    ]
    conflicts = []
    for conflict in gold.get("conflicts", []):
        sides = [
            {**s, "evidence": {a: t for a, t in s["evidence"].items() if a in keep}}
            for s in conflict["sides"]
        ]
        sides = [s for s in sides if s["evidence"]]
        if len(sides) >= 2:
            conflicts.append({**conflict, "sides": sides})
    out["conflicts"] = conflicts
    facts = []
    for fact in gold.get("corroborated", []):
        evidence = {a: t for a, t in fact["evidence"].items() if a in keep}
        if len(evidence) >= 2:
            facts.append({**fact, "evidence": evidence})
    out["corroborated"] = facts
    out["single_source"] = [c for c in gold.get("single_source", []) if c["article"] in keep]
    return out


def partial_pack(pack: Pack, keep: set[str], folder: Path) -> Pack:
    """``pack`` cut down to the articles in ``keep``, its JSONL rewritten into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / f"{pack.name}.partial.jsonl"
    lines = [
        line
        for line in pack.jsonl.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in keep
    ]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return replace(
        pack,
        articles=tuple(a for a in pack.articles if a.id in keep),
        gold=restrict_gold(pack.gold, keep),
        texts={a: t for a, t in pack.texts.items() if a in keep},
        jsonl=jsonl,
    )
