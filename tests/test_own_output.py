"""`analyze` never reads its own output folder, its store, or anything inside hidden folders."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.ingest.sources import iter_input_files

DEMO = Path(__file__).resolve().parent.parent / "demo"


def _articles_read(outdir: Path) -> list[str]:
    import json

    dossier = json.loads((outdir / "dossier.json").read_text(encoding="utf-8"))
    return sorted(Path(a["path"]).name for a in dossier["articles"])


def test_analyzing_a_folder_twice_does_not_read_its_own_reports(tmp_path: Path) -> None:
    shutil.copy(next(DEMO.glob("002_*.txt")), tmp_path / "report-a.txt")
    shutil.copy(next(DEMO.glob("004_*.txt")), tmp_path / "report-b.txt")
    hidden = tmp_path / ".cache"
    hidden.mkdir()
    shutil.copy(next(DEMO.glob("000_*.txt")), hidden / "stale.txt")
    outdir = tmp_path / "out"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(outdir), "-q"])
        assert result.exit_code == 0, result.output
        assert _articles_read(outdir) == ["report-a.txt", "report-b.txt"]


def test_a_store_elsewhere_is_not_read_either(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n" + "Officials met in Baku on Saturday. " * 5)
    store = tmp_path / "results.sqlite"
    store.write_bytes(b"SQLite format 3\x00")
    found = list(iter_input_files([tmp_path], exclude=[store]))
    assert found == [tmp_path / "a.txt"]
