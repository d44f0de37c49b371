"""Where an article's main event happened, and whether two articles' places can be one.

A reader keeps two meetings apart when one was in Paris and the other in Baku, however alike
their wording. The place of an article's event is the first city-level place named with "in" or
"at" in a lead sentence that names an event ("officials met in Baku"), else the dateline city
("BAKU, Azerbaijan –"). Countries are too coarse to tell events apart ("in Syria" and "in
Damascus" can be one event), so they are never an event's place here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.annotate.gazetteer import country_of
from crosscheck.records import AnnotatedArticle, Entity
from crosscheck.resolve.resolver import Resolution

LEAD_PARAGRAPHS = 4
# Streets and buildings (FAC) are below what tells two events apart: reports of one incident
# name different streets.
_PLACE_TYPES = ("GPE", "LOC")
_LOCATIVE = re.compile(r"\b(in|at)\s+(the\s+)?([\w'’-]+,?\s+){0,2}$", re.IGNORECASE)
_DATELINE_END = re.compile(r"^\s*(,|\(|–|—|-|:)")
# Words of a photo caption: what it dates and places is the picture's, not the report's event.
CAPTION_WORDS = frozenset(
    "photo photos photograph picture pictures pictured image images file caption".split()
)


def _lead_end(article: AnnotatedArticle) -> int:
    paragraphs = article.article.paragraphs
    if not paragraphs:
        return len(article.article.text)
    return paragraphs[min(LEAD_PARAGRAPHS, len(paragraphs)) - 1].end


def _city_level(article: AnnotatedArticle, index: int) -> bool:
    mention = article.mentions[index]
    return mention.type in _PLACE_TYPES and country_of(mention.text) is None


def event_place(
    article: AnnotatedArticle, resolution: Resolution, triggers: frozenset[str]
) -> str | None:
    """Entity id of the place of the article's main event, or None when the lead names none."""
    text = article.article.text
    lead_end = _lead_end(article)
    key = article.article.id
    for sentence in article.sentences:
        if sentence.start > lead_end:
            break
        words = set(text[sentence.start : sentence.end].lower().split())
        if not words & triggers or words & CAPTION_WORDS:
            continue
        for index, mention in enumerate(article.mentions):
            inside = sentence.start <= mention.start < sentence.end
            if not inside or not _city_level(article, index):
                continue
            if _LOCATIVE.search(text[max(0, mention.start - 40) : mention.start]):
                return resolution.entity_of.get((key, index))
    return _dateline_place(article, resolution)


def _dateline_place(article: AnnotatedArticle, resolution: Resolution) -> str | None:
    text = article.article.text
    first_line_start = article.article.paragraphs[0].start if article.article.paragraphs else 0
    for index, mention in enumerate(article.mentions):
        if mention.start > first_line_start + 2:
            break
        if _city_level(article, index) and _DATELINE_END.match(text[mention.end :]):
            return resolution.entity_of.get((article.article.id, index))
    return None


def place_forms(entities: Sequence[Entity]) -> dict[str, tuple[str, ...]]:
    """Every written form of each place entity, lower-cased, to look for in other articles."""
    return {
        e.id: tuple(sorted({f.lower() for f in (e.name, *e.aliases) if len(f) > 2}))
        for e in entities
        if e.type in _PLACE_TYPES
    }


def places_compatible(
    first: int,
    second: int,
    places: Sequence[str | None],
    texts: Sequence[str],
    forms: dict[str, tuple[str, ...]],
) -> bool:
    """Whether two articles may report one event as far as its place goes: yes when either
    place is unknown, when they are the same place, or when either article names the other's
    place anywhere ("East Flatbush" and "a Brooklyn neighbourhood"): the places may be one
    inside the other."""
    a, b = places[first], places[second]
    if a is None or b is None or a == b:
        return True
    return any(f in texts[second] for f in forms.get(a, ())) or any(
        f in texts[first] for f in forms.get(b, ())
    )


def article_texts(articles: Sequence[AnnotatedArticle]) -> list[str]:
    """Each article's title and text, lower-cased, to look places up in."""
    return [f"{a.article.title or ''}\n{a.article.text}".lower() for a in articles]
