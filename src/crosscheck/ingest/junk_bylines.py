"""Bylines: the line that names the article's author, removed from the text and kept as the
article's author.

A byline names a person or the writing desk: "By Anna Chernova, CNN", "Par Jean Dupont",
"Por María López", "Written by: A and B", "Published By: Jane Doe", "كتب - طه عبيد :",
"بقلم: ...", "Jane Doe, Reuters correspondent", "FP Staff", "By Correspondent". A source or
agency CREDIT is not a byline and stays in the text, since it tells where the text came from:
"By The Associated Press", "par BFMTV", "Por EFE", "Source: QNA", "Reuters", "(AFP)".

`byline_author` returns the author named by a byline line, or None for any other line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

BARE_BYLINE = "byline"
MAX_BYLINE_CHARS = 120
MAX_BARE_NAME_WORDS = 3
MAX_NAME_WORDS = 5
STEM_CHARS = 5  # words that share their first letters are one word's forms here

# Words that open a byline, in the languages the news comes in.
_OPENER = re.compile(
    r"^\W*(?:(?:written|posted|reported|reporting|published|edited|compiled|curated|produced)"
    r"\s+by|by|author|authors|reporter|par|rédigé\s+par|publié\s+par|écrit\s+par|"
    r"texte|por|von|di|بقلم|كتبت|كتب|إعداد|اعداد)\b\s*[:\-–—|]?\s*(?=\S)",
    re.IGNORECASE,
)
_ARABIC_OPENER = re.compile(r"^\W*(?:بقلم|كتبت|كتب|إعداد|اعداد)")
# What a desk, not a person, signs: "By Correspondent", "FP Staff", "Web Desk".
_DESK = re.compile(
    r"^(?:(?:our|a|special|staff|senior|foreign|diplomatic|local)\s+)?"
    r"(?:correspondent|reporter|staff\s+writer|staff\s+reporter|web\s+desk|news\s+desk)$|"
    r"^(?-i:[A-Z]{2,5})\s+(?:staff|bureau|desk|correspondent|web\s+desk|news\s+desk)$",
    re.IGNORECASE,
)
# Names of organisations: a credit line naming one is the source's, not an author's.
_ORGANISATION = re.compile(
    r"\b(?:press|presse|agency|agence|agencia|agenzia|news|associated|reuters|afp|ap|efe|"
    r"dpa|ansa|pti|ani|ians|xinhua|anadolu|tass|wam|qna|spa|mena|irna|bbc|tv|radio|"
    r"médias?|media|wire|newswire|service|journal|times|post|herald|tribune|agencies)\b",
    re.IGNORECASE,
)
# A person's role after the name: "Jane Doe, Reuters correspondent", "X - envoyé spécial".
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|staff writer|writer|editor|journalist|contributor|columnist|"
    r"envoyée?\s+spéciale?|correspondante?|journaliste|rédact(?:eur|rice)|reportera?|"
    r"corresponsal|periodista|redactora?|مراسلة?|محررة?|الصحفية?)\b",
    re.IGNORECASE,
)
# "; Editing by X" and "avec AFP" close a byline as an outlet or a role does.
_SEGMENT_SPLIT = re.compile(
    r"\s*(?:,|،|;|\||\s[-–—]\s|\s/\s|:$|\s(?:avec|with|con|mit)\s(?=\S))\s*", re.IGNORECASE
)
_AUTHORS_SPLIT = re.compile(r"\s+(?:and|&|et|y|e|und|و)\s+|\s*[,،]\s*", re.IGNORECASE)
# Particles inside Latin-script names ("Ursula von der Leyen", "Ahmed bin Salem").
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "le", "van", "von",
     "der", "den", "bin", "ben", "ibn", "al", "el", "y"}
)  # fmt: skip
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|[a-z]{1,3}-[A-Z][\w'’-]*)$", re.UNICODE)
_ARABIC_TOKEN = re.compile(r"^[\u0621-\u064a\u0670]+$")
MAX_ARABIC_NAME_WORDS = 3
# Words of an Arabic sentence, not of a name: "كتب الرئيس على حسابه" is not a byline.
_ARABIC_NOT_NAMES = frozenset(
    {"في", "على", "عن", "أن", "إن", "من", "إلى", "الى", "قال", "أنه", "اليوم"}
)
_SENTENCE_END = re.compile(r"[!?؟…]\s*$|[^A-Z.]\.\s*$")
_BARE_NAME_TOKEN = re.compile(
    r"^(?:[a-z]{1,3}-)?(?:[A-ZÀ-Ý][a-zß-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zß-ÿ]+)?|[A-Z]\.)$"
)
# Past the first paragraph a byline sits by the article's date or time stamp; a sub-heading
# beside a caption does not make a byline.
_DATE_LINES = frozenset({"timestamp line", "dateline (publication date)"})
# A name beside these is an item of the list they open or close, not a byline.
_LIST_CHROME = frozenset(
    {"related-links block", "navigation menu", "comment form", "comment section",
     "share buttons", "list of headline links", "tag line"}
)  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def _is_person(name: str, arabic: bool) -> bool:
    """Whether a text is one person's name: capitalised Latin words (two to five, particles
    allowed), or one to five Arabic words after an Arabic opener."""
    tokens = name.split()
    if not 0 < len(tokens) <= MAX_NAME_WORDS:
        return False
    if arabic and all(_ARABIC_TOKEN.match(t) for t in tokens):
        return len(tokens) <= MAX_ARABIC_NAME_WORDS and not _ARABIC_NOT_NAMES & set(tokens)
    names = [t for t in tokens if t.casefold() not in _PARTICLES]
    return len(names) >= 2 and all(_NAME_TOKEN.match(t) for t in names)


def _authors(names: str, arabic: bool) -> str | None:
    """The names of a byline's author part ("A and B", "A, B"), or None when any part is
    not a person's name or a desk (an organisation's credit, a sentence)."""
    if _DESK.match(names):
        return names
    if _ORGANISATION.search(names):
        return None
    parts = [p for p in _AUTHORS_SPLIT.split(names) if p]
    if parts and all(_is_person(p, arabic) for p in parts):
        return names
    return None


# "القاهرة - علي البلهاسي:" (city - writer:), the Arabic press's byline over the first
# paragraph; "أنقرة - العرب اليوم" (city - outlet) and "غزة - وكالات" are credits.
_ARABIC_CITY_BYLINE = re.compile(
    r"^[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,})?\s*[-–—]\s*"
    r"((?!ال)[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,}){1,2})\s*:$"
)
_ARABIC_SOURCES = frozenset(
    {"وكالة", "وكالات", "رويترز", "الأناضول", "سبوتنيك", "واس", "وام", "قنا", "بترا", "سانا",
     "إرنا", "كونا", "مصادر", "خاص", "متابعات", "الأنباء", "فرانس", "برس", "نيوز", "اليوم",
     "بوابة", "صحيفة", "جريدة", "موقع", "قناة", "مجلة", "شبكة", "عربية", "مراسلنا", "مكتب"}
)  # fmt: skip


def _arabic_city_byline(text: str) -> str | None:
    found = _ARABIC_CITY_BYLINE.match(text)
    if found is None or _ARABIC_SOURCES & set(found.group(1).split()):
        return None
    return found.group(1)


def byline_author(line: str) -> str | None:
    """The author a byline line names ("By Anna Chernova, CNN" -> "Anna Chernova"), or None
    when the line is not a byline (a source credit, a sentence, anything else)."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_BYLINE_CHARS or _SENTENCE_END.search(text):
        return None
    city_byline = _arabic_city_byline(text)
    if city_byline is not None:
        return city_byline
    opener = _OPENER.match(text)
    rest = text[opener.end() :] if opener else text
    segments = [s for s in _SEGMENT_SPLIT.split(rest) if s]
    if not segments:
        return None
    arabic = bool(opener and _ARABIC_OPENER.match(text))
    if opener is None:
        return _signed_without_opener(segments)
    # "By A, Outlet" or "By A, B and C": the fewest segments that name people, the rest
    # an outlet, a role or a place (an outlet may look like a name: "Valley Courier").
    for count in range(1, len(segments) + 1):
        names = ", ".join(segments[:count])
        author = _authors(names, arabic)
        if author is not None and all(_trailer(s) for s in segments[count:]):
            return author
    return None


def _trailer(segment: str) -> bool:
    """What may follow a byline's names: an outlet, a role, a place (a few words)."""
    return len(segment.split()) <= 6


def _signed_without_opener(segments: list[str]) -> str | None:
    """A byline with no "By": a desk alone ("FP Staff"), or a name and a role ("Jane Doe,
    Reuters correspondent")."""
    if len(segments) == 1:
        return segments[0] if _DESK.match(segments[0]) else None
    name, role = segments[0], " ".join(segments[1:])
    if _is_person(name, arabic=False) and _ROLE.search(role) and len(role.split()) <= 8:
        return name
    return None


def author_of(line: str) -> str:
    """The author to keep as metadata for a line removed as a byline: the names it gives, or
    the line without its opener ("Published By: India Today Web Desk" -> "India Today Web
    Desk")."""
    author = byline_author(line)
    if author is not None:
        return author
    text = " ".join(line.split())
    opener = _OPENER.match(text)
    return text[opener.end() :] if opener else text


def _bare_name(line: str) -> bool:
    """A line that is only a person's name in Latin script: two or three capitalised words
    ("Aldgra Fredly", "oi-Madhuri Adnal"), no digit, no punctuation but initials."""
    tokens = line.split()
    return 2 <= len(tokens) <= MAX_BARE_NAME_WORDS and all(
        _BARE_NAME_TOKEN.match(t) for t in tokens
    )


_SOURCE_OPENER = re.compile(r"^(?:from|via|source|sources|with|selon|avec|de)\b", re.I)


def _names_a_source(text: str) -> bool:
    """A credit to an outlet or an agency ("From Example News"), not a person's name."""
    return _ORGANISATION.search(text) is not None or _SOURCE_OPENER.match(text) is not None


def _words_elsewhere(lines: Sequence[str], i: int) -> set[str]:
    """The folded words of every line but line i."""
    return {w.casefold() for k, line in enumerate(lines) if k != i for w in _WORDS.findall(line)}


def mark_bare_bylines(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """A person's name alone on a line in the article's head (after the page's first line,
    before its first paragraph of prose, or in the first half of the page next to the
    article's date or time stamp) whose words the page uses nowhere else: the byline of a
    page that prints no "By". A sub-heading or a headline uses the article's words
    ("Indirect Talks" over a paragraph on indirect talks); a name quoted in the article
    appears again in it."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    first_prose = next((i for i in nonblank if prose(lines[i])), None)
    if first_prose is None:
        return
    half = nonblank[len(nonblank) // 2]
    for k, i in enumerate(nonblank[1:], start=1):
        if i > half:
            break
        text = " ".join(lines[i].split())
        if reasons[i] is not None or not _bare_name(text) or _names_a_source(text):
            continue
        neighbours = [nonblank[j] for j in (k - 1, k + 1) if 0 <= j < len(nonblank)]
        beside = {reasons[j] for j in neighbours} - {None}
        if (i > first_prose and not beside & _DATE_LINES) or beside & _LIST_CHROME:
            continue
        own = {w.casefold() for w in _WORDS.findall(text)}
        if not own & _words_elsewhere(lines, i):
            reasons[i] = BARE_BYLINE


def _signature(lines: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """Whether line i is a person's name alone whose words the page uses nowhere else, and
    is no organisation's name ("Agence France-Presse", "Al Jazeera")."""
    text = " ".join(lines[i].split())
    if reasons[i] is not None or not _bare_name(text) or _names_a_source(text):
        return False
    if text.split()[0].casefold() in _PARTICLES:
        return False
    stems = {w[:STEM_CHARS] for w in _words_elsewhere(lines, i)}
    return not any(w.casefold()[:STEM_CHARS] in stems for w in _WORDS.findall(text))


def mark_signature_bylines(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """A person's name alone right under the article's last paragraph of prose, with the
    page's chrome and only chrome after it: the writer's signature at the article's foot. A
    name whose words (or their stems: "Mediations" / "mediation") the article uses, a
    credit, an outlet's name and a last line of a cut page stay."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    paragraphs = [k for k, i in enumerate(nonblank) if prose(lines[i])]
    if not paragraphs:
        return
    k = paragraphs[-1] + 1
    if k >= len(nonblank) or not _signature(lines, reasons, nonblank[k]):
        return
    after = nonblank[k + 1 :]
    if after and all(reasons[i] is not None for i in after):
        reasons[nonblank[k]] = BARE_BYLINE
