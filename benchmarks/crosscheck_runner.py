"""Runs `crosscheck analyze` and reads its dossier back as a document clustering."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class CrosscheckRunError(RuntimeError):
    """The CLI failed or its output could not be read."""


@dataclass(frozen=True)
class DossierClustering:
    """Document clustering read from a dossier, plus facts worth reporting."""

    labels: dict[str, str]  # input record id -> event id (only articles in some event)
    story_labels: dict[str, str]  # input record id -> story id
    articles: int  # articles in the dossier
    events: int
    multi_event_articles: int  # articles listed by several events (largest event kept)
    seconds: float


def run_analyze(jsonl: Path, outdir: Path, timeout: float) -> float:
    """Run ``crosscheck analyze JSONL -o OUTDIR``; returns wall seconds, raises on failure."""
    # --no-db: every run annotates and clusters from scratch (a store would reuse earlier events)
    command = [
        sys.executable,
        "-m",
        "crosscheck.cli",
        "analyze",
        str(jsonl),
        "-o",
        str(outdir),
        "--no-db",
    ]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CrosscheckRunError(f"{' '.join(command)} timed out after {timeout:.0f} s") from exc
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-20:])
        raise CrosscheckRunError(
            f"{' '.join(command)} exited with {done.returncode}:\n{tail or '(no output)'}"
        )
    return seconds


def read_dossier(path: Path) -> dict[str, Any]:
    """The parsed dossier.json, with a clear error when missing or malformed."""
    if not path.exists():
        raise CrosscheckRunError(f"crosscheck wrote no dossier at {path}")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CrosscheckRunError(f"{path} is not valid JSON: {exc}") from exc
    return data


def clustering_from_dossier(dossier: dict[str, Any], seconds: float = 0.0) -> DossierClustering:
    """Map each input record id to the event its article belongs to.

    ``events[].articles`` lists article ids; ``articles[].source_id`` is the input record id.
    An article listed by several events is kept in the largest one. Articles in no event are
    left out (scored as singletons).
    """
    try:
        record_of = {str(a["id"]): str(a["source_id"]) for a in dossier["articles"]}
        events = [(str(e["id"]), [str(x) for x in e["articles"]]) for e in dossier["events"]]
    except (KeyError, TypeError) as exc:
        raise CrosscheckRunError(f"dossier lacks articles[].source_id or events[]: {exc}") from exc
    size = {event_id: len(members) for event_id, members in events}
    listed: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for event_id, members in sorted(events, key=lambda e: -size[e[0]]):
        for article in members:
            listed[article] += 1
            record = record_of.get(article)
            if record is None:
                raise CrosscheckRunError(f"event {event_id} lists unknown article {article}")
            labels.setdefault(record, event_id)
    story_labels = {
        record_of[a]: str(s["id"]) for s in dossier.get("stories", []) for a in s["articles"]
    }
    return DossierClustering(
        labels=labels,
        story_labels=story_labels,
        articles=len(record_of),
        events=len(events),
        multi_event_articles=sum(1 for n in listed.values() if n > 1),
        seconds=seconds,
    )


def analyze_clustering(jsonl: Path, outdir: Path, timeout: float) -> DossierClustering:
    """Run the CLI on a JSONL file and read its dossier as a document clustering."""
    seconds = run_analyze(jsonl, outdir, timeout)
    return clustering_from_dossier(read_dossier(outdir / "dossier.json"), seconds)
