"""A growing corpus: new articles join existing events or open new ones, nothing re-clustered."""

from __future__ import annotations

import shutil
from pathlib import Path

from crosscheck import analyze
from crosscheck.records import Dossier
from crosscheck.store.sqlite import SqliteStore

DEMO = Path(__file__).resolve().parent.parent / "demo"


def _events_by_file(dossier: Dossier) -> list[set[str]]:
    name = {a.id: Path(a.path or "").name[:3] for a in dossier.articles}
    return [{name[a] for a in e.articles} for e in dossier.events]


def test_new_reports_join_their_event_or_open_one(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for stem in ("001", "002", "004"):
        shutil.copy(next(DEMO.glob(f"{stem}_*.txt")), inputs)
    store = SqliteStore(tmp_path / "store.sqlite")
    first = analyze([inputs], store=store)
    assert first.run.clustering == "full"
    assert sorted(map(sorted, _events_by_file(first))) == [["001", "002"], ["004"]]

    for stem in ("003", "000"):  # another report of the July meeting; the "third round"
        shutil.copy(next(DEMO.glob(f"{stem}_*.txt")), inputs)
    second = analyze([inputs], store=store)
    assert second.run.clustering == "incremental"
    assert (second.run.articles_new, second.run.articles_cached) == (2, 3)
    assert sorted(map(sorted, _events_by_file(second))) == [["000"], ["001", "002", "003"], ["004"]]
    store.close()
