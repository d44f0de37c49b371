"""In-memory backend of the result store: nothing kept after the process ends.

Useful for tests and for library callers who want one run's reuse without a file. Rows are
kept serialised, as a database keeps them, so that reading one back goes through the same
validation as every other backend.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
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


class MemoryStore:
    """Annotated articles in a dict, as JSON, keyed by (article id, pipeline version)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], str] = {}
        self.groups: dict[str, str] = {}
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("the in-memory store is closed")

    def get_annotated(self, article_ids: Iterable[str], version: str) -> StoredAnnotations:
        """The stored annotations of these articles made by pipeline `version`."""
        self._check_open()
        result = StoredAnnotations()
        for article_id in article_ids:
            body = self.rows.get((article_id, version))
            if body is None:
                continue
            try:
                annotated = AnnotatedArticle.model_validate_json(body)
            except (ValidationError, ValueError):
                result.unreadable.append(article_id)
                continue
            if annotated.article.id != article_id:
                result.unreadable.append(article_id)
            else:
                result.found[article_id] = annotated
        return result

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        """Store (or replace) annotations made by pipeline `version`."""
        self._check_open()
        bodies = {(a.article.id, version): a.model_dump_json() for a in annotated}
        self.rows.update(bodies)

    def load_groups(self, settings: str) -> PreviousGroups | None:
        """Stories and events saved by a run with the same clustering settings, if any."""
        self._check_open()
        body = self.groups.get(settings)
        if body is None:
            return None
        try:
            return groups_from_json(json.loads(body))
        except ValueError:
            return None

    def save_groups(self, settings: str, groups: PreviousGroups) -> None:
        """Keep the stories and events of this run for the next one."""
        self._check_open()
        self.groups[settings] = json.dumps(groups_to_json(groups))

    def count(self) -> int:
        """How many annotated articles are stored (all versions)."""
        self._check_open()
        return len(self.rows)

    def close(self) -> None:
        """Drop everything; closing twice is harmless."""
        self._closed = True
        self.rows.clear()
        self.groups.clear()


if TYPE_CHECKING:  # mypy proves the backend keeps the contract
    _conforms: ArticleStore = MemoryStore()
