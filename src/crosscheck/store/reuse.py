"""Which stored annotations a run may reuse, and with which metadata.

An article's id hashes its content, so a corrected title, outlet or date keeps the id. A
stored annotation is reused only when everything annotation reads is unchanged (the text,
its paragraphs, and the publication date that relative dates are resolved against); the
reused annotation then carries this run's metadata (title, outlet, path, URL, ...), never
the metadata of the run that stored it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from crosscheck.records import AnnotatedArticle, Article, Paragraph
from crosscheck.store.base import StoredAnnotations


@dataclass(slots=True)
class ReusePlan:
    """Stored annotations to reuse, articles to annotate, and why those were not reused."""

    reused: list[AnnotatedArticle] = field(default_factory=list)
    todo: list[Article] = field(default_factory=list)
    changed: int = field(default=0, metadata={"doc": "stored, but annotation inputs changed"})
    unreadable: int = field(default=0, metadata={"doc": "stored, but the row was unreadable"})


def annotation_inputs(article: Article) -> tuple[str, date | None, list[Paragraph]]:
    """What per-document annotation reads from an article besides its id."""
    return (article.text, article.published, article.paragraphs)


def plan_reuse(articles: Sequence[Article], stored: StoredAnnotations) -> ReusePlan:
    """Split `articles` into reusable stored annotations (with fresh metadata) and work."""
    plan = ReusePlan()
    unreadable = set(stored.unreadable)
    for article in articles:
        cached = stored.found.get(article.id)
        if cached is not None and annotation_inputs(cached.article) == annotation_inputs(article):
            plan.reused.append(cached.model_copy(update={"article": article}))
            continue
        plan.todo.append(article)
        if cached is not None:
            plan.changed += 1
        elif article.id in unreadable:
            plan.unreadable += 1
    return plan
