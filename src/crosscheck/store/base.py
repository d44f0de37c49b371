"""The result store interface: every backend keeps annotated articles by content id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.records import AnnotatedArticle


class ArticleStore(Protocol):
    """Keeps per-article results so that a re-run only processes new articles."""

    def get_annotated(
        self, article_ids: Iterable[str], version: str
    ) -> dict[str, AnnotatedArticle]:
        """The stored annotations of these articles made by pipeline `version`, if any."""
        ...

    def put_annotated(self, annotated: Iterable[AnnotatedArticle], version: str) -> None:
        """Store (or replace) annotations made by pipeline `version`."""
        ...

    def load_groups(self, settings: str) -> PreviousGroups | None:
        """Stories and events saved by a run with the same clustering settings, if any."""
        ...

    def save_groups(self, settings: str, groups: PreviousGroups) -> None:
        """Keep the stories and events of this run for the next one."""
        ...

    def count(self) -> int:
        """How many annotated articles are stored."""
        ...

    def close(self) -> None:
        """Release the backend's resources."""
        ...
