"""The publication date an HTML page declares, with its provenance (used by `html_extract`).

Only what the page states counts: article:published_time, JSON-LD, microdata, the other date
meta tags, a full date in the URL, then htmldate's markup analysis.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from lxml.html import HtmlElement

from crosscheck.ingest.dates import Timestamp, calendar_date, in_future, parse_timestamp, plausible

# Publication-date meta keys after article:published_time, JSON-LD and microdata, most
# specific first; "date" is the vaguest and comes last.
_DATE_META_KEYS = (
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article_date_original",
    "originalpublicationdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.date",
    "date",
)
_ARTICLE_TYPE = re.compile(r"article|posting|report", re.I)
_PAGE_TYPE = re.compile(r"webpage", re.I)
_URL_DATE = re.compile(
    r"\D((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:\D|$)"
)


def publication_date(
    tree: HtmlElement, page_url: str | None, htmldate_value: str | None, moment: datetime
) -> tuple[date | None, str | None]:
    """The date the page declares, with its provenance; (None, None) if unknown or in the future.

    The first readable declaration decides: when it lies after ``moment`` the page's dating is
    wrong, and hunting for another date elsewhere on the page would be a guess.
    """
    for value, source in _declared_dates(tree):
        stamp = parse_timestamp(value)
        if stamp is not None:
            return _unless_future(stamp, source, moment)
    in_url = _url_date(page_url)
    if in_url is not None:
        return _unless_future(in_url, "url", moment)
    found = parse_timestamp(htmldate_value) if htmldate_value else None
    return _unless_future(found, "htmldate:original", moment) if found else (None, None)


def _unless_future(
    stamp: Timestamp, source: str, moment: datetime
) -> tuple[date | None, str | None]:
    """(day, source) for a date not after ``moment``, else (None, None)."""
    return (None, None) if in_future(stamp, moment) else (stamp.day, source)


def _url_date(page_url: str | None) -> Timestamp | None:
    """A plausible full date in the page's URL (/2019/11/15/), if there is one."""
    match = _URL_DATE.search(page_url) if page_url else None
    day = calendar_date(int(match[1]), int(match[2]), int(match[3])) if match else None
    return Timestamp(day) if day is not None and plausible(day) else None


def _declared_dates(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    """Publication-date declarations in order of trust: (raw value, provenance)."""
    meta = _meta_values(tree)
    if value := meta.get("article:published_time"):
        yield value, "html-meta:article:published_time"
    for value in _json_ld_dates(tree):
        yield value, "json-ld:datePublished"
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if value and value.strip():
            yield value, "microdata:datePublished"
    for key in _DATE_META_KEYS:
        if value := meta.get(key):
            yield value, f"html-meta:{key}"


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    """Non-empty meta contents by lower-cased property, name or itemprop; the first one wins."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip(), content.strip())
    return values


def _json_ld_dates(tree: HtmlElement) -> list[str]:
    """datePublished of top-level JSON-LD objects: article types first, then web pages.

    Nested objects (a video, a related story) carry their own dates and are not looked at.
    """
    articles: list[str] = []
    pages: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        # ValueError also covers a number over Python's digit limit
        except (ValueError, RecursionError):
            continue
        for node in _top_level_nodes(data):
            value = node.get("datePublished")
            if not isinstance(value, str) or not value.strip():
                continue
            kind = node.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if _ARTICLE_TYPE.search(kinds):
                articles.append(value)
            elif _PAGE_TYPE.search(kinds):
                pages.append(value)
    return articles + pages


def _top_level_nodes(data: object) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document and of its @graph, without nested ones."""
    if isinstance(data, list):
        for entry in data:
            yield from _top_level_nodes(entry)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from (node for node in graph if isinstance(node, dict))
