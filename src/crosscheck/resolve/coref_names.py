"""Linking proper-name mentions inside one document cluster.

Rules, all between distinct normalised names (``name_key``):

* same name after folding, article and legal-form removal, and country aliasing;
* full-name variants: transliteration, nicknames, initials — first names must agree, so
  "Dina Lohan" and "Lindsay Lohan" stay apart;
* containment: a name that ends another one ("Lohan" in "Lindsay Lohan", "Steve Jobs" in "Apple
  CEO Steve Jobs") joins it, unless the longer names disagree around it (Lindsay and Dina
  Lohan); then each mention joins the one longer name of its own document, if any;
* acronyms: "GM" -> the only name whose initials are "gm".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.coref_mentions import CorefMention
from crosscheck.resolve.names import (
    acronym,
    canonical_first_name,
    full_names_compatible,
    similar_words,
    skeleton,
    without_corporate_suffix,
)
from crosscheck.resolve.union_find import UnionFind


def name_words(mention: CorefMention) -> tuple[str, ...]:
    """The mention's name words, legal-form suffixes dropped, countries canonical."""
    words = without_corporate_suffix(mention.name)
    country = country_of(" ".join(words)) if words else None
    return tuple(country.lower().split()) if country else words


@dataclass(frozen=True)
class _Context:
    """Where a shorter name sits inside a longer one: the longer name's words around it."""

    longer: str
    before: str
    after: str


def link_names(mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind) -> None:
    """Union name mentions (``indexes`` into ``mentions``, one document cluster) that co-refer."""
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in indexes:
        words = name_words(mentions[i])
        if words:
            by_key[words].append(i)
    heads = {key: {mentions[i].head_lemma for i in members} for key, members in by_key.items()}
    contexts = _containments(by_key, heads)
    ambiguous = {key for key, found in contexts.items() if _conflicting(found)}
    for key, members in by_key.items():
        if key in ambiguous:
            continue
        for other in members[1:]:
            uf.union(members[0], other)
        for context in contexts.get(key, ()):
            uf.union(members[0], by_key[_key(context.longer)][0])
    _link_full_names(by_key, uf)
    _link_ambiguous(mentions, by_key, contexts, ambiguous, uf)
    _link_acronyms(mentions, by_key, uf)


def link_demonyms(
    mentions: Sequence[CorefMention],
    adjectives: Sequence[int],
    names: Sequence[int],
    uf: UnionFind,
) -> None:
    """Mentions that are just a demonym ("Japanese", "the American") join the name of their
    country in the same document cluster ("Japan", "the US"), as gold chains link them."""
    by_country: dict[tuple[str, ...], int] = {}
    for i in names:
        by_country.setdefault(name_words(mentions[i]), i)
    for i in adjectives:
        words = [w for w in mentions[i].tokens if w.lower() not in {"the", "a", "an"}]
        if not words or not all(w[:1].isupper() for w in words):
            continue
        country = country_of(" ".join(words))
        key = tuple(country.lower().split()) if country else ()
        if key in by_country:
            uf.union(i, by_country[key])


def _key(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


def _containments(
    by_key: dict[tuple[str, ...], list[int]], heads: dict[tuple[str, ...], set[str]]
) -> dict[tuple[str, ...], list[_Context]]:
    """For each name, the longer names that end with it (or end it at their head word)."""
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in by_key:
        ends = {key[-1]} | (heads[key] & set(key))
        for word in ends:
            by_last[skeleton(word)].append(key)
    found: dict[tuple[str, ...], list[_Context]] = defaultdict(list)
    for key in by_key:
        for longer in by_last.get(skeleton(key[-1]), ()):
            if len(longer) <= len(key):
                continue
            for end in range(len(key), len(longer) + 1):
                window = longer[end - len(key) : end]
                if end != len(longer) and longer[end - 1] not in heads[longer]:
                    continue
                if all(similar_words(a, b)[0] for a, b in zip(key, window, strict=True)):
                    start = end - len(key)
                    found[key].append(
                        _Context(
                            " ".join(longer),
                            canonical_first_name(longer[start - 1]) if start else "",
                            longer[end] if end < len(longer) else "",
                        )
                    )
                    break
    return found


def _conflicting(contexts: Sequence[_Context]) -> bool:
    """Whether the longer names disagree around the shorter one (two different first names)."""
    for pos, a in enumerate(contexts):
        for b in contexts[pos + 1 :]:
            if a.before and b.before and not similar_words(a.before, b.before)[0]:
                return True
            if a.after and b.after and a.after != b.after:
                return True
    return False


def _link_ambiguous(
    mentions: Sequence[CorefMention],
    by_key: dict[tuple[str, ...], list[int]],
    contexts: dict[tuple[str, ...], list[_Context]],
    ambiguous: set[tuple[str, ...]],
    uf: UnionFind,
) -> None:
    """An ambiguous short name joins the longer names of its own document when those agree;
    the rest of its mentions stay together."""
    for key in sorted(ambiguous):
        leftover = []
        for i in by_key[key]:
            local = [
                c
                for c in contexts[key]
                if any(mentions[j].doc_id == mentions[i].doc_id for j in by_key[_key(c.longer)])
            ]
            if local and not _conflicting(local):
                for c in local:
                    uf.union(i, by_key[_key(c.longer)][0])
            else:
                leftover.append(i)
        for other in leftover[1:]:
            uf.union(leftover[0], other)


def _link_full_names(by_key: dict[tuple[str, ...], list[int]], uf: UnionFind) -> None:
    """Multi-word names that are transliteration, nickname or initial variants."""
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in by_key:
        blocks[skeleton(key[-1])].append(key)
    for block in blocks.values():
        for pos, a in enumerate(block):
            for b in block[pos + 1 :]:
                if len(a) == 1 and len(b) == 1:
                    if similar_words(a[0], b[0])[0]:
                        uf.union(by_key[a][0], by_key[b][0])
                elif len(a) >= 2 and len(b) >= 2 and full_names_compatible(a, b)[0]:
                    uf.union(by_key[a][0], by_key[b][0])


def _link_acronyms(
    mentions: Sequence[CorefMention], by_key: dict[tuple[str, ...], list[int]], uf: UnionFind
) -> None:
    expansions: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key in by_key:
        if len(key) >= 2:
            expansions[acronym(key)].add(key)
    for key, members in by_key.items():
        written = mentions[members[0]].written_acronym
        if not written or len(key) != 1:
            continue
        roots = {uf.find(by_key[long][0]) for long in expansions.get(written, ())}
        if len(roots) == 1:
            uf.union(members[0], roots.pop())
