"""Make untrusted text (anything read from an article or an input file) safe to show.

The report environments apply these by construction (see `crosscheck.render.environments`);
they are plain functions so that any other front end (a web app) can use the same ones.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from markupsafe import Markup, escape

# C0 controls but tab and newline, DEL, C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): an
# unbalanced one reorders everything after it (a file name "txt.exe" shown as "exe.txt").
_BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Line breaks a renderer may honour beyond \n: CR, NEL, LINE and PARAGRAPH SEPARATOR.
_LINE_BREAK = re.compile(r"[\r\n\t\x85\u2028\u2029]+")
_FIRST_STRONG_ISOLATE, _POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"

_LINK_SCHEMES = frozenset({"http", "https"})
_URL_FORBIDDEN = re.compile(r'[\x00-\x20\x7f-\x9f<>"\\\u2028\u2029\u202a-\u202e\u2066-\u2069]')

# Characters with a Markdown meaning anywhere in a line (GitHub-flavoured: tables, strikethrough).
_MD_INLINE = re.compile(r"([\\`*\[\]|~])")
# "_" between two letters or digits cannot start or end emphasis ("en_core_web_sm").
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# Only an entity reference needs its "&" escaped ("AT&T" is text as it stands).
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What opens a block when it starts a line: heading, quote, list item, setext/thematic rule.
_MD_BLOCK_START = re.compile(r"^\s*(?:\d+(?=[.)](?:\s|$))|(?=[#>+=-]))")


def strip_controls(text: str) -> str:
    """`text` without control characters (tab and newline kept) and bidi embedding,
    override or isolate characters."""
    return _BIDI_CONTROL.sub("", _CONTROL.sub("", text))


def has_rtl(text: str) -> bool:
    """Whether `text` holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def one_line(text: str) -> str:
    """`text` on one line: every run of line breaks and tabs becomes one space."""
    return _LINE_BREAK.sub(" ", text)


def escape_markdown(text: str) -> str:
    """Untrusted `text` as inert inline Markdown: one line, no HTML, no link, emphasis, code,
    table cell break or block marker, no control or bidi-override character; right-to-left
    text is wrapped in a first-strong isolate so it cannot reorder the line around it."""
    text = one_line(strip_controls(text))
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    text = text.replace("<", "&lt;")
    text = _escape_closing_hashes(text)
    text = _MD_BLOCK_START.sub(lambda m: m.group(0) + "\\", text, count=1)
    if has_rtl(text):
        text = _FIRST_STRONG_ISOLATE + text + _POP_DIRECTIONAL_ISOLATE
    return text


def _escape_closing_hashes(text: str) -> str:
    """A run of "#" ending a line closes an ATX heading and is dropped ("Breaking #" shows
    as "Breaking"): its first "#" is escaped. (No regex: "#" runs would make one quadratic.)"""
    body = text.rstrip()
    start = len(body.rstrip("#"))
    if start == len(body) or (start > 0 and body[start - 1] == "\\"):
        return text
    return text[:start] + "\\" + text[start:]


def is_web_url(url: str) -> bool:
    """Whether `url` is an absolute http(s) URL a report may link to: no other scheme
    (javascript:, data:, file:, ...), a host, no credentials (user@host, which can pass
    one host off as another), and no whitespace (NBSP included), quote, control or invisible
    format character (zero-width space, ...) that a browser would drop or read differently."""
    if not url or _URL_FORBIDDEN.search(url) or any(map(_invisible, url)):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if "@" in parts.netloc:
        return False
    return parts.scheme.lower() in _LINK_SCHEMES and bool(parts.hostname)


def _invisible(char: str) -> bool:
    """White space, control, format (zero-width, bidi mark) or unassigned/private character."""
    return char > "~" and unicodedata.category(char)[0] in "ZC"


def html_text(text: str) -> Markup:
    """Untrusted `text` as HTML text: escaped, controls and bidi overrides removed."""
    return escape(strip_controls(text))


def html_link(url: str | None, text: str | None = None) -> Markup:
    """An `<a>` to `url` when it is an http(s) URL, else `url` (or `text`) as plain text;
    the link text is `text`, or the URL itself."""
    url = (url or "").strip()
    if not url:
        return html_text(text or "")
    shown = html_text(text if text is not None else url)
    if not is_web_url(url):
        return shown
    return Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(url, shown)


class MarkdownText(str):
    """Markdown made by crosscheck's own code, passed through the Markdown environment as is.

    Only code that has escaped every untrusted part itself may create one."""

    __slots__ = ()


def markdown_link(url: str | None) -> MarkdownText:
    """`url` as a Markdown autolink when it is an http(s) URL, else as escaped text."""
    url = (url or "").strip()
    if is_web_url(url):
        return MarkdownText(f"<{url}>")
    return MarkdownText(escape_markdown(url))
