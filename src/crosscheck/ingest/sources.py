"""Input discovery and readers: files and folders to raw documents, one error per bad item."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest.decode import decode_bytes, looks_binary

MAX_ITEM_BYTES = 20 * 1024 * 1024
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
}


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


def iter_input_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named, and files under folders named (sorted, hidden files skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.parts[-1:]):
                    yield child
        else:
            yield path


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(str(path), "no such file")
    size = path.stat().st_size
    if size > MAX_ITEM_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
        raise InputError(str(path), f"file too large ({size:,} bytes; limit {MAX_ITEM_BYTES:,})")
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(str(path), f"corrupt or truncated gzip: {exc}") from exc
    return data


def sniff_format(path: Path, data: bytes) -> str:
    """The input format from the content first, the file name second."""
    name = path.name.lower().removesuffix(".gz")
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "html"
    if head.startswith(b"{"):
        first_line = data.split(b"\n", 1)[0].strip()
        return "jsonl" if first_line.endswith(b"}") and b"\n{" in data.strip() else "json"
    if head.startswith(b"["):
        return "json"
    return SUFFIX_FORMATS.get(Path(name).suffix, "txt")


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


def read_path(path: Path, fields: FieldMap = FieldMap()) -> Iterator[RawDocument | InputError]:
    """Raw documents in one file; a bad file or record yields an InputError, never raises."""
    try:
        data = _read_bytes(path)
        fmt = sniff_format(path, data)
        if fmt != "html" and looks_binary(data):
            raise InputError(str(path), "binary content, not text")
    except InputError as exc:
        yield exc
        return
    if fmt in ("jsonl", "json"):
        yield from _read_json(path, data, fmt, fields)
        return
    try:
        text, _ = decode_bytes(data, str(path))
    except InputError as exc:
        yield exc
        return
    yield RawDocument(item=str(path), format=fmt, content=text, path=str(path))


def _read_json(
    path: Path, data: bytes, fmt: str, fields: FieldMap
) -> Iterator[RawDocument | InputError]:
    try:
        text, _ = decode_bytes(data, str(path))
    except InputError as exc:
        yield exc
        return
    if fmt == "json":
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(str(path), f"invalid JSON: {exc}")
            return
        records = loaded if isinstance(loaded, list) else [loaded]
        for i, record in enumerate(records, start=1):
            try:
                yield record_to_document(record, f"{path}#{i}", str(path), fields)
            except InputError as exc:
                yield exc
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{path}:{number}"
        try:
            yield record_to_document(json.loads(line), item, str(path), fields)
        except json.JSONDecodeError as exc:
            yield InputError(item, f"invalid JSON line: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield exc
