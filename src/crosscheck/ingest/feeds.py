"""RSS, Atom and RDF feeds: one raw document per entry (feedparser)."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest.decode import decode_bytes
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.limits import MAX_RECORDS_PER_FILE
from crosscheck.ingest.web import Fetcher

# Everything that may precede the root element: BOM, XML declaration, stylesheet instructions,
# comments, a doctype.
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf|\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>/]", re.I)
# The start of an RSS item or Atom entry, with or without a namespace prefix.
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")


def looks_like_feed(head: bytes) -> bool:
    """True when the first element of `head` is an RSS, Atom or RDF (RSS 1.0) root."""
    position = 0
    while match := _PROLOG.match(head, position):
        if match.end() == position:
            break
        position = match.end()
    return _FEED_ROOT.match(head, position) is not None


def read_feed(
    data: bytes,
    item: str,
    *,
    path: str | None = None,
    url: str | None = None,
    fetcher: Fetcher | None = None,
    max_entries: int = MAX_RECORDS_PER_FILE,
) -> Iterator[RawDocument | InputError]:
    """One raw document per feed entry; InputError for a malformed feed or an empty entry.

    A feed of more than `max_entries` entries is cut before the next one is parsed (feedparser
    takes a minute on 350,000 entries); a LimitError after the entries says so.

    The entry's full content is used when present, else its summary. With a `fetcher` whose
    options allow it, each entry's link is fetched and the linked page replaces the feed text
    (the feed text stays the fallback when the fetch fails).
    """
    data, cut = _cut_entries(data, max_entries)
    try:
        parsed = _parse(data, url)
    except InputError as exc:
        yield InputError(item, exc.reason)
        return
    entries: list[Any] = list(parsed.entries)
    if not entries:
        if parsed.get("bozo"):
            yield InputError(item, f"malformed feed: {parsed.get('bozo_exception')}")
        else:
            yield InputError(item, "feed has no entries")
        return
    outlet = _text(parsed.feed.get("title"))
    follow = fetcher is not None and fetcher.options.follow_feed_links
    for number, entry in enumerate(entries, start=1):
        entry_item = f"{item}#{number}"
        try:
            yield _entry_document(entry, entry_item, outlet, path, fetcher if follow else None)
        except InputError as exc:
            yield exc
    if cut:
        yield LimitError(
            item, f"more than {max_entries:,} records (cap); the rest of the file was not read"
        )


def _cut_entries(data: bytes, max_entries: int) -> tuple[bytes, bool]:
    """`data` up to the start of entry number `max_entries` + 1, and whether it was cut."""
    for count, found in enumerate(_ENTRY_START.finditer(data), start=1):
        if count > max_entries:
            return data[: found.start()], True
    return data, False


def _parse(data: bytes, url: str | None) -> Any:
    """feedparser's reading of `data`; InputError when feedparser itself fails."""
    headers = {"content-location": url} if url else None
    try:
        return feedparser.parse(io.BytesIO(data), response_headers=headers)
    # feedparser reports malformed XML as "bozo", but some inputs make it raise instead
    # (&#xD800; raises UnicodeEncodeError): that is one unreadable file, not a crash.
    except Exception as exc:
        raise InputError(url or "<feed>", f"feed could not be parsed: {exc!r}") from exc


def _entry_document(
    entry: Any, item: str, outlet: str | None, path: str | None, fetcher: Fetcher | None
) -> RawDocument:
    link = _text(entry.get("link"))
    body, fmt, used = _entry_body(entry)
    extra = {"feed_content": used} if used else {}
    if fetcher is not None and link:
        try:
            page = fetcher.fetch(link)
            if not page.is_html:
                raise InputError(link, f"linked page is {page.content_type or 'untyped'}, not HTML")
            body, encoding = decode_bytes(page.data, link, page.charset)
            fmt, link = "html", page.final_url
            extra = {"feed_content": "linked page", "encoding": encoding}
        except InputError as exc:
            extra["link_error"] = exc.reason
    if not body:
        reason = "feed entry has no content or summary"
        if "link_error" in extra:
            reason += f", and its link failed: {extra['link_error']}"
        raise InputError(item, reason)
    return RawDocument(
        item=item,
        format=fmt,
        content=body,
        path=path,
        url=link,
        source_id=_text(entry.get("id")),
        title=_text(entry.get("title")),
        published=_published(entry),
        outlet=outlet,
        author=_text(entry.get("author")),
        extra=extra,
    )


def _entry_body(entry: Any) -> tuple[str, str, str | None]:
    """(text, format, which field) of the entry's full content, else its summary."""
    for content in entry.get("content") or []:
        value = _text(content.get("value"))
        if value:
            return _body(value, content.get("type")), _format(content.get("type")), "content"
    summary = _text(entry.get("summary"))
    if summary:
        media_type = (entry.get("summary_detail") or {}).get("type")
        return _body(summary, media_type), _format(media_type), "summary"
    return "", "txt", None


def _format(media_type: object) -> str:
    return "html" if isinstance(media_type, str) and "html" in media_type else "txt"


def _body(value: str, media_type: object) -> str:
    # Feed HTML is a fragment; the HTML parser cannot build a tree from a lone element.
    if _format(media_type) == "html" and not _DOCUMENT.search(value[:2048]):
        return f"<html><body><article>{value}</article></body></html>"
    return value


def _published(entry: Any) -> str | None:
    """Publication (else update) time as ISO 8601 in UTC; the raw string if unparsable."""
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
        raw = _text(entry.get(key))
        if raw:
            return raw
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
