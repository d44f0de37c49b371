"""Organisations named by a description: "the French news agency", "the Israeli newspaper".

A description is a noun phrase headed by an organisation noun (agency, newspaper, broadcaster,
ministry, group...). With a modifier ("the French news agency") it can be linked across the
corpus; a bare one ("the paper") only to an organisation its own article describes the same way.
The resolver does the linking (:mod:`crosscheck.resolve.descriptions`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.mentions import mention_at, overlaps
from crosscheck.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Head noun -> family: heads of one family can name the same organisation ("the paper" after
# "the Syrian newspaper Al-Watan").
DESCRIPTION_HEADS: dict[str, str] = {
    "agency": "agency",
    "newspaper": "newspaper",
    "paper": "newspaper",
    "daily": "newspaper",
    "tabloid": "newspaper",
    "broadcaster": "broadcaster",
    "channel": "broadcaster",
    "network": "broadcaster",
    "watchdog": "watchdog",
    "ministry": "ministry",
    "company": "company",
    "firm": "company",
    "group": "group",
    "militia": "group",
    "movement": "group",
    "organisation": "organisation",
    "organization": "organisation",
    "outlet": "outlet",
    "magazine": "magazine",
    "website": "outlet",
}
_HYPHENATED = re.compile(r"-(run|owned|backed|based|linked|affiliated)$")
_NAME_TYPES = ("ORG", "PERSON", "FAC", "WORK_OF_ART")


def description_key(text: str) -> str:
    """The comparable form of a description: lowercase words without determiners, dots and
    "-run"-style suffixes ("the U.S. state-run news agency" -> "us state news agency")."""
    words = []
    for word in text.lower().replace(".", "").split():
        word = _HYPHENATED.sub("", word.strip("\"'“”‘’,"))
        if word and word not in ("the", "a", "an"):
            words.append(word)
    return " ".join(words)


def description_family(text: str) -> str | None:
    """The family of a description's head noun ("the Syrian newspaper" -> "newspaper")."""
    words = description_key(text).split()
    return DESCRIPTION_HEADS.get(words[-1]) if words else None


def _description_span(head: Token) -> tuple[Token, bool] | None:
    """The first token of the description headed by `head`, and whether it is definite.

    "the French news agency" (definite), "Israeli newspaper" in "Israeli newspaper Yedioth
    Ahronoth" (before a name), "the paper"; None for "a big company", "its website", "agency
    chief", "news agencies"."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    before_name = _name_follows(head)
    if head.dep_ == "compound" and not before_name:
        return None
    first = head
    for token in reversed(list(head.lefts)):
        if token.i != first.i - 1 and not (token.dep_ == "det" and token.i < first.i):
            break
        if token.dep_ == "poss" or token.ent_type_ in _NAME_TYPES:
            return None
        first = token.left_edge
    definite = first.lower_ == "the"
    if not (definite or before_name):
        return None
    modifiers = [t for t in head.doc[first.i : head.i] if t.lower_ != "the"]
    if modifiers and not any(_descriptive(t) for t in modifiers):
        return None
    return first, definite


def _name_follows(head: Token) -> bool:
    """A name starts right after `head`, maybe in quotes: 'newspaper "Al-Watan"'."""
    for token in head.doc[head.i + 1 : head.i + 3]:
        if token.is_quote:
            continue
        return token.ent_type_ in _NAME_TYPES and token.ent_iob_ == "B"
    return False


def _descriptive(token: Token) -> bool:
    """A modifier that says which organisation: a nationality, a kind ("state", "news")."""
    return (
        country_of(token.text) is not None
        or token.pos_ in ("NOUN", "PROPN")
        or bool(_HYPHENATED.search(token.lower_))
    )


def extract_description_mentions(
    doc: Doc, article_id: str, sentence_starts: list[int], taken: list[Mention]
) -> list[Mention]:
    """Organisation descriptions in `doc` that do not overlap a named organisation or person."""
    occupied = [(m.start, m.end) for m in taken if m.type in ("PERSON", "ORG", "FAC", "GPE")]
    doc_text = doc.text
    mentions: list[Mention] = []
    for head in doc:
        if head.lower_ not in DESCRIPTION_HEADS or head.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _description_span(head)
        if found is None:
            continue
        first, _ = found
        start, end = first.idx, head.idx + len(head.text)
        if overlaps(start, end, occupied):
            continue
        mentions.append(
            mention_at(doc_text, article_id, (start, end), "ORG", sentence_starts, "description")
        )
    return mentions
