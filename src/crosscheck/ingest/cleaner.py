"""Raw document to Article: junk removed with reasons, title, date, language per paragraph.

Control and bidi-override characters are stripped from the text and metadata first
(`controls`); each class removed from the text is listed in `Article.removed` with a count.
An article longer than MAX_ARTICLE_CHARS is rejected whole (a LimitError), never truncated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from crosscheck.errors import ExtractionError, InputError, LimitError
from crosscheck.ids import content_id
from crosscheck.ingest.controls import replace_surrogates, strip_controls, strip_field
from crosscheck.ingest.dates import not_in_future, parse_date_line, parse_iso_date
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import BYLINE, DATELINE, classify_lines
from crosscheck.ingest.junk_bylines import author_of
from crosscheck.ingest.junk_model import mark_model_junk
from crosscheck.ingest.junk_shapes import site_names
from crosscheck.ingest.language import detect_language, detect_script
from crosscheck.ingest.limits import MAX_ARTICLE_CHARS
from crosscheck.ingest.trail_title import headline_after_trail
from crosscheck.records import Article, Paragraph, RemovedLine

_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)]\s*$")
MIN_ARTICLE_CHARS = 40


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and not _SENTENCE_END.search(line)


def _article_language(paragraphs: list[Paragraph]) -> str | None:
    weights: dict[str, int] = {}
    for p in paragraphs:
        if p.language:
            weights[p.language] = weights.get(p.language, 0) + (p.end - p.start)
    return max(weights, key=lambda k: weights[k]) if weights else None


def _checked_body(body: str, item: str, max_chars: int) -> tuple[str, list[RemovedLine]]:
    """The body without control characters, and what was removed; LimitError over the cap."""
    if len(body) > max_chars:
        raise LimitError(
            item,
            f"article text too long: {len(body):,} characters (cap {max_chars:,}); "
            "not analysed rather than cut",
        )
    body, removals = strip_controls(replace_surrogates(body))
    removed = [
        RemovedLine(text=removal.describe(), reason=removal.reason, line=removal.line)
        for removal in removals
    ]
    return body, removed


def clean_document(
    raw: RawDocument, ingested_at: datetime | None = None, *, max_chars: int = MAX_ARTICLE_CHARS
) -> Article:
    """Build the Article for one raw document. Raises ExtractionError when no text remains,
    LimitError when the text is over `max_chars` characters, and an InputError naming the
    stage for any other failure on this document: it never raises anything else."""
    try:
        return _clean(raw, ingested_at or datetime.now(UTC), max_chars)
    except InputError:
        raise
    except _StageFailure as failure:
        raise InputError(raw.item, f"{failure.stage} failed: {failure.cause!r}") from failure
    except Exception as exc:  # outside any named stage (building the record)
        raise InputError(raw.item, f"cleaning failed: {exc!r}") from exc


class _StageFailure(Exception):
    """An unexpected exception in one cleaning stage, with the stage's name."""

    def __init__(self, stage: str, cause: Exception) -> None:
        self.stage = stage
        self.cause = cause
        super().__init__(f"{stage}: {cause!r}")


@contextmanager
def _stage(name: str) -> Iterator[None]:
    """Tag any exception but an InputError raised inside with the stage `name`."""
    try:
        yield
    except InputError:
        raise
    except Exception as exc:
        raise _StageFailure(name, exc) from exc


@dataclass(slots=True)
class _Fields:
    """What is known about the article before its lines are classified."""

    body: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: date | None
    published_source: str | None


def _clean(raw: RawDocument, now: datetime, max_chars: int) -> Article:
    with _stage("reading the metadata"):
        found = _fields(raw, now)
    body, removed = _checked_body(found.body, raw.item, max_chars)
    with _stage("junk-line removal"):
        kept = _kept_lines(body, raw.format, found, removed, now)
        title = _take_title(strip_field(found.title), kept)
        if title is None:
            title = headline_after_trail(removed, kept[0][0] if kept else None)
    with _stage("language detection"):
        paragraphs, clean = _paragraphs([text for _, text in kept])
    if len(clean.strip()) < MIN_ARTICLE_CHARS:
        what = "no article text" if not clean.strip() else f"too little text ({len(clean)} chars)"
        raise ExtractionError(raw.item, f"{what} after removing {len(removed)} junk lines")
    identity = raw.content if raw.format == "html" else clean
    return Article(
        id=content_id("a", identity, raw.source_id or "", found.url or ""),
        path=raw.path,
        url=found.url,
        source_id=raw.source_id,
        title=title,
        outlet=strip_field(found.outlet),
        author=strip_field(found.author),
        published=found.published,
        published_source=found.published_source,
        language=_article_language(paragraphs),
        text=clean,
        paragraphs=paragraphs,
        removed=removed,
        input_format=raw.format,
    )


def _take_title(title: str | None, kept: list[tuple[int, str]]) -> str | None:
    """The article's title: the input's, or the first kept line when it reads as a heading
    (taken out of `kept`); a first line that repeats the input's title is dropped."""
    if title is None and kept and _looks_like_heading(kept[0][1]) and len(kept) > 1:
        return kept.pop(0)[1]
    if title is not None and len(kept) > 1 and kept[0][1] == " ".join(title.split()):
        kept.pop(0)
    return title


def _fields(raw: RawDocument, now: datetime) -> _Fields:
    """The body and metadata: the input's fields first, then what the HTML page declares."""
    published = not_in_future(parse_iso_date(raw.published), now) if raw.published else None
    found = _Fields(
        raw.content,
        raw.title,
        raw.outlet,
        raw.author,
        raw.url,
        published,
        "input field" if published else None,
    )
    if raw.format != "html":
        return found
    from crosscheck.ingest.html_extract import extract_html

    with _stage("HTML extraction"):
        extraction = extract_html(raw.content, url=raw.url, item=raw.item, ingested_at=now)
    found.body = extraction.text
    found.title = found.title or extraction.title
    found.outlet = found.outlet or extraction.site_name
    found.author = found.author or extraction.author
    found.url = found.url or replace_surrogates(extraction.url or "") or None
    if found.published is None and extraction.published is not None:
        found.published = extraction.published
        found.published_source = extraction.published_source
    return found


def _kept_lines(
    body: str, fmt: str, found: _Fields, removed: list[RemovedLine], now: datetime
) -> list[tuple[int, str]]:
    """(line number, text) of the lines kept; junk lines go to `removed`, and a dateline or
    byline fills in the date or author when the input had none."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    names = site_names(found.outlet, found.url)
    reasons = classify_lines(lines, detect_menus=fmt != "html", site_names=names)
    if fmt != "html":  # an HTML extractor already took the article out of its page
        mark_model_junk(lines, reasons, url=found.url)
    kept: list[tuple[int, str]] = []
    for number, (line, reason) in enumerate(zip(lines, reasons, strict=True), start=1):
        text = " ".join(line.split())
        if not text:
            continue
        if reason is None:
            kept.append((number, text))
            continue
        removed.append(RemovedLine(text=text, reason=reason, line=number))
        if reason == DATELINE and found.published is None:
            day = not_in_future(parse_date_line(text), now)
            if day is not None:
                found.published, found.published_source = day, f"text dateline (line {number})"
        elif reason == BYLINE and found.author is None:
            found.author = author_of(text)
    return kept


def _paragraphs(texts: list[str]) -> tuple[list[Paragraph], str]:
    """One Paragraph per kept line (offsets, language, script) and the joined text."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for text in texts:
        end = offset + len(text)
        paragraphs.append(
            Paragraph(
                start=offset,
                end=end,
                language=detect_language(text),
                script=detect_script(text),
                heading=_looks_like_heading(text),
            )
        )
        offset = end + 1
    return paragraphs, "\n".join(texts)
