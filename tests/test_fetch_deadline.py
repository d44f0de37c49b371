"""`--timeout` is a hard deadline for the whole URL, headers and robots.txt included: a server
that sends its status line and then one header line at a time is cut off at the deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from crosscheck.errors import InputError
from crosscheck.ingest.web import Fetcher, FetchOptions
from crosscheck.pipeline import ingest
from local_server import serve

# A header line every quarter second for up to 15 s: far past any deadline below.
DRIP_LINES, DRIP_SECONDS = 60, 0.25
MARGIN = 2.5  # seconds over the deadline a loaded machine may need to notice it


class _DripHandler(BaseHTTPRequestHandler):
    stop: threading.Event
    slow_robots: bool

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        try:
            if self.path == "/robots.txt" and not self.slow_robots:
                self._answer(404, b"")
            elif self.path == "/fine":
                self._answer(200, b"Talks in Baku\n\nOfficials met on Saturday, a diplomat said.")
            else:
                self._drip_headers()
        except OSError:  # the client hung up: what the deadline is for
            return

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip_headers(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        self.wfile.flush()
        for n in range(DRIP_LINES):
            if self.stop.wait(DRIP_SECONDS):
                return
            self.wfile.write(f"X-Drip-{n}: {'x' * 20}\r\n".encode())
            self.wfile.flush()


def _serve(slow_robots: bool) -> Iterator[str]:
    yield from serve(_DripHandler, slow_robots=slow_robots)


@pytest.fixture
def dripping_site() -> Iterator[str]:
    yield from _serve(slow_robots=False)


@pytest.fixture
def dripping_robots() -> Iterator[str]:
    yield from _serve(slow_robots=True)


def _timed_fetch(url: str, timeout: float) -> tuple[InputError, float]:
    started = time.perf_counter()
    with Fetcher(FetchOptions(timeout=timeout)) as fetcher, pytest.raises(InputError) as raised:
        fetcher.fetch(url)
    return raised.value, time.perf_counter() - started


def test_headers_sent_one_line_at_a_time_end_at_the_deadline(dripping_site: str) -> None:
    # robots.txt answers at once; only the page's headers drip (on a connection of its own)
    error, elapsed = _timed_fetch(dripping_site + "/page", timeout=3.0)
    assert "timed out" in error.reason
    assert elapsed < 3.0 + MARGIN, f"took {elapsed:.1f} s"


def test_a_dripping_robots_txt_ends_at_the_deadline(dripping_robots: str) -> None:
    error, elapsed = _timed_fetch(dripping_robots + "/fine", timeout=1.5)
    assert "timed out" in error.reason
    assert elapsed < 1.5 + MARGIN, f"took {elapsed:.1f} s"


def test_a_slow_url_is_a_timed_out_rejection_and_the_next_url_is_read(dripping_site: str) -> None:
    started = time.perf_counter()
    read = ingest([dripping_site + "/page", dripping_site + "/fine"], fetch=FetchOptions(1.5))
    elapsed = time.perf_counter() - started
    [rejection] = read.rejected
    assert rejection.stage == "ingest" and rejection.item.endswith("/page")
    assert "timed out" in rejection.reason
    assert [a.title for a in read.articles] == ["Talks in Baku"]
    assert elapsed < 1.5 + MARGIN, f"took {elapsed:.1f} s"
