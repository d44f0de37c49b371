"""Chrome told by shape and place, in any language: counters, rows of network names, a
logo's alt text, a font-size widget, a meta field ("Автор: X", "Rubrik: Y"), a one-word
read-also link before a separator ("طالع | ..."), a caption that ends with its photo's
credit ("... Beeld REUTERS", "... Name/Reuters", "... PAP", "(reprodução/...)"), and the
links and teasers under the article's last paragraph once the page's chrome has begun there.

None of them takes a line that ends like a sentence, except the tail rule's cut teasers
(a line cut with an ellipsis whose words are not the article's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from crosscheck.ingest.junk_lexicon_multi import AUTHOR_LABELS, FIELD_LABELS, READ_ALSO_WORDS
from crosscheck.ingest.junk_reasons import (
    BYLINE,
    CAPTION,
    CHROME,
    LINK,
    NAVIGATION,
    PUNCTUATION,
    RELATED,
    SHARE,
    TAGS,
)
from crosscheck.ingest.junk_sections import SECTION_WORDS
from crosscheck.ingest.junk_tail_links import headline_shaped

TAIL_TEASER = "links and teasers after the article"
MAX_FIELD_WORDS = 12
MIN_MENU_SECTIONS = 3
MENU_SHARE = 0.6
MIN_CAPTION_WORDS = 4
MAX_CAPTION_WORDS = 60
MAX_TAIL_WORDS = 30  # a cut teaser
MAX_TITLE_WORDS = 20  # a link's title
MAX_BEFORE_CHROME = 3  # lines over the first chrome under the article that may be its links
SHARED_WORDS = 0.5  # a tail line this much in the article's words is the article's own

_ENDS_SENTENCE = re.compile(r"[.!?؟…:;]['\"”’»)]*\s*$")
_SHARE_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})?\s?[KkMm]$")
_NETWORK = (
    r"facebook|twitter|linkedin|e-?mail|whatsapp|telegram|pinterest|reddit|messenger|"
    r"tumblr|vkontakte|print|copy link|flipboard|threads|bluesky"
)
_NETWORK_ROW = re.compile(rf"^(?:(?:{_NETWORK})[\s|,·•/]*){{2,}}$", re.IGNORECASE)
_MENU_SPLIT = re.compile(r"[\s|/•·,]+")
_LOGO = re.compile(r"^(?:\S+\s){1,3}logo$", re.IGNORECASE)
_FONT_WIDGET = re.compile(r"^(?=.*[+-])[+-]?[AaАа][+-]?(?:\s+[+-]?[AaАа][+-]?)+$")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FIELD = re.compile(
    rf"^\W*(?P<label>{_alternation([*AUTHOR_LABELS, *FIELD_LABELS])})\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(rf"^\W*(?:{_alternation(READ_ALSO_WORDS)})\s*[|»›]\s*\S", re.IGNORECASE)

_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|PAP|ANP|ANSA|dpa|DPA|EFE|DHA|IHA|AA|TASS|Belga|APA|"
    r"Lusa|Yonhap|Kyodo|Xinhua|Bernama|Antara|WAM|SPA|QNA|IRNA|SANA|WAFA|Getty Images|"
    r"Shutterstock|Handout|Agencia Brasil|Agência Brasil"
)
_NAME = r"[A-ZÀ-ÝА-ЯĄĆĘŁŃÓŚŹŻ][\w.'’-]*"
# a photo credit's word before a name; the English and French ones ("Credit Union") only
# as a field, with their colon
_PHOTO_WORD = (
    r"(?:(?i:beeld|foto|fot\.|fotó|zdjęcie|фото|bild|imagem|imagen)\s*:?|"
    r"(?i:photo|image|credit|crédit)\s*:)"
)
_CREDIT_END = re.compile(
    # "... Beeld REUTERS", "... Foto: Jan Kowalski", "... Photo Jane Doe"
    rf"\s{_PHOTO_WORD}\s*{_NAME}(?:[\s/&-]+{_NAME}){{0,4}}$|"
    # "... Mohamad Torokman/Reuters"
    rf"\s{_NAME}(?:\s{_NAME}){{0,3}}\s*/\s*(?:{_AGENCY})$|"
    # "... Ficę PAP": an agency's name, as it is written, closing a line with no stop (not
    # a headline's outlet after a separator: "... | Reuters")
    rf"(?<=\w)\s(?:{_AGENCY})$|"
    # "(reprodução/Secretaria de Segurança)", "(Foto: X)", "(courtesy of X)"
    r"\([^()]{0,60}\b(?i:reprodução|reproducción|reproduction|divulgação|handout|courtesy|"
    r"cortesía|foto|photo|archivo|arquivo|beeld|bild)\b[^()]{0,60}\)$"
)
_CREDIT_OPENER = re.compile(
    r"^\W*(?:by|from|source|sources|via|contributing|additional|reporting|editing|par|de|"
    r"selon|por|von|door|oleh|kaynak|источник|"
    r"джерело|स्रोत|المصدر|بقلم|كتب|عن)\b",
    re.IGNORECASE,
)
_AGENCY_ALONE = re.compile(
    rf"^\W*(?:{_AGENCY}|(?i:agence france[- ]presse|(?:the )?associated press|"
    r"press trust of india|agencia efe|europa press|anadolu agency|deutsche presse-agentur|"
    r"agenzia nova|ria novosti|interfax|ukrinform|[\w' -]{0,40}\b(?:news|press) agency|"
    r"agence [\w' -]{0,40}|agencia [\w' -]{0,40}|وكالة [\w -]{0,40}))\W*$"
)
_NOT_CHROME_MARKS = frozenset({None, CAPTION, BYLINE, LINK, PUNCTUATION})
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_QUOTE_OPENER = re.compile(r"^\s*[«“\"„‘']")  # quoted speech is the article's
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")  # the article's own numbered list
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_CUT = re.compile(r"(?:\s(?:\.{3}|…)|[^\W\d_]…)\s*$")


def edge_line_reason(line: str) -> str | None:
    """The reason a line is chrome by its shape alone (see the module), or None."""
    text = line.strip()
    if _SHARE_COUNT.match(text) or _LOGO.match(text) or _FONT_WIDGET.match(text):
        return CHROME
    if _NETWORK_ROW.match(text):
        return SHARE
    if _is_menu_row(text):
        return NAVIGATION
    field = _FIELD.match(text)
    if (
        field
        and len(field["value"].split()) <= MAX_FIELD_WORDS
        and (not _ENDS_SENTENCE.search(field["value"]) or ":" in field["value"])
    ):
        return BYLINE if field["label"].casefold() in AUTHOR_LABELS else TAGS
    if _READ_ALSO.match(text) and len(text.split()) <= MAX_TAIL_WORDS:
        return RELATED
    if _is_credited_caption(text):
        return CAPTION
    return None


def _is_menu_row(text: str) -> bool:
    """A menu printed on one line: three or more section names, most of its words
    ("GÜNCEL POLİTİKA EKONOMİ SPOR MAGAZİN FOTO GALERİ"), and no sentence."""
    if _ENDS_SENTENCE.search(text):
        return False
    tokens = [t for t in _MENU_SPLIT.split(text.lower().replace("i\u0307", "i")) if t]
    sections = sum(t in SECTION_WORDS for t in tokens)
    # in capitals or cut by separators, a row of links may carry other labels between them
    share = MENU_SHARE / 1.5 if text.isupper() or re.search(r"[|•·/]", text) else MENU_SHARE
    return sections >= MIN_MENU_SECTIONS and sections >= share * len(tokens)


def _is_credited_caption(text: str) -> bool:
    words = len(text.split())
    return (
        MIN_CAPTION_WORDS <= words <= MAX_CAPTION_WORDS
        and not _ENDS_SENTENCE.search(text.rstrip(")"))
        and _CREDIT_END.search(text) is not None
        and not _CREDIT_OPENER.match(text)
    )


def _about(line: str, words: set[str]) -> bool:
    own = [w.casefold() for w in _CONTENT_WORD.findall(line)]
    return bool(own) and sum(w in words for w in own) / len(own) >= SHARED_WORDS


def mark_tail_teasers(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """Under the article's last paragraph, when chrome sits there (a header, a date, a
    widget), the link titles and cut teasers around it that are not about the article are
    links to other stories; a credit, a line in the article's own words and a heading over
    such a line (the headline over its standfirst) stay."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    paragraphs = [i for i in nonblank if prose(lines[i]) and reasons[i] is None]
    whole = [i for i in paragraphs if not _CUT.search(lines[i])]
    words = {w.casefold() for i in whole for w in _CONTENT_WORD.findall(lines[i])}
    body = [i for i in paragraphs if i in whole or _about(lines[i], words)]
    if not body:
        return
    tail = [i for i in nonblank if i > body[-1]]
    # a caption, a byline or a bare link sits inside articles too: no sign of the chrome
    marks = [position for position, i in enumerate(tail) if reasons[i] not in _NOT_CHROME_MARKS]
    if not marks:
        return
    for position, i in enumerate(tail):
        text = lines[i].strip()
        # before the chrome, only a link's title or a cut teaser right over it
        if position < marks[0] and not (
            marks[0] - position <= MAX_BEFORE_CHROME
            and (headline_shaped(text) or _CUT.search(text))
        ):
            continue
        following = tail[position + 1] if position + 1 < len(tail) else None
        over_own = (
            following is not None and reasons[following] is None and _about(lines[following], words)
        )
        if (
            reasons[i] is None
            and not over_own
            and (
                _CUT.search(text) is not None
                if _ENDS_SENTENCE.search(text)
                else len(text.split()) <= MAX_TITLE_WORDS
            )
            and len(text.split()) <= MAX_TAIL_WORDS
            and not _QUOTE_OPENER.match(text)
            and not _CREDIT_OPENER.match(text)
            and not _AGENCY_ALONE.match(text)
            and not _NUMBERED.match(text)
            and not _URL_ONLY.match(text)
            and not _about(text, words)
        ):
            reasons[i] = TAIL_TEASER
