"""A broken, foreign, old, shared or interrupted store: a clear StorageError, never a crash."""

from __future__ import annotations

import functools
import multiprocessing
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from tests.test_store_contract import annotated

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.errors import ConfigurationError, StorageError
from crosscheck.records import AnnotatedArticle
from crosscheck.store.memory import MemoryStore
from crosscheck.store.open import StoreLocation, open_store, parse_store_location
from crosscheck.store.sqlite import SqliteStore
from crosscheck.store.sqlite_schema import MIGRATIONS
from crosscheck.store.writer import BufferedWriter


def _store_with_rows(path: Path, rows: int = 300) -> None:
    store = SqliteStore(path)
    store.put_annotated([annotated(n) for n in range(rows)], "v1")
    store.close()


def test_a_file_that_is_not_sqlite_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes, not a database\n" * 200, encoding="utf-8")
    with pytest.raises(StorageError, match="not an SQLite database"):
        SqliteStore(path)
    assert path.read_text(encoding="utf-8").startswith("my notes"), "the file is left alone"


def test_a_corrupt_store_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _store_with_rows(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)  # every page but the first (the schema)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="corrupt"):
        store = SqliteStore(path)
        store.get_annotated([f"a-{n:04d}" for n in range(300)], "v1")


def test_a_folder_or_a_file_in_the_way_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        SqliteStore(tmp_path)
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot create the folder"):
        SqliteStore(tmp_path / "plain" / "store.sqlite")


def test_a_store_from_an_older_version_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:  # what crosscheck wrote before migration 0002
        db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY)")
        name, (create_annotated,) = MIGRATIONS[0]
        db.execute(create_annotated)
        db.execute("INSERT INTO _migrations VALUES (?)", (name,))
        db.execute(
            "INSERT INTO annotated (article_id, version, body) VALUES (?, ?, ?)",
            ("a-0001", "v1", annotated(1).model_dump_json()),
        )
    store = SqliteStore(path)
    assert store.get_annotated(["a-0001"], "v1").found == {"a-0001": annotated(1)}
    assert store.load_groups("s") is None
    store.close()
    with sqlite3.connect(path) as db:
        applied = [row[0] for row in db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert applied == [name for name, _ in MIGRATIONS]


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO _migrations VALUES ('0099_from_the_future')")
    with pytest.raises(StorageError, match="newer crosscheck"):
        SqliteStore(path)


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (name TEXT)")
    with pytest.raises(StorageError, match="not a crosscheck store"):
        SqliteStore(path)
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
    assert tables == ["customers"]


def test_a_body_that_is_not_utf8_is_unreadable_not_an_error(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    store.put_annotated([annotated(1), annotated(2)], "v1")
    with sqlite3.connect(store.path) as db:
        db.execute(
            "UPDATE annotated SET body = CAST(x'80ff7b22' AS TEXT) WHERE article_id = 'a-0001'"
        )
    stored = store.get_annotated(["a-0001", "a-0002"], "v1")
    assert stored.unreadable == ["a-0001"] and list(stored.found) == ["a-0002"]
    store.close()


def test_unreadable_stored_groups_mean_clustering_afresh(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    with sqlite3.connect(store.path) as db:
        db.execute("INSERT INTO article_groups (settings, body) VALUES ('s', '{\"stories\": 3')")
        db.execute("INSERT INTO article_groups (settings, body) VALUES ('t', '{\"stories\": 3}')")
    assert store.load_groups("s") is None and store.load_groups("t") is None
    store.close()


def _open_and_write(path: str, worker: int, start: Any) -> None:
    start.wait()
    store = SqliteStore(path)
    store.put_annotated([annotated(worker)], "v1")
    store.close()


@pytest.mark.parametrize("trial", range(10))
def test_several_processes_can_create_one_new_store_at_once(tmp_path: Path, trial: int) -> None:
    workers = 6
    context = multiprocessing.get_context("fork")
    start = context.Barrier(workers)
    path = str(tmp_path / "shared.sqlite")
    processes = [
        context.Process(target=_open_and_write, args=(path, n, start)) for n in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    assert [p.exitcode for p in processes] == [0] * workers
    store = SqliteStore(path)
    assert store.count() == workers
    store.close()


class _FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_writer_commits_by_count() -> None:
    store = MemoryStore()
    writer = BufferedWriter(store, "v1", max_items=3, max_seconds=60, clock=_FakeClock())
    for n in range(7):
        writer.add(annotated(n))
    assert store.count() == 6
    writer.flush()
    assert store.count() == 7 and writer.flushes == 3


def test_the_writer_commits_by_elapsed_time_at_checkpoints() -> None:
    store, clock = MemoryStore(), _FakeClock()
    writer = BufferedWriter(store, "v1", max_items=200, max_seconds=2.0, clock=clock)
    writer.add(annotated(1))
    clock.now += 1.9
    writer.checkpoint()
    assert store.count() == 0
    clock.now += 0.1
    writer.add(annotated(2))
    assert store.count() == 0, "adding never commits by time: results come in bursts"
    writer.checkpoint()
    assert store.count() == 2
    clock.now += 1.0
    writer.add(annotated(3))
    writer.checkpoint()
    assert store.count() == 2, "the clock restarts at each commit"


def test_a_burst_after_a_slow_chunk_is_committed_whole_before_the_next_chunk() -> None:
    # The annotator yields a chunk's results at once after parsing it: a commit on the first
    # result would leave the rest waiting through the whole next chunk.
    store, clock = MemoryStore(), _FakeClock()
    writer = BufferedWriter(store, "v1", max_items=200, max_seconds=2.0, clock=clock)
    for chunk in range(3):
        clock.now += 3.0  # parsing the chunk
        for n in range(16):
            writer.add(annotated(chunk * 16 + n))
        writer.checkpoint()
        assert store.count() == (chunk + 1) * 16, "nothing of a finished chunk is left unsaved"
    assert writer.flushes == 3


class _RecordingStore(MemoryStore):
    """A store that logs each commit into a shared event log."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        rows = list(annotated)
        self.log.append(f"commit {len(rows)}")
        super().put_annotated(rows, version)


def test_results_are_committed_chunk_by_chunk_before_the_next_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crosscheck import analyze, pipeline

    # Every checkpoint is due (a chunk takes longer than the interval), and a chunk is one
    # article: each article is committed before the next one is parsed.
    monkeypatch.setattr(
        pipeline, "BufferedWriter", functools.partial(BufferedWriter, max_seconds=0.0)
    )
    demo = Path(__file__).resolve().parent.parent / "demo"
    log: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "annotate" and done:
            log.append(f"annotated {done}")

    names = ["000_973cf3bedb8c1ccc.txt", "003_5a2d92c2940e0c88.txt"]
    store = _RecordingStore(log)
    options = pipeline.AnalyzeOptions(batch_size=1)
    analyze([demo / name for name in names], store=store, options=options, progress=progress)
    assert log == ["annotated 1", "commit 1", "annotated 2", "commit 1"]


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ("store.sqlite", Path("store.sqlite")),
        ("sub/dir/store.sqlite", Path("sub/dir/store.sqlite")),
        ("sqlite:///rel/store.sqlite", Path("rel/store.sqlite")),
        ("sqlite:////abs/store.sqlite", Path("/abs/store.sqlite")),
        ("C:\\data\\store.sqlite", Path("C:\\data\\store.sqlite")),
        (Path("x.sqlite"), Path("x.sqlite")),
        ("~/x.sqlite", Path.home() / "x.sqlite"),
    ],
)
def test_a_db_value_names_an_sqlite_file(value: str | Path, path: Path) -> None:
    assert parse_store_location(value) == StoreLocation("sqlite", path)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("postgresql://user:secret@db.example/news", "no PostgreSQL backend"),
        ("postgresql+psycopg://db.example/news", "no PostgreSQL backend"),
        ("mysql://db.example/news", "no MySQL backend"),
        ("foo://bar", "no 'foo' backend"),
        ("sqlite://", "local file"),
        ("sqlite://host/x.sqlite", "local file"),
        ("sqlite:///", "names no file"),
        ("sqlite:///x.sqlite?mode=ro", "no \\?options"),
    ],
)
def test_a_url_no_backend_serves_is_a_configuration_error(
    value: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigurationError, match=message) as raised:
        open_store(value)
    assert "secret" not in str(raised.value)
    assert list(tmp_path.iterdir()) == [], "nothing is created for a URL"


def test_an_interrupted_run_commits_what_it_had_annotated(tmp_path: Path) -> None:
    from crosscheck import analyze

    demo = Path(__file__).resolve().parent.parent / "demo"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("000_973cf3bedb8c1ccc.txt", "003_5a2d92c2940e0c88.txt"):
        (inputs / name).write_bytes((demo / name).read_bytes())

    def interrupt_after_the_first(stage: str, done: int, total: int) -> None:
        if stage == "annotate" and done == 1:
            raise KeyboardInterrupt

    store = MemoryStore()
    with pytest.raises(KeyboardInterrupt):
        analyze([inputs], store=store, progress=interrupt_after_the_first)
    assert store.count() == 1
    assert analyze([inputs], store=store).run.articles_cached == 1


def test_a_migration_that_ran_but_was_not_recorded_is_not_run_twice(tmp_path: Path) -> None:
    path = tmp_path / "half.sqlite"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:  # as if killed between a migration and its record
        db.execute("DELETE FROM _migrations WHERE name = '0002_article_groups'")
    store = SqliteStore(path)
    store.save_groups("s", PreviousGroups(stories=[["a-1"]], events=[["a-1"]]))
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)
