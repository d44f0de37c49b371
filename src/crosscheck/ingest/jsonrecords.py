"""JSON and JSON Lines records to raw documents, with the field names any news export uses."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest.decode import decode_text
from crosscheck.ingest.document import RawDocument


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


DEFAULT_FIELDS = FieldMap()
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def record_to_document(
    record: object, item: str, path: str, fields: FieldMap = DEFAULT_FIELDS
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


def parse_json(text: str, item: str) -> object:
    """The parsed JSON value; InputError for invalid JSON, LimitError for nesting deeper than
    Python allows or a number over its digit limit."""
    with _json_errors(item):
        return json.loads(text)


@contextmanager
def _json_errors(item: str) -> Iterator[None]:
    """Every way the json module fails on hostile text, as an InputError about `item`."""
    try:
        yield
    except json.JSONDecodeError as exc:
        raise InputError(item, f"invalid JSON: {exc}") from exc
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        raise LimitError(item, f"JSON value too large to read: {exc}") from exc
    except RecursionError as exc:
        raise LimitError(item, "JSON nested too deeply to read (over ~1,000 levels)") from exc


def read_json(
    text: str, item: str, origin: str, fields: FieldMap, encoding: str
) -> Iterator[RawDocument | InputError]:
    """One document per record of a JSON file (an object, or an array of objects).

    The items of an array are decoded one at a time, so that reading stops at the record
    cap without building the whole array (19 MB of "{}," would take 650 MB as one list);
    invalid JSON after some records ends the file with one InputError, the records before
    are kept.
    """
    try:
        for number, record in enumerate(_json_records(text, item), start=1):
            try:
                document = record_to_document(record, f"{item}#{number}", origin, fields)
            except InputError as exc:
                yield exc
                continue
            yield replace(document, extra={"encoding": encoding})
    except InputError as exc:
        yield exc


def _json_records(text: str, item: str) -> Iterator[object]:
    """The items of a top-level JSON array one by one, or the one value of the file."""
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        yield parse_json(text, item)
        return
    position = _skip_space(text, position + 1)
    while not text.startswith("]", position):
        with _json_errors(item):
            record, position = _DECODER.raw_decode(text, position)
        yield record
        position = _skip_space(text, position)
        if text.startswith(",", position):
            position = _skip_space(text, position + 1)
        elif not text.startswith("]", position):
            raise InputError(item, f"invalid JSON: expected ',' or ']' at character {position}")
    position = _skip_space(text, position + 1)
    if position < len(text):
        raise InputError(item, f"invalid JSON: extra data at character {position}")


def _skip_space(text: str, position: int) -> int:
    found = _SPACE.match(text, position)
    return found.end() if found else position


def read_jsonl(
    lines: Iterable[tuple[int, bytes | None]],
    item: str,
    origin: str,
    fields: FieldMap,
    line_limit: int,
) -> Iterator[RawDocument | InputError]:
    """One document per JSON line; each line is decoded on its own (files may mix encodings).

    A line given as None was over `line_limit` bytes. An error about the whole file raised
    by `lines` (truncated gzip, over the size cap) ends the stream as one InputError.
    """
    try:
        for number, raw in lines:
            yield _line_document(number, raw, item, origin, fields, line_limit)
    except InputError as exc:
        yield exc


def _line_document(
    number: int, raw: bytes | None, item: str, origin: str, fields: FieldMap, line_limit: int
) -> RawDocument | InputError:
    line_item = f"{item}:{number}"
    if raw is None:
        return LimitError(line_item, f"line too long (limit {line_limit:,} bytes)")
    try:
        text, encoding = decode_text(raw, line_item)
        document = record_to_document(json.loads(text), line_item, origin, fields)
    except json.JSONDecodeError as exc:
        return InputError(line_item, f"invalid JSON line: {exc.msg} at column {exc.colno}")
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        return LimitError(line_item, f"JSON value too large to read: {exc}")
    except RecursionError:
        return LimitError(line_item, "JSON nested too deeply to read (over ~1,000 levels)")
    except InputError as exc:
        return exc
    return replace(document, extra={"encoding": encoding})


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
