"""Whether a day in a sentence is said of an event: "the talks were held on Saturday" dates the
talks; "the ministry said on Thursday that talks were held" and "le ministre a annoncé jeudi
que la réunion a eu lieu" date the saying. A day counts for an event only when the sentence's
dependency parse attaches it to the event's own words: going up from the day, a word of the
event (its noun or its verb) comes before any other verb ("Saturday's talks", "les pourparlers
de samedi", "held talks with the minister in Muscat on Sunday").

English and French are parsed with spaCy; with no parser for the language, the words between
the event and the day decide: no other verb of saying and no other day between them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.errors import MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_VERBS = ("VERB", "AUX")
_UNREAD = ("ner", "lemmatizer")
# Without a parse: words between the event and the day that tie the day to something else.
_OTHER_ANCHOR = re.compile(
    r"\b(?:said|says|told|announced|stated|reported|added|according|"
    r"a déclaré|ont déclaré|a annoncé|ont annoncé|a indiqué|ont indiqué|a affirmé|selon|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=2)
def _pipeline(french: bool) -> Language | None:
    if french:
        from crosscheck.annotate.mentions import french_pipeline

        return french_pipeline()  # the names' pipeline: the model is loaded once
    from crosscheck.annotate.nlp import load_pipeline

    try:
        return load_pipeline()
    except MissingDependencyError:
        return None


@lru_cache(maxsize=4096)
def parse_heads(text: str, french: bool) -> Doc | None:
    """The sentence parsed for heads and parts of speech (None when no model is installed)."""
    nlp = _pipeline(french)
    if nlp is None:
        return None
    # Only heads and parts of speech are read: the entity recogniser and the lemmatizer (the
    # former with its own token vectors) change neither, and cost a third of the parse.
    return nlp(text, disable=[name for name in _UNREAD if name in nlp.pipe_names])


def _token_at(doc: Doc, offset: int) -> Token | None:
    return next((t for t in doc if t.idx <= offset < t.idx + max(len(t.text), 1)), None)


def _governed_by_event(day: Token, event: set[int]) -> bool:
    """Going up from the day: a word of the event before any other verb."""
    node = day
    while node.head.i != node.i:
        node = node.head
        if node.i in event:
            return True
        if node.pos_ in _VERBS:
            return False
    return node.i in event


def _without_parse(text: str, day: int, event: re.Pattern[str]) -> bool:
    before = [m for m in event.finditer(text) if m.end() <= day]
    after = [m for m in event.finditer(text) if m.start() >= day]
    if before and not _OTHER_ANCHOR.search(text[before[-1].end() : day]):
        return True
    owner = re.match(r"\w+['’]s\b", text[day:])  # "Saturday's talks"
    return bool(owner and after and not _OTHER_ANCHOR.search(text[owner.end() : after[0].start()]))


def attached(text: str, day: int, event: re.Pattern[str], french: bool = False) -> bool:
    """Whether the day whose words start at offset `day` of `text` (one sentence) is attached
    to the words `event` matches (the event's nouns and verbs) in the sentence's parse."""
    doc = parse_heads(text, french)
    if doc is None:
        return _without_parse(text, day, event)
    token = _token_at(doc, day)
    if token is None:
        return False
    words = [(m.start(), m.end()) for m in event.finditer(text)]
    own = {t.i for t in doc if any(s < t.idx + len(t.text) and t.idx < e for s, e in words)}
    own.discard(token.i)
    return _governed_by_event(token, own)
