"""The result store interface: every backend keeps annotated articles by content id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

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

    def count(self) -> int:
        """How many annotated articles are stored."""
        ...

    def close(self) -> None:
        """Release the backend's resources."""
        ...
