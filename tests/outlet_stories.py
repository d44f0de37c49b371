"""Two-outlet stories written for the tests: one sentence of each case set in a common frame,
one article an outlet, run through the real pipeline."""

from __future__ import annotations

import json

import pytest

from crosscheck import analyze
from crosscheck.records import Finding


def findings_by_case(
    factory: pytest.TempPathFactory,
    story: str,
    cases: dict[str, list[str]],
    kind: str,
    published: str,
) -> dict[str, list[Finding]]:
    """For each case, the findings of `kind` when each of its sentences, set in `story` (a
    frame with a ``{sentence}`` slot), is the article of its own outlet."""
    found: dict[str, list[Finding]] = {}
    for name, sentences in cases.items():
        path = factory.mktemp(name.replace(" ", "_")) / "articles.jsonl"
        records = [
            {"id": f"a{i}", "source": f"Outlet {i}", "published": published, "title": None,
             "text": story.format(sentence=sentence)}
            for i, sentence in enumerate(sentences)
        ]  # fmt: skip
        path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
        found[name] = [f for f in analyze([path]).findings if f.kind == kind]
    return found
