"""SQLite backend of the result store: the embedded default, one file, no server.

Opening a store creates or migrates it under a write lock (so that several processes can
open one new store at once) and proves it can be written, so that a read-only or broken
store fails before the analysis rather than after it. Every sqlite3 error becomes a
`StorageError` that names the file and says what to do.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.errors import StorageError
from crosscheck.records import AnnotatedArticle
from crosscheck.store.base import (
    ArticleStore,
    StoredAnnotations,
    groups_from_json,
    groups_to_json,
)
from crosscheck.store.sqlite_schema import migrate

LOGGER = logging.getLogger(__name__)

# How long to wait for another process's write lock before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
# SQLite's default limit on host parameters is 999 in old builds; stay well under it.
_IDS_PER_QUERY = 500

_HINTS = {
    "file is not a database": "it is not an SQLite database (or it is encrypted)",
    "database disk image is malformed": "the file is corrupt; move it aside to start afresh",
    "attempt to write a readonly database": "it is read-only",
    "unable to open database file": "the file or its folder cannot be opened or created",
    "database is locked": f"another process held it locked for {BUSY_TIMEOUT_SECONDS:.0f} s",
    "disk i/o error": "the disk reported an error (full, removed, or a network file system)",
}


def storage_error(path: Path, action: str, exc: BaseException) -> StorageError:
    """A StorageError naming the store, what was being done, and the likely cause."""
    detail = str(exc)
    hint = next((h for key, h in _HINTS.items() if key in detail.lower()), None)
    because = f"{hint} ({detail})" if hint else detail
    return StorageError(f"cannot {action} the store {path}: {because}")


class SqliteStore:
    """Annotated articles in one SQLite file, as JSON, keyed by (article id, pipeline version)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db = self._connect()
        try:
            migrate(self._db, self.path)
        except sqlite3.Error as exc:
            self._db.close()
            raise storage_error(self.path, "open", exc) from exc
        except StorageError:
            self._db.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        if self.path.is_dir():
            raise StorageError(f"cannot open the store {self.path}: it is a folder, not a file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = "a file is in the way" if self.path.parent.exists() else exc.strerror
            raise StorageError(
                f"cannot create the folder {self.path.parent} for the store: {reason}"
            ) from exc
        try:
            # Autocommit mode: every transaction below is an explicit BEGIN ... COMMIT.
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_error(self.path, "open", exc) from exc
        return db

    @contextmanager
    def _writing(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any sqlite3 error rolls it back and becomes a StorageError."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise storage_error(self.path, action, exc) from exc

    def get_annotated(self, article_ids: Iterable[str], version: str) -> StoredAnnotations:
        """The stored annotations of these articles made by pipeline `version`; rows that
        cannot be read back are named in `unreadable`."""
        ids = list(article_ids)
        result = StoredAnnotations()
        try:
            for begin in range(0, len(ids), _IDS_PER_QUERY):
                chunk = ids[begin : begin + _IDS_PER_QUERY]
                marks = ",".join("?" * len(chunk))
                # The body as bytes: text that is not UTF-8 must not abort the whole query.
                query = (
                    "SELECT article_id, CAST(body AS BLOB) FROM annotated"
                    f" WHERE version = ? AND article_id IN ({marks})"
                )
                for article_id, body in self._db.execute(query, (version, *chunk)):
                    _read_row(str(article_id), body, result)
        except sqlite3.Error as exc:
            raise storage_error(self.path, "read", exc) from exc
        return result

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        """Store (or replace) annotations made by pipeline `version`, in one transaction."""
        rows = [(a.article.id, version, a.model_dump_json()) for a in annotated]
        with self._writing("write to") as db:
            db.executemany(
                "INSERT OR REPLACE INTO annotated (article_id, version, body) VALUES (?, ?, ?)",
                rows,
            )

    def load_groups(self, settings: str) -> PreviousGroups | None:
        """Stories and events saved by a run with the same clustering settings, if any."""
        try:
            row = self._db.execute(
                "SELECT CAST(body AS BLOB) FROM article_groups WHERE settings = ?", (settings,)
            ).fetchone()
        except sqlite3.Error as exc:
            raise storage_error(self.path, "read", exc) from exc
        if row is None:
            return None
        try:
            groups = groups_from_json(json.loads(row[0]))
        except ValueError:
            groups = None
        if groups is None:
            LOGGER.warning("unreadable stories and events in %s; clustering afresh", self.path)
        return groups

    def save_groups(self, settings: str, groups: PreviousGroups) -> None:
        """Keep the stories and events of this run for the next one."""
        body = json.dumps(groups_to_json(groups))
        with self._writing("write to") as db:
            db.execute(
                "INSERT OR REPLACE INTO article_groups (settings, body) VALUES (?, ?)",
                (settings, body),
            )

    def count(self) -> int:
        """How many annotated articles are stored (all versions)."""
        try:
            return int(self._db.execute("SELECT count(*) FROM annotated").fetchone()[0])
        except sqlite3.Error as exc:
            raise storage_error(self.path, "read", exc) from exc

    def close(self) -> None:
        """Close the database file; closing twice is harmless."""
        self._db.close()


def _read_row(article_id: str, body: bytes, into: StoredAnnotations) -> None:
    try:
        annotated = AnnotatedArticle.model_validate_json(body)
    except (ValidationError, ValueError):
        into.unreadable.append(article_id)
        return
    if annotated.article.id != article_id:  # a row copied under another key is not trusted
        into.unreadable.append(article_id)
        return
    into.found[article_id] = annotated


if TYPE_CHECKING:  # mypy proves the backend keeps the contract
    _conforms: ArticleStore = SqliteStore(":memory:")
