"""Shared helpers of the claim tests: annotate a written text or a demo article."""

from __future__ import annotations

from pathlib import Path

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle

DEMO = Path(__file__).resolve().parent.parent / "demo"


def annotate_text(
    nlp, text: str, published: str | None = "2025-07-13", item: str = "t"
) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    """Annotate `text` (a headline is added) as one article."""
    article = clean_document(
        RawDocument(
            item=item, format="txt", content="Headline of the test\n" + text, published=published
        )
    )
    return annotate_doc(article, nlp(article.text))


def annotate_demo(nlp, prefix: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    """Annotate the demo article whose file name starts with `prefix` ("000" ... "004")."""
    path = next(DEMO.glob(f"{prefix}_*.txt"))
    article = clean_document(
        RawDocument(item=str(path), format="txt", content=path.read_text(), published="2025-07-13")
    )
    return annotate_doc(article, nlp(article.text))
