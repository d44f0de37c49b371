"""Places written in another language's name, read as their English name before matching:
"la Comunitat Valenciana", "la Comunidad Valenciana" and "the Valencian Community" are one
region; "Afrique de l'Ouest" is West Africa (`annotate.place_exonyms`, data).

A name that is also another place's ("Valence", a French town as well as the French name of
Valencia) is read as the foreign place only when the story names that place in another way
too: an article about Valence in the Drôme that never mentions Valencia keeps its town.
`state.written` keeps how each mention was written, for aliases and evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.annotate.place_exonyms import english_exonym, is_ambiguous_exonym, place_key
from crosscheck.records import EntityType
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["read_exonyms"]


def read_exonyms(
    keys: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """Rewrite ``text_of`` of every name mention written as a known place's foreign name to
    the English name, and type it a place (the tagger often calls "Comunitat Valenciana" a
    person); ambiguous names only when another mention names the same place."""
    # the name as written: a French "Afrique de l'Ouest" may already read "West Afrique"
    english_of = {
        key: english_exonym(state.written.get(key, text_of[key])) or english_exonym(text_of[key])
        for key in keys
    }
    # "Navarra" alone is Mr Navarra where the story names a "Jorge Navarra"
    in_full_names = {
        word
        for key in keys
        if types[key] == "PERSON"
        and english_of[key] is None
        and len(name_tokens(text_of[key])) >= 2
        for word in name_tokens(text_of[key])
    }
    named: dict[str, set[str]] = {}
    for key, english in english_of.items():
        if english is not None:
            named.setdefault(english, set()).add(place_key(state.written.get(key, text_of[key])))
    for key, english in english_of.items():
        if english is None or types[key] not in ("GPE", "LOC", "PERSON", "ORG", "NORP"):
            continue
        written = state.written.get(key, text_of[key])
        if len(words := name_tokens(written)) == 1 and words[0] in in_full_names:
            continue
        if is_ambiguous_exonym(written) and not named[english] - {place_key(written)}:
            continue
        types[key] = "GPE" if types[key] != "LOC" else "LOC"
        if text_of[key] != english:
            state.written.setdefault(key, written)
            text_of[key] = english
