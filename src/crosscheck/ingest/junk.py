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
from crosscheck.ingest.junk_bylines import (
    byline_author,
    mark_bare_bylines,
    mark_signature_bylines,
)
from crosscheck.ingest.junk_lexicon import (
    BLOCK_HEADERS,
    CHROME_LINES,
    COMMENT_HEADERS,
    SHARE_LINES,
    STOP_WORDS,
)
from crosscheck.ingest.junk_patterns import chrome_reason
from crosscheck.ingest.junk_runs import mark_context_chrome
from crosscheck.ingest.junk_sections import mark_section_labels
from crosscheck.ingest.junk_shapes import mark_shapes
from crosscheck.ingest.junk_site_lines import mark_site_promos
from crosscheck.ingest.junk_tail_links import mark_tail_links

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
TIMESTAMP = "timestamp line"
LINK = "bare link"
TICKER = "ticker"
MENU_RUN = 3  # consecutive short lines that make a menu
MENU_LINE_WORDS = 4
HEADING_COHESION = 0.6
CAPTION_AFTER_WORDS = 5

_COMMENT_FORM = re.compile(
    r"your email address will not be published|required fields are marked|"
    r"save my name, email|^post comment$|^cancel reply$|^(name|email|website|comment)\s*\*?$|"
    r"^\d+\s+comments?$|^you must be logged in to post a comment",
    re.IGNORECASE,
)
_COOKIES = re.compile(
    r"\bcookies?\b.*\b(accept|consent|agree|policy|use|settings)\b|"
    r"^\W*(?:we|this (?:web)?site) uses? cookies\b",
    re.I,
)
_CAPTION = re.compile(
    r"(\((?:ap|afp|reuters|getty images|epa|anadolu|ansa|dpa|xinhua|file|archive|supplied)"
    r"(?:[ /][^()]{0,60})?\)\s*$)|(^(photo|image|picture|file photo|photograph)\s*[:/|-])|"
    r"(\b(photo|image|picture)\s*(credit)?\s*:\s*[^.]{0,60}$)|(^credit\s*:)",
    re.IGNORECASE,
)
# "Published By: ...", "Updated: 14 July 2025 10:32 IST", "Edited by ...": the page's, not the
# article's, words.
_PAGE_CREDIT = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|edited|written|curated|reported|"
    r"compiled|produced|modified)(?:\s+(?:by|on|at))?|mis à jour(?: le)?|publié(?: le)?)\s*:",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"^(?:follow\s+on\s+)?(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:|"
    r"^mis à jour(?: le)?\s*:",
    re.I,
)
_PAGE_CREDIT_BY = re.compile(
    r"^(?:published|edited|written|curated|reported|compiled|produced)\s+by\b", re.I
)
_CAPTION_EXTRA = re.compile(
    r"(^image\s+(source|caption)\b)|(^representative\s+(image|photo|picture)\b)|"
    r"(\b(photo|image|picture)s?\s+for\s+representation\b)|(\|\s*photo\s*credit\s*:)|"
    r"(^(file\s+)?(photo|image|picture|pic|graphic|foto|imagen|imagem|immagine|bild)s?\s*"
    r"(credit|source|caption)?\s*[:|/]\s*\S)|"
    r"(\((?:ap|afp|epa|efe|epa-efe|reuters|ansa|dpa|xinhua|aa|irna|spa|wam)(?:\s+photo)?\s*/"
    r"\s*[^()]{1,40}\)\s*$)|"
    r"(\((photo|image|pic|picture)s?\s*(credit)?\s*:?[^()]{0,60}\)\s*$)|"
    r"((via getty images|getty images|afp photo|ap photo(/[^)]{0,40})?|epa-efe|"
    r"reuters/[a-z][\w .]{1,40})\s*\)?\s*$)",
    re.IGNORECASE,
)
# A site's name on a line of its own ("www.example.com"); a link with a path may be the
# article's own reference and stays.
_BARE_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)
_TICKER = re.compile(r"[▲▼↑↓]|\b[A-Z]{3,}\b[^.!?]*[+-]\s?\d+(?:[.,]\d+)?\s?%")
# Page counters and ids: "1 minute read", "Total Views : 2,109,134", "Story Code : 1080882".
_COUNTER = re.compile(
    r"^(?:\d+\s+min(?:ute)?s?\s+read|(?:total\s+)?views?\s*:?\s*[\d,.]+|"
    r"(?:story|article|news)\s+(?:code|id|no\.?)\s*:?\s*\d+|"
    r"[\d,.]+k?\s+(?:views?|shares?|likes?|reads?|vues|partages))$",
    re.IGNORECASE,
)
# A short line with no letters at all: "0", "0:00", "4208**9417" (a player's clock, a counter).
_NO_LETTERS = re.compile(r"^[\d\W]{1,10}$")
# Wire-photo captions place people with (L), (R), (C), (2nd L), (center): body text does not.
# So do their asides ", left," / ", au centre," (lower case: "Right" opens names and parties).
_CAPTION_POSITIONS = re.compile(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C)\)|\((?i:left|right|centre|center)\)|"
    r"\((?:à gauche|à droite|au centre|izq\.|dcha\.|links|rechts)\)|"
    r",\s(?:left|right|cent(?:er|re)|second\s+(?:from\s+)?(?:left|right)|à gauche|à droite|"
    r"au centre|a la izquierda|a la derecha|al centro),\s"
)
_CAPTION_OPENERS = re.compile(
    r"^(?:this|a|an)\s+(?:combination|handout|file|undated)\s+(?:of\s+)?(?:pictures?|photos?|"
    r"images?|photograph)|^(?:official|handout|file)\s+(?:picture|photo|image)\b|"
    r"\s/\s*(?:shutterstock|getty images|afp|reuters|ap|epa|anadolu|xinhua)(?:\.com)?\s*$",
    re.IGNORECASE,
)
_TAGS = re.compile(r"^(tags?|topics?|filed under|categories|category|keywords)\s*:", re.I)
_SPAM = re.compile(
    r"\[email\s*protected\]|\bcasino\b|\bbetting\b|\bsportsbook\b|\bpromo code\b|"
    r"\bbonus code\b|\bclick here\b|\bbuy now\b|\bfree spins\b|\bcustomer support\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)]\s*$")
_AGENCY_CREDIT = re.compile(
    r"^\W*(?:reuters|afp|ap|efe|pti|ani|ians|xinhua|anadolu|tass|dpa|ansa|wam|qna|spa|irna|"
    r"agence france-presse|(?:the )?associated press|press trust of india)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


# Arabic short vowels and tanween: "أيضًا" and "أيضا" are one word.
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")


def _key(line: str) -> str:
    line = _ARABIC_MARKS.sub("", line.lower())
    return re.sub(r"[^\w' ]+", " ", line).strip().replace("  ", " ")


def _content_words(line: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(line)) if w not in STOP_WORDS]


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


def reads_as_body(line: str) -> bool:
    """A line that reads as article prose: a sentence of some length that ends like one.
    Related-link headlines and menu items do not end with a full stop."""
    words = line.split()
    return len(words) >= 10 and re.search(r"[.!?…][\"'”’)]*\s*$", line) is not None


_LAST_SENTENCE = re.compile(r"^(.*[.!?][\"'”’]?)\s+(?=[A-Z\"“])")
_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\.\s*$")


def _report_before_caption(line: str) -> bool:
    """A paragraph of the report with a photo's caption glued after it ("... in nearly
    4,000 shelters. Street collapsed amid high winds (AP)"): the line is the article's. A
    wire caption's own sentence ends with its date ("..., September 11, 2023.
    REUTERS/Name") and stays a caption."""
    found = _LAST_SENTENCE.match(line)
    if found is None:
        return False
    before, caption = found.group(1), line[found.end() :]
    # the caption is a description of its own, not a bare credit ("Photo: AP")
    described = len(re.sub(r"\([^()]*\)\s*$", "", caption).split()) >= CAPTION_AFTER_WORDS
    return described and reads_as_body(before) and not _ENDS_WITH_YEAR.search(before)


def _single_line_reason(line: str) -> str | None:
    stripped = line.strip()
    key = " ".join(_key(stripped).split())
    if not any(ch.isalnum() for ch in stripped) or _NO_LETTERS.match(stripped):
        return PUNCTUATION
    if key in CHROME_LINES:
        return CHROME
    if key in SHARE_LINES:
        return SHARE
    if _TAGS.match(stripped):
        return TAGS
    if _COMMENT_FORM.search(stripped):
        return COMMENT_FORM
    if len(stripped) < 400 and _COOKIES.search(stripped):
        return COOKIES
    if _AGENCY_CREDIT.match(stripped):
        return None  # "Reuters", "(AFP)": the article's credit
    if len(stripped) < 300 and (_CAPTION.search(stripped) or _CAPTION_EXTRA.search(stripped)):
        return None if _report_before_caption(stripped) else CAPTION
    # a wire caption runs long ("This combination of pictures created on ... shows ...")
    if len(stripped) < 500 and (
        _CAPTION_OPENERS.search(stripped) or _CAPTION_POSITIONS.search(stripped)
    ):
        return CAPTION
    if len(stripped) < 60 and _COUNTER.match(stripped):
        return CHROME
    if byline_author(stripped) is not None:
        return BYLINE
    if len(stripped) < 120 and _PAGE_CREDIT_BY.match(stripped):
        return BYLINE
    if len(stripped) < 120 and _UPDATED.match(stripped):
        return TIMESTAMP  # an update time is not the publication date
    if len(stripped) < 80 and parse_date_line(stripped) is not None:
        return DATELINE
    if len(stripped) < 120 and _PAGE_CREDIT.match(stripped):
        return TIMESTAMP
    if _BARE_LINK.match(stripped):
        return LINK
    if len(stripped) < 80 and not _SENTENCE_END.search(stripped) and _TICKER.search(stripped):
        return TICKER
    if _SPAM.search(stripped):
        return PROMO
    return chrome_reason(stripped)


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


def _mark_menus(lines: Sequence[str], reasons: list[str | None]) -> None:
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
                if not _AGENCY_CREDIT.match(lines[k]):
                    reasons[k] = reasons[k] or NAVIGATION
        run = []


def classify_lines(
    lines: Sequence[str],
    *,
    detect_menus: bool = True,
    site_names: frozenset[str] = frozenset(),
) -> list[str | None]:
    """For each line: None to keep it, or the reason it is junk. Blank lines are kept (None).

    `detect_menus` finds navigation menus and other chrome by the shape and place of lines
    (runs of short Title Case lines, the site's name, embedded posts) in scraped text; turn
    it off for text an HTML extractor already took out of its page. `site_names` are the
    folded names of the page's site (`junk_shapes.site_names`)."""
    reasons: list[str | None] = [
        _single_line_reason(line) if line.strip() else None for line in lines
    ]
    if detect_menus:
        _mark_menus(lines, reasons)
    words = [_content_words(line) for line in lines]
    _mark_blocks(lines, reasons, words, _vocabulary(lines, reasons, words))
    mark_context_chrome(lines, reasons)
    if detect_menus:
        mark_shapes(lines, reasons, site_names)
        mark_section_labels(lines, reasons, reads_as_body)
        mark_site_promos(lines, reasons, site_names, reads_as_body)
        mark_tail_links(lines, reasons, reads_as_body)
        mark_bare_bylines(lines, reasons, reads_as_body)
        mark_signature_bylines(lines, reasons, reads_as_body)
    return reasons


_LIST_MARKER = re.compile(r"^\s*([-–—•·*▪►]|\d{1,2}[.)])\s")


def _list_marker(line: str) -> str:
    """The bullet a list item opens with ("- ", "• ", "1."), digits folded; "" for none."""
    found = _LIST_MARKER.match(line)
    return "" if found is None else re.sub(r"\d+", "0", found.group(1))


def _vocabulary(
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


def _mark_blocks(
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
    headline = next((_key(line) for line in lines if line.strip()), "")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        key = " ".join(_key(line).split())
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
        if in_block and i > 0 and _key(line) == headline and reasons[i] is None:
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
