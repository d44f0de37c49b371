"""Readers for feeds, WARC/ARC, URLs and the dispatcher: each format and each kind of bad input.

Every input is written in tmp_path or served by a local HTTP server; nothing goes online.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosscheck.errors import InputError
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.feeds import looks_like_feed, read_feed
from crosscheck.ingest.sources import (
    FieldMap,
    RawDocument,
    ReadLimits,
    decode_text,
    read_inputs,
    read_path,
    sniff_format,
)
from crosscheck.ingest.warc import WarcStats, read_warc
from crosscheck.ingest.web import DEFAULT_USER_AGENT, Fetcher, FetchOptions
from crosscheck.pipeline import ingest

BODY = (
    "The foreign ministers of Turkey and Ukraine agreed on Monday to reopen a grain corridor "
    "through the Black Sea, officials in Ankara said after several hours of talks. "
    "A Turkish official said the first shipments could resume within two weeks if insurers "
    "return to the route. Ukraine's foreign minister told reporters the deal was a step towards "
    "normality for farmers who have struggled to export their harvest since the spring."
)


def article_html(title: str, body: str = BODY) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". "))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    )


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example News</title>
  <link>https://example.org/</link>
  <item>
    <title>Grain corridor to reopen</title>
    <link>https://example.org/grain</link>
    <guid>urn:example:1</guid>
    <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a summary</title>
    <link>https://example.org/summary</link>
    <guid>urn:example:2</guid>
    <description>Officials met in Geneva on Monday to discuss the treaty terms at length.</description>
  </item>
  <item>
    <title>Nothing inside</title>
    <link>https://example.org/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:atom-wire</id>
  <updated>2025-03-05T08:30:00Z</updated>
  <entry>
    <title>Ministers meet</title>
    <id>tag:wire,2025:1</id>
    <link href="https://wire.example/1"/>
    <updated>2025-03-05T08:30:00+01:00</updated>
    <author><name>Jane Doe</name></author>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content>
  </entry>
</feed>
"""


# --- local HTTP server ---------------------------------------------------------------------


@dataclass
class Site:
    base: str
    agents: list[tuple[str, str]] = field(default_factory=list)


ROBOTS = "User-agent: *\nDisallow: /private\n"


class Handler(BaseHTTPRequestHandler):
    agents: list[tuple[str, str]]

    def log_message(self, format: str, *args: object) -> None:
        return None

    def send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.agents.append((self.path, self.headers.get("User-Agent", "")))
        path = self.path
        if path == "/robots.txt":
            self.send(200, ROBOTS.encode(), "text/plain")
        elif path in ("/article.html", "/private/article.html"):
            self.send(200, article_html("Grain corridor").encode(), "text/html; charset=utf-8")
        elif path == "/feed":
            self.send(200, RSS.encode(), "application/rss+xml")
        elif path == "/linked-feed":
            base = f"http://{self.headers['Host']}"
            feed = RSS.replace("https://example.org/grain", f"{base}/article.html")
            feed = feed.replace("https://example.org/summary", f"{base}/missing")
            self.send(200, feed.encode(), "application/xml")
        elif path == "/plain":
            self.send(200, ("Talks in Geneva\n" + BODY).encode("cp1252"), "text/plain")
        elif path == "/slow":
            time.sleep(1.0)
            self.send(200, b"late", "text/plain")
        elif path == "/error":
            self.send(500, b"oops", "text/plain")
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "/huge-streamed":
            self.send(200, b"x" * 5000, "text/plain", length=False)
        elif path.startswith("/hop"):
            hops = int(path.removeprefix("/hop") or 0)
            self.send_response(302)
            self.send_header("Location", f"/hop{hops - 1}" if hops > 1 else "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        else:
            self.send(404, b"not found", "text/plain")


@pytest.fixture
def site() -> Iterator[Site]:
    agents: list[tuple[str, str]] = []
    handler = type("BoundHandler", (Handler,), {"agents": agents})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(base=f"http://127.0.0.1:{server.server_address[1]}", agents=agents)
    finally:
        server.shutdown()
        server.server_close()


FAST = FetchOptions(timeout=1.0)


def split(items: list[RawDocument | InputError]) -> tuple[list[RawDocument], list[InputError]]:
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


# --- feeds -----------------------------------------------------------------------------------


def test_rss_file_detected_from_content_gives_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"  # no feed extension: detected from the content
    path.write_text(RSS, encoding="utf-8")
    docs, errors = split(list(read_path(path)))
    assert [d.item for d in docs] == [f"{path}#1", f"{path}#2"]
    first, second = docs
    assert first.format == "html" and BODY[:40] in first.content
    assert first.extra["feed_content"] == "content"
    assert first.title == "Grain corridor to reopen"
    assert first.url == "https://example.org/grain"
    assert first.source_id == "urn:example:1"
    assert first.outlet == "Example News"
    assert first.published == "2025-03-04T10:00:00+00:00"
    assert second.extra["feed_content"] == "summary" and "Geneva" in second.content
    assert second.published is None
    (error,) = errors
    assert error.item == f"{path}#3" and "no content or summary" in error.reason
    article = clean_document(first)
    assert article.published is not None and article.published.isoformat() == "2025-03-04"
    assert article.text.startswith("The foreign ministers")


def test_atom_uses_updated_when_no_published_and_gzip_is_transparent(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt.gz"
    path.write_bytes(gzip.compress(ATOM.encode()))
    (doc,) = list(read_path(path))
    assert isinstance(doc, RawDocument)
    assert doc.format == "html" and doc.outlet == "Atom Wire" and doc.author == "Jane Doe"
    assert doc.published == "2025-03-05T07:30:00+00:00"
    assert doc.source_id == "tag:wire,2025:1" and doc.url == "https://wire.example/1"


def test_feed_sniffing() -> None:
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- x --><rdf:RDF xmlns:rdf="r">')
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not looks_like_feed(b"<html><head><link type='application/rss+xml'></head>")
    assert sniff_format("page.xml", b"<!DOCTYPE html><html><body>") == "html"
    assert sniff_format("x.bin", b"WARC/1.0\r\nWARC-Type: warcinfo") == "warc"


def test_malformed_feed_is_an_error_with_the_parser_reason(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Bad & feed</title></chan',
        encoding="utf-8",
    )
    (error,) = list(read_path(path))
    assert isinstance(error, InputError)
    assert error.item == str(path)
    assert "malformed feed" in error.reason and "not well-formed" in error.reason
    empty = tmp_path / "empty.atom"
    empty.write_text("<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>")
    (error,) = list(read_path(empty))
    assert isinstance(error, InputError) and error.reason == "feed has no entries"


# --- WARC / ARC ------------------------------------------------------------------------------


def write_warc(path: Path, compress: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        request = StatusAndHeaders(
            "GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record("https://news.example/a", "request", http_headers=request)
        )
        response("https://news.example/a", "200 OK", "text/html; charset=utf-8",
                 article_html("Grain corridor").encode())  # fmt: skip
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG" + bytes(64))
        response("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/a",
                "metadata",
                payload=io.BytesIO(b"outlinks: none"),
                warc_content_type="application/warc-fields",
            )
        )
        response("https://news.example/b", "200 OK", "application/xhtml+xml",
                 article_html("Second page", BODY.replace("Monday", "Tuesday")).encode())  # fmt: skip


@pytest.mark.parametrize("compress", [True, False])
def test_warc_html_responses_become_documents(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, compress)
    stats = WarcStats()
    docs, errors = split(list(read_warc(path, stats=stats)))
    assert [(d.item, d.url) for d in docs] == [
        (f"{path}#3", "https://news.example/a"),
        (f"{path}#7", "https://news.example/b"),
    ]
    assert all(d.format == "html" and d.published is None for d in docs)
    assert "captured" in docs[0].extra and docs[0].path == str(path)
    (error,) = errors
    assert error.item == f"{path}#5" and "HTTP 404" in error.reason
    assert stats.records == 7 and stats.articles == 2
    assert stats.skipped == {
        "warcinfo record": 1,
        "request record": 1,
        "metadata record": 1,
        "not HTML": 1,
        "HTML with status other than 200": 1,
    }
    article = clean_document(docs[0])
    assert article.published is None  # the WARC-Date is a capture date, not a publication date
    assert "grain corridor" in article.text


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_warc_names_the_record_reached(tmp_path: Path, compress: bool) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, compress)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    # Cut inside the last record, an HTML page.
    cut.write_bytes(data[: len(data) - 400])
    docs, errors = split(list(read_path(cut)))
    assert [d.url for d in docs] == ["https://news.example/a"]
    assert errors[-1].item == f"{cut}#7"
    assert "record 7" in errors[-1].reason
    assert "truncated" in errors[-1].reason or "corrupt" in errors[-1].reason


def test_warc_cut_inside_a_record_header(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, compress=False)
    data = whole.read_bytes()
    fourth = data.index(b"WARC/1.0", data.index(b"https://news.example/logo.png") - 200)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: fourth + 60])
    docs, errors = split(list(read_path(cut)))
    assert [d.item for d in docs] == [f"{cut}#3"]
    (error,) = errors
    assert error.item == f"{cut}#4" and "record 4: incomplete record header" in error.reason


def test_arc_file_is_read(tmp_path: Path) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + article_html("Arc").encode()
    version = b"1 0 crosscheck\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://test.arc 0.0.0.0 20250101000000 text/plain %d\n" % len(version)
    arc += version + b"\n"
    arc += b"http://arc.example/a 127.0.0.1 20250101000000 text/html %d\n" % len(http)
    arc += http + b"\n"
    path = tmp_path / "old.arc"
    path.write_bytes(arc)
    (doc,) = list(read_path(path))
    assert isinstance(doc, RawDocument)
    assert doc.url == "http://arc.example/a" and doc.item == f"{path}#2"


# --- URLs ------------------------------------------------------------------------------------


def test_url_html_is_fetched_with_our_user_agent_and_robots(site: Site) -> None:
    docs, errors = split(list(read_inputs([f"{site.base}/article.html"], FieldMap(), fetch=FAST)))
    assert not errors
    (doc,) = docs
    assert doc.format == "html" and doc.url == f"{site.base}/article.html"
    assert "Grain corridor" in doc.content
    assert site.agents[0] == ("/robots.txt", DEFAULT_USER_AGENT)
    assert site.agents[1] == ("/article.html", DEFAULT_USER_AGENT)
    assert DEFAULT_USER_AGENT.startswith("crosscheck/")


def test_robots_is_fetched_once_per_host_and_disallow_is_an_error(site: Site) -> None:
    urls = [f"{site.base}/private/article.html", f"{site.base}/article.html", f"{site.base}/plain"]
    items = list(read_inputs(urls, FieldMap(), fetch=FAST))
    docs, errors = split(items)
    (error,) = errors
    assert error.item == urls[0] and "robots.txt" in error.reason and "disallows" in error.reason
    assert [path for path, _ in site.agents].count("/robots.txt") == 1
    assert "/private/article.html" not in [path for path, _ in site.agents]
    plain = docs[1]
    assert plain.format == "txt" and plain.content.startswith("Talks in Geneva")


def test_url_errors_are_clear(site: Site) -> None:
    quick = FetchOptions(timeout=0.3, max_bytes=1000)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    urls = {
        "slow": f"{site.base}/slow",
        "error": f"{site.base}/error",
        "declared": f"{site.base}/huge-declared",
        "streamed": f"{site.base}/huge-streamed",
        "image": f"{site.base}/image.png",
        "refused": f"http://127.0.0.1:{closed_port}/x",
    }
    started = time.perf_counter()
    items = list(read_inputs(list(urls.values()), FieldMap(), fetch=quick))
    assert time.perf_counter() - started < 1.5
    reasons = {error.item: error.reason for error in split(items)[1]}
    assert len(reasons) == len(urls)
    assert "timed out" in reasons[urls["slow"]]
    assert reasons[urls["error"]].startswith("HTTP 500")
    assert "too large" in reasons[urls["declared"]] and "52,428,800" in reasons[urls["declared"]]
    assert "too large" in reasons[urls["streamed"]]
    assert "unsupported content type image/png" in reasons[urls["image"]]
    assert "refused" in reasons[urls["refused"]]


def test_redirects_are_followed_up_to_the_limit(site: Site) -> None:
    (doc,) = list(read_inputs([f"{site.base}/hop3"], FieldMap(), fetch=FAST))
    assert isinstance(doc, RawDocument) and doc.url == f"{site.base}/article.html"
    (error,) = list(read_inputs([f"{site.base}/hop6"], FieldMap(), fetch=FAST))
    assert isinstance(error, InputError) and "too many redirects (more than 5)" in error.reason


def test_feed_by_url_and_following_entry_links(site: Site) -> None:
    docs, errors = split(list(read_inputs([f"{site.base}/feed"], FieldMap(), fetch=FAST)))
    assert [d.item for d in docs] == [f"{site.base}/feed#1", f"{site.base}/feed#2"]
    assert len(errors) == 1
    follow = FetchOptions(timeout=1.0, follow_feed_links=True)
    items = list(read_inputs([f"{site.base}/linked-feed"], FieldMap(), fetch=follow))
    docs, _ = split(items)
    linked, fallback = docs
    assert linked.extra["feed_content"] == "linked page" and "<nav>" in linked.content
    assert linked.url == f"{site.base}/article.html" and linked.outlet == "Example News"
    assert fallback.extra["feed_content"] == "summary"
    assert fallback.extra["link_error"].startswith("HTTP 404")


def test_feed_links_are_not_fetched_by_default(tmp_path: Path) -> None:
    # An unreachable link would fail; by default it is never requested.
    feed = RSS.replace("https://example.org/grain", "http://127.0.0.1:9/never")
    with Fetcher(FetchOptions(timeout=0.2)) as fetcher:
        docs, _ = split(list(read_feed(feed.encode(), "f", fetcher=fetcher)))
    assert docs[0].url == "http://127.0.0.1:9/never" and "link_error" not in docs[0].extra


# --- bad files and encodings -----------------------------------------------------------------


def test_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as out:
        out.write(b"<html><body><p>start</p>")
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    started = time.perf_counter()
    (error,) = list(read_path(path))
    assert time.perf_counter() - started < 0.5
    assert isinstance(error, InputError) and "too large" in error.reason
    assert "52,428,800" in error.reason


def test_gzip_that_inflates_over_the_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    (error,) = list(read_path(path, limits=ReadLimits(item_bytes=10_000)))
    assert isinstance(error, InputError) and "too large once decompressed" in error.reason


def test_empty_binary_and_truncated_gzip(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blob.json").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 500)[:40])
    items = list(read_inputs([tmp_path], FieldMap()))
    reasons = {Path(e.item).name: e.reason for e in split(items)[1]}
    assert "empty" in reasons["empty.html"]
    assert "binary" in reasons["blob.json"]
    assert "gzip" in reasons["cut.jsonl.gz"]


def test_latin1_cp1256_and_mixed_encodings(tmp_path: Path) -> None:
    french = "Les ministres se sont réunis à Genève lundi pour négocier l'accord."
    (tmp_path / "a_latin1.txt").write_bytes(french.encode("latin-1"))
    arabic = "محادثات بين سوريا وإسرائيل في باكو برعاية أمريكية وسط توتر في المنطقة"
    (tmp_path / "b_cp1256.txt").write_bytes(arabic.encode("cp1256"))
    mixed = "Talks in Baku — “first round”.\n".encode() + (arabic + "\n").encode("cp1256")
    mixed += "Délégués à Genève.\n".encode()
    (tmp_path / "c_mixed.txt").write_bytes(mixed)
    docs, errors = split(list(read_inputs([tmp_path], FieldMap())))
    assert not errors
    latin1, cp1256, both = docs
    assert latin1.content == french and latin1.extra["encoding"] == "cp1252"
    assert cp1256.content == arabic and cp1256.extra["encoding"] == "cp1256"
    assert both.content == f"Talks in Baku — “first round”.\n{arabic}\nDélégués à Genève.\n"
    assert both.extra["encoding"] == "mixed: utf-8, cp1256 on lines 2"


def test_jsonl_lines_are_decoded_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    utf8 = json.dumps({"text": "Réunion à Genève"}, ensure_ascii=False).encode()
    legacy = json.dumps({"text": "Gespräche in Zürich"}, ensure_ascii=False).encode("latin-1")
    path.write_bytes(utf8 + b"\n" + legacy + b"\n")
    docs, _ = split(list(read_path(path)))
    assert [d.content for d in docs] == ["Réunion à Genève", "Gespräche in Zürich"]
    assert [d.extra["encoding"] for d in docs] == ["utf-8", "cp1252"]


def test_overlong_jsonl_line_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    lines = [{"text": "first record"}, {"text": "y" * 5000}, {"text": "third record"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    docs, errors = split(list(read_path(path, limits=ReadLimits(item_bytes=1000))))
    assert [d.item for d in docs] == [f"{path}:1", f"{path}:3"]
    (error,) = errors
    assert error.item == f"{path}:2" and "line too long" in error.reason


def test_decode_text_reports_the_encoding() -> None:
    assert decode_text(b"plain ascii", "x") == ("plain ascii", "utf-8")
    text, encoding = decode_text("Gespräche in Zürich".encode("latin-1"), "x")
    assert (text, encoding) == ("Gespräche in Zürich", "cp1252")


# --- the batch -------------------------------------------------------------------------------


def test_ingest_reads_every_kind_and_goes_on_after_bad_items(tmp_path: Path, site: Site) -> None:
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    write_warc(tmp_path / "crawl.warc.gz", compress=True)
    (tmp_path / "story.txt").write_text("Talks in Geneva\n" + BODY.replace("Ankara", "Izmir"))
    (tmp_path / "menu.html").write_text(
        "<html><body><nav>Home</nav><nav>Sport</nav><footer>Contact us</footer></body></html>"
    )
    calls: list[tuple[str, int, int]] = []
    result = ingest(
        [tmp_path, f"{site.base}/error"],
        progress=lambda stage, done, total: calls.append((stage, done, total)),
        fetch=FAST,
    )
    assert calls == [("read", n, 5) for n in range(1, 6)]
    stages = {(Path(r.item).name, r.stage): r.reason for r in result.rejected}
    assert stages[("error", "ingest")].startswith("HTTP 500")
    assert stages[("menu.html", "clean")]
    assert stages[("crawl.warc.gz#5", "ingest")].startswith("HTTP 404")
    assert stages[("feed.xml#3", "ingest")]
    kinds = sorted(a.input_format for a in result.articles)
    assert kinds.count("html") >= 3 and "txt" in kinds
    # The feed's first entry and the first WARC page hold the same article text but differ
    # in markup, so both are kept; the story file is its own article.
    assert result.inputs == len(result.articles) + len(result.rejected)
