"""The World Heritage status of a named monument as an article states it, in English and
French: listed ("Classified to the world heritage of UNESCO the magnificent Tinmel mosque",
"the Koutoubia Mosque, a UNESCO World Heritage site", "inscrite au patrimoine mondial") or
only proposed ("the Tinmel Mosque, which had been proposed for listing as a World Heritage
site", "on UNESCO's tentative list"). Two outlets giving one monument the two statuses disagree
(see corroborate/heritage.py).

A sentence counts only when it names one monument (a capitalised name with a monument noun:
"Tinmel Mosque", "la mosquée de Tinmel") and one status; a negated or hedged status ("is not
listed", "hopes to be listed", "could be inscribed") is not read, nor a sentence giving both
(a site proposed in one year and listed in another)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.routes import fold_place_name
from crosscheck.records import AnnotatedArticle, Span

LISTED, PROPOSED = "listed", "proposed"
_HERITAGE = re.compile(r"world\s*heritage|patrimoine\s+mondial|patrimonio\s+mundial", re.I)
_STATUS = {
    PROPOSED: re.compile(
        r"\b(?:proposed|nominated|nomination|tentative list|candidate|candidacy|bid|submitted|"
        r"proposée?s?|candidature|liste indicative)\b",
        re.I,
    ),
    LISTED: re.compile(
        r"\b(?:classified|classed|listed|inscribed|declared|designated|"
        r"classée?s?|inscrite?s?|déclarée?s?)\b"
        # "the Koutoubia, a World Heritage site", not "proposed for listing as a ... site"
        r"|(?<!\bas\s)\ba\s+(?:unesco\s+)?world\s*heritage\s+site\b",
        re.I,
    ),
}
_UNSURE = re.compile(
    r"\b(?:not|never|no longer|n['’]t|hopes?|hoped|hoping|could|would|might|may|aims?|seeks?|"
    r"wants?|plans?|if|whether|ne|pas|pourrait|espère)\b",
    re.I,
)
# Each monument noun with its English form, so that "la mosquée de Tinmel" and "the Tinmel
# Mosque" are one monument and "the Herat citadel" and "the Herat mosque" two.
_NOUNS = {
    **{
        noun: noun
        for noun in (
            "mosque cathedral church temple palace castle fortress fort minaret monastery shrine"
            " synagogue citadel kasbah ksar mausoleum tomb madrasa abbey basilica"
        ).split()
    },
    "mosquée": "mosque",
    "cathédrale": "cathedral",
    "église": "church",
    "palais": "palace",
    "château": "castle",
    "forteresse": "fortress",
    "monastère": "monastery",
    "citadelle": "citadel",
    "mausolée": "mausoleum",
    "medersa": "madrasa",
}
_NOUN = "|".join(sorted(_NOUNS, key=len, reverse=True))
_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*"
# "the Tinmel Mosque", "la mosquée de Tinmel", "the Great Mosque of Herat"
_MONUMENTS = (
    re.compile(rf"\b(?P<name>{_NAME})\s+(?P<noun>(?i:{_NOUN}))\b"),
    re.compile(rf"\b(?P<noun>(?i:{_NOUN}))\s+(?:de\s+|d['’]\s*|of\s+)?(?P<name>{_NAME})"),
)
# Sentence-initial and other words that are no part of a monument's name.
_NOT_NAMES = frozenset("the a an its this that historic old ancient great grand la le les".split())


@dataclass(frozen=True, slots=True)
class HeritageStatus:
    """One article's statement of a monument's World Heritage status."""

    monument: str  # the monument's name and English noun, folded ("tinmel mosque")
    written: str  # the name as written, with its noun ("Tinmel Mosque")
    status: str  # LISTED or PROPOSED
    span: Span  # the sentence


def _monuments(words: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in (m for pattern in _MONUMENTS for m in pattern.finditer(words)):
        name = match.group("name")
        noun = _NOUNS[match.group("noun").lower()]
        kept = [w for w in name.split() if w.lower() not in _NOT_NAMES]
        if kept:
            written = match.group()
            first = written.split()[0]
            if first.lower() in _NOT_NAMES:
                written = written[len(first) :].lstrip()
            found.setdefault(fold_place_name(" ".join([*kept, noun])), written)
    return found


def _status(words: str) -> str | None:
    stated = {status for status, pattern in _STATUS.items() if pattern.search(words)}
    return next(iter(stated)) if len(stated) == 1 else None


def heritage_statuses(annotated: AnnotatedArticle) -> list[HeritageStatus]:
    """Every monument with its World Heritage status the article states."""
    text = annotated.article.text
    found = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not _HERITAGE.search(words) or _UNSURE.search(words):
            continue
        status = _status(words)
        monuments = _monuments(words)
        if status is None or len(monuments) != 1:
            continue
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        ((monument, written),) = monuments.items()
        found.append(HeritageStatus(monument, written, status, span))
    return found
