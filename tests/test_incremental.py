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


def test_a_new_report_never_joins_an_event_in_another_city(tmp_path: Path) -> None:
    from tests.test_event_places import BACKGROUND, TALKS

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, city, background in (("a", "Paris", 0), ("b", "Paris", 1), ("c", "Baku", 0)):
        text = TALKS.format(city=city, background=BACKGROUND[background])
        (inputs / f"{name}.txt").write_text(f"Talks {name}\n{text}", encoding="utf-8")
    store = SqliteStore(tmp_path / "store.sqlite")
    analyze([inputs], store=store)
    text = TALKS.format(city="Baku", background=BACKGROUND[1])
    (inputs / "d.txt").write_text(f"Talks d\n{text}", encoding="utf-8")
    second = analyze([inputs], store=store)
    assert second.run.clustering == "incremental"
    name = {a.id: Path(a.path or "").stem for a in second.articles}
    events = sorted(sorted(name[a] for a in e.articles) for e in second.events)
    assert ["a", "b"] in events and not any({"a", "d"} <= set(e) for e in events)
    store.close()
