"""Fetch one URL politely: clear user agent, a deadline, size limit, bounded redirects, robots.txt.

Fetching only: what the bytes are (HTML, feed, text) is decided by the caller.

The timeout is a deadline for the whole URL (connect, robots.txt, every redirect, the headers
and the whole body), not for one network read: a server that drips one header line or one byte
a second is cut off when the deadline passes. A timer armed before the first request shuts down
every socket the URL opened (httpcore's `trace` extension names each one as it connects) when
the deadline passes, so a read stalled anywhere inside the HTTP library ends too. Connections
are not kept alive between requests, so that every request has a socket of its own to watch.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from crosscheck import __version__
from crosscheck.errors import InputError

DEFAULT_USER_AGENT = f"crosscheck/{__version__} (+https://github.com/crosscheck/crosscheck)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Seconds for the whole URL, redirects and robots.txt included.
DEFAULT_TIMEOUT = 10.0
# RFC 9309 asks crawlers to read at least 500 KiB of robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched. Entry links of feeds are fetched only with `follow_feed_links`.

    `timeout` is the deadline in seconds for each URL as a whole (see the module docstring).
    """

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    follow_feed_links: bool = False


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """The body of a successful (2xx) response and what the server said it is."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    data: bytes

    @property
    def is_html(self) -> bool:
        """True when the server labelled the body as HTML."""
        return self.content_type in HTML_TYPES


class HttpStatusError(InputError):
    """The server answered with an error status."""

    def __init__(self, item: str, status: int, phrase: str) -> None:
        self.status = status
        super().__init__(item, f"HTTP {status} {phrase}".strip())


class Fetcher:
    """One HTTP client for a batch, with robots.txt fetched once per host and cached.

    The client is created on first use, so a batch without URLs opens no connection.
    `transport` replaces the network (an httpx transport), e.g. for tests.
    """

    def __init__(
        self, options: FetchOptions | None = None, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.options = options or FetchOptions()
        self._transport = transport  # another transport (tests: httpx.MockTransport)
        self._client: httpx.Client | None = None
        # origin -> parsed robots.txt, or the reason the whole host is off limits
        self._robots: dict[str, RobotFileParser | str] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client, if one was opened."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> FetchedPage:
        """GET `url` within the limits of the options; raises InputError with a clear reason."""
        with _Deadline(self.options.timeout) as deadline:
            return self._get(url, self.options.max_bytes, robots=True, deadline=deadline)

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": self.options.user_agent},
                timeout=httpx.Timeout(self.options.timeout),
                limits=httpx.Limits(max_keepalive_connections=0),
                follow_redirects=False,
                transport=self._transport,
            )
        return self._client

    def _get(self, url: str, limit: int, *, robots: bool, deadline: _Deadline) -> FetchedPage:
        try:
            return self._follow(url, limit, robots=robots, deadline=deadline)
        except InputError:
            raise
        except httpx.HTTPError as exc:
            # At the deadline the timer shuts the sockets down; what the interrupted read then
            # raises (a reset, a protocol error, ...) is a timeout all the same.
            if deadline.expired:
                raise self._timed_out(url) from exc
            raise self._network_error(url, exc) from exc

    def _network_error(self, url: str, exc: httpx.HTTPError) -> InputError:
        if isinstance(exc, httpx.ConnectTimeout):
            return InputError(url, f"timed out connecting ({self.options.timeout} s)")
        if isinstance(exc, httpx.TimeoutException):
            return self._timed_out(url)
        if isinstance(exc, httpx.ConnectError):
            refused = "refused" in str(exc).lower()
            return InputError(url, "connection refused" if refused else f"cannot connect: {exc}")
        if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
            return InputError(url, f"invalid URL: {exc}")
        return InputError(url, f"network error: {type(exc).__name__}: {exc}")

    def _timed_out(self, url: str) -> InputError:
        return InputError(
            url,
            f"timed out: no complete answer within {self.options.timeout} s "
            "(the deadline covers the whole URL, redirects and body included)",
        )

    def _follow(self, url: str, limit: int, *, robots: bool, deadline: _Deadline) -> FetchedPage:
        # Redirects are followed here rather than by httpx so that robots.txt is checked for
        # every host on the way.
        target = url
        for _ in range(self.options.max_redirects + 1):
            if robots:
                self._check_robots(url, target, deadline)
            left = deadline.left()
            if left <= 0:
                raise self._timed_out(url)
            with self._http().stream(
                "GET", target, timeout=httpx.Timeout(left), extensions=deadline.extensions
            ) as response:
                if response.next_request is not None:
                    target = str(response.next_request.url)
                    continue
                if not response.is_success:
                    raise HttpStatusError(url, response.status_code, response.reason_phrase)
                data = _read_limited(response, limit, url, deadline)
                if deadline.expired:
                    raise self._timed_out(url)
                media_type = response.headers.get("content-type", "").split(";")[0]
                return FetchedPage(
                    url=url,
                    final_url=str(response.url),
                    content_type=media_type.strip().lower(),
                    charset=response.charset_encoding,
                    data=data,
                )
        raise InputError(url, f"too many redirects (more than {self.options.max_redirects})")

    def _check_robots(self, item: str, target: str, deadline: _Deadline) -> None:
        parts = urlsplit(target)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            loaded = self._load_robots(origin, deadline)
            if isinstance(loaded, str) and deadline.expired:
                # this URL ran out of time: not a verdict on the host for later URLs
                raise self._timed_out(item)
            self._robots[origin] = loaded
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise InputError(item, rules)
        if not rules.can_fetch(self.options.user_agent, target):
            raise InputError(item, f"robots.txt of {origin} disallows fetching {target}")

    def _load_robots(self, origin: str, deadline: _Deadline) -> RobotFileParser | str:
        """Rules of RFC 9309: 4xx means no rules, 5xx or unreachable means stay away."""
        lines: list[str] = []
        try:
            page = self._get(
                f"{origin}/robots.txt", ROBOTS_MAX_BYTES, robots=False, deadline=deadline
            )
            lines = page.data.decode("utf-8", errors="replace").splitlines()
        except HttpStatusError as exc:
            if exc.status >= 500:
                return f"robots.txt of {origin} unavailable ({exc.reason}); not fetching"
        except InputError as exc:
            return f"cannot fetch robots.txt of {origin}: {exc.reason}"
        parser = RobotFileParser(f"{origin}/robots.txt")
        parser.parse(lines)
        parser.modified()  # can_fetch answers False until the parser has a read time
        return parser


class _Deadline:
    """The deadline of one URL: a timer that shuts down, when it passes, every socket the URL's
    requests opened (and any opened later), ending a connect, header or body read stalled in
    httpx. Pass `extensions` with each request so that its sockets are known."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._fired = False
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self.extensions: dict[str, object] = {"trace": self._trace}

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    @property
    def expired(self) -> bool:
        """True once the deadline has passed (or the timer has cut the connection)."""
        return self._fired or time.monotonic() >= self.at

    def left(self) -> float:
        """Seconds until the deadline (zero or less once it has passed)."""
        return self.at - time.monotonic()

    def _trace(self, event: str, info: dict[str, object]) -> None:
        # "connection.connect_tcp.complete" and "connection.start_tls.complete" return the
        # network stream of a new connection.
        stream = info.get("return_value") if event.endswith(".complete") else None
        get_extra_info = getattr(stream, "get_extra_info", None)
        sock = get_extra_info("socket") if callable(get_extra_info) else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                fired = self._fired
            if fired:  # connected after the deadline: cut at once
                _shut_down(sock)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut_down(sock)


def _shut_down(sock: socket.socket) -> None:
    # shutdown, unlike close, wakes a read blocked on the socket in another thread
    with contextlib.suppress(OSError):  # already closed, or detached by the TLS layer
        sock.shutdown(socket.SHUT_RDWR)


def _read_limited(response: httpx.Response, limit: int, item: str, deadline: _Deadline) -> bytes:
    """The body, streamed; stops as soon as it exceeds `limit` bytes or the deadline passes
    (the caller then reports the timeout)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(item, f"too large ({int(declared):,} bytes; limit {limit:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(item, f"too large (more than the limit of {limit:,} bytes)")
        chunks.append(chunk)
        if deadline.expired:
            break
    return b"".join(chunks)
