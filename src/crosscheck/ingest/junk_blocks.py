"""Junk found by a line's run and block: navigation menus (runs of short Title Case lines),
related-link blocks (from their header to the first line that belongs to the article again)
and comment sections (to the end of the page)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from crosscheck.ingest.junk_lexicon import BLOCK_HEADERS, COMMENT_HEADERS
from crosscheck.ingest.junk_line_rules import (
    AGENCY_CREDIT,
    SENTENCE_END,
    line_key,
    reads_as_body,
)
from crosscheck.ingest.junk_reasons import (
    CAPTION,
    COMMENT_FORM,
    COMMENTS,
    NAVIGATION,
    PROMO,
    RELATED,
)

MENU_RUN = 3  # consecutive short lines that make a menu
MENU_LINE_WORDS = 4
HEADING_COHESION = 0.6
MAX_CASELESS_WORD = 15
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _block_header(line: str, key: str) -> str | None:
    """'block' for a header that opens a block of links ("Related stories", "More from X"),
    'inline' for one link line ("READ MORE: Talks resume in Baku"), None otherwise."""
    for header in BLOCK_HEADERS:
        if key == header:
            return "block"
        if key.startswith(header + " "):
            head = line.strip().lower()
            # "Read more: <headline>" is one link, not the start of a block.
            if re.match(r"^[^\w]*" + re.escape(header) + r"\s*[:|>»\-–—]", head):
                return "inline"
            if len(key) < len(header) + 25:
                return "block"
    return None


def _cohesion(words: list[str], vocabulary: Counter[str]) -> float:
    """Share of a line's content words that occur elsewhere in the kept text."""
    if not words:
        return 0.0
    own = Counter(words)
    return sum(1 for w in words if vocabulary[w] - own[w] > 0) / len(words)


_CONNECTORS = frozenset(
    {"and", "of", "to", "the", "in", "for", "on", "&", "a", "at", "by", "-", "|"}
)


def _menu_like(line: str) -> bool:
    """A short Title Case line without sentence punctuation: "Real Estate", "Back To Menu".
    List items inside articles ("1 tsp cinnamon", "Drink during your workout") are not."""
    words = line.split()
    if not 0 < len(words) <= MENU_LINE_WORDS or SENTENCE_END.search(line):
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS or _caseless_word(w) for w in words)


def _caseless_word(word: str) -> bool:
    """A word of a script without letter case and with spaces between words (Arabic,
    Devanagari): it has no Title Case to show. Not a digit or a sign, and not Chinese or
    Japanese, where a whole sentence is one "word"."""
    return (
        len(word) <= MAX_CASELESS_WORD
        and any(ch.isalpha() for ch in word)
        and not any(ch.isupper() or ch.islower() for ch in word)
        and not _CJK.search(word)
    )


def _heads_the_prose(
    lines: Sequence[str], i: int, words: list[list[str]], vocabulary: Counter[str]
) -> bool:
    """A heading right over a paragraph of prose is the article's again, the block ended
    above it, when it is the page's headline (over the first paragraph of prose: "Latest
    Stories" / the headline) or a sub-heading made of the article's words ("More to Read" /
    "'Calm and professional atmosphere'")."""
    following = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    if following is None or not reads_as_body(lines[following]):
        return False
    first_prose = next(k for k in range(len(lines)) if reads_as_body(lines[k]))
    return following == first_prose or _cohesion(words[i], vocabulary) >= HEADING_COHESION


def mark_menus(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of short unpunctuated lines are menus; a heading stands alone between paragraphs."""
    run: list[int] = []
    for i, line in enumerate([*lines, "A closing sentence that ends every run."]):
        if not line.strip():
            continue
        if _menu_like(line) or (reasons[i] is not None if i < len(reasons) else False):
            run.append(i)
            continue
        # a menu has several different items: a credit printed twice is not one
        if len({" ".join(lines[k].split()) for k in run if reasons[k] is None}) >= MENU_RUN:
            for k in run:
                # an agency's name alone is the article's credit, even inside a menu run
                if not AGENCY_CREDIT.match(lines[k]):
                    reasons[k] = reasons[k] or NAVIGATION
        run = []


_LIST_MARKER = re.compile(r"^\s*([-–—•·*▪►]|\d{1,2}[.)])\s")


def _list_marker(line: str) -> str:
    """The bullet a list item opens with ("- ", "• ", "1."), digits folded; "" for none."""
    found = _LIST_MARKER.match(line)
    return "" if found is None else re.sub(r"\d+", "0", found.group(1))


def kept_vocabulary(
    lines: Sequence[str], reasons: list[str | None], words: list[list[str]]
) -> Counter[str]:
    """The words of the lines kept so far. Each distinct line counts once: a related link
    printed twice does not make its own words look like the article's."""
    vocabulary: Counter[str] = Counter()
    seen: set[str] = set()
    for i, ws in enumerate(words):
        text = " ".join(lines[i].split()).casefold()
        if reasons[i] is None and text not in seen:
            seen.add(text)
            vocabulary.update(ws)
    return vocabulary


def mark_blocks(
    lines: Sequence[str],
    reasons: list[str | None],
    words: list[list[str]],
    vocabulary: Counter[str],
) -> None:
    """Comment sections (to the end) and related-link blocks (to the first line that belongs
    to the article again)."""
    in_comments = False
    in_block = False
    marker = ""
    headline = next((line_key(line) for line in lines if line.strip()), "")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        key = " ".join(line_key(line).split())
        if in_comments:
            reasons[i] = reasons[i] or COMMENTS
            continue
        if key in COMMENT_HEADERS or (reasons[i] == COMMENT_FORM and key.startswith("leave")):
            reasons[i] = COMMENT_FORM
            in_comments = True
            in_block = False
            continue
        header = _block_header(line, key) if len(key) < 160 else None
        if header is not None:
            reasons[i] = RELATED
            in_block = header == "block"
            marker = _list_marker(line)
            continue
        if in_block and marker and _list_marker(line) == marker:
            # an item of the list the header opened, marked as the header is ("- Related",
            # "- <headline>"), even when it shares the article's words; one that reads as
            # a sentence stays, and the list goes on after it
            if not reads_as_body(line):
                reasons[i] = reasons[i] or RELATED
            continue
        if in_block and i > 0 and line_key(line) == headline and reasons[i] is None:
            in_block = False  # the page's headline again: the article starts here
            continue
        if in_block:
            # A related block ends where a line belongs to the article again: it reads as
            # prose, or it shares the article's words. Body text is never taken for a link.
            cohesive = _cohesion(words[i], vocabulary) >= 0.5 and len(words[i]) > 8
            if reasons[i] is None and (
                cohesive or reads_as_body(line) or _heads_the_prose(lines, i, words, vocabulary)
            ):
                in_block = False
            else:
                reasons[i] = reasons[i] if reasons[i] in (PROMO, CAPTION) else RELATED
