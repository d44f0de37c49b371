"""Names in paragraphs of languages with no NER model here, found and typed by the words
around them, as a reader of the language would: a title before a name ("el presidente
Sánchez", "la ministra Margarita Robles", "el rey Felipe VI", "Präsident Pedro Sánchez")
or a verb of saying right before a full name ("dijo Juan Pérez", "disse Carlos Mazón") makes
it a person's; a locative preposition before a name the English model also marks as one
("en Paiporta", "em Chiva", "nella Comunitat") makes it a place's.

Precision first, as in `foreign_mentions`: every word of the name must look like a name's
(no function word, title, institution noun, known place or organisation, German abstract
noun); a name followed by "de"/"del" and a capitalised word is an institution's
("Servicio Geológico de Estados Unidos"); after a verb of saying a person needs two or three
words (institutions speak too: "dijo Greenpeace"); German is left out of the place cue, as
German capitalises every noun ("in Zukunft").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from crosscheck.annotate.foreign_lexicon import (
    LOCATIVE_PREPOSITIONS,
    MEDIA_PLATFORMS,
    SPEECH_VERBS,
    TITLES,
)
from crosscheck.records import EntityType

Span = tuple[int, int, EntityType]
NameCheck = Callable[[str], bool]

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_RUN = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_ROMAN = re.compile(r"[IVX]{1,4}")
_REGNAL = frozenset("rey reina rei rainha re regina könig königin papa papst".split())
_INSTITUTION_CONTINUES = re.compile(r"[ ](?:de|del|da|do|di|della|des|der)[ ][A-ZÀ-ÖØ-Þ]")
# What may end the text before a sentence's first word.
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;«“\"(\[—–-])\s*$")


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    titles = "|".join(sorted(TITLES, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<title>(?i:{titles}))[ ](?P<name>{_RUN})(?![\w-])")


@lru_cache(maxsize=1)
def _after_speech() -> re.Pattern[str]:
    verbs = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{verbs})[ ](?P<name>{_RUN})(?![\w-])")


@lru_cache(maxsize=8)
def _after_preposition(language: str) -> re.Pattern[str] | None:
    words = LOCATIVE_PREPOSITIONS.get(language)
    if not words:
        return None
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})[ ](?P<name>{_RUN})(?![\w-])")


def cued_spans(
    text: str,
    bounds: tuple[int, int],
    language: str | None,
    model: Sequence[tuple[int, int]],
    name_like: NameCheck,
) -> Iterator[Span]:
    """Persons and places of one paragraph (``bounds``) found by the cues above; ``model``
    are the English model's entity spans of any label, ``name_like`` the caller's test of a
    word that can be part of a name."""
    yield from _titled_persons(text, bounds, language, name_like)
    start, end = bounds
    for match in _after_speech().finditer(text, start, end):
        words = match.group("name").split()
        full = len(words) >= 2 and all(name_like(w) for w in words)
        if full and not _continues(text, match.end("name")):
            yield match.start("name"), match.end("name"), "PERSON"
    pattern = _after_preposition(language or "")
    for match in pattern.finditer(text, start, end) if pattern else ():
        a, b = match.span("name")
        if match.group("name").lower() in MEDIA_PLATFORMS:
            continue
        if not any(x < b and a < y for x, y in model):
            continue  # the English model marks no name here
        if all(name_like(w) for w in match.group("name").split()) and not _continues(text, b):
            yield a, b, "GPE"


def _titled_persons(
    text: str, bounds: tuple[int, int], language: str | None, name_like: NameCheck
) -> Iterator[Span]:
    """A name right after a title: "el presidente Sánchez", "el rey Felipe VI" (a regnal
    number kept)."""
    for match in _titled().finditer(text, *bounds):
        title = match.group("title")
        if not _title_written_so(text, match.start(), bounds[0], title, language):
            continue
        words = match.group("name").split()
        if title.lower() in _REGNAL and len(words) >= 2 and _ROMAN.fullmatch(words[-1]):
            words = words[:-1]
        elif words and _ROMAN.fullmatch(words[-1]):
            continue
        if all(name_like(w) for w in words) and not _continues(text, match.end("name")):
            yield match.start("name"), match.end("name"), "PERSON"


def _title_written_so(
    text: str, position: int, paragraph_start: int, title: str, language: str | None
) -> bool:
    """A title is written in lower case inside a sentence, or with a capital at a sentence's
    start ("Presidente Sánchez dijo"); German capitalises it everywhere. A capitalised title
    inside a sentence is part of a name ("Asamblea General Naciones")."""
    if title.islower() or language == "de":
        return True
    if not title[1:].islower():
        return False
    before = text[max(paragraph_start, position - 3) : position]
    return position == paragraph_start or bool(_SENTENCE_BREAK.search(before))


def _continues(text: str, end: int) -> bool:
    """ "Servicio Geológico de Estados Unidos": followed by "de" and a name, an institution's."""
    return bool(_INSTITUTION_CONTINUES.match(text, end))
