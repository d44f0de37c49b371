"""Lowercase words at the edges of a name span: the small model sometimes takes the verb
before a name, or a noun after it, into the name ("the Russian president defines Prigozhin"
gives the person "defines Prigozhin"). Such words are cut off; lowercase name particles
("al-Assad", "bin Salman", "de Gaulle", "Ursula von der Leyen") are part of the name and stay.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from crosscheck.annotate.name_lexicon import (
    FACILITY_HEADS,
    GROUP_HEADS,
    HYPHEN_PARTICLES,
    INSTITUTION_HEADS,
    PLACE_HEADS,
)
from crosscheck.records import EntityType

# Lowercase words written apart that open or continue a name in Arabic, Hebrew, Romance,
# Germanic and Portuguese naming. The single letters and the assimilated Arabic articles of
# HYPHEN_PARTICLES ("e", "as", "at", "an"...) are English words when written apart, and are
# only particles inside a hyphenated word, which is never cut.
SPACED_PARTICLES: frozenset[str] = (
    HYPHEN_PARTICLES - frozenset("e i o y ad ar as ash at az an ul ud ur us un ut wal".split())
) | frozenset("ben bar bat della dei degli des dos das van von der den ter zu af".split())

# Names the tagger types as a person, group or place; nationalities, events and works may
# hold lowercase words at their edges and are left as tagged.
_TRIMMED_TYPES: frozenset[EntityType] = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Lowercase nouns that end a name and say what it names: geographic features and streets
# ("Qeshm island", "the Persian gulf", "Hormuz strait"), and a medium ("People magazine",
# "IRNA news agency"), besides the head words of places, sites, groups and institutions.
_FEATURE_HEADS: frozenset[str] = frozenset(
    "island islands sea gulf strait bay ocean river lake mountains mountain valley desert"
    " peninsula coast canal street avenue road highway bridge magazine newspaper daily weekly"
    " channel".split()
)
_HEADS = PLACE_HEADS | FACILITY_HEADS | GROUP_HEADS | INSTITUTION_HEADS | _FEATURE_HEADS
_WORD = re.compile(r"\S+")


def _name_word(word: str) -> bool:
    """A word that can be part of a name on its own: capitalised or with a capital inside
    ("al-Assad", "iPhone"), a number or ordinal ("81st Academy Awards", "605 Freeway"), or
    letters of a script without case (Arabic)."""
    letters = [ch for ch in word if ch.isalpha()]
    return (
        any(ch.isupper() for ch in letters)
        or word[:1].isdigit()
        or any(not ch.islower() for ch in letters)
    )


def _cased_sentence(text: str, start: int, sentence_starts: Sequence[int]) -> bool:
    """Whether the sentence around ``start`` capitalises names: a capital after its first
    word. In text written all in lowercase, case says nothing about where a name begins."""
    index = bisect.bisect_right(sentence_starts, start) - 1
    begin = sentence_starts[index] if index >= 0 else 0
    end = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(text)
    words = text[begin:end].split()
    return any(word[:1].isupper() for word in words[1:])


def trimmed_to_name(
    text: str,
    start: int,
    end: int,
    label: EntityType,
    sentence_starts: Sequence[int],
) -> tuple[int, int] | None:
    """The span ``text[start:end]`` from its first capitalised word (with the name particles
    just before it) to its last (with a head word such as "province" just after it); None
    when no word of it is capitalised. Spans of other types, and spans in a sentence written
    without capitals, come back unchanged."""
    if label not in _TRIMMED_TYPES or not _cased_sentence(text, start, sentence_starts):
        return start, end
    words = [m.group() for m in _WORD.finditer(text, start, end)]
    offsets = [m.span() for m in _WORD.finditer(text, start, end)]
    named = [i for i, word in enumerate(words) if _name_word(word)]
    if not named:
        return None if words else (start, end)
    first, last = named[0], len(words) - 1
    while first > 0 and _particle(words[first - 1]):
        first -= 1
    while last > named[-1] and not _kept_at_end(words[last]):
        last -= 1
    return offsets[first][0], offsets[last][1]


def _particle(word: str) -> bool:
    return word in SPACED_PARTICLES


def _kept_at_end(word: str) -> bool:
    bare = word.rstrip(".,;:!?")
    return bare in _HEADS or bare in SPACED_PARTICLES
