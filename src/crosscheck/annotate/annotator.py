"""The per-document stage: one Article in, one AnnotatedArticle out (pure, parallelisable)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from crosscheck.annotate.descriptions import extract_description_mentions
from crosscheck.annotate.mentions import extract_mentions
from crosscheck.annotate.nlp import load_pipeline
from crosscheck.annotate.roles import extract_roles, extract_title_mentions, title_roles
from crosscheck.annotate.tenure import find_tenure_ends
from crosscheck.annotate.timex import find_time_expressions
from crosscheck.claims.extract import extract_claims
from crosscheck.claims.positions import extract_positions
from crosscheck.claims.quotes import extract_quotes
from crosscheck.errors import StageError
from crosscheck.records import AnnotatedArticle, Article, Sentence, TimeMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _times(article: Article) -> list[TimeMention]:
    found = find_time_expressions(article.text, article.published)
    return [
        TimeMention(
            start=t.start,
            end=t.end,
            text=t.text,
            kind=t.kind,
            value=t.value,
            day=t.day,
            relative=t.relative,
            mod=t.mod,
            anchor=t.anchor,
        )
        for t in found
    ]


def annotate_doc(article: Article, doc: Doc) -> AnnotatedArticle:
    """Annotate one article from its parsed spaCy document."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    names = extract_mentions(doc, article.id, article.paragraphs, starts)
    titles, details = extract_title_mentions(doc, article.id, starts, names)
    descriptions = extract_description_mentions(doc, article.id, starts, names)
    mentions = names + titles + descriptions
    roles = extract_roles(doc, article.id, names)
    roles += title_roles(article.id, len(names), details, article.text)
    times = _times(article)
    quotes = extract_quotes(doc, article.id, mentions)
    claims = extract_claims(sentences, article.id, article.paragraphs, mentions, times, quotes)
    return AnnotatedArticle(
        article=article,
        sentences=[Sentence(start=s.start_char, end=s.end_char) for s in sentences],
        mentions=mentions,
        roles=roles,
        times=times,
        claims=claims,
        tenure_ended=find_tenure_ends(article.text, article.id, mentions),
        quotes=quotes,
        positions=extract_positions(sentences, article.id, article.paragraphs, mentions),
    )


def _parse_one(nlp: Language, article: Article) -> Doc | StageError:
    try:
        return nlp(article.text)
    except Exception as exc:  # a parse failure stays with its article
        return StageError("parse", article.id, exc)


def _parse_chunk(
    nlp: Language, chunk: Sequence[Article], n_process: int, batch_size: int
) -> list[Doc | StageError]:
    """Parse a chunk in one `nlp.pipe`; when that fails, parse its articles one by one so
    that only the article that breaks the parser is lost."""
    too_long = {
        a.id: StageError(
            "parse",
            a.id,
            ValueError(f"{len(a.text):,} characters is over the parser's {nlp.max_length:,}"),
        )
        for a in chunk
        if len(a.text) > nlp.max_length
    }
    fits = [a for a in chunk if a.id not in too_long]
    docs: Iterator[Doc | StageError]
    try:
        docs = iter(
            list(nlp.pipe((a.text for a in fits), n_process=n_process, batch_size=batch_size))
        )
    except Exception:
        docs = iter([_parse_one(nlp, a) for a in fits])
    return [too_long[a.id] if a.id in too_long else next(docs) for a in chunk]


def annotate_chunks(
    articles: Sequence[Article],
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Iterator[AnnotatedArticle | StageError]]:
    """Annotate articles in order, one chunk at a time: each chunk is parsed in one
    `nlp.pipe` and its results are yielded as an iterator, so that the caller can commit
    between chunks. A failure on one article (parse or annotation) yields a StageError naming
    the stage, and the rest go on."""
    nlp = load_pipeline(model)
    # One batch per worker: a chunk parses in about the time the store waits between commits,
    # so a kill loses about one chunk (a bigger chunk gains little speed).
    chunk_size = max(1, batch_size * max(1, n_process))
    for offset in range(0, len(articles), chunk_size):
        chunk = articles[offset : offset + chunk_size]
        docs = _parse_chunk(nlp, chunk, n_process, batch_size)
        yield (_annotate_one(a, doc) for a, doc in zip(chunk, docs, strict=True))


def annotate_articles(
    articles: Sequence[Article],
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[AnnotatedArticle | StageError]:
    """Annotate articles in order; a failure on one (parse or annotation) yields a StageError
    naming the stage, and the rest go on."""
    for chunk in annotate_chunks(articles, model, n_process, batch_size):
        yield from chunk


def _annotate_one(article: Article, doc: Doc | StageError) -> AnnotatedArticle | StageError:
    if isinstance(doc, StageError):
        return doc
    try:
        return annotate_doc(article, doc)
    except Exception as exc:  # isolate the failure to this article, with its stage
        return StageError("annotate", article.id, exc)
