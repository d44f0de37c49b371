"""Article text and metadata from one HTML page (trafilatura for the body, declared metadata first).

The body comes from trafilatura with comments excluded; the title, author and site name from
trafilatura's metadata reader. The publication date is taken only from what the page states
(meta tags, JSON-LD, microdata, a full date in the URL, then htmldate's markup analysis without
its free-text search) and is never later than the moment of ingestion.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml.html import HtmlElement
from rapidfuzz import fuzz

from crosscheck.errors import ExtractionError
from crosscheck.ingest.dates import as_utc, latest_local_date
from crosscheck.ingest.decode import decode_html
from crosscheck.ingest.html_dates import publication_date
from crosscheck.ingest.html_guard import check_start_tags

__all__ = ["PRECISION_KEEP_SHARE", "HtmlExtraction", "extract_html"]

LOGGER = logging.getLogger(__name__)

_TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
    "fast": False,
}

# Body selection, chosen on the development halves of both extraction benchmarks (see
# benchmarks/bench_extraction.py --select): trafilatura runs in its balanced mode and with
# favor_precision; the precision output is kept when it still holds at least this share of the
# balanced output's characters (it then only trimmed boilerplate at the edges), else precision
# mode has lost real content and the balanced output is kept. 0 means always the precision
# output, math.inf the balanced output alone (one trafilatura run instead of two).
PRECISION_KEEP_SHARE = 0.95

_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
_MIN_ARTICLE_WORDS = 10
_MIN_ARTICLE_WORD_CHARS = 50
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"\W+")
_TITLE_SIMILARITY = 90.0

_LANG_TAG = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """The article of one HTML page and the metadata the page declares."""

    text: str
    title: str | None
    author: str | None
    published: date | None
    published_source: str | None
    site_name: str | None
    url: str | None
    language: str | None


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    item: str = "<html>",
    ingested_at: datetime | None = None,
    extensive_date_search: bool = False,
    precision_keep_share: float = PRECISION_KEEP_SHARE,
) -> HtmlExtraction:
    """Extract the article text and metadata of one HTML page.

    Raises ExtractionError when the page holds no article, LimitError when a start tag is
    over a cap of `html_guard` (checked before parsing). ``html`` may be bytes in any
    declared or detectable encoding. ``ingested_at`` (default: now; naive means UTC) bounds
    the publication date: a later date is discarded. ``extensive_date_search`` lets htmldate
    search the free text for a date, which is closer to guessing and off by default.
    ``precision_keep_share`` tunes the choice between trafilatura's balanced and precision
    outputs (see PRECISION_KEEP_SHARE).
    """
    moment = as_utc(ingested_at or datetime.now(UTC))
    markup = decode_html(html) if isinstance(html, bytes) else html
    if not markup.strip():
        raise ExtractionError(item, "empty HTML document")
    check_start_tags(markup, item)
    tree = _parse(markup, item)

    body = _extract_body(tree, url, item, precision_keep_share)
    metadata = _read_metadata(tree, url, moment, extensive_date_search)
    title = _clean_field(metadata.title)
    text = _clean_text(body, title)
    if not _reads_as_article(text):
        raise ExtractionError(item, "no article text in the HTML (only a title or page chrome)")

    page_url = _canonical_url(tree, url)
    published, source = publication_date(tree, page_url or url, metadata.date, moment)
    return HtmlExtraction(
        text=text,
        title=title,
        author=_clean_field(metadata.author),
        published=published,
        published_source=source,
        site_name=_site_name(metadata.sitename, metadata.url),
        url=page_url or url,
        language=_declared_language(tree),
    )


# libxml2 stops building the tree at this depth (without its "huge" option, which lifts
# every safety limit); what is nested deeper is dropped.
PARSER_MAX_DEPTH = 256


def _parse(markup: str, item: str) -> HtmlElement:
    """The parsed page; ExtractionError when it is no HTML."""
    try:
        tree = trafilatura.load_html(markup)
    except (ValueError, TypeError) as exc:
        raise ExtractionError(item, f"HTML could not be parsed: {exc}") from exc
    if tree is None:
        raise ExtractionError(item, "not an HTML document (no parseable HTML tree)")
    return tree


def _extract_body(tree: HtmlElement, url: str | None, item: str, keep_share: float) -> str:
    """The body text: trafilatura's precision output if it kept enough, else the balanced one."""
    balanced = _trafilatura_text(tree, url, item, favor_precision=False)
    if keep_share != math.inf:
        precise = _trafilatura_text(tree, url, item, favor_precision=True)
        if precise and len(precise) >= keep_share * len(balanced):
            return precise
    if not balanced:
        depth = _depth(tree)
        if depth >= PARSER_MAX_DEPTH:
            raise ExtractionError(
                item,
                f"HTML nested too deeply ({depth} levels reached, the parser's limit is "
                f"{PARSER_MAX_DEPTH}): the text inside could not be read",
            )
        raise ExtractionError(item, "no article text found in the HTML")
    return balanced


def _depth(tree: HtmlElement) -> int:
    """How many levels of elements the parsed tree has (breadth first: no recursion)."""
    depth = 0
    level = [tree]
    while level:
        depth += 1
        level = [child for element in level for child in element]
    return depth


def _trafilatura_text(
    tree: HtmlElement, url: str | None, item: str, *, favor_precision: bool
) -> str:
    """The text trafilatura extracts from a copy of ``tree`` ("" when it finds none)."""
    try:
        # bare_extraction works on a copy of the tree, which stays intact for the next reader
        document = trafilatura.bare_extraction(
            tree, url=url, favor_precision=favor_precision, **_TRAFILATURA_OPTIONS
        )
    except RecursionError as exc:
        raise ExtractionError(item, "HTML nested too deeply to extract") from exc
    # trafilatura only catches its own ValueError/TypeError; any other failure on a malformed
    # page means no usable text for this one item, not a crash of the whole batch.
    except Exception as exc:
        raise ExtractionError(item, f"article extraction failed on this page: {exc!r}") from exc
    if document is None or isinstance(document, dict):
        return ""
    return str(document.text or "")


@dataclass(frozen=True, slots=True)
class _Metadata:
    """What trafilatura's metadata reader found; every field may be missing."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None


def _read_metadata(
    tree: HtmlElement, url: str | None, moment: datetime, extensive: bool
) -> _Metadata:
    """Title, author, site name, URL and htmldate's date; empty when the readers fail."""
    date_config = {
        "original_date": True,
        "extensive_search": extensive,
        "max_date": latest_local_date(moment).isoformat(),
    }
    try:
        found = trafilatura.extract_metadata(tree, default_url=url, date_config=date_config)
    # Metadata is secondary: a failure in trafilatura's or htmldate's heuristics on one odd
    # page must not cost the article text, so any error leaves the metadata empty.
    except Exception as exc:
        LOGGER.warning("metadata extraction failed (%s): %r", url or "<html>", exc)
        return _Metadata()
    return _Metadata(found.title, found.author, found.sitename, found.url, found.date)


def _clean_text(raw: str, title: str | None) -> str:
    """NFC text, white space folded, lines without a word and a repeated headline dropped."""
    lines = []
    for line in unicodedata.normalize("NFC", raw).splitlines():
        cleaned = _SPACES.sub(" ", line).strip()
        if _WORD.search(cleaned):
            lines.append(cleaned)
    # The headline is metadata, not body; trafilatura often repeats it as the first line.
    if lines and title and _same_text(lines[0], title):
        lines = lines[1:]
    return "\n".join(lines)


def _reads_as_article(text: str) -> bool:
    """Enough words for even a short article; a menu or a lone headline is not one."""
    words = _WORDS.findall(text)
    # the character count covers scripts written without spaces (Chinese, Japanese, Thai)
    return len(words) >= _MIN_ARTICLE_WORDS or sum(map(len, words)) >= _MIN_ARTICLE_WORD_CHARS


def _same_text(left: str, right: str) -> bool:
    """True when two strings read the same, ignoring case, punctuation and small slips."""
    a = _NON_WORD.sub(" ", left.casefold()).strip()
    b = _NON_WORD.sub(" ", right.casefold()).strip()
    return a == b or fuzz.ratio(a, b) >= _TITLE_SIMILARITY


def _clean_field(value: str | None) -> str | None:
    """A metadata value in NFC with white space folded; None when nothing is left."""
    if value is None:
        return None
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return cleaned or None


def _site_name(sitename: str | None, page_url: str | None) -> str | None:
    """The outlet's name, unless it is only the host name of the page."""
    name = _clean_field(sitename)
    if name is None or page_url is None:
        return name
    # trafilatura falls back to the host name when the page names no outlet; that is not metadata
    host = urlsplit(page_url).hostname or ""
    if name.casefold() in {host.casefold(), host.casefold().removeprefix("www.")}:
        return None
    return name


def _canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    """The absolute http(s) URL the page names as its own (canonical link, then og:url)."""
    candidates: list[str] = [
        str(link.get("href") or "")
        for link in tree.iter("link")
        if "canonical" in str(link.get("rel") or "").lower().split()
    ]
    candidates += [
        str(meta.get("content") or "")
        for meta in tree.iter("meta")
        if meta.get("property") == "og:url"
    ]
    for candidate in (value.strip() for value in candidates):
        if not candidate:
            continue
        absolute = urljoin(url, candidate) if url else candidate
        parts = urlsplit(absolute)
        if parts.scheme in {"http", "https"} and parts.netloc:
            return absolute
    return None


def _declared_language(tree: HtmlElement) -> str | None:
    """The primary language subtag the page declares (lang attribute, then meta tags)."""
    root = tree.getroottree().getroot()
    values = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in {"content-language", "language", "dc.language", "og:locale"}:
            values.append(meta.get("content"))
    for value in values:
        if not value:
            continue
        primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
        if _LANG_TAG.match(primary):
            return primary
    return None
