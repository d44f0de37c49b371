"""One-line junk rules: what a scraped line is by itself, without its neighbours.

`single_line_reason` gives a line's reason (`junk_reasons`) when its words or shape make it
chrome whatever surrounds it (share labels, captions, counters, bylines, date lines, bare
links, tickers, spam); `reads_as_body` tells a line of article prose.
"""

from __future__ import annotations

import re

from crosscheck.ingest.dates import parse_date_line
from crosscheck.ingest.junk_bylines import byline_author
from crosscheck.ingest.junk_dates_intl import is_date_only
from crosscheck.ingest.junk_edges import edge_line_reason
from crosscheck.ingest.junk_lexicon import CHROME_LINES, SHARE_LINES, STOP_WORDS
from crosscheck.ingest.junk_patterns import chrome_reason
from crosscheck.ingest.junk_reasons import (
    BYLINE,
    CAPTION,
    CHROME,
    COMMENT_FORM,
    COOKIES,
    DATELINE,
    LINK,
    PROMO,
    PUNCTUATION,
    SHARE,
    TAGS,
    TICKER,
    TIMESTAMP,
)

CAPTION_AFTER_WORDS = 5

_COMMENT_FORM = re.compile(
    r"your email address will not be published|required fields are marked|"
    r"save my name, email|^post comment$|^cancel reply$|^(name|email|website|comment)\s*\*?$|"
    r"^\d+\s+comments?$|^you must be logged in to post a comment|"
    r"^thanks? (?:you )?for contacting us\b|we've received your submission",
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
# A caption's photo credit after a dash at its end, in the page's language ("Damage after
# the flood. - Foto: gik", "... — Foto: Name/Reuters"), or a handout's credit through a wire
# ("(OceanGate Expeditions via AP, File)").
_CAPTION_CREDIT_END = re.compile(
    r"\s[-–—|]\s*(?:photo|foto|bild|imagem|imagen|immagine|image|фото|صورة)s?\s*:\s*"
    r"[^.!?]{1,60}$|"
    r"\([^()]{0,80}\bvia\s+(?:ap|reuters|afp|getty images|epa)\b[^()]{0,20}\)\s*$",
    re.IGNORECASE,
)
# Markup left in the text: a line that is one HTML or wiki tag ("<noinclude>", "</div>").
# A title in angle brackets ("<The Palace: Jang Noksu>") is no tag: a tag's words are its
# name and name=value attributes.
_TAG_ONLY = re.compile(
    r"^</?[a-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s<>]+))*\s*/?>$", re.IGNORECASE
)
# A player's duration as a field ("Duration: 1:20", "مدة:1min", "Durée : 2 min").
_DURATION = re.compile(
    r"^(?:duration|durée|duración|duração|dauer|durata|مدة|المدة|süre|длительность)\s*:\s*"
    r"[\d:]+\s*(?:min(?:ute)?s?|sec(?:ond)?s?|s|دقيقة|dk|мин)?\.?$",
    re.IGNORECASE,
)
# A link to the rest of the story on another site ("Lire la suite sur ParisMatch", "Read
# more at Example", "Continue reading on Example"): a short line, no sentence.
_READ_ON = re.compile(
    r"^\W*(?:lire la suite|read more|continue reading|read the full (?:story|article)|"
    r"leer más|seguir leyendo|leia mais|continua a leggere|weiterlesen)\s+(?:sur|on|at|en|"
    r"in|auf|no|na|su)\s+\S.{0,40}$",
    re.IGNORECASE,
)
# A prompt to share the story, whatever its politeness ("Kindly share this story:").
_SHARE_PROMPT = re.compile(
    r"^\W*(?:please\s+|kindly\s+)?share\s+this\s+(?:story|article|post|page|news)\W*$",
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
SENTENCE_END = re.compile(r"[.!?…:;\"'”’)]\s*$")
AGENCY_CREDIT = re.compile(
    r"^\W*(?:reuters|afp|ap|efe|pti|ani|ians|xinhua|anadolu|tass|dpa|ansa|wam|qna|spa|irna|"
    r"agence france-presse|(?:the )?associated press|press trust of india)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


# Arabic short vowels and tanween: "أيضًا" and "أيضا" are one word.
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")


def line_key(line: str) -> str:
    # Turkish "İ" lowers to "i" and a combining dot: "SON DAKİKA" is "son dakika"
    line = _ARABIC_MARKS.sub("", line.lower().replace("i\u0307", "i"))
    return re.sub(r"[^\w' ]+", " ", line).strip().replace("  ", " ")


def content_words(line: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(line)) if w not in STOP_WORDS]


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


# The page's date as the stored copies print it before their first line ("date 2023-06-22
# This post will be updated..."): the line is judged without it.
_STORE_DATE = re.compile(r"^date \d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")


def single_line_reason(line: str) -> str | None:
    """The reason a line is junk by itself (its words and shape), or None."""
    text = line.strip()
    stripped = _STORE_DATE.sub("", text)
    reason = _reason_of(stripped)
    # a line with the store's date and a date of its own is no publication date to read
    return TIMESTAMP if reason == DATELINE and stripped != text else reason


def _reason_of(stripped: str) -> str | None:
    key = " ".join(line_key(stripped).split())
    if not any(ch.isalnum() for ch in stripped) or _NO_LETTERS.match(stripped):
        return PUNCTUATION
    if key in CHROME_LINES:
        return CHROME
    if key in SHARE_LINES or _SHARE_PROMPT.match(stripped):
        return SHARE
    if _TAGS.match(stripped):
        return TAGS
    if _COMMENT_FORM.search(stripped):
        return COMMENT_FORM
    if len(stripped) < 400 and _COOKIES.search(stripped):
        return COOKIES
    if AGENCY_CREDIT.match(stripped):
        return None  # "Reuters", "(AFP)": the article's credit
    if len(stripped) < 300 and (_CAPTION.search(stripped) or _CAPTION_EXTRA.search(stripped)):
        return None if _report_before_caption(stripped) else CAPTION
    # a wire caption runs long ("This combination of pictures created on ... shows ...")
    if len(stripped) < 500 and (
        _CAPTION_OPENERS.search(stripped) or _CAPTION_POSITIONS.search(stripped)
    ):
        return CAPTION
    if len(stripped) < 60 and (_COUNTER.match(stripped) or _DURATION.match(stripped)):
        return CHROME
    if _TAG_ONLY.match(stripped):
        return PUNCTUATION
    if len(stripped) < 80 and _READ_ON.match(stripped):
        return LINK
    if len(stripped) < 600 and _CAPTION_CREDIT_END.search(stripped):
        return None if _report_before_caption(stripped) else CAPTION
    if byline_author(stripped) is not None:
        return BYLINE
    if len(stripped) < 120 and _PAGE_CREDIT_BY.match(stripped):
        return BYLINE
    if len(stripped) < 120 and _UPDATED.match(stripped):
        return TIMESTAMP  # an update time is not the publication date
    if len(stripped) < 80 and parse_date_line(stripped) is not None:
        return DATELINE
    if is_date_only(stripped):
        return TIMESTAMP
    if len(stripped) < 120 and _PAGE_CREDIT.match(stripped):
        return TIMESTAMP
    if _BARE_LINK.match(stripped):
        return LINK
    if len(stripped) < 80 and not SENTENCE_END.search(stripped) and _TICKER.search(stripped):
        return TICKER
    if _SPAM.search(stripped):
        return PROMO
    return chrome_reason(stripped) or edge_line_reason(stripped)
