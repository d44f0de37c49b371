"""Line-level junk classifier for scraped plain text.

Scraped text carries the page around the article: site chrome ("Dark Mode", "Logo"), date and
byline lines, photo captions, share and related-links blocks, promos and spam, comment forms and
cookie notices. `classify_lines` gives each line either ``None`` (keep) or the reason it is junk,
so every removal can be shown to the reader.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from crosscheck.ingest.dates import parse_date_line

CHROME = "site chrome"
DATELINE = "dateline (publication date)"
BYLINE = "byline"
PUNCTUATION = "stray punctuation"
COMMENT_FORM = "comment form"
COMMENTS = "comment section"
RELATED = "related-links block"
PROMO = "promo or spam"
CAPTION = "photo caption"
TAGS = "tag line"
SHARE = "share buttons"
COOKIES = "cookie notice"
NAVIGATION = "navigation menu"
MENU_RUN = 3  # consecutive short lines that make a menu
MENU_LINE_WORDS = 4

_CHROME_LINES = {
    "dark mode",
    "light mode",
    "logo",
    "menu",
    "main menu",
    "search",
    "home",
    "homepage",
    "subscribe",
    "subscribe now",
    "sign in",
    "sign up",
    "log in",
    "login",
    "log out",
    "register",
    "skip to content",
    "skip to main content",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "close",
    "back to top",
    "load more",
    "more",
    "next",
    "previous",
    "breaking news",
    "trending",
    "latest",
    "latest news",
    "most read",
    "most popular",
    "toggle navigation",
    "navigation",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "contact us",
    "about us",
    "newsletter",
    "watch live",
    "live",
    "listen",
    "video",
    "photos",
    "print",
    "font size",
    "text size",
    "a a a",
    "menu search",
    "open menu",
    "close menu",
}
_SHARE_LINES = {
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "copy link",
    "follow us",
    "click to share",
    "share via",
}
_BLOCK_HEADERS = (
    "check also",
    "related",
    "related articles",
    "related stories",
    "related news",
    "related posts",
    "read also",
    "read more",
    "also read",
    "see also",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "more from",
    "more stories",
    "more news",
    "most popular",
    "trending now",
    "popular posts",
    "editor's picks",
    "don't miss",
    "in other news",
    "more on this story",
)
_COMMENT_HEADERS = (
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "comments",
    "join the conversation",
    "write a comment",
    "reply",
)
_COMMENT_FORM = re.compile(
    r"your email address will not be published|required fields are marked|"
    r"save my name, email|^post comment$|^cancel reply$|^(name|email|website|comment)\s*\*?$|"
    r"^\d+\s+comments?$|^you must be logged in to post a comment",
    re.IGNORECASE,
)
_COOKIES = re.compile(r"\bcookies?\b.*\b(accept|consent|agree|policy|use|settings)\b", re.I)
_CAPTION = re.compile(
    r"(\((?:ap|afp|reuters|getty images|epa|anadolu|ansa|dpa|xinhua|file|archive|supplied)"
    r"(?:[ /][^()]{0,60})?\)\s*$)|(^(photo|image|picture|file photo|photograph)\s*[:/|-])|"
    r"(\b(photo|image|picture)\s*(credit)?\s*:\s*[^.]{0,60}$)|(^credit\s*:)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:by|written by|posted by|reporting by|author|reporter)\s*:?\s+"
    r"[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,4}(\s*(,|and|&)\s*[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,4})*"
    r"\s*(\|.*)?$",
)
_TAGS = re.compile(r"^(tags?|topics?|filed under|categories|category|keywords)\s*:", re.I)
_SPAM = re.compile(
    r"\[email\s*protected\]|\bcasino\b|\bbetting\b|\bsportsbook\b|\bpromo code\b|"
    r"\bbonus code\b|\bclick here\b|\bbuy now\b|\bfree spins\b|\bcustomer support\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)]\s*$")
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "with",
        "this",
        "from",
        "have",
        "has",
        "had",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "about",
        "after",
        "before",
        "into",
        "over",
        "under",
        "their",
        "there",
        "they",
        "them",
        "its",
        "his",
        "her",
        "our",
        "your",
        "you",
        "how",
        "what",
        "when",
        "where",
        "who",
        "why",
        "which",
        "been",
        "being",
        "not",
        "but",
        "also",
        "than",
        "then",
        "more",
        "most",
        "some",
        "such",
        "only",
        "other",
        "any",
        "all",
        "said",
        "says",
        "via",
        "per",
    ]
)


def _key(line: str) -> str:
    return re.sub(r"[^\w' ]+", " ", line.lower()).strip().replace("  ", " ")


def _content_words(line: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(line)) if w not in _STOP]


def _is_block_header(key: str) -> bool:
    return any(
        key == h or (key.startswith(h + " ") and len(key) < len(h) + 25) for h in _BLOCK_HEADERS
    )


def _single_line_reason(line: str) -> str | None:
    stripped = line.strip()
    key = " ".join(_key(stripped).split())
    if not any(ch.isalnum() for ch in stripped):
        return PUNCTUATION
    if key in _CHROME_LINES:
        return CHROME
    if key in _SHARE_LINES:
        return SHARE
    if _TAGS.match(stripped):
        return TAGS
    if _COMMENT_FORM.search(stripped):
        return COMMENT_FORM
    if len(stripped) < 400 and _COOKIES.search(stripped):
        return COOKIES
    if len(stripped) < 300 and _CAPTION.search(stripped):
        return CAPTION
    if len(stripped) < 120 and _BYLINE.match(stripped):
        return BYLINE
    if len(stripped) < 80 and parse_date_line(stripped) is not None:
        return DATELINE
    if _SPAM.search(stripped):
        return PROMO
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
    if not 0 < len(words) <= MENU_LINE_WORDS or _SENTENCE_END.search(line):
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _mark_menus(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of short unpunctuated lines are menus; a heading stands alone between paragraphs."""
    run: list[int] = []
    for i, line in enumerate([*lines, "A closing sentence that ends every run."]):
        if not line.strip():
            continue
        if _menu_like(line) or (reasons[i] is not None if i < len(reasons) else False):
            run.append(i)
            continue
        if sum(1 for k in run if reasons[k] is None) >= MENU_RUN:
            for k in run:
                reasons[k] = reasons[k] or NAVIGATION
        run = []


def classify_lines(lines: Sequence[str], *, detect_menus: bool = True) -> list[str | None]:
    """For each line: None to keep it, or the reason it is junk. Blank lines are kept (None).

    `detect_menus` finds navigation menus (runs of short Title Case lines) in scraped text;
    turn it off for text an HTML extractor already took out of its page."""
    reasons: list[str | None] = [
        _single_line_reason(line) if line.strip() else None for line in lines
    ]
    if detect_menus:
        _mark_menus(lines, reasons)
    words = [_content_words(line) for line in lines]
    vocabulary: Counter[str] = Counter()
    for i, ws in enumerate(words):
        if reasons[i] is None:
            vocabulary.update(ws)

    in_comments = False
    in_block = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        key = " ".join(_key(line).split())
        if in_comments:
            reasons[i] = reasons[i] or COMMENTS
            continue
        if key in _COMMENT_HEADERS or (reasons[i] == COMMENT_FORM and key.startswith("leave")):
            reasons[i] = COMMENT_FORM
            in_comments = True
            in_block = False
            continue
        if len(key) < 60 and _is_block_header(key):
            reasons[i] = RELATED
            in_block = True
            continue
        if in_block:
            # A related block ends where a line belongs to the article again.
            if reasons[i] is None and _cohesion(words[i], vocabulary) >= 0.5 and len(words[i]) > 8:
                in_block = False
            else:
                reasons[i] = reasons[i] if reasons[i] in (PROMO, CAPTION) else RELATED
    return reasons
