"""WARC and ARC archives (gzipped or not): one raw document per archived HTML page (warcio).

What becomes an article: a `response` record (or a `resource` record, a capture without HTTP
headers) whose content type is HTML and whose HTTP status is 200.

Skipped silently (counted in `WarcStats.skipped`), because they are not articles:
- `warcinfo`, `request`, `metadata`, `revisit` and `conversion` records: crawl bookkeeping,
  the request sent, crawler notes, and deduplication pointers with no payload;
- responses that are not HTML (images, scripts, style sheets, PDFs, JSON) and `dns:` records.

Reported as an InputError (and counted): an HTML response whose status is not 200 (redirects,
error pages: their HTML is not the article) or is unreadable ("2OO"), an HTML payload over
the size limit, and a truncated or corrupt archive (the error names the record number
reached; reading stops there).
A record whose Content-Length is absurd (over the file cap, or too big to be a number at all)
and an archive over the cap on decompressed bytes stop reading the same way (`limits`).

The WARC-Date is the capture time, not a publication date; it is kept as `extra["captured"]`
and never used as `published`.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest.decode import decode_bytes
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.files import check_regular
from crosscheck.ingest.limits import DEFAULT_LIMITS, ReadLimits
from crosscheck.ingest.web import HTML_TYPES

LOGGER = logging.getLogger(__name__)
_BLOCK = 64 * 1024
_ARTICLE_RECORDS = ("response", "resource")


@dataclass(slots=True)
class WarcStats:
    """What one archive held: records read, articles yielded, and skipped records by reason."""

    records: int = 0
    articles: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


class _Truncated(Exception):
    """Raised through warcio, which would take a plain EOFError for a clean end of archive."""


class _OverCap(Exception):
    """Raised through warcio when the archive holds more decompressed bytes than the cap."""


class _Capped:
    """A reader that counts the bytes it gives and raises _OverCap past `limit`."""

    def __init__(self, stream: Any, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._total = 0

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._stream.read(size)
        self._total += len(data)
        if self._total > self._limit:
            raise _OverCap(f"more than {self._limit:,} bytes once decompressed (cap)")
        return data

    def tell(self) -> int:
        return self._total


class _StrictGzip:
    """A decompressing reader that reports a truncated or corrupt gzip stream as _Truncated."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw)

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: a short read, so the data before a truncation point is not lost
            return self._gzip.read1(size)
        except (EOFError, OSError, zlib.error) as exc:
            raise _Truncated(f"gzip stream: {exc}") from exc

    def tell(self) -> int:
        return self._gzip.tell()


def read_warc(
    path: Path, *, limits: ReadLimits = DEFAULT_LIMITS, stats: WarcStats | None = None
) -> Iterator[RawDocument | InputError]:
    """Raw HTML documents in a WARC or ARC file; see the module docstring for what is skipped."""
    stats = stats if stats is not None else WarcStats()
    try:
        check_regular(path)
        with path.open("rb") as raw:
            compressed = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream: Any = _StrictGzip(raw) if compressed else raw
            yield from _records(path, _Capped(stream, limits.file_bytes), limits, stats)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(path), f"cannot read file: {exc.strerror or exc}")
    LOGGER.info(
        "%s: %d records, %d HTML articles, skipped %s",
        path,
        stats.records,
        stats.articles,
        dict(stats.skipped) or "none",
    )


def _records(
    path: Path, stream: Any, limits: ReadLimits, stats: WarcStats
) -> Iterator[RawDocument | InputError]:
    reached = 1
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for number, record in enumerate(records, start=1):
            reached = stats.records = number
            item = f"{path}#{number}"
            if record.length is not None and record.length > limits.file_bytes:
                yield _absurd_length(path, number, f"{record.length:,} bytes")
                return
            result = _record(record, item, limits.item_bytes, stats)
            # Read what is left of the record now, so that a record cut short is noticed.
            while record.raw_stream.read(_BLOCK):
                pass
            if record.raw_stream.limit > 0:
                yield _truncated(path, number, "the record is shorter than its Content-Length")
                return
            if result is not None:
                yield result
            reached = number + 1
            records.read_to_end()  # the blank lines after it, and the next record's first line
    # warcio raises AttributeError on a record header cut off before its first line ends.
    except AttributeError:
        yield _truncated(path, reached, "incomplete record header")
        return
    except _OverCap as exc:
        yield LimitError(str(path), f"{exc}; stopped reading at record {reached}")
        return
    except OverflowError:  # a Content-Length too big for warcio to hold as a size
        yield _absurd_length(path, reached, "too big to be a size")
        return
    except (_Truncated, ArchiveLoadFailed, EOFError, ValueError, zlib.error) as exc:
        yield _truncated(path, reached, str(exc))
        return
    # warcio ends quietly when the next record's header is cut off; it has read its first line.
    if records.next_line:
        yield _truncated(path, reached, "incomplete record header")


def _truncated(path: Path, number: int, detail: str) -> InputError:
    return InputError(
        f"{path}#{number}", f"truncated or corrupt archive at record {number}: {detail}"
    )


def _absurd_length(path: Path, number: int, length: str) -> InputError:
    return LimitError(
        f"{path}#{number}",
        f"record {number} declares an absurd Content-Length ({length}); "
        "the rest of the archive cannot be found, so reading stops there",
    )


def _record(
    record: Any, item: str, max_bytes: int, stats: WarcStats
) -> RawDocument | InputError | None:
    kind: str = record.rec_type
    if kind not in _ARTICLE_RECORDS:
        stats.skipped[f"{kind} record"] += 1
        return None
    headers = record.http_headers
    source = headers if headers is not None else record.rec_headers
    content_type = source.get_header("Content-Type") or ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        stats.skipped["not HTML"] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = _status(headers)
    if status is None:
        stats.skipped["unreadable HTTP status"] += 1
        return InputError(
            item, f"unreadable HTTP status line {headers.statusline!r} for {url}: record skipped"
        )
    if status != 200:
        stats.skipped["HTML with status other than 200"] += 1
        return InputError(item, f"HTTP {status} response for {url}: not an article page")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        stats.skipped["too large"] += 1
        return InputError(item, f"HTML payload too large (more than {max_bytes:,} bytes)")
    try:
        text, encoding = decode_bytes(data, item, _charset(content_type))
    except InputError as exc:
        stats.skipped["undecodable"] += 1
        return exc
    stats.articles += 1
    extra = {"encoding": encoding}
    captured = record.rec_headers.get_header("WARC-Date")
    if captured:
        extra["captured"] = captured
    return RawDocument(
        item=item, format="html", content=text, path=item.rsplit("#", 1)[0], url=url, extra=extra
    )


def _status(headers: Any) -> int | None:
    """The HTTP status code (200 for a record without HTTP headers); None when unreadable."""
    if headers is None:
        return 200
    code = str(headers.get_statuscode() or "0").strip()
    # int() would also take "٢٠٠", "+200" or "2_00"; a status code is three ASCII digits
    return int(code) if code.isascii() and code.isdigit() and len(code) <= 3 else None


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
