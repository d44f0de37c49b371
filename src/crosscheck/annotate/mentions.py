"""Named-entity mentions from a parsed document, with the small model's span errors repaired."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from crosscheck.annotate.gazetteer import country_of
from crosscheck.records import EntityType, Mention, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
}
_POSSESSIVE = re.compile(r"['’]s?\b.*$", re.DOTALL)
_LEADING_THE = re.compile(r"^(the|The)\s+")


def mention_at(
    doc_text: str,
    article_id: str,
    span: tuple[int, int],
    entity_type: EntityType,
    sentence_starts: Sequence[int],
    kind: Literal["name", "title", "description"] = "name",
) -> Mention:
    """The mention of ``doc_text[start:end]``, numbered by the sentence it starts in.

    ``doc_text`` is the parsed document's text, read once by the caller: spaCy rebuilds
    ``Doc.text`` from its tokens at every access.
    """
    start, end = span
    return Mention(
        article=article_id,
        start=start,
        end=end,
        text=doc_text[start:end],
        type=entity_type,
        sentence=max(0, bisect.bisect_right(sentence_starts, start) - 1),
        kind=kind,
    )


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def _english_ranges(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    return [
        (p.start, p.end)
        for p in paragraphs
        if p.language in (None, "en") and p.script in (None, "Latin")
    ]


def _repair(text: str, start: int) -> tuple[str, int, int] | None:
    """Cut a span at a line break and a possessive; drop a leading 'the'."""
    text = text.split("\n", 1)[0]
    lead = _LEADING_THE.match(text)
    if lead and len(text.split()) > 1 and text[lead.end() :][:1].isupper():
        # "the Bashar al-Assad" -> "Bashar al-Assad", "the United Nations" -> "United Nations"
        start += lead.end()
        text = text[lead.end() :]
    text = _POSSESSIVE.sub("", text).rstrip(" ,.;:-–—")
    if not text or not any(ch.isalpha() for ch in text):
        return None
    return text, start, start + len(text)


def extract_mentions(
    doc: Doc, article_id: str, paragraphs: list[Paragraph], sentence_starts: list[int]
) -> list[Mention]:
    """Entity mentions in English paragraphs of `doc`, with cleaned spans and fixed types."""
    allowed = _english_ranges(paragraphs)
    doc_text = doc.text
    mentions: list[Mention] = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        if not any(a <= ent.start_char < b for a, b in allowed):
            continue
        repaired = _repair(ent.text, ent.start_char)
        if repaired is None:
            continue
        text, start, end = repaired
        country = country_of(text)
        if country is not None and label in ("PERSON", "ORG", "FAC"):
            # A bare demonym or country name tagged as a person or organisation.
            label = "NORP" if text.lower() != country.lower() else "GPE"
        mentions.append(mention_at(doc_text, article_id, (start, end), label, sentence_starts))
    return mentions
