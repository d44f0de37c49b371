"""Input discovery and dispatch: files, folders and URLs to raw documents, one error per bad item.

Formats are sniffed from the content (gzip is transparent), the file name second: plain text,
HTML, JSON, JSON Lines (`jsonrecords`), RSS/Atom/RDF feeds (`feeds`) and WARC/ARC archives
(`warc`). URLs are fetched by `web`. Files are opened by `files` (regular files only), within
the caps of `limits`. Every bad item becomes an InputError in the stream; nothing here raises.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest.decode import decode_text, looks_binary
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.feeds import looks_like_feed, read_feed
from crosscheck.ingest.files import (
    GZIP_MAGIC,
    file_lines,
    iter_input_files,
    read_head,
    read_whole,
)
from crosscheck.ingest.jsonrecords import (
    DEFAULT_FIELDS,
    FieldMap,
    read_json,
    read_jsonl,
    record_to_document,
)
from crosscheck.ingest.limits import DEFAULT_LIMITS, ReadLimits, cap_records
from crosscheck.ingest.warc import read_warc
from crosscheck.ingest.web import HTML_TYPES, FetchedPage, Fetcher, FetchOptions

__all__ = [
    "FieldMap",
    "RawDocument",
    "ReadLimits",
    "decode_text",
    "expand_inputs",
    "is_url",
    "iter_input_files",
    "read_inputs",
    "read_path",
    "read_url",
    "record_to_document",
    "sniff_format",
]

HEAD_BYTES = 8192
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})

ReadProgress = Callable[[int, int], None]


def is_url(value: str | Path) -> bool:
    """True for an http(s) URL given as a string (a Path cannot hold one intact)."""
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def expand_inputs(
    inputs: Sequence[str | Path], exclude: Collection[Path] = ()
) -> list[str | Path | InputError]:
    """URLs as they are, files named, and the files under folders named, in order; nothing at
    or under an `exclude` path (crosscheck's own output folder and store). A subfolder that
    cannot be listed is an InputError in the list."""
    expanded: list[str | Path | InputError] = []
    for value in inputs:
        if is_url(value):
            expanded.append(str(value).strip())
        else:
            expanded.extend(iter_input_files([Path(value)], exclude))
    return expanded


def read_inputs(
    inputs: Sequence[str | Path],
    fields: FieldMap = DEFAULT_FIELDS,
    *,
    fetch: FetchOptions | None = None,
    progress: ReadProgress | None = None,
    exclude: Collection[Path] = (),
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[RawDocument | InputError]:
    """Raw documents from files, folders (recursive) and URLs; an InputError per bad item.

    `progress(done, total)` is called after each file or URL. Nothing at or under an
    `exclude` path is read, even when named.
    """
    expanded = expand_inputs(inputs, exclude)
    with Fetcher(fetch) as fetcher:
        for done, one in enumerate(expanded, start=1):
            if isinstance(one, InputError):
                yield one
            elif isinstance(one, Path):
                yield from read_path(one, fields, fetcher=fetcher, limits=limits)
            else:
                yield from read_url(one, fields, fetcher, limits=limits)
            if progress is not None:
                progress(done, len(expanded))


def read_path(
    path: Path,
    fields: FieldMap = DEFAULT_FIELDS,
    *,
    fetcher: Fetcher | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[RawDocument | InputError]:
    """Raw documents in one file; a bad file or record yields an InputError, never raises.

    Only regular files are opened. `fetcher` is used only to follow feed entry links, when
    its options allow it.
    """
    item = str(path)
    yield from cap_records(_read_path(path, item, fields, fetcher, limits), item, limits)


def _read_path(
    path: Path, item: str, fields: FieldMap, fetcher: Fetcher | None, limits: ReadLimits
) -> Iterator[RawDocument | InputError]:
    try:
        head = read_head(path, HEAD_BYTES)
        fmt = sniff_format(path, head)
        if fmt == "warc":
            yield from read_warc(path, limits=limits)
            return
        if fmt != "html" and looks_binary(head):
            raise InputError(item, "binary content, not text")
        if fmt == "jsonl":
            lines = file_lines(path, limits.item_bytes, limits.file_bytes)
            yield from read_jsonl(lines, item, item, fields, limits.item_bytes)
            return
        data = read_whole(path, limits.item_bytes)
    except InputError as exc:
        yield exc
        return
    yield from _read_document(data, fmt, item, fields, path=item, fetcher=fetcher, limits=limits)


def read_url(
    url: str,
    fields: FieldMap = DEFAULT_FIELDS,
    fetcher: Fetcher | None = None,
    *,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[RawDocument | InputError]:
    """Raw documents behind one URL (a page, a feed, text or JSON); InputError on failure."""
    own = fetcher is None
    client = fetcher or Fetcher()
    try:
        page = client.fetch(url)
        data = page.data
        if data.startswith(GZIP_MAGIC):
            data = _gunzip(data, url, min(limits.item_bytes, client.options.max_bytes))
        fmt = _page_format(page, data)
        documents = _read_document(
            data,
            fmt,
            url,
            fields,
            url=page.final_url,
            fetcher=client,
            declared=page.charset,
            limits=limits,
        )
        yield from cap_records(documents, url, limits)
    except InputError as exc:
        yield exc
    finally:
        if own:
            client.close()


def sniff_format(path: str | Path, head: bytes) -> str:
    """The input format from the (decompressed) content first, the file name second."""
    name = Path(path).name.lower().removesuffix(".gz")
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    start = head.lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start or b"<head" in start:
        return "html"
    if start.startswith(b"{"):
        if Path(name).suffix in (".jsonl", ".ndjson"):
            return "jsonl"
        first, newline, rest = head.strip().partition(b"\n")
        return (
            "jsonl"
            if newline and first.rstrip().endswith(b"}") and rest.lstrip()[:1] == b"{"
            else "json"
        )
    if start.startswith(b"["):
        return "json"
    return SUFFIX_FORMATS.get(Path(name).suffix, "txt")


def _read_document(
    data: bytes,
    fmt: str,
    item: str,
    fields: FieldMap,
    *,
    path: str | None = None,
    url: str | None = None,
    fetcher: Fetcher | None = None,
    declared: str | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[RawDocument | InputError]:
    """The documents in one whole item already in memory."""
    origin = path or url or item
    if fmt == "feed":
        yield from read_feed(
            data, item, path=path, url=url, fetcher=fetcher, max_entries=limits.records_per_file
        )
        return
    if fmt == "jsonl":
        lines = ((n, line) for n, line in enumerate(data.splitlines(), start=1) if line.strip())
        yield from read_jsonl(lines, item, origin, fields, limits.item_bytes)
        return
    try:
        text, encoding = decode_text(data, item, declared)
    except InputError as exc:
        yield exc
        return
    if fmt == "json":
        yield from read_json(text, item, origin, fields, encoding)
        return
    yield RawDocument(
        item=item, format=fmt, content=text, path=path, url=url, extra={"encoding": encoding}
    )


def _gunzip(data: bytes, item: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (EOFError, zlib.error, OSError) as exc:
        raise InputError(item, f"corrupt or truncated gzip: {exc}") from exc
    if len(out) > limit:
        raise LimitError(item, f"too large once decompressed (limit {limit:,} bytes)")
    return out


def _page_format(page: FetchedPage, data: bytes) -> str:
    """The format of a fetched body: from the content type, sniffed when that is generic."""
    media_type = page.content_type
    if media_type in HTML_TYPES:
        return "html"
    if media_type in _FEED_TYPES:
        return "feed"
    generic = media_type in ("", "application/octet-stream", "application/xml")
    if not (generic or media_type.startswith("text/") or media_type.endswith(("json", "xml"))):
        raise InputError(page.url, f"unsupported content type {media_type}")
    fmt = sniff_format(urlsplit(page.final_url).path or "index", data[:HEAD_BYTES])
    if fmt == "warc":
        raise InputError(page.url, "WARC archive served over HTTP: download it and read the file")
    if fmt != "html" and looks_binary(data[:HEAD_BYTES]):
        raise InputError(page.url, f"binary content ({media_type or 'no content type'}), not text")
    return fmt
