"""Test helpers: texts written for a test, run through the real cleaner, annotator, resolver
and corpus stages."""

from __future__ import annotations

from datetime import UTC, datetime

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.dossier import build_dossier
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle, Dossier, Entity, RunInfo
from crosscheck.resolve.resolver import resolve_entities


def dossier_of(  # type: ignore[no-untyped-def]
    nlp, texts: dict[str, tuple[str, str]], published: str | None = None
) -> Dossier:
    """The dossier of articles given as {name: (outlet, text)}, all published on one day
    when `published` is given."""
    return dated_dossier_of(
        nlp, {name: (outlet, published, text) for name, (outlet, text) in texts.items()}
    )


def dated_dossier_of(  # type: ignore[no-untyped-def]
    nlp, texts: dict[str, tuple[str, str | None, str]]
) -> Dossier:
    """The dossier of articles given as {name: (outlet, published or None, text)}."""
    annotated = []
    for name, (outlet, published, text) in texts.items():
        document = clean_document(
            RawDocument(
                item=name,
                format="txt",
                content=text,
                path=name,
                outlet=outlet,
                published=published,
            )
        )
        annotated.append(annotate_doc(document, nlp(document.text)))
    run = RunInfo(
        crosscheck_version="test",
        generated_at=datetime.now(UTC),
        inputs=len(texts),
        articles_new=len(texts),
        articles_cached=0,
        seconds=0.0,
        models={},
    )
    return build_dossier(annotated, [], run)


def annotated_report(nlp, name: str, text: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    """One annotated article, headed "Report <name>"."""
    article = clean_document(
        RawDocument(item=name, format="txt", content=f"Report {name}\n{text}", path=name)
    )
    return annotate_doc(article, nlp(article.text))


def entities_by_alias(nlp, *texts: str) -> dict[str, Entity]:  # type: ignore[no-untyped-def]
    """The entities resolved over one article per text, by each of their aliases."""
    articles = [annotated_report(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    return {a: e for e in resolve_entities(articles).entities for a in e.aliases}
