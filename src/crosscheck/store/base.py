"""The result store interface: every backend keeps annotated articles by content id.

This module is the contract. SQLite (`store.sqlite`) and the in-memory store
(`store.memory`) implement it, and `tests/test_store_contract.py` holds the test-suite
every backend must pass; a server backend (PostgreSQL) is added by implementing this
Protocol, running that suite against it, and naming its URL scheme in `store.open`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeGuard

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.records import AnnotatedArticle


@dataclass(frozen=True, slots=True)
class StoredAnnotations:
    """What a store holds for the articles asked about.

    `unreadable` names articles whose stored row exists but cannot be read back (bad JSON,
    a record shape an older crosscheck wrote): they are annotated again, never a crash.
    """

    found: dict[str, AnnotatedArticle] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)


class ArticleStore(Protocol):
    """Keeps per-article results so that a re-run only processes new articles.

    Every method raises `crosscheck.errors.StorageError` (and nothing else) when the backend
    cannot be read or written. A backend checks on opening that it can both read and write,
    so that a run fails before any work rather than after it.
    """

    def get_annotated(self, article_ids: Iterable[str], version: str) -> StoredAnnotations:
        """The stored annotations of these articles made by pipeline `version`, if any."""
        ...

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        """Store (or replace) annotations made by pipeline `version`, durably, in one go."""
        ...

    def load_groups(self, settings: str) -> PreviousGroups | None:
        """Stories and events saved by a run with the same clustering settings, if any
        (None too when the saved ones cannot be read back)."""
        ...

    def save_groups(self, settings: str, groups: PreviousGroups) -> None:
        """Keep the stories and events of this run for the next one."""
        ...

    def count(self) -> int:
        """How many annotated articles are stored (all versions)."""
        ...

    def close(self) -> None:
        """Release the backend's resources; closing twice is harmless."""
        ...


def groups_from_json(body: object) -> PreviousGroups | None:
    """Stories and events from their stored JSON shape, or None when it is not that shape."""
    if not isinstance(body, dict):
        return None
    stories, events = body.get("stories"), body.get("events")
    if not (_is_id_groups(stories) and _is_id_groups(events)):
        return None
    return PreviousGroups(stories=stories, events=events)


def groups_to_json(groups: PreviousGroups) -> dict[str, list[list[str]]]:
    """The stored JSON shape of stories and events."""
    return {"stories": groups.stories, "events": groups.events}


def _is_id_groups(value: object) -> TypeGuard[list[list[str]]]:
    return isinstance(value, list) and all(
        isinstance(group, list) and all(isinstance(i, str) for i in group) for group in value
    )
