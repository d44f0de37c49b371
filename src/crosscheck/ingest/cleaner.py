"""Raw document to Article: junk removed with reasons, title, date, language per paragraph.

Control and bidi-override characters are stripped from the text and metadata first
(`controls`); each class removed from the text is listed in `Article.removed` with a count.
An article longer than MAX_ARTICLE_CHARS is rejected whole (a LimitError), never truncated.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from crosscheck.errors import ExtractionError, LimitError
from crosscheck.ids import content_id
from crosscheck.ingest.controls import strip_controls, strip_field
from crosscheck.ingest.dates import not_in_future, parse_date_line, parse_iso_date
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import BYLINE, DATELINE, classify_lines
from crosscheck.ingest.language import detect_language, detect_script
from crosscheck.ingest.limits import MAX_ARTICLE_CHARS
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
    body, removals = strip_controls(body)
    removed = [
        RemovedLine(text=removal.describe(), reason=removal.reason, line=removal.line)
        for removal in removals
    ]
    return body, removed


def clean_document(
    raw: RawDocument, ingested_at: datetime | None = None, *, max_chars: int = MAX_ARTICLE_CHARS
) -> Article:
    """Build the Article for one raw document. Raises ExtractionError when no text remains,
    LimitError when the text is over `max_chars` characters."""
    now = ingested_at or datetime.now(UTC)
    title = raw.title
    outlet = raw.outlet
    author = raw.author
    url = raw.url
    published = not_in_future(parse_iso_date(raw.published), now) if raw.published else None
    published_source = "input field" if published else None
    body = raw.content
    if raw.format == "html":
        from crosscheck.ingest.html_extract import extract_html

        extraction = extract_html(raw.content, url=raw.url, item=raw.item, ingested_at=now)
        body = extraction.text
        title = title or extraction.title
        outlet = outlet or extraction.site_name
        author = author or extraction.author
        url = url or extraction.url
        if published is None and extraction.published is not None:
            published, published_source = extraction.published, extraction.published_source

    body, removed = _checked_body(body, raw.item, max_chars)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reasons = classify_lines(lines, detect_menus=raw.format != "html")
    kept: list[tuple[int, str]] = []
    for number, (line, reason) in enumerate(zip(lines, reasons, strict=True), start=1):
        text = " ".join(line.split())
        if not text:
            continue
        if reason is None:
            kept.append((number, text))
            continue
        removed.append(RemovedLine(text=text, reason=reason, line=number))
        if reason == DATELINE and published is None:
            day = not_in_future(parse_date_line(text), now)
            if day is not None:
                published, published_source = day, f"text dateline (line {number})"
        elif reason == BYLINE and author is None:
            author = re.sub(
                r"^(by|written by|posted by|reporting by|author|reporter)\s*:?\s*",
                "",
                text,
                flags=re.I,
            )

    title = strip_field(title)
    if title is None and kept and _looks_like_heading(kept[0][1]) and len(kept) > 1:
        title = kept.pop(0)[1]
    elif title is not None and len(kept) > 1 and kept[0][1] == " ".join(title.split()):
        kept.pop(0)

    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for _, text in kept:
        start = offset
        end = start + len(text)
        paragraphs.append(
            Paragraph(
                start=start,
                end=end,
                language=detect_language(text),
                script=detect_script(text),
                heading=_looks_like_heading(text),
            )
        )
        parts.append(text)
        offset = end + 1
    clean = "\n".join(parts)
    if len(clean.strip()) < MIN_ARTICLE_CHARS:
        what = "no article text" if not clean.strip() else f"too little text ({len(clean)} chars)"
        raise ExtractionError(raw.item, f"{what} after removing {len(removed)} junk lines")
    identity = raw.content if raw.format == "html" else clean
    return Article(
        id=content_id("a", identity, raw.source_id or "", url or ""),
        path=raw.path,
        url=url,
        source_id=raw.source_id,
        title=title,
        outlet=strip_field(outlet),
        author=strip_field(author),
        published=published,
        published_source=published_source,
        language=_article_language(paragraphs),
        text=clean,
        paragraphs=paragraphs,
        removed=removed,
        input_format=raw.format,
    )
