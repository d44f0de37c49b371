"""Fetch one URL politely: clear user agent, timeouts, size limit, bounded redirects, robots.txt.

Fetching only: what the bytes are (HTML, feed, text) is decided by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from crosscheck import __version__
from crosscheck.errors import InputError

DEFAULT_USER_AGENT = f"crosscheck/{__version__} (+https://github.com/crosscheck/crosscheck)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# RFC 9309 asks crawlers to read at least 500 KiB of robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched. Entry links of feeds are fetched only with `follow_feed_links`."""

    timeout: float = 10.0
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
    """

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
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
        return self._get(url, self.options.max_bytes, robots=True)

    def _http(self) -> httpx.Client:
        if self._client is None:
            seconds = self.options.timeout
            self._client = httpx.Client(
                headers={"User-Agent": self.options.user_agent},
                timeout=httpx.Timeout(seconds, connect=seconds, read=seconds),
                follow_redirects=False,
            )
        return self._client

    def _get(self, url: str, limit: int, *, robots: bool) -> FetchedPage:
        try:
            return self._follow(url, limit, robots=robots)
        except InputError:
            raise
        except httpx.ConnectTimeout as exc:
            raise InputError(url, f"timed out connecting ({self.options.timeout} s)") from exc
        except httpx.TimeoutException as exc:
            raise InputError(
                url, f"timed out waiting for the server ({self.options.timeout} s)"
            ) from exc
        except httpx.ConnectError as exc:
            refused = "refused" in str(exc).lower()
            raise InputError(
                url, "connection refused" if refused else f"cannot connect: {exc}"
            ) from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise InputError(url, f"invalid URL: {exc}") from exc
        except httpx.HTTPError as exc:
            raise InputError(url, f"network error: {type(exc).__name__}: {exc}") from exc

    def _follow(self, url: str, limit: int, *, robots: bool) -> FetchedPage:
        # Redirects are followed here rather than by httpx so that robots.txt is checked for
        # every host on the way.
        target = url
        for _ in range(self.options.max_redirects + 1):
            if robots:
                self._check_robots(url, target)
            with self._http().stream("GET", target) as response:
                if response.next_request is not None:
                    target = str(response.next_request.url)
                    continue
                if not response.is_success:
                    raise HttpStatusError(url, response.status_code, response.reason_phrase)
                data = _read_limited(response, limit, url)
                media_type = response.headers.get("content-type", "").split(";")[0]
                return FetchedPage(
                    url=url,
                    final_url=str(response.url),
                    content_type=media_type.strip().lower(),
                    charset=response.charset_encoding,
                    data=data,
                )
        raise InputError(url, f"too many redirects (more than {self.options.max_redirects})")

    def _check_robots(self, item: str, target: str) -> None:
        parts = urlsplit(target)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise InputError(item, rules)
        if not rules.can_fetch(self.options.user_agent, target):
            raise InputError(item, f"robots.txt of {origin} disallows fetching {target}")

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        """Rules of RFC 9309: 4xx means no rules, 5xx or unreachable means stay away."""
        lines: list[str] = []
        try:
            page = self._get(f"{origin}/robots.txt", ROBOTS_MAX_BYTES, robots=False)
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


def _read_limited(response: httpx.Response, limit: int, item: str) -> bytes:
    """The body, streamed; stops as soon as it exceeds `limit` bytes."""
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
    return b"".join(chunks)
