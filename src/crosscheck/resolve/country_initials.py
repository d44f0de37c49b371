"""A country written as the initials of its name in any language the gazetteer knows: "RD"
for "República Dominicana", "EAU" for "Émirats arabes unis", "RDC" for "République
démocratique du Congo".

Reports in Spanish, French or Italian abbreviate a country whose name has two words or more
(a dateline "Santo Domingo, RD."); English reports of the same story write the name in full.
The country names of `annotate.gazetteer` (English, French and the `foreign_country_names`
table) are the data: the initials of each name of two content words or more point to that
country. A place mention written in capitals only joins the country when:

- the story names that country (its block of mentions exists: a bare acronym is never the
  only evidence a country is in the story);
- exactly one country the story names has these initials (two countries of the story with
  the same initials leave the acronym alone);
- no name of the story other than a place's has these initials (the tagger types capitals an
  organisation; they are typed a place only then);
- the acronym is not itself a known name (the gazetteer reads "US" and "UAE" already), nor an
  international body's ("EU" is the European Union, not "Estados Unidos"), and has two to
  five letters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.annotate.foreign_country_names import FOREIGN_COUNTRY_NAMES
from crosscheck.annotate.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    FRENCH_COUNTRY_NAMES,
    country_of,
)
from crosscheck.records import EntityType
from crosscheck.resolve.international_bodies import body_named
from crosscheck.resolve.names import ACRONYM_SKIPS, acronym, fold, name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["country_initials", "link_country_initials", "place_typed_initials"]

_CAPITALS = re.compile(r"[A-Z]{2,5}")
_PLACES = ("GPE", "LOC")
_WORD = re.compile(r"[^\W\d_]+")
# French and Spanish articles and prepositions that an acronym skips besides `ACRONYM_SKIPS`
_SKIPPED = ACRONYM_SKIPS | frozenset("d l del y et los las di della".split())


def _initials(name: str) -> str | None:
    words = [w for w in _WORD.findall(fold(name)) if w not in _SKIPPED]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    names = [
        *((c.lower(), c) for c in COUNTRIES),
        *COUNTRY_ALIASES.items(),
        *FRENCH_COUNTRY_NAMES.items(),
        *FOREIGN_COUNTRY_NAMES.items(),
    ]
    table: dict[str, set[str]] = defaultdict(set)
    for name, country in names:
        letters = _initials(name)
        if letters:
            table[letters].add(country)
    return {letters: frozenset(found) for letters, found in table.items()}


def country_initials(written: str) -> frozenset[str]:
    """The countries one of whose names (in any language the gazetteer knows) has the
    initials ``written`` ("RD" -> {"Dominican Republic"}); empty unless ``written`` is two to
    five capitals."""
    letters = written.replace(".", "")
    if not _CAPITALS.fullmatch(letters):
        return frozenset()
    return _table().get(letters.lower(), frozenset())


def place_typed_initials(
    keys: Sequence[MentionKey], text_of: dict[MentionKey, str], types: dict[MentionKey, EntityType]
) -> dict[MentionKey, EntityType]:
    """Mentions written as the initials of exactly one country the story names, typed a
    place (the tagger types capitals an organisation), unless a name of the story other than
    a place's has the same initials ("RD" stays an organisation beside a "Rassemblement
    démocratique")."""
    countries = {c for k in keys if types[k] in _PLACES and (c := country_of(text_of[k]))}
    other_initials = {
        acronym(words)
        for k in keys
        if types[k] not in _PLACES and len(words := name_tokens(text_of[k])) >= 2
    }
    retyped: dict[MentionKey, EntityType] = {}
    for key in keys:
        written = text_of[key].strip()
        if types[key] in _PLACES or country_of(written) or body_named(written):
            continue
        if written.replace(".", "").lower() in other_initials:
            continue
        if len(country_initials(written) & countries) == 1:
            retyped[key] = "GPE"
    return retyped


def link_country_initials(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join a place written as a country's initials to the one country of the story that
    has them (``by_key``: place blocks, a country's keyed by its folded name)."""
    for norm, block in by_key.items():
        written = text_of[block[0]].strip()
        if country_of(written) or body_named(written):
            continue  # a known name already, or an international body's ("EU", "UE")
        named = sorted(c for c in country_initials(written) if fold(c) in by_key)
        if len(named) != 1 or fold(named[0]) == norm:
            continue
        target = by_key[fold(named[0])][0]
        state.merge(
            target,
            block[0],
            "country initials",
            (text_of[target], written),
            0.85,
            f"{written} gives the initials of a name of {named[0]}, the story's only country"
            " with them",
        )
