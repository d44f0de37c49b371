"""A linear pre-scan of HTML start tags, before any parser sees the page.

libxml2 (behind lxml and trafilatura) takes super-quadratic time on a tag with very many
attributes: 40,000 attributes (400 KB) cost over a minute, and a 19 MB tag never finishes.
No real page comes near the caps below (a long tag is a few hundred characters and a few
dozen attributes), so a page over either cap is rejected whole as a LimitError.

The scan follows the HTML tokenizer far enough to measure tags as a parser will see them:
comments, declarations and the raw text of script/style-like elements are skipped, and a
quoted attribute value may hold ">". Every character is visited a bounded number of times.
"""

from __future__ import annotations

import re

from crosscheck.errors import LimitError

# Characters of one start tag, from "<" to its closing ">", not counting the inside of
# quoted attribute values: a long value (an inline data: image) is one attribute, cheap to
# parse, and common in saved pages.
MAX_TAG_CHARS = 20_000
# Attributes in one start tag.
MAX_TAG_ATTRIBUTES = 1_000

_MARKUP = re.compile(r"<(?:([A-Za-z][^\s/>]*)|!--|[!?])")
# One attribute (name, optional value) or a stray "/", after optional white space. The
# character classes are disjoint where they meet, so a match never backtracks far.
_ATTRIBUTE = re.compile(
    r"""\s*(?:[^\s"'>/=][^\s"'>/=]*(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|[^\s>]*))?|/|["'=][^\s>]*)"""
)
_TAG_END = re.compile(r"\s*>")
_RAW_TEXT = {
    name: re.compile(f"</{name}", re.I)
    for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noscript")
}


def check_start_tags(markup: str, item: str) -> None:
    """LimitError when a start tag of `markup` is over MAX_TAG_CHARS characters or holds
    more than MAX_TAG_ATTRIBUTES attributes; returns quietly otherwise."""
    position = 0
    while found := _MARKUP.search(markup, position):
        name = found.group(1)
        if name is None:
            position = _skip_other(markup, found)
            continue
        position = _scan_tag(markup, found.start(), found.end(), item)
        raw_text_end = _RAW_TEXT.get(name.lower())
        if raw_text_end is not None:
            close = raw_text_end.search(markup, position)
            position = len(markup) if close is None else close.start()


def _skip_other(markup: str, found: re.Match[str]) -> int:
    """The position after a comment ("-->") or a declaration or processing instruction (">")."""
    end_mark = "-->" if found.group(0) == "<!--" else ">"
    end = markup.find(end_mark, found.end())
    return len(markup) if end < 0 else end + len(end_mark)


def _scan_tag(markup: str, start: int, position: int, item: str) -> int:
    """The position after the start tag opened at `start`; LimitError over a cap."""
    attributes = quoted = 0
    while True:
        if position - start - quoted > MAX_TAG_CHARS:
            raise LimitError(
                item,
                f"HTML start tag longer than {MAX_TAG_CHARS:,} characters (cap) at character "
                f"{start:,}: not parsed (a tag that long makes the HTML parser far too slow)",
            )
        end = _TAG_END.match(markup, position)
        if end is not None:
            return end.end()
        attribute = _ATTRIBUTE.match(markup, position)
        if attribute is None or attribute.end() == position:
            return len(markup)  # unterminated tag: the parser drops it
        attributes += 1
        if attributes > MAX_TAG_ATTRIBUTES:
            raise LimitError(
                item,
                f"HTML start tag with more than {MAX_TAG_ATTRIBUTES:,} attributes (cap) at "
                f"character {start:,}: not parsed (the HTML parser slows down badly on them)",
            )
        quoted += len(attribute.group(1) or attribute.group(2) or "")
        position = attribute.end()
