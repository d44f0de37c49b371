"""Input discovery and dispatch: files, folders and URLs to raw documents, one error per bad item.

Formats are sniffed from the content (gzip is transparent), the file name second: plain text,
HTML, JSON, JSON Lines, RSS/Atom/RDF feeds (`feeds`) and WARC/ARC archives (`warc`). URLs are
fetched by `web`. Every bad item becomes an InputError in the stream; nothing here raises.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from crosscheck.errors import InputError
from crosscheck.ingest.decode import decode_bytes, looks_binary
from crosscheck.ingest.web import HTML_TYPES, FetchedPage, Fetcher, FetchOptions

MAX_ITEM_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 8192
GZIP_MAGIC = b"\x1f\x8b"
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
_UNICODE = frozenset({"ascii", "utf-8", "utf_8", "utf-8-sig", "utf_8_sig", "utf-16", "utf_16"})

ReadProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item before cleaning: text or HTML plus whatever metadata the input gave."""

    item: str
    format: str
    content: str
    path: str | None = None
    url: str | None = None
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which JSON fields hold what; lets users read any news API export."""

    text: tuple[str, ...] = ("text", "body", "content", "article", "maintext")
    html: tuple[str, ...] = ("html", "raw_html")
    id: tuple[str, ...] = ("id", "doc_id", "uuid", "guid")
    url: tuple[str, ...] = ("url", "link", "canonical_url")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = (
        "published",
        "date",
        "published_at",
        "publishedAt",
        "pubdate",
        "date_publish",
    )
    source: tuple[str, ...] = ("source", "outlet", "site_name", "publisher", "source_domain")
    author: tuple[str, ...] = ("author", "authors", "byline")


def is_url(value: str | Path) -> bool:
    """True for an http(s) URL given as a string (a Path cannot hold one intact)."""
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def expand_inputs(inputs: Sequence[str | Path], exclude: Collection[Path] = ()) -> list[str | Path]:
    """URLs as they are, files named, and the files under folders named, in order; nothing at
    or under an `exclude` path (crosscheck's own output folder and store)."""
    expanded: list[str | Path] = []
    for value in inputs:
        if is_url(value):
            expanded.append(str(value).strip())
        else:
            expanded.extend(iter_input_files([Path(value)], exclude))
    return expanded


def read_inputs(
    inputs: Sequence[str | Path],
    fields: FieldMap = FieldMap(),
    *,
    fetch: FetchOptions | None = None,
    progress: ReadProgress | None = None,
    exclude: Collection[Path] = (),
) -> Iterator[RawDocument | InputError]:
    """Raw documents from files, folders (recursive) and URLs; an InputError per bad item.

    `progress(done, total)` is called after each file or URL. Nothing at or under an
    `exclude` path is read, even when named.
    """
    expanded = expand_inputs(inputs, exclude)
    with Fetcher(fetch) as fetcher:
        for done, one in enumerate(expanded, start=1):
            if isinstance(one, Path):
                yield from read_path(one, fields, fetcher=fetcher)
            else:
                yield from read_url(one, fields, fetcher)
            if progress is not None:
                progress(done, len(expanded))


def _is_excluded(path: Path, excluded: Collection[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == e or e in resolved.parents for e in excluded)


def iter_input_files(paths: Sequence[Path], exclude: Collection[Path] = ()) -> Iterator[Path]:
    """Files named, and files under folders named (sorted; hidden files and everything inside
    hidden folders skipped); nothing at or under an `exclude` path."""
    excluded = {e.resolve() for e in exclude}
    for path in paths:
        if _is_excluded(path, excluded):
            continue
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(p.startswith(".") for p in child.relative_to(path).parts)
                if child.is_file() and not hidden and not _is_excluded(child, excluded):
                    yield child
        else:
            yield path


def read_path(
    path: Path, fields: FieldMap = FieldMap(), *, fetcher: Fetcher | None = None
) -> Iterator[RawDocument | InputError]:
    """Raw documents in one file; a bad file or record yields an InputError, never raises.

    `fetcher` is used only to follow feed entry links, when its options allow it.
    """
    item = str(path)
    try:
        if not path.exists():
            raise InputError(item, "no such file")
        head = _read_file(path, HEAD_BYTES, head=True)
        fmt = sniff_format(path, head)
        if fmt == "warc":
            from crosscheck.ingest.warc import read_warc  # here: warc imports this module

            yield from read_warc(path, max_bytes=MAX_ITEM_BYTES)
            return
        if fmt != "html" and looks_binary(head):
            raise InputError(item, "binary content, not text")
        if fmt == "jsonl":
            yield from _read_jsonl(_file_lines(path), item, item, fields)
            return
        size = path.stat().st_size
        if size > MAX_ITEM_BYTES:
            raise InputError(item, f"file too large ({size:,} bytes; limit {MAX_ITEM_BYTES:,})")
        data = _read_file(path, MAX_ITEM_BYTES + 1)
        if len(data) > MAX_ITEM_BYTES:
            raise InputError(item, f"too large once decompressed (limit {MAX_ITEM_BYTES:,} bytes)")
    except InputError as exc:
        yield exc
        return
    yield from _read_document(data, fmt, item, fields, path=item, fetcher=fetcher)


def read_url(
    url: str, fields: FieldMap = FieldMap(), fetcher: Fetcher | None = None
) -> Iterator[RawDocument | InputError]:
    """Raw documents behind one URL (a page, a feed, text or JSON); InputError on failure."""
    own = fetcher is None
    client = fetcher or Fetcher()
    try:
        page = client.fetch(url)
        data = _gunzip(page.data, url) if page.data.startswith(GZIP_MAGIC) else page.data
        fmt = _page_format(page, data)
        yield from _read_document(
            data, fmt, url, fields, url=page.final_url, fetcher=client, declared=page.charset
        )
    except InputError as exc:
        yield exc
    finally:
        if own:
            client.close()


def sniff_format(path: str | Path, head: bytes) -> str:
    """The input format from the (decompressed) content first, the file name second."""
    from crosscheck.ingest.feeds import looks_like_feed  # here: feeds imports this module

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


def decode_text(data: bytes, item: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding used). Raises ExtractionError for empty or binary.

    A file that mixes UTF-8 lines with lines in a legacy encoding (text pasted together from
    several sources) is decoded line by line; the encoding then reads e.g.
    "mixed: utf-8, cp1256 on lines 3-4".
    """
    text, encoding = decode_bytes(data, item, declared)
    if declared or encoding.lower() in _UNICODE:
        return text, encoding
    lines = data.splitlines(keepends=True)
    utf8 = [_is_utf8(line) for line in lines]
    legacy_part = b"".join(line for ok, line in zip(utf8, lines, strict=True) if not ok)
    legacy = _legacy_encoding(legacy_part, encoding)
    if not any(ok and not line.isascii() for ok, line in zip(utf8, lines, strict=True)):
        return data.decode(legacy, errors="replace"), legacy
    parts = [
        line.decode("utf-8") if ok else line.decode(legacy, errors="replace")
        for ok, line in zip(utf8, lines, strict=True)
    ]
    legacy_lines = [number for number, ok in enumerate(utf8, start=1) if not ok]
    return "".join(parts), f"mixed: utf-8, {legacy} on lines {_ranges(legacy_lines)}"


def _legacy_encoding(data: bytes, default: str) -> str:
    """The detected single-byte encoding; cp1252 when it fits as well as the best guess.

    On short Western text the detector cannot tell cp1252 from cp1250 or cp1257; cp1252
    (which browsers use for latin-1 too) is by far the most common of them.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return default
    tied = {
        name
        for match in matches
        if match.chaos <= matches[0].chaos
        for name in match.could_be_from_charset
    }
    return "cp1252" if "cp1252" in tied else matches[0].encoding


def record_to_document(
    record: object, item: str, path: str, fields: FieldMap = FieldMap()
) -> RawDocument:
    """One JSON record to a raw document; InputError when it has no text or HTML."""
    if not isinstance(record, dict):
        raise InputError(item, f"expected a JSON object, got {type(record).__name__}")
    html = _first(record, fields.html)
    text = _first(record, fields.text)
    if not (text and text.strip()) and not (html and html.strip()):
        raise InputError(
            item, f"record has no text (looked for fields {fields.text + fields.html})"
        )
    return RawDocument(
        item=item,
        format="html" if html and not text else "txt",
        content=(text if text and text.strip() else html) or "",
        path=path,
        url=_first(record, fields.url),
        source_id=_first(record, fields.id),
        title=_first(record, fields.title),
        published=_first(record, fields.published),
        outlet=_first(record, fields.source),
        author=_first(record, fields.author),
    )


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
) -> Iterator[RawDocument | InputError]:
    """The documents in one whole item already in memory."""
    origin = path or url or item
    if fmt == "feed":
        from crosscheck.ingest.feeds import read_feed  # here: feeds imports this module

        yield from read_feed(data, item, path=path, url=url, fetcher=fetcher)
        return
    if fmt == "jsonl":
        yield from _read_jsonl(enumerate(data.splitlines(), start=1), item, origin, fields)
        return
    try:
        text, encoding = decode_text(data, item, declared)
    except InputError as exc:
        yield exc
        return
    if fmt == "json":
        yield from _read_json(text, item, origin, fields, encoding)
        return
    yield RawDocument(
        item=item, format=fmt, content=text, path=path, url=url, extra={"encoding": encoding}
    )


def _read_json(
    text: str, item: str, origin: str, fields: FieldMap, encoding: str
) -> Iterator[RawDocument | InputError]:
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(item, f"invalid JSON: {exc}")
        return
    records = loaded if isinstance(loaded, list) else [loaded]
    for number, record in enumerate(records, start=1):
        try:
            document = record_to_document(record, f"{item}#{number}", origin, fields)
        except InputError as exc:
            yield exc
            continue
        yield replace(document, extra={"encoding": encoding})


def _read_jsonl(
    lines: Iterable[tuple[int, bytes | None]], item: str, origin: str, fields: FieldMap
) -> Iterator[RawDocument | InputError]:
    """One document per JSON line; each line is decoded on its own (files may mix encodings)."""
    for number, raw in lines:
        line_item = f"{item}:{number}"
        if raw is None:
            yield InputError(line_item, f"line too long (limit {MAX_ITEM_BYTES:,} bytes)")
            continue
        if not raw.strip():
            continue
        try:
            text, encoding = decode_text(raw, line_item)
            document = record_to_document(json.loads(text), line_item, origin, fields)
        except json.JSONDecodeError as exc:
            yield InputError(line_item, f"invalid JSON line: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield exc
        else:
            yield replace(document, extra={"encoding": encoding})


def _file_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a possibly gzipped file, streamed; None for an overlong line.

    Raises InputError for a truncated gzip stream (the lines before it have been yielded).
    """
    try:
        with _open(path) as stream:
            number = 0
            while line := stream.readline(MAX_ITEM_BYTES + 1):
                number += 1
                if len(line) > MAX_ITEM_BYTES and not line.endswith(b"\n"):
                    while (rest := stream.readline(HEAD_BYTES)) and not rest.endswith(b"\n"):
                        pass
                    yield number, None
                else:
                    yield number, line
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(str(path), f"corrupt or truncated gzip: {exc}") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from exc


def _open(path: Path) -> gzip.GzipFile | io.BufferedReader:
    raw = path.open("rb")
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")
    raw.seek(0)
    return raw


def _read_file(path: Path, limit: int, *, head: bool = False) -> bytes:
    """Up to `limit` bytes of the file, decompressed when it is gzip.

    With `head`, a truncated gzip stream still gives the bytes before the cut (enough to
    sniff the format; the archive reader then reports the truncation with its record number).
    """
    chunks: list[bytes] = []
    size = 0
    try:
        with _open(path) as stream:
            if not head:
                return stream.read(limit)
            while size < limit and (chunk := stream.read1(limit - size)):
                chunks.append(chunk)
                size += len(chunk)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        if not (head and chunks):
            raise InputError(str(path), f"corrupt or truncated gzip: {exc}") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from exc
    return b"".join(chunks)


def _gunzip(data: bytes, item: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_ITEM_BYTES + 1)
    except (EOFError, zlib.error, OSError) as exc:
        raise InputError(item, f"corrupt or truncated gzip: {exc}") from exc
    if len(out) > MAX_ITEM_BYTES:
        raise InputError(item, f"too large once decompressed (limit {MAX_ITEM_BYTES:,} bytes)")
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


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] -> "3-5, 9"; at most five ranges are named."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    named = [f"{a}-{b}" if a != b else str(a) for a, b in spans[:5]]
    return ", ".join(named) + (", ..." if len(spans) > 5 else "")


def _first(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return str(value)
    return None
