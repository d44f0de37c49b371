"""Shared output helpers for the benchmark scripts: machine facts, Markdown, results JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import REPO_ROOT

RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"


def machine_info() -> dict[str, Any]:
    """Date and machine facts recorded next to every result."""
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
    }


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub Markdown table; floats are shown with three decimals."""

    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return "" if value is None else str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def update_results(path: Path, runs: dict[str, Any], extra: dict[str, Any]) -> None:
    """Merge ``runs`` (keyed by dataset/split) into the results file, refreshing metadata.

    A run given as a dict updates the stored dict of the same key entry by entry (so a
    ``crosscheck`` result does not erase an earlier ``baseline``) and gets its own ``machine``;
    any other value replaces the stored one.
    """
    data: dict[str, Any] = {}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
    data.update(extra)
    stored = data.setdefault("runs", {})
    for key, run in runs.items():
        if isinstance(run, dict) and isinstance(stored.get(key), dict):
            stored[key].update(run)
        else:
            stored[key] = dict(run) if isinstance(run, dict) else run
        if isinstance(stored[key], dict):
            stored[key]["machine"] = machine_info()
    data["machine"] = machine_info()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
