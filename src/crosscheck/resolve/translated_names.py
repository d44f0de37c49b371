"""An institution's name in Spanish, Portuguese, French or Italian and its English translation:
"Consejo Nacional Electoral" / "National Electoral Council", "Conseil national de sauvegarde
de la patrie" / "National Council for the Safeguard of the Homeland".

Each name is read as the set of its content words in English (`institution_vocabulary`);
words the vocabulary does not know (a country's name, "Bolívar") must be written alike. Two
names join when their sets are equal, one of them has a word translated from another
language, and the set holds an institution's head word (council, court, party...), so that
only institutions' names join so. A name so read is an organisation, whatever the tagger said
of it ("Plataforma Unitaria Democrática" tagged a person).
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.records import EntityType
from crosscheck.resolve.institution_vocabulary import (
    ENGLISH_WORDS,
    INSTITUTION_HEADS,
    NAME_FUNCTION_WORDS,
    TRANSLATIONS,
)
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

_MIN_WORDS = 2
_TYPED = ("ORG", "PERSON", "FAC")


def english_concepts(text: str) -> tuple[frozenset[str], bool] | None:
    """The English content words of an institution's name, and whether one was translated
    from another language; None for a name with no institution's head word."""
    words = [w for w in name_tokens(text) if w not in NAME_FUNCTION_WORDS]
    english = [TRANSLATIONS.get(w, w) for w in words]
    concepts = frozenset(english)
    if len(concepts) < _MIN_WORDS or not concepts & INSTITUTION_HEADS:
        return None
    translated = any(w != e and w not in ENGLISH_WORDS for w, e in zip(words, english, strict=True))
    return concepts, translated


def link_translated_names(
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> dict[MentionKey, EntityType]:
    """Join institutions' names that are translations of each other (see the module's doc);
    the mentions so joined are organisations (returned with their type)."""
    by_concepts: dict[frozenset[str], list[tuple[MentionKey, bool]]] = defaultdict(list)
    for key in keys:
        if types[key] not in _TYPED:
            continue
        read = english_concepts(text_of[key])
        if read is not None:
            by_concepts[read[0]].append((key, read[1]))
    retyped: dict[MentionKey, EntityType] = {}
    for concepts, members in by_concepts.items():
        foreign = [k for k, translated in members if translated]
        english = [k for k, translated in members if not translated]
        if not foreign or not english:
            continue
        target = english[0]
        for key in foreign:
            state.merge(
                target,
                key,
                "translated name",
                (text_of[target], text_of[key]),
                0.85,
                "the same institution's name in another language: " + ", ".join(sorted(concepts)),
            )
        retyped.update(dict.fromkeys([k for k, _ in members], "ORG"))
    return retyped
