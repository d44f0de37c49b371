"""The SQLite store, the command line, and the published schema."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.pipeline import annotation_version
from crosscheck.records import Dossier
from crosscheck.schema import dossier_schema
from crosscheck.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_committed_schema_is_current() -> None:
    committed = json.loads((REPO / "schema" / "dossier.schema.json").read_text(encoding="utf-8"))
    assert committed == dossier_schema(), "run: crosscheck schema > schema/dossier.schema.json"


def test_demo_dossier_validates_against_the_schema(demo_dossier: Dossier) -> None:
    document = json.loads(demo_dossier.model_dump_json())
    jsonschema.Draft202012Validator(dossier_schema()).validate(document)
    broken = dict(document, articles=[{"id": 1}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(dossier_schema()).validate(broken)


@pytest.mark.parametrize("command", [[], ["analyze"], ["schema"], ["version"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert command == ["version"] or len(result.output) > 100, "a command's help says what it does"


def test_analyze_writes_outputs_and_reuses_the_store(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("000_973cf3bedb8c1ccc.txt", "003_5a2d92c2940e0c88.txt"):
        shutil.copy(REPO / "demo" / name, inputs / name)
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    first = runner.invoke(app, ["analyze", str(inputs), "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["run"]["articles_new"] == 2
    assert [r["reason"] for r in dossier["rejected"]] == ["empty input"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<style>" in html and "<script src" not in html and "Thomas Barrack" in html
    assert "empty input" in (out / "report.md").read_text(encoding="utf-8")
    shutil.copy(REPO / "demo" / "001_c55197f5002d186a.txt", inputs)
    second = runner.invoke(app, ["analyze", str(inputs), "-o", str(out), "-q", "--strict"])
    assert second.exit_code == 4  # --strict: the empty file was rejected
    run = json.loads((out / "dossier.json").read_text(encoding="utf-8"))["run"]
    assert (run["articles_new"], run["articles_cached"]) == (1, 2)


def test_analyze_fails_clearly_without_articles(tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(tmp_path / "o"), "--no-db"])
    assert result.exit_code == 3


def test_sqlite_store_round_trip(tmp_path: Path, demo_dossier: Dossier) -> None:
    from crosscheck.pipeline import analyze

    store = SqliteStore(tmp_path / "s.sqlite")
    first = analyze([REPO / "demo"], store=store)
    assert store.count() == len(first.articles)
    again = analyze([REPO / "demo"], store=store)
    assert again.run.articles_new == 0 and again.run.articles_cached == len(first.articles)
    assert [f.summary for f in again.findings] == [f.summary for f in first.findings]
    store.close()


def test_analyze_reads_urls_from_a_local_server(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    article = (
        "<html><head><title>Talks in Geneva</title>"
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Talks in Geneva</h1>"
        + "<p>Delegations from both countries met in Geneva on Monday to discuss the treaty, "
        "officials said, and agreed to meet again next month.</p>" * 3 + "</article></body></html>"
    )

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/article":
                body = article.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            elif self.path == "/robots.txt":
                body = b"User-agent: *\nAllow: /\n"
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
            else:
                body = b"oops"
                self.send_response(500)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        result = runner.invoke(
            app,
            ["analyze", f"{base}/article", f"{base}/broken", "-o", str(tmp_path), "-q", "--no-db"],
        )
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    dossier = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    (read,) = dossier["articles"]
    assert read["url"] == f"{base}/article" and read["published"] == "2025-03-04"
    assert "Home" not in read["text"] and "Geneva" in read["text"]
    assert [r["item"] for r in dossier["rejected"]] == [f"{base}/broken"]
    assert "500" in dossier["rejected"][0]["reason"]


def _write_records(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _dossier(out: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    return document


TALKS = (
    "Syrian and Israeli officials met in Baku on Saturday, a diplomatic source said. "
    "The talks focused on security arrangements in southern Syria."
)
VISIT = (
    "The foreign minister visited Ankara on Monday, his office said. "
    "He met his Turkish counterpart to discuss trade."
)


def test_a_rerun_takes_corrected_metadata_and_redoes_a_changed_date(tmp_path: Path) -> None:
    first_file, out = tmp_path / "first" / "feed.jsonl", tmp_path / "out"
    first_file.parent.mkdir()
    records = [
        {"id": "r1", "title": "Talks", "source": "Old Outlet", "published": "2025-07-13",
         "text": TALKS},
        {"id": "r2", "title": "Visit", "source": "Daily", "published": "2025-03-05",
         "text": VISIT},
    ]  # fmt: skip
    _write_records(first_file, records)
    assert runner.invoke(app, ["analyze", str(first_file), "-o", str(out), "-q"]).exit_code == 0
    before = {a["source_id"]: a for a in _dossier(out)["articles"]}

    corrected = tmp_path / "second" / "feed.jsonl"  # same content, moved and corrected
    corrected.parent.mkdir()
    records[0] |= {"title": "Secret talks in Baku", "source": "New Outlet"}
    records[1] |= {"published": "2025-03-12"}
    _write_records(corrected, records)
    result = runner.invoke(app, ["analyze", str(corrected), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    dossier = _dossier(out)
    after = {a["source_id"]: a for a in dossier["articles"]}
    assert after["r1"]["id"] == before["r1"]["id"], "same content, same id"
    assert (after["r1"]["title"], after["r1"]["outlet"]) == ("Secret talks in Baku", "New Outlet")
    assert after["r1"]["path"] == str(corrected) != before["r1"]["path"]
    assert (dossier["run"]["articles_cached"], dossier["run"]["articles_new"]) == (1, 1)
    assert after["r2"]["published"] == "2025-03-12"
    store = SqliteStore(out / "crosscheck.sqlite")
    stored = store.get_annotated([after["r2"]["id"]], annotation_version(_model(dossier)))
    store.close()
    (monday,) = [t for t in stored.found[after["r2"]["id"]].times if t.text == "Monday"]
    assert monday.day == date(2025, 3, 10), "re-annotated against the corrected date"


def test_an_unreadable_stored_row_is_annotated_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed, out = tmp_path / "feed.jsonl", tmp_path / "out"
    _write_records(feed, [{"id": "r1", "text": TALKS}, {"id": "r2", "text": VISIT}])
    assert runner.invoke(app, ["analyze", str(feed), "-o", str(out), "-q"]).exit_code == 0
    with sqlite3.connect(out / "crosscheck.sqlite") as db:
        db.execute("UPDATE annotated SET body = '{\"article\": {' WHERE body LIKE '%Ankara%'")
    with caplog.at_level(logging.WARNING):
        result = runner.invoke(app, ["analyze", str(feed), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    run = _dossier(out)["run"]
    assert (run["articles_cached"], run["articles_new"]) == (1, 1)
    assert "1 article(s) whose stored result was unreadable" in caplog.text
    store = SqliteStore(out / "crosscheck.sqlite")
    ids = [a["id"] for a in _dossier(out)["articles"]]
    stored = store.get_annotated(ids, annotation_version(_model(_dossier(out))))
    store.close()
    assert sorted(stored.found) == sorted(ids) and stored.unreadable == [], "the row is repaired"


def _model(dossier: dict[str, Any]) -> str:
    return str(dossier["run"]["models"]["ner"])
