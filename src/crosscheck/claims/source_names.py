"""Names of sources: wire agencies (and the credit lines and datelines that name them), media
outlets by their words, posts embedded in a page, and the folding that makes two spellings of
one source one key."""

from __future__ import annotations

import re
import unicodedata

from crosscheck.claims.lexicon import AGENCIES, HONORIFICS, MEDIA_NAME_WORDS
from crosscheck.records import SourceLink


def _variant_pattern(variant: str) -> str:
    escaped = re.escape(variant)
    return escaped if variant.isupper() or len(variant) <= 4 else f"(?i:{escaped})"


_AGENCY_ALTERNATIVES = sorted(
    ((variant, key) for key, (_, variants) in AGENCIES.items() for variant in variants),
    key=lambda pair: -len(pair[0]),
)
AGENCY = re.compile(
    r"(?<![\w-])(" + "|".join(_variant_pattern(v) for v, _ in _AGENCY_ALTERNATIVES) + r")(?![\w-])"
)
AGENCY_KEY = {v.lower(): k for v, k in _AGENCY_ALTERNATIVES}
# "DAMASCUS (AFP) -", "BAKU, July 12 (Reuters) —"
_DATELINE = re.compile(r"^[^\n]{0,80}?\(([^()\n]{2,40})\)\s*[-–—]")
# A closing credit line: "(Reuters)", "mkg/hc (Reuters, AFP)", "— Reuters".
_CLOSING = re.compile(r"^\s*(?:[a-z]{1,4}(?:/[a-z]{1,4})*\s*)?\(([^()\n]{2,60})\)\s*$")
_CLOSING_DASH = re.compile(r"[-–—]\s*([A-Za-z][A-Za-z .-]{1,40})\s*$")


# The signature line under a post embedded in a page: "— Badr Albusaidi (@badralbusaidi) May
# 23, 2025". The post's text is the line above it, the author's words, not the outlet's.
POST_SIGNATURE = re.compile(
    r"^[ \t]*[—–-][ \t]*([^\n()@]{2,80}?)[ \t]*\(@\w{1,30}\)[ \t]*[^\n]{0,40}$", re.MULTILINE
)


def fold(text: str) -> str:
    """Lower-case, diacritics removed, punctuation and honorifics dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = undot(plain)
    words = re.findall(r"[\w'-]+", plain.replace("’", "'"))
    return " ".join(w for w in words if w not in HONORIFICS and w not in ("the", "a", "an"))


def undot(text: str) -> str:
    """Dotted acronyms written as one word: "U.S." -> "US", so "a senior U.S. official" and
    "a senior US official" fold alike."""
    return re.sub(r"\b(?:\w\.){2,}", lambda m: m.group(0).replace(".", ""), text)


def is_media_name(name: str) -> bool:
    """Whether a name is a media outlet's by its words: "The New York Times", "Wall Street
    Journal", "Channel 12", "Yedioth Ahronoth"."""
    if not any(ch.isupper() for ch in name):  # "news today" is no outlet's name
        return False
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(words & MEDIA_NAME_WORDS)


def agency_key(name: str) -> str | None:
    """`agency:afp` for "Agence France-Presse", "AFP", "the French news agency"; else None."""
    found = AGENCY.search(name)
    return f"agency:{AGENCY_KEY[found.group(1).lower()]}" if found else None


def agency_link(key: str) -> SourceLink:
    """The agency link of an `agency:` key."""
    code = key.split(":", 1)[1]
    return SourceLink(kind="agency", name=AGENCIES[code][0], key=key)


def article_credits(text: str) -> list[SourceLink]:
    """Agencies credited for the whole article: a dateline, or a closing credit line."""
    lines = [line for line in text.splitlines() if line.strip()]
    names: list[str] = []
    for line in lines[:4]:
        found = _DATELINE.match(line)
        if found:
            names += found.group(1).split(",")
    if lines:
        last = lines[-1]
        closing = _CLOSING.match(last) or _CLOSING_DASH.search(last)
        if closing:
            names += re.split(r"[,/]| and ", closing.group(1))
    keys = [agency_key(n.strip()) for n in names]
    return [agency_link(k) for k in dict.fromkeys(k for k in keys if k)]


def embedded_post_spans(text: str) -> list[tuple[int, int]]:
    """The text span of each post embedded in the page: the line above its signature."""
    spans = []
    for signature in POST_SIGNATURE.finditer(text):
        end = len(text[: signature.start()].rstrip())
        start = text.rfind("\n", 0, end) + 1
        if end > start:
            spans.append((start, end))
    return spans
