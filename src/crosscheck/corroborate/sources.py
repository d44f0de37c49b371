"""Who is an independent source: outlets, with syndicated copies counted once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck.records import Article, DuplicateSet


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Maps each article to a source key (outlet, or duplicate group) and a display label."""

    source_of: dict[str, str]
    label_of: dict[str, str]

    def independent(self, article_ids: Iterable[str]) -> int:
        """How many independent sources stand behind these articles."""
        return len({self.source_of[a] for a in article_ids})


def article_label(article: Article) -> str:
    """A short human label: the outlet, else the file name, else the title."""
    if article.outlet:
        return article.outlet
    if article.path:
        return Path(article.path).name
    return (article.title or article.id)[:40]


def build_source_map(articles: Sequence[Article], duplicates: Sequence[DuplicateSet]) -> SourceMap:
    """Independent sources: one per outlet; copies of one text count as one source whatever
    the outlet; an article of unknown outlet is its own source."""
    source_of = {
        a.id: f"outlet:{a.outlet.lower()}" if a.outlet else f"article:{a.id}" for a in articles
    }
    for group in duplicates:
        key = source_of[group.representative]
        for member in group.members:
            source_of[member] = key
    return SourceMap(source_of=source_of, label_of={a.id: article_label(a) for a in articles})
