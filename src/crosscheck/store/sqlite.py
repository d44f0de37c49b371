"""SQLite backend of the result store: the embedded default, one file, no server."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.errors import StorageError
from crosscheck.records import AnnotatedArticle

# Named migrations, applied in order once each; never edit one that has shipped.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_annotated_articles",
        """
        CREATE TABLE annotated (
            article_id TEXT NOT NULL,
            version TEXT NOT NULL,
            body TEXT NOT NULL,
            stored_at TEXT NOT NULL DEFAULT (datetime('now')),
            PRIMARY KEY (article_id, version)
        );
        """,
    ),
    (
        "0002_article_groups",
        """
        CREATE TABLE article_groups (
            settings TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            stored_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        """,
    ),
]


class SqliteStore:
    """Annotated articles in one SQLite file, as JSON, keyed by (article id, pipeline version)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the store {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY)")
        done = {row[0] for row in self._db.execute("SELECT name FROM _migrations")}
        for name, sql in MIGRATIONS:
            if name not in done:
                with self._db:
                    self._db.executescript(sql)
                    self._db.execute("INSERT INTO _migrations (name) VALUES (?)", (name,))

    def get_annotated(
        self, article_ids: Iterable[str], version: str
    ) -> dict[str, AnnotatedArticle]:
        """The stored annotations of these articles made by pipeline `version`."""
        ids = list(article_ids)
        found: dict[str, AnnotatedArticle] = {}
        for begin in range(0, len(ids), 500):
            chunk = ids[begin : begin + 500]
            marks = ",".join("?" * len(chunk))
            query = "SELECT article_id, body FROM annotated WHERE version = ? AND article_id IN "
            rows = self._db.execute(f"{query}({marks})", (version, *chunk))
            for article_id, body in rows:
                found[article_id] = AnnotatedArticle.model_validate_json(body)
        return found

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        """Store (or replace) annotations made by pipeline `version`."""
        rows = [(a.article.id, version, a.model_dump_json()) for a in annotated]
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO annotated (article_id, version, body) VALUES (?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as exc:
            raise StorageError(f"cannot write to the store {self.path}: {exc}") from exc

    def load_groups(self, settings: str) -> PreviousGroups | None:
        """Stories and events saved by a run with the same clustering settings, if any."""
        row = self._db.execute(
            "SELECT body FROM article_groups WHERE settings = ?", (settings,)
        ).fetchone()
        if row is None:
            return None
        body = json.loads(row[0])
        return PreviousGroups(stories=body["stories"], events=body["events"])

    def save_groups(self, settings: str, groups: PreviousGroups) -> None:
        """Keep the stories and events of this run for the next one."""
        body = json.dumps({"stories": groups.stories, "events": groups.events})
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO article_groups (settings, body) VALUES (?, ?)",
                (settings, body),
            )

    def count(self) -> int:
        """How many annotated articles are stored (all versions)."""
        return int(self._db.execute("SELECT count(*) FROM annotated").fetchone()[0])

    def close(self) -> None:
        """Close the database file."""
        self._db.close()
