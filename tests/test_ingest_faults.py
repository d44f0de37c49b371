"""Hostile inputs: every fault of issue #9 as a test. Each ends as one clear per-item rejection
(or a clean reading), never a crash, a hang or unbounded memory.

Files are written in tmp_path; the slow servers run on 127.0.0.1 in a thread and stop by
themselves; where the network is not the point, an httpx MockTransport answers instead.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest import limits
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.controls import has_controls
from crosscheck.ingest.decode import decode_bytes
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.sources import ReadLimits, read_inputs, read_path, read_url
from crosscheck.ingest.web import Fetcher, FetchOptions
from crosscheck.pipeline import ingest
from local_server import serve

BODY = (
    "The foreign ministers of Turkey and Ukraine agreed on Monday to reopen a grain corridor "
    "through the Black Sea, officials in Ankara said after several hours of talks. "
    "A Turkish official said the first shipments could resume within two weeks."
)
RECORD = json.dumps({"text": BODY, "title": "Grain deal"}).encode() + b"\n"


def split(items: list[RawDocument | InputError]) -> tuple[list[RawDocument], list[InputError]]:
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


# --- long articles ---------------------------------------------------------------------------


def test_article_over_the_character_cap_is_rejected_whole_with_its_size() -> None:
    size = limits.MAX_ARTICLE_CHARS + 1
    raw = RawDocument(item="long.txt", format="txt", content=("word " * size)[:size])
    with pytest.raises(LimitError) as caught:
        clean_document(raw)
    assert caught.value.item == "long.txt"
    assert f"{size:,} characters" in caught.value.reason
    assert f"cap {limits.MAX_ARTICLE_CHARS:,}" in caught.value.reason


def test_one_line_text_over_the_cap_is_a_rejection_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_huge.txt").write_text("x" * 4_900_000)  # one line, no spaces
    (tmp_path / "b_story.txt").write_text("Talks in Geneva\n" + BODY)
    result = ingest([tmp_path])
    assert [a.path for a in result.articles] == [str(tmp_path / "b_story.txt")]
    (rejection,) = result.rejected
    assert rejection.stage == "clean" and "4,900,000 characters" in rejection.reason


# --- JSON Lines: bytes, records and rejections per file ----------------------------------------


def test_jsonl_padding_stops_at_the_byte_cap_and_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "padded.jsonl.gz"
    path.write_bytes(gzip.compress(RECORD + b" " * 3_000_000 + b"\n" + RECORD))
    items = list(read_path(path, limits=ReadLimits(file_bytes=2_000_000)))
    docs, errors = split(items)
    assert [d.item for d in docs] == [f"{path}:1"]
    (error,) = errors
    assert isinstance(error, LimitError) and error.item == str(path)
    assert "more than 2,000,000 bytes once decompressed" in error.reason


def test_blank_line_padding_is_skipped_in_bulk_with_true_line_numbers(tmp_path: Path) -> None:
    # 40 million blank lines: a Python loop per line would take many seconds.
    member = gzip.compress(b"\n" * 10_000_000)
    path = tmp_path / "blank.jsonl.gz"
    path.write_bytes(gzip.compress(RECORD) + member * 4 + gzip.compress(b"  \t" + RECORD))
    docs, errors = split(list(read_path(path)))
    assert not errors
    assert [d.item for d in docs] == [f"{path}:1", f"{path}:40000002"]


def test_bad_lines_are_listed_up_to_the_cap_then_summed_up(tmp_path: Path) -> None:
    path = tmp_path / "empty-objects.jsonl.gz"
    path.write_bytes(gzip.compress(b"{}\n" * 5_000 + RECORD))
    docs, errors = split(list(read_path(path, limits=ReadLimits(rejections_per_file=100))))
    assert [d.item for d in docs] == [f"{path}:5001"]
    assert len(errors) == 101
    assert all("record has no text" in e.reason for e in errors[:100])
    assert errors[-1].item == str(path)
    assert errors[-1].reason.startswith("… and 4,900 more bad records")


def test_records_stop_at_the_cap_with_one_rejection_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_bytes(
        b"".join(json.dumps({"text": f"{BODY} {n}"}).encode() + b"\n" for n in range(50))
    )
    docs, errors = split(list(read_path(path, limits=ReadLimits(records_per_file=20))))
    assert len(docs) == 20
    (error,) = errors
    assert "more than 20 records" in error.reason and "not read" in error.reason


def test_million_empty_objects_gzipped_end_with_few_rejections(tmp_path: Path) -> None:
    path = tmp_path / "objects.jsonl.gz"
    path.write_bytes(gzip.compress(b"{}\n" * 1_000_000))
    started = time.perf_counter()
    errors = list(read_path(path))
    assert time.perf_counter() - started < 20  # generous: it used to die of MemoryError
    assert len(errors) == limits.MAX_REJECTIONS_PER_FILE + 2
    assert "more than 50,000 records" in errors[-2].reason
    assert errors[-1].reason.startswith(f"… and {50_000 - limits.MAX_REJECTIONS_PER_FILE:,} more")


def test_overlong_line_inside_gzip_is_one_error_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl.gz"
    long_line = json.dumps({"text": "y" * 3_000_000}).encode() + b"\n"
    path.write_bytes(gzip.compress(RECORD + long_line + RECORD))
    docs, errors = split(list(read_path(path, limits=ReadLimits(item_bytes=1_000_000))))
    assert [d.item for d in docs] == [f"{path}:1", f"{path}:3"]
    (error,) = errors
    assert error.item == f"{path}:2" and "line too long (limit 1,000,000 bytes)" in error.reason


def test_deeply_nested_json_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    _, errors = split(list(read_inputs([tmp_path])))
    assert len(errors) == 2
    assert all("nested too deeply" in e.reason for e in errors)


def test_deeply_nested_html_is_named_as_such(tmp_path: Path) -> None:
    deep = "<div>" * 100_000 + f"<p>{BODY}</p>" + "</div>" * 100_000
    (tmp_path / "deep.html").write_text(f"<html><body>{deep}</body></html>")
    result = ingest([tmp_path])
    (rejection,) = result.rejected
    assert "nested too deeply" in rejection.reason and "no article text" not in rejection.reason


# --- files that are not regular, links, folders ------------------------------------------------


def test_named_pipe_is_rejected_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "story.txt").write_text(BODY)
    started = time.perf_counter()
    named = list(read_path(fifo))
    in_folder = list(read_inputs([tmp_path]))
    assert time.perf_counter() - started < 5  # opening it for reading would block forever
    (error,) = named
    assert "named pipe" in error.reason and "not a regular file" in error.reason
    docs, errors = split(in_folder)
    assert len(docs) == 1 and [e.item for e in errors] == [str(fifo)]


def test_socket_and_device_are_rejected(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock"))
        (sock_error,) = list(read_path(tmp_path / "sock"))
    (device_error,) = list(read_path(Path("/dev/zero")))
    assert "a socket, not a regular file" in sock_error.reason
    assert "a character device, not a regular file" in device_error.reason


def test_symlink_loop_and_broken_link_have_honest_reasons(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "gone").symlink_to(tmp_path / "missing.txt")
    reasons = {Path(e.item).name: e.reason for e in split(list(read_inputs([tmp_path])))[1]}
    assert "symbolic link loop" in reasons["a"] and "symbolic link loop" in reasons["b"]
    assert "broken symbolic link" in reasons["gone"] and "missing.txt" in reasons["gone"]
    (named,) = list(read_path(tmp_path / "a"))
    assert "no such file" not in named.reason


def test_link_to_a_folder_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text(BODY)
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "back").symlink_to(tmp_path / "top")
    (error,) = list(read_inputs([tmp_path / "top"]))
    assert isinstance(error, InputError) and "symbolic link to a folder" in error.reason


def test_unreadable_subfolder_is_a_rejection_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-from-us.txt").write_text(BODY)
    (tmp_path / "story.txt").write_text(BODY)
    real_scandir = os.scandir

    def scandir(path: str) -> object:  # root can read any folder: refuse as the OS would
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, errors = split(list(read_inputs([tmp_path])))
    assert len(docs) == 1
    (error,) = errors
    assert error.item == str(locked) and "folder cannot be read: Permission denied" in error.reason


# --- WARC ------------------------------------------------------------------------------------


def _warc_with_bad_length(length: str) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    html = f"<html><head><title>Grain</title></head><body><article><p>{BODY}</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://example.org/a",
        "response",
        payload=io.BytesIO(html.encode()),
        http_headers=headers,
    )
    writer.write_record(record)
    bad = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/b\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + length.encode() + b"\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>x</html>\r\n\r\n"
    )
    return out.getvalue() + bad


@pytest.mark.parametrize("length", ["9" * 30, str(10**15)])
def test_warc_record_with_absurd_content_length_is_rejected(tmp_path: Path, length: str) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_with_bad_length(length))
    docs, errors = split(list(read_path(path)))
    assert [d.url for d in docs] == ["https://example.org/a"]
    (error,) = errors
    assert isinstance(error, LimitError) and error.item == f"{path}#2"
    assert "absurd Content-Length" in error.reason


def test_warc_over_the_byte_cap_stops_with_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(_warc_with_bad_length("5")))
    _, errors = split(list(read_path(path, limits=ReadLimits(file_bytes=200))))
    (error,) = errors
    assert "more than 200 bytes once decompressed" in error.reason


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, codec: str) -> None:
    text = "Réunion à Genève — محادثات\n" + BODY
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    (doc,) = list(read_path(path))
    assert isinstance(doc, RawDocument) and doc.content == text


def test_declared_legacy_charset_loses_to_valid_utf8() -> None:
    data = "Gespräche in Zürich — “erste Runde”".encode()
    text, encoding = decode_bytes(data, "x", "iso-8859-1")
    assert text == "Gespräche in Zürich — “erste Runde”"
    assert encoding == "utf-8 (declared iso-8859-1 ignored: the bytes are UTF-8)"
    latin = "Gespräche in Zürich".encode("latin-1")
    assert decode_bytes(latin, "x", "iso-8859-1") == ("Gespräche in Zürich", "iso-8859-1")


def test_fetched_page_with_a_wrong_charset_is_read_as_utf8() -> None:
    page = f"Gespräche in Zürich\n{BODY}".encode()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(
            200, content=page, headers={"Content-Type": "text/plain; charset=iso-8859-1"}
        )

    with Fetcher(transport=httpx.MockTransport(answer)) as fetcher:
        (doc,) = list(read_url("https://news.example/story.txt", fetcher=fetcher))
    assert isinstance(doc, RawDocument) and doc.content.startswith("Gespräche in Zürich")
    assert doc.extra["encoding"].startswith("utf-8 (declared iso-8859-1 ignored")


# --- control characters ------------------------------------------------------------------------


def test_control_and_bidi_characters_are_stripped_and_counted() -> None:
    text = f"Talks\x1b[31m in Geneva\x07\n{BODY}\u202e reversed\u202c\nوزير\u200f الخارجية"
    raw = RawDocument(
        item="x",
        format="txt",
        content=text,
        title="Grain\x1b deal",
        outlet="\u202eswen",
        author="A\x00B",
    )
    article = clean_document(raw)
    assert not has_controls(article.text) and "\u200f" in article.text  # marks are kept
    assert "Talks[31m in Geneva" in article.text and "reversed" in article.text
    assert (article.title, article.outlet, article.author) == ("Grain deal", "swen", "AB")
    removed = {r.reason.split(" ")[0]: r for r in article.removed}
    assert removed["control"].text == "U+001B ×1, U+0007 ×1" and removed["control"].line == 1
    assert removed["bidirectional"].text == "U+202E ×1, U+202C ×1"
    assert removed["bidirectional"].line == 2


# --- URLs: a deadline for the whole URL ----------------------------------------------------------


class _SlowHandler(BaseHTTPRequestHandler):
    stop: threading.Event

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/hop"):
            hops = int(self.path.removeprefix("/hop") or 0)
            self.stop.wait(0.3)
            self.send_response(302)
            self.send_header("Location", f"/hop{hops - 1}" if hops > 1 else "/drip")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "400")
        self.end_headers()
        try:
            if self.path == "/stall":  # a few bytes, then nothing for a long time
                self.wfile.write(b"Talks")
                self.wfile.flush()
                self.stop.wait(20)
                return
            if self.path == "/late-stall":  # drips until just before the deadline, then stalls
                for _ in range(9):
                    self.stop.wait(0.3)
                    self.wfile.write(b"x")
                    self.wfile.flush()
                self.stop.wait(20)
                return
            for _ in range(400):  # one byte every 50 ms: 20 s in all
                if self.stop.wait(0.05):
                    return
                self.wfile.write(b"x")
                self.wfile.flush()
        except OSError:  # the client hung up: what the deadline is for
            return


@pytest.fixture
def slow_site() -> Iterator[str]:
    yield from serve(_SlowHandler)


@pytest.mark.parametrize("path", ["/drip", "/stall", "/hop4"])
def test_timeout_is_a_deadline_for_the_whole_url(slow_site: str, path: str) -> None:
    started = time.perf_counter()
    (error,) = list(read_inputs([slow_site + path], fetch=FetchOptions(timeout=1.0)))
    elapsed = time.perf_counter() - started
    assert isinstance(error, InputError) and "timed out" in error.reason
    assert elapsed < 6  # generous; the server would take 20 s (or 1.2 s of redirects, then 20 s)


@pytest.mark.parametrize("kind", ["json", "feed"])
def test_json_arrays_and_feeds_stop_at_the_record_cap(tmp_path: Path, kind: str) -> None:
    if kind == "json":
        path = tmp_path / "export.json"
        path.write_text(json.dumps([{"text": f"{BODY} {n}"} for n in range(30)]))
    else:
        path = tmp_path / "feed.xml"
        entries = "".join(
            f"<item><title>T{n}</title><description>{BODY} {n}</description></item>"
            for n in range(30)
        )
        path.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>'
        )
    docs, errors = split(list(read_path(path, limits=ReadLimits(records_per_file=10))))
    assert len(docs) == 10
    (error,) = errors
    assert error.item == str(path) and "more than 10 records" in error.reason


def test_a_read_stalled_just_before_the_deadline_still_ends_at_it(slow_site: str) -> None:
    # Each read may wait as long as the time left when the request began (3 s): without the
    # watchdog the last read, begun at 2.7 s, would end near 5.7 s.
    started = time.perf_counter()
    (error,) = list(read_inputs([slow_site + "/late-stall"], fetch=FetchOptions(timeout=3.0)))
    assert isinstance(error, InputError) and "timed out" in error.reason
    assert time.perf_counter() - started < 4.6
