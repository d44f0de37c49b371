"""A facility named by its city and by its own name: "Marrakech University Hospital" is the
"Mohammed VI University Hospital Center in Marrakesh" when the story names no other
university hospital in Marrakesh.

The text links the two: one writer places the named facility in the city ("... in
Marrakesh"), another names it by that city and the same kind of facility. The kind is the
name's last words after the city, and they must end with a facility noun
(`FACILITY_NOUNS`, general); "Center" after a facility noun is the French "Centre
hospitalier" and is read as part of that noun. Only one facility of that kind may be placed
in that city in the whole story, else the city's name says too little and nothing joins.
A patron's name and the person ("Mohammed VI" the king) are never joined here: only
facility names are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise

from crosscheck.records import AnnotatedArticle, EntityType
from crosscheck.resolve.names import fold, name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

FACILITY_NOUNS = frozenset(
    "hospital clinic university airport stadium station port prison museum school college"
    " academy".split()
)
_ANNEX_WORDS = frozenset({"center", "centre", "complex"})
_IN = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?")
_NAMED = ("ORG", "FAC")
_PLACES = ("GPE", "LOC")


def facility_kind(words: Sequence[str]) -> tuple[str, ...]:
    """The name's words up to its last facility noun ("mohammed vi university hospital
    center" -> the same without "center")."""
    words = list(words)
    if len(words) >= 2 and words[-1] in _ANNEX_WORDS and words[-2] in FACILITY_NOUNS:
        words.pop()
    return tuple(words)


def _placed(
    articles: Sequence[AnnotatedArticle],
    types: Mapping[MentionKey, EntityType],
    state: MergeState,
) -> dict[tuple[MentionKey, tuple[str, ...]], set[MentionKey]]:
    """(city root, facility name words) -> facility roots the text places in that city."""
    placed: dict[tuple[MentionKey, tuple[str, ...]], set[MentionKey]] = defaultdict(set)
    for art in articles:
        aid = art.article.id
        names = sorted((m.start, i) for i, m in enumerate(art.mentions) if m.kind == "name")
        for (_, i), (_, j) in pairwise(names):
            a, b = art.mentions[i], art.mentions[j]
            if types.get((aid, i)) not in _NAMED or types.get((aid, j)) not in _PLACES:
                continue
            if (aid, i) not in state.uf or (aid, j) not in state.uf:
                continue
            if _IN.fullmatch(art.article.text[a.end : b.start]) is None:
                continue
            words = facility_kind(name_tokens(a.text))
            if words and words[-1] in FACILITY_NOUNS:
                placed[(state.uf.find((aid, j)), words)].add(state.uf.find((aid, i)))
    return placed


def link_located_facilities(
    articles: Sequence[AnnotatedArticle],
    types: Mapping[MentionKey, EntityType],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join a facility named "<city> <kind>" to the one facility of that kind the story
    places in that city (see the module's doc)."""
    placed = _placed(articles, types, state)
    place_roots: dict[str, set[MentionKey]] = defaultdict(set)
    for key, entity_type in types.items():
        if entity_type in _PLACES and key in state.uf:
            place_roots[fold(text_of[key])].add(state.uf.find(key))
    for key, entity_type in types.items():
        if entity_type not in _NAMED or key not in state.uf:
            continue
        words = facility_kind(name_tokens(text_of[key]))
        for cut in range(1, len(words) - 1):
            city, kind = " ".join(words[:cut]), words[cut:]
            if kind[-1] not in FACILITY_NOUNS:
                break
            for root in place_roots.get(city, ()):
                _join_one(key, root, kind, placed, text_of, state)


def _join_one(
    key: MentionKey,
    city: MentionKey,
    kind: tuple[str, ...],
    placed: dict[tuple[MentionKey, tuple[str, ...]], set[MentionKey]],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join ``key`` to the one facility of ``kind`` placed in ``city``, if there is one."""
    found = {
        state.uf.find(f)
        for (where, words), facilities in placed.items()
        if where == city and words[-len(kind) :] == kind and len(words) > len(kind)
        for f in facilities
    }
    if len(found) != 1:
        return
    target = next(iter(found))
    state.merge(
        target,
        key,
        "facility named by its city",
        (text_of[target], text_of[key]),
        0.8,
        "the story places only this facility of that kind in that city",
    )
