"""From a `--db` value to a store: the one place that chooses the backend.

A value is a file path, or a URL `scheme://...`. `sqlite:///PATH` names an SQLite file the
way SQLAlchemy does (`sqlite:///rel.sqlite` relative, `sqlite:////abs/path.sqlite`
absolute). Any other scheme is refused with a clear error rather than taken as a path; a
server backend (PostgreSQL) slots in here by handling its scheme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from crosscheck.errors import ConfigurationError
from crosscheck.store.base import ArticleStore
from crosscheck.store.sqlite import SqliteStore

_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?P<rest>.*)$", re.S)
_MEMORY = ":memory:"
_KNOWN_SERVERS = {
    "postgresql": "PostgreSQL",
    "postgres": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "mssql": "SQL Server",
    "oracle": "Oracle",
    "mongodb": "MongoDB",
    "redis": "Redis",
}


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """Where a store lives: a backend name and, for file backends, the file."""

    backend: str
    path: Path


def parse_store_location(value: str | Path) -> StoreLocation:
    """The store a `--db` value names; ConfigurationError for a URL no backend here serves,
    and for ":memory:", which SQLite would take as a database kept in memory only."""
    location = _location(value)
    # Path("./:memory:") is Path(":memory:") too, and SQLite would open that in memory.
    if location.backend == "sqlite" and str(location.path) == _MEMORY:
        raise ConfigurationError(
            "--db :memory: would keep nothing (SQLite holds it in memory and drops it when "
            "the run ends); use --no-db to keep nothing, or give a file path"
        )
    return location


def _location(value: str | Path) -> StoreLocation:
    if isinstance(value, Path):
        return StoreLocation("sqlite", value)
    match = _URL.match(value.strip())
    if match is None:
        return StoreLocation("sqlite", Path(value).expanduser())
    scheme = match["scheme"].lower().split("+", 1)[0]  # postgresql+psycopg -> postgresql
    if scheme == "sqlite":
        return StoreLocation("sqlite", _sqlite_path(match["rest"]))
    backend = _KNOWN_SERVERS.get(scheme, f"{scheme!r}")
    raise ConfigurationError(
        f"--db {scheme}://…: no {backend} backend in this version of crosscheck; "
        "give a file path or sqlite:///PATH (or --no-db to keep nothing)"
    )


def _sqlite_path(rest: str) -> Path:
    host, slash, path = rest.partition("/")
    if host or not slash:
        raise ConfigurationError(
            "--db sqlite URLs name a local file: sqlite:///relative.sqlite or "
            "sqlite:////absolute/path.sqlite"
        )
    if "?" in path:
        raise ConfigurationError("--db sqlite URLs take no ?options; name the file only")
    if not path or path == _MEMORY:
        raise ConfigurationError(
            "--db sqlite:// names no file; give a file, or --no-db to keep nothing"
        )
    return Path(path).expanduser()


def open_store(value: str | Path | StoreLocation) -> ArticleStore:
    """Open (creating if needed) the store `value` names, checked readable and writable.

    Raises ConfigurationError for a location no backend serves, StorageError when the store
    cannot be opened, migrated or written.
    """
    location = value if isinstance(value, StoreLocation) else parse_store_location(value)
    if location.backend == "sqlite":
        return SqliteStore(location.path)
    raise ConfigurationError(f"no {location.backend} backend in this version of crosscheck")


def store_files(location: StoreLocation) -> tuple[Path, ...]:
    """The files a store keeps on disk (never to be read as input)."""
    if location.backend != "sqlite":
        return ()
    path = location.path
    return (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")))
