"""Linking proper-name mentions inside one document cluster.

Same normalised name, country aliases ("U.S." / "America"), full-name variants (transliteration,
nicknames, initials; first names must agree so namesakes stay apart), acronyms ("GM" / "General
Motors") and bare surnames ("Lohan") to the one full name they can mean — in their own document
first, then in the cluster.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.coref_mentions import CorefMention
from crosscheck.resolve.names import acronym, full_names_compatible, similar_words, skeleton
from crosscheck.resolve.union_find import UnionFind


def name_key(mention: CorefMention) -> str:
    """Normalised name: the country for country names and aliases, else the folded words."""
    words = mention.name
    country = country_of(" ".join(words)) if words else None
    return f"country:{country.lower()}" if country else " ".join(words)


def link_names(mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind) -> None:
    """Union name mentions (``indexes`` into ``mentions``, one document cluster) that co-refer."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in indexes:
        if mentions[i].name:
            by_key[name_key(mentions[i])].append(i)
    for members in by_key.values():
        for other in members[1:]:
            uf.union(members[0], other)
    full = {k: v for k, v in by_key.items() if len(mentions[v[0]].name) >= 2}
    _link_full_names(mentions, full, uf)
    short = [v for k, v in by_key.items() if len(mentions[v[0]].name) == 1]
    _link_acronyms(mentions, full, short, uf)
    _link_short_names(mentions, full, short, uf)


def _link_full_names(
    mentions: Sequence[CorefMention], full: dict[str, list[int]], uf: UnionFind
) -> None:
    blocks: dict[str, list[int]] = defaultdict(list)
    for members in full.values():
        blocks[skeleton(mentions[members[0]].name[-1])].append(members[0])
    for block in blocks.values():
        for pos, a in enumerate(block):
            for b in block[pos + 1 :]:
                if full_names_compatible(mentions[a].name, mentions[b].name)[0]:
                    uf.union(a, b)


def _link_acronyms(
    mentions: Sequence[CorefMention],
    full: dict[str, list[int]],
    short: list[list[int]],
    uf: UnionFind,
) -> None:
    expansions: dict[str, set[int]] = defaultdict(set)
    for members in full.values():
        expansions[acronym(mentions[members[0]].name)].add(members[0])
    for members in short:
        written = mentions[members[0]].written_acronym
        roots = {uf.find(i) for i in expansions.get(written, ())} if written else set()
        if len(roots) == 1:
            uf.union(members[0], roots.pop())


def _link_short_names(
    mentions: Sequence[CorefMention],
    full: dict[str, list[int]],
    short: list[list[int]],
    uf: UnionFind,
) -> None:
    """A one-word name joins the only full name it can be part of: in its document, else in
    the cluster. Ambiguous ones ("Lohan" beside Lindsay and Dina Lohan) stay with each other."""
    full_reps = [members[0] for members in full.values()]
    by_doc: dict[str, list[int]] = defaultdict(list)
    for members in full.values():
        for i in members:
            by_doc[mentions[i].doc_id].append(i)
    for members in short:
        word = mentions[members[0]].name[0]
        if mentions[members[0]].written_acronym:
            continue
        cluster_roots = _containing(mentions, word, full_reps, uf)
        for i in members:
            local = _containing(mentions, word, by_doc.get(mentions[i].doc_id, []), uf)
            if len(local) == 1:
                uf.union(i, local.pop())
            elif not local and len(cluster_roots) == 1:
                uf.union(i, next(iter(cluster_roots)))
    # Remaining bare words: spelling variants of one another ("Shaibani" / "Shibani").
    blocks: dict[str, list[int]] = defaultdict(list)
    for members in short:
        blocks[skeleton(mentions[members[0]].name[0])].append(members[0])
    for block in blocks.values():
        for other in block[1:]:
            if similar_words(mentions[block[0]].name[0], mentions[other].name[0])[0]:
                uf.union(block[0], other)


def _containing(
    mentions: Sequence[CorefMention], word: str, candidates: Sequence[int], uf: UnionFind
) -> set[int]:
    """Roots of the full names whose last word (or a later word) is a variant of ``word``."""
    roots = set()
    for c in candidates:
        name = mentions[c].name
        if any(similar_words(word, w)[0] for w in name[1:]):
            roots.add(uf.find(c))
    return roots
