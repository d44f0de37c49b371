"""One place name written in one word or two: "Montecristi" and "Monte Cristi", "Sidibouzid"
and "Sidi Bouzid".

A name of two words or more whose letters, joined, are the name of a place of the story
written as one word (eight letters at least) is that place, whatever the tagger said of it
("Monte Cristi" tagged a person beside the province "Montecristi"). Only whole names join:
the joined letters must be the place's name exactly.
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.records import EntityType
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

_MIN_LETTERS = 8
_PLACES = ("GPE", "LOC")


def link_joined_words(
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> dict[MentionKey, EntityType]:
    """Join names written in two words to the one-word place they spell (see the module's
    doc); returns the joined mentions typed as the place is."""
    places: dict[str, list[MentionKey]] = defaultdict(list)
    for key in keys:
        words = name_tokens(text_of[key].replace("-", " "))
        if types[key] in _PLACES and len(words) == 1 and len(words[0]) >= _MIN_LETTERS:
            places[words[0]].append(key)
    retyped: dict[MentionKey, EntityType] = {}
    for key in keys:
        words = name_tokens(text_of[key].replace("-", " "))
        found = places.get("".join(words), []) if len(words) >= 2 else []
        if not found:
            continue
        retyped[key] = types[found[0]]
        state.merge(
            found[0],
            key,
            "words joined",
            (text_of[found[0]], text_of[key]),
            0.9,
            "the same place name written in one word or two",
        )
    return retyped
