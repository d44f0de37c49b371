"""The SQLite store's tables: named migrations applied once each, under a write lock."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from crosscheck.errors import StorageError

# Named migrations, applied in order once each; never edit one that has shipped. Each is
# idempotent (IF NOT EXISTS), so a store whose migration ran but was not recorded still opens.
# One statement per string: they run inside one explicit transaction, which
# `executescript` would commit early.
MIGRATIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "0001_annotated_articles",
        (
            """
            CREATE TABLE IF NOT EXISTS annotated (
                article_id TEXT NOT NULL,
                version TEXT NOT NULL,
                body TEXT NOT NULL,
                stored_at TEXT NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY (article_id, version)
            )
            """,
        ),
    ),
    (
        "0002_article_groups",
        (
            """
            CREATE TABLE IF NOT EXISTS article_groups (
                settings TEXT PRIMARY KEY,
                body TEXT NOT NULL,
                stored_at TEXT NOT NULL DEFAULT (datetime('now'))
            )
            """,
        ),
    ),
    (
        "0003_store_info",
        ("CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",),
    ),
]


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the store at `path` to the current schema and prove it can be written.

    Runs under BEGIN IMMEDIATE, so that of several processes opening one new store the
    first creates the tables and the others wait, then find them made. `db` must be in
    autocommit mode (isolation_level=None). Raises StorageError for a database that is not
    a crosscheck store or was made by a newer crosscheck; lets sqlite3 errors through.
    """
    _use_wal(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        _check_is_crosscheck_store(db, path)
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY)")
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        unknown = sorted(done - {name for name, _ in MIGRATIONS})
        if unknown:
            raise StorageError(
                f"cannot open the store {path}: a newer crosscheck made it (migrations "
                f"{', '.join(unknown)} are unknown here); upgrade, or give another --db"
            )
        for name, statements in MIGRATIONS:
            if name not in done:
                for statement in statements:
                    db.execute(statement)
                db.execute("INSERT INTO _migrations (name) VALUES (?)", (name,))
        # A real write, so that a read-only store fails now and not after the analysis.
        db.execute(
            "INSERT OR REPLACE INTO store_info (key, value) VALUES ('last_opened', datetime('now'))"
        )
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _use_wal(db: sqlite3.Connection, wait_seconds: float = 30.0) -> None:
    """Switch to write-ahead logging, so readers never wait for the writer.

    The switch takes an exclusive lock, and SQLite reports a concurrent switch by another
    process as busy at once (the busy timeout does not apply): retry until `wait_seconds`.
    """
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _check_is_crosscheck_store(db: sqlite3.Connection, path: Path) -> None:
    tables = {
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(row[0]).startswith("sqlite_")
    }
    if tables and "_migrations" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise StorageError(
            f"cannot open the store {path}: it is an SQLite database but not a crosscheck store"
            f" (it has the tables {shown}); give another --db"
        )
