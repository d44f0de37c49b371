"""One article that breaks the parser costs that article only, never the batch."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_articles
from crosscheck.annotate.nlp import load_pipeline
from crosscheck.errors import StageError
from crosscheck.records import AnnotatedArticle, Article


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text)


def test_text_over_the_parser_limit_is_a_per_article_error() -> None:
    limit = load_pipeline().max_length
    articles = [
        _article("a", "Officials met in Baku on Saturday to discuss security."),
        _article("b", "word " * (limit // 5 + 10)),
        _article("c", "The talks ended without an agreement, a diplomat said."),
    ]
    results = list(annotate_articles(articles))
    assert [type(r) for r in results] == [AnnotatedArticle, StageError, AnnotatedArticle]
    error = results[1]
    assert isinstance(error, StageError)
    assert error.stage == "parse" and error.article_id == "b"
    assert "characters is over" in str(error.cause)
    assert [r.article.id for r in results if isinstance(r, AnnotatedArticle)] == ["a", "c"]
