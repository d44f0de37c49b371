"""The news agency an article relays as a whole, read from its credits: the agency in brackets
after the outlet's name ("Dunya News (Reuters)"), a dateline ("RABAT, 10th September (WAM) -",
"Accra, Sept. 12, GNA-"), a closing credit ("-Bernama", "Source: Qatar News Agency", "(Reuters,
AFP)"), a relay line ("avec AFP", "with Reuters"), else the one news agency the text names as
reporting it ("the official MAP agency said", "The Moroccan News Agency reported").

Agencies are keyed so that every way of writing one agency gets one key: the world and national
agencies by their usual names and acronyms, any other "<Country> News Agency" by its initials
("Jordan News Agency" -> "agency:jna")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crosscheck.claims.source_names import AGENCY, agency_key
from crosscheck.records import Article

# National agencies that relay official statements (full names as written in English, French
# and Arabic, and acronyms); the wire agencies are in the lexicon.
_NATIONAL: dict[str, tuple[str, ...]] = {
    "map": ("MAP", "Maghreb Arabe Presse", "Maghreb Arabe Press", "Maghreb Arab Press",
            "Maghreb Arab News Agency", "Moroccan News Agency", "Agence Marocaine de Presse",
            "وكالة المغرب العربي للأنباء"),
    "qna": ("QNA", "Qatar News Agency", "وكالة الأنباء القطرية"),
    "wam": ("WAM", "Emirates News Agency", "وكالة أنباء الإمارات"),
    "spa": ("SPA", "Saudi Press Agency", "وكالة الأنباء السعودية"),
    "kuna": ("KUNA", "Kuwait News Agency"),
    "ona": ("ONA", "Oman News Agency", "وكالة الأنباء العمانية"),
    "mena": ("MENA", "Middle East News Agency"),
    "aps": ("APS", "Algeria Press Service", "Algérie Presse Service"),
    "tap": ("TAP", "Tunis Afrique Presse"),
    "petra": ("Petra", "Jordan News Agency"),
    "ina": ("INA", "Iraqi News Agency"),
    "bna": ("BNA", "Bahrain News Agency"),
    "irna": ("IRNA", "Islamic Republic News Agency"),
    "isna": ("ISNA", "Iranian Students' News Agency"),
    "mehr": ("Mehr", "Mehr News Agency"),
    "tasnim": ("Tasnim", "Tasnim News Agency"),
    "fars": ("Fars", "Fars News Agency"),
    "gna": ("GNA", "Ghana News Agency"),
    "nan": ("NAN", "News Agency of Nigeria"),
    "aps_sn": ("APS Senegal", "Agence de Presse Sénégalaise"),
    "mapn": ("MAP Niger",),
    "wafa": ("WAFA", "Palestinian News Agency"),
    "nna": ("NNA", "National News Agency"),
    "ena": ("ENA", "Ethiopian News Agency"),
    "kyodo": ("Kyodo",),
    "antara": ("Antara",),
    "pap": ("PAP", "Polish Press Agency"),
    "ukrinform": ("Ukrinform",),
    "apa": ("APA", "Azerbaijan Press Agency"),
}  # fmt: skip
_VARIANT = {fold: key for key, names in _NATIONAL.items() for fold in map(str.casefold, names)}
_ACRONYMS = {n: k for k, names in _NATIONAL.items() for n in names if n.isupper() and len(n) > 2}
_ACRONYM = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _ACRONYMS)) + r")(?![\w-])")
# "Qatar News Agency", "the official Saudi Press Agency", "Agence Tunis Afrique Presse"
_AGENCY_NAME = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,4}(?:News|Press)\s+Agency|Agence\s+(?:[\w'’-]+\s+){1,4}"
    r"(?:Presse|de\s+presse)(?:\s+\w+)?|وكالة\s+(?:\S+\s+){0,2}?(?:الأنباء|للأنباء)(?:\s+\S+)?)"
)
_BRACKET = re.compile(r"\(([^()]{2,40})\)\s*$")
# "RABAT, 10th September, 2023 (WAM) -", "Accra, Sept. 12, GNA-His Majesty", "VALÈNCIA (EFE).
# Las ...", "par Gopal Sharma KATMANDOU (Reuters) -" (a byline before the place)
_DATELINE = re.compile(
    r"^(?:(?:[Bb]y|[Pp]ar|[Pp]or)\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3})?"
    r"[A-ZÀ-Ý][^\n]{0,60}?(?:\(([^()\n]{2,40})\)\s*(?:[-–—:]|\.\s*[-–—]?\s)|,\s*([A-Z]{2,6})\s*[-–—])"
)
_CLOSING = re.compile(
    r"^\s*(?:[-–—]\s*|(?:source|sources|with|avec|(?:\w+\s+)?by)\s*:?\s+)?\(?([^()\n]{2,60}?)\)?\s*$",
    re.IGNORECASE,
)
_RELAY = re.compile(r"\((?:avec|with)\s+([^()\n]{2,30})\)|\b(?:avec|with)\s+(AFP|Reuters|AP)\s*$")
_PHOTO_CREDIT = re.compile(r"\s*(photo|image|picture|file|credit)s?\b", re.IGNORECASE)
_PHOTO = re.compile(r"(photo|image|picture|file|credit)s?\s*:?\s*$|/\s*$", re.IGNORECASE)


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = re.sub(r"^(?:the|l['’]|la|le)\s*", "", plain.strip(" \"“”«»'").casefold())
    return re.sub(r"\s+", " ", re.sub(r"^(?:official|state|state-run)\s+", "", plain))


def agency_origin(name: str) -> str | None:
    """The origin key of a news agency's name: 'agency:afp' for "Agence France-Presse",
    'agency:map' for "Maghreb Arabe Presse (MAP)", 'agency:jna' for "Jordan News Agency";
    None when the name is not an agency's."""
    wire = agency_key(name)
    if wire is not None:
        return wire
    acronym = _ACRONYM.search(name)
    if acronym is not None:
        return f"agency:{_ACRONYMS[acronym.group(1)]}"
    folded = _fold(name)
    if folded in _VARIANT:
        return f"agency:{_VARIANT[folded]}"
    found = _AGENCY_NAME.search(name)
    if found is None:
        return None
    written = _fold(found.group(1))
    if written in _VARIANT:
        return f"agency:{_VARIANT[written]}"
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", written) if w not in ("de", "of"))
    return f"agency:{initials}"


def _credit_lines(text: str) -> list[str]:
    """Names credited by the article's first lines (datelines) and last lines (credits)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    names: list[str] = []
    for line in lines[:4]:
        found = _DATELINE.match(line)
        if found:
            names.append(found.group(1) or found.group(2))
    for line in lines[-3:]:
        relay = _RELAY.search(line)
        if relay:
            names.append(relay.group(1) or relay.group(2))
        # a credit is a few words ("Source: Qatar News Agency"), not a sentence naming one
        closing = _CLOSING.match(line) if len(line.split()) <= 6 else None
        if closing and not _PHOTO_CREDIT.match(line):
            names += re.split(r"[,/]| and | et ", closing.group(1))
    return names


def credited_agency(article: Article) -> str | None:
    """The agency the whole article relays, from the outlet's name and the article's credit
    lines; None when none is credited."""
    if article.outlet:
        bracket = _BRACKET.search(article.outlet)
        if bracket and not bracket.group(1).lower().startswith("via "):
            key = agency_origin(bracket.group(1))
            if key is not None:
                return key
    for name in _credit_lines(article.text):
        key = agency_origin(name.strip())
        if key is not None:
            return key
    return agency_origin(article.author) if article.author else None


# "the official MAP agency said", "Maghreb Arabe Presse (MAP) reported", "according to MAP"
_REPORTING = re.compile(
    r"\s*(?:\([^()]{2,10}\)\s*)?(?:[\"”»]\s*)?(?:agency\s+)?(?:said|says|reported|reports|quoted|"
    r"cited|carried|added|indicated|announced|a\s+rapporté|rapporte|a\s+indiqué|indique|selon)\b"
)


_CITING = re.compile(
    r"(according to|selon|carried by|told|relayed by|cited by)\s+(the\s+)?[\w\s'’“\"]{0,25}$",
    re.IGNORECASE,
)


def cited_agencies(text: str) -> set[str]:
    """The agencies the text names as reporting something ("MAP reported", "according to the
    Qatar News Agency"), photo credits left out."""
    found: set[str] = set()
    names = [*_AGENCY_NAME.finditer(text), *_ACRONYM.finditer(text), *AGENCY.finditer(text)]
    for match in names:
        before = text[max(0, match.start() - 30) : match.start()]
        after = text[match.end() : match.end() + 40]
        reporting = _REPORTING.match(after) or _CITING.search(before)
        if reporting and not _PHOTO.search(before[-12:]):
            key = agency_origin(match.group(1))
            if key is not None:
                found.add(key)
    return found


# "Israeli Channel Kan revealed", "the newspaper reported": a medium other than an agency
_OTHER_MEDIA = re.compile(
    r"\b(?:channel|newspaper|paper|broadcaster|television|daily|website|magazine)\b[^.\n]{0,40}?"
    r"\b(?:revealed|reported|said|published|quoted|cited)\b",
    re.IGNORECASE,
)


# an article's text is read for its cited agency by its own origin and again by the copies
# that relay it: once per text
@lru_cache(maxsize=1 << 13)
def sole_cited_agency(text: str) -> str | None:
    """The one source the text cites as reporting, when that is one agency and no channel,
    newspaper or other medium is cited as reporting too."""
    if _OTHER_MEDIA.search(text):
        return None
    cited = cited_agencies(text)
    return next(iter(cited)) if len(cited) == 1 else None


def relayed_agency(article: Article) -> str | None:
    """The agency the article relays: credited, else the only source its text cites as
    reporting, when that is one agency (an outlet that writes "MAP reported that the King
    visited..." is rewriting MAP's dispatch; one that also cites a channel is not)."""
    return credited_agency(article) or sole_cited_agency(article.text)
