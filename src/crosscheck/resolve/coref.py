"""Cross-document coreference over given mentions: names, nominals and pronouns.

Mentions are linked only inside their document cluster (``CorefMention.group``), in passes of
decreasing precision:

1. proper names by name-variant rules (:mod:`crosscheck.resolve.coref_names`);
2. nominals by head lemma, kept apart when their restrictive modifiers clash ("the Syrian
   president" / "the French president"); a bare "the president" follows the modified form used
   in its own document;
3. a nominal joins the one name sharing its head ("the Navy" / "the navy") or, in its own
   document, the one name it is a title of ("the president" -> "President Assad", "actress
   Lindsay Lohan", "Microsoft, the software giant,");
4. bare singular person nouns still without a name ("the president") join the one person of
   the group they are a title of in any document;
5. other mentions (verbs, numbers) by head lemma; a demonym ("Japanese", "American") joins the
   name of its country ("Japan", "the US");
6. pronouns to the nearest agreeing antecedent in their own document;
7. pronouns still without one ("He" opening an article) join the agreeing entity of the group
   most often referred to by that pronoun (no "she" for a cluster that has "he"), else the same
   pronoun elsewhere in the group (:mod:`crosscheck.resolve.coref_fallback`);
8. optionally (``lemma_fallback``), any mention left alone joins the largest cluster of the
   group holding its head lemma: the same-head-lemma baseline as the last pass. Off by
   default: on development data it undid modifier clashes that the gold keeps apart.

Two notions of "the same thing" are offered. ``identity="strict"`` (the default) is identity
coreference as ECB+ and MEANTIME annotate it: "the Romanian government" is not "the U.S.
government". ``identity="loose"`` (:data:`LOOSE`) is concept coreference as word-choice studies
annotate it (NewsWCL50): every label of a concept counts, so on top of the strict links all
mentions of a group that share a head lemma are one concept. That is the join of the strict
partition and the same-head-lemma partition: every strict link is also a loose one, and the
lemma baseline is the standard loose grouping.

Deterministic and linear apart from small per-block pair loops.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from crosscheck.resolve.coref_fallback import (
    link_generic_nominals,
    link_leftovers_by_lemma,
    link_unanchored_pronouns,
)
from crosscheck.resolve.coref_mentions import RELATIVES, CorefMention, Kind
from crosscheck.resolve.coref_names import link_demonyms, link_names
from crosscheck.resolve.coref_pronouns import link_pronouns
from crosscheck.resolve.names import fold
from crosscheck.resolve.union_find import UnionFind

__all__ = ["LOOSE", "CorefMention", "CorefOptions", "resolve_coreference"]


@dataclass(frozen=True)
class CorefOptions:
    """Switches measured on development data; the defaults are the best found."""

    pronouns: str = "antecedent"  # "antecedent", "lemma" (same word per cluster), "singleton"
    nominal_modifiers: bool = True
    titles: bool = True
    name_heads: bool = True
    generic_nominals: bool = True
    demonyms: bool = True
    # Pronoun-only clusters: "salient" entity, then same pronoun ("lemma"), or "none".
    unanchored_pronouns: str = "salient+lemma"
    # Leftover singletons join their head lemma's cluster: lemma-baseline recall, at a cost in
    # precision on strictly annotated data (off: it lowered MEANTIME by 0.6-1.3 CoNLL F1).
    lemma_fallback: bool = False
    # "strict": identity coreference; "loose": concept coreference (see the module docstring).
    identity: Literal["strict", "loose"] = "strict"


LOOSE = CorefOptions(identity="loose")


def resolve_coreference(
    mentions: Sequence[CorefMention], options: CorefOptions | None = None
) -> list[list[int]]:
    """Cluster mentions that refer to the same thing; returns clusters of input indexes."""
    options = options or CorefOptions()
    uf = UnionFind(len(mentions))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[m.group or ""].append(i)
    for indexes in groups.values():
        _link_group(mentions, indexes, uf, options)
    if options.pronouns == "antecedent":
        link_pronouns(mentions, uf)
    for indexes in groups.values():
        _fallbacks(mentions, indexes, uf, options)
        if options.identity == "loose":
            _link_by_lemma(
                mentions, [i for i in indexes if mentions[i].kind is not Kind.PRONOUN], uf
            )
    return uf.clusters()


def _link_group(
    mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind, options: CorefOptions
) -> None:
    """Passes 1-5 on one document cluster."""
    by_kind: dict[Kind, list[int]] = defaultdict(list)
    for i in indexes:
        by_kind[mentions[i].kind].append(i)
    names, nominals = by_kind[Kind.NAME], by_kind[Kind.NOMINAL]
    link_names(mentions, names, uf)
    _link_nominals(mentions, nominals, uf, options.nominal_modifiers)
    if options.name_heads:
        _link_name_heads(mentions, nominals, names, uf)
    if options.titles:
        _link_titles(mentions, nominals, names, uf)
    if options.generic_nominals:
        link_generic_nominals(mentions, nominals, names, uf)
    _link_by_lemma(mentions, by_kind[Kind.OTHER], uf)
    if options.demonyms:
        link_demonyms(mentions, by_kind[Kind.OTHER] + nominals, names, uf)
    if options.pronouns == "lemma":
        _link_by_lemma(mentions, by_kind[Kind.PRONOUN], uf)


def _fallbacks(
    mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind, options: CorefOptions
) -> None:
    """Passes 7-8 on one document cluster."""
    mode = options.unanchored_pronouns
    if mode != "none" and options.pronouns == "antecedent":
        link_unanchored_pronouns(
            mentions, indexes, uf, salient="salient" in mode, lemma="lemma" in mode
        )
    if options.lemma_fallback:
        link_leftovers_by_lemma(mentions, indexes, uf)


def _link_by_lemma(mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind) -> None:
    """Every mention of ``indexes`` joins the first one with its head lemma."""
    first: dict[str, int] = {}
    for i in indexes:
        uf.union(first.setdefault(mentions[i].head_lemma, i), i)


def _link_nominals(
    mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind, modifiers: bool
) -> None:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in indexes:
        if mentions[i].head_lemma not in RELATIVES:
            blocks[mentions[i].head_lemma].append(i)
    for block in blocks.values():
        if modifiers:
            _link_nominal_block(mentions, block, uf)
        else:
            for other in block[1:]:
                uf.union(block[0], other)


def _link_nominal_block(mentions: Sequence[CorefMention], block: list[int], uf: UnionFind) -> None:
    """Same-head nominals: modified forms merge when one's modifiers include the other's; bare
    forms join the modified form of their document, else the commonest one in the cluster."""
    modified = [i for i in block if mentions[i].modifiers]
    bare = [i for i in block if not mentions[i].modifiers]
    by_sig: dict[frozenset[str], list[int]] = defaultdict(list)
    for i in modified:
        by_sig[mentions[i].modifiers].append(i)
    sigs = list(by_sig)
    for members in by_sig.values():
        for other in members[1:]:
            uf.union(members[0], other)
    for pos, a in enumerate(sigs):
        for b in sigs[pos + 1 :]:
            if a <= b or b <= a:
                uf.union(by_sig[a][0], by_sig[b][0])
    roots = Counter(uf.find(i) for i in modified)
    if len(roots) <= 1:
        for other in block[1:]:
            uf.union(block[0], other)
        return
    in_doc: dict[str, set[int]] = defaultdict(set)
    for i in modified:
        in_doc[mentions[i].doc_id].add(uf.find(i))
    commonest = max(roots, key=lambda r: (roots[r], -r))
    for i in bare:
        local = in_doc.get(mentions[i].doc_id, set())
        uf.union(i, next(iter(local)) if len(local) == 1 else commonest)


def _link_name_heads(
    mentions: Sequence[CorefMention],
    nominals: Sequence[int],
    names: Sequence[int],
    uf: UnionFind,
) -> None:
    """Nominals sharing a head with exactly one named entity join it: "the Colts" tagged as a
    common noun, "the navy" / "the Navy", "surgeon general" / "Surgeon General"."""
    by_head: dict[str, set[int]] = defaultdict(set)
    for i in names:
        m = mentions[i]
        by_head[m.head_lemma].add(i)
        if len(m.name) == 1:
            by_head[m.name[0]].add(i)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in nominals:
        blocks[mentions[i].head_lemma].append(i)
    for lemma, block in blocks.items():
        surfaces = {fold(mentions[i].tokens[mentions[i].head_index]) for i in block}
        candidates = set(by_head.get(lemma, ()))
        for surface in surfaces:
            candidates |= by_head.get(surface, set())
        name_roots = {uf.find(i) for i in candidates}
        if len(name_roots) == 1 and len({uf.find(i) for i in block}) == 1:
            uf.union(block[0], name_roots.pop())


def _link_titles(
    mentions: Sequence[CorefMention],
    nominals: Sequence[int],
    names: Sequence[int],
    uf: UnionFind,
) -> None:
    """A nominal whose head is, in its own document, the title of exactly one named entity
    ("the president" beside "President Assad") joins it. Measured on development data, the
    same rule across documents of a cluster cost more precision than it gained."""
    titled_in_doc: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in names:
        for title in mentions[i].title_words:
            titled_in_doc[mentions[i].doc_id, title].add(i)
    for i in nominals:
        m = mentions[i]
        target = {uf.find(r) for r in titled_in_doc.get((m.doc_id, m.head_lemma), ())}
        if len(target) == 1:
            uf.union(i, target.pop())
