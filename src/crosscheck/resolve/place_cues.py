"""One-word names the text itself calls places, whatever the tagger said: "the village of
Ramidanda", "Athabiscot municipality", "Ramidanda, where the epicentre lies", "atteindre
Ramidanda, où ...". A small model tags a village it has never seen as a person or an
organisation; a reader knows it is a place from these words around it.

Only cues that a person's or an organisation's name does not take: a settlement's noun and
"of"/"de" before it, an administrative head after it, and "where"/"où" right after a comma.
The caller keeps out the words of the story's full person names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.annotate.name_lexicon import PLACE_HEADS
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import name_tokens

__all__ = ["place_cued_words", "preposition_cued_words"]

_SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|city|district|municipality|province|region|commune|ville|localité"
    r"|région|aldea|pueblo|ciudad)\s+(?:of|de|d['’])\s*$",
    re.IGNORECASE,
)
_WHERE = re.compile(r"^\s*,\s*(?:where|où|donde)\b", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"^[ -]+([a-z]+)")
_HEADS = PLACE_HEADS | {"village", "town", "rural"}


def place_cued_words(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """Folded one-word names that some sentence of the story calls a place."""
    cued: set[str] = set()
    for art in articles:
        text = art.article.text
        for m in art.mentions:
            toks = name_tokens(m.text)
            if m.kind != "name" or len(toks) != 1 or not m.text[:1].isupper():
                continue
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 20]
            head = _HEAD_AFTER.match(after)
            if (
                _SETTLEMENT_OF.search(before)
                or _WHERE.match(after)
                or (head is not None and head.group(1) in _HEADS)
            ):
                cued.add(toks[0])
    return cued


# A locative preposition in lower case right before the name, in the languages read here
# ("in Paiporta", "à Chiva", "dans Jajarkot", "en Paiporta", "em Chiva").
_LOCATIVE = re.compile(r"(?<![\w-])(?:in|near|outside|à|dans|près de|en|em|nel|nella)\s+$")


def preposition_cued_words(articles: Sequence[AnnotatedArticle]) -> dict[str, set[str]]:
    """Folded one-word names the tagger called persons or organisations that some sentence
    writes right after a locative preposition, with the types so cued. Weaker than the cues
    above ("in Congress" is an organisation), so the caller weighs it against the tag, and
    never reads it for a word of a person's name, nor before a possessive ("in Sánchez's
    speech")."""
    cued: dict[str, set[str]] = {}
    for art in articles:
        text = art.article.text
        for m in art.mentions:
            toks = name_tokens(m.text)
            if m.kind != "name" or m.type not in ("PERSON", "ORG") or len(toks) != 1:
                continue
            if text[m.end : m.end + 2] in ("'s", "’s"):
                continue
            if _LOCATIVE.search(text[max(0, m.start - 12) : m.start]):
                cued.setdefault(toks[0], set()).add(m.type)
    return cued
