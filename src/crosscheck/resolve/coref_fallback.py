"""Group-level passes for what the precise, document-level passes leave unlinked.

* Generic person nouns with no name ("the president") join the one person of the document
  cluster they are a title of in any document ("President Trump").
* Pronoun chains with no antecedent in their document ("he ... him" with no person named
  nearby) join the agreeing entity of the document cluster most often referred to by that
  pronoun, else merge with the same pronoun elsewhere in the cluster.
* Optionally, mentions left as singletons join the largest cluster holding their head lemma
  (the same-head-lemma baseline as the last, least precise pass).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from crosscheck.resolve.coref_mentions import (
    RELATIVES,
    CorefMention,
    Kind,
    Pronoun,
    is_person_noun,
)
from crosscheck.resolve.coref_pronouns import agrees
from crosscheck.resolve.union_find import UnionFind


def link_generic_nominals(
    mentions: Sequence[CorefMention],
    nominals: Sequence[int],
    names: Sequence[int],
    uf: UnionFind,
) -> None:
    """Clusters of bare singular person nouns with no name ("the president", "spokesman") join
    the one person of the group (``nominals`` and ``names`` index one document cluster) that
    their head is a title of in any document ("President Trump", "spokesman Harlan Boll")."""
    named = {uf.find(i) for i in names}
    titled: dict[str, set[int]] = defaultdict(set)
    for i in names:
        if mentions[i].head_entity_type == "PERSON":
            for title in mentions[i].title_words:
                titled[title].add(uf.find(i))
    for root, members in _members(nominals, uf).items():
        if root in named or not all(_generic(mentions[i]) for i in members):
            continue
        lemma = _main_lemma(mentions, members)
        targets = titled.get(lemma, set())
        if is_person_noun(lemma) and len(targets) == 1:
            uf.union(root, next(iter(targets)))


def _generic(mention: CorefMention) -> bool:
    """A bare singular nominal: "the president", "spokesman"."""
    return mention.kind is Kind.NOMINAL and not mention.modifiers and not mention.plural


def _members(indexes: Sequence[int], uf: UnionFind) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for i in indexes:
        found[uf.find(i)].append(i)
    return found


def link_unanchored_pronouns(
    mentions: Sequence[CorefMention],
    indexes: Sequence[int],
    uf: UnionFind,
    *,
    salient: bool = True,
    lemma: bool = False,
) -> None:
    """Clusters made only of pronouns, in the group (``indexes``): with ``salient``, those of
    third-person pronouns join the agreeing entity most often referred to by the same pronoun,
    else the largest; with ``lemma``, the rest merge by pronoun ("he" with "him")."""
    clusters = _members(indexes, uf)
    anchored = {
        root: members
        for root, members in clusters.items()
        if any(mentions[i].kind is not Kind.PRONOUN for i in members)
    }
    by_lemma: dict[str, int] = {}
    for root, members in sorted(clusters.items()):
        if root in anchored:
            continue
        features = _features(mentions, members)
        target = None
        if salient and features is not None:
            target = _most_salient(mentions, anchored, features)
        word = _main_lemma(mentions, members)  # "" for relative pronouns alone
        if target is None and lemma and word:
            target = by_lemma.setdefault(word, root)
        if target is not None:
            uf.union(root, target)


def _most_salient(
    mentions: Sequence[CorefMention], clusters: dict[int, list[int]], features: Pronoun
) -> int | None:
    """The agreeing cluster with most pronouns of these features, then most mentions."""

    def salience(root: int) -> tuple[int, int, int]:
        members = clusters[root]
        same = sum(mentions[i].pronoun == features for i in members)
        return same, len(members), -root

    agreeing = [
        r for r, members in clusters.items() if _cluster_agrees(mentions, members, features)
    ]
    return max(agreeing, key=salience, default=None)


def _features(mentions: Sequence[CorefMention], members: Sequence[int]) -> Pronoun | None:
    """The one set of third-person features of a pronoun-only cluster, if it has one."""
    found = {mentions[i].pronoun for i in members if mentions[i].head_lemma not in RELATIVES}
    if len(found) != 1:
        return None
    features = found.pop()
    return features if features is not None and features.person == 3 else None


def _cluster_agrees(
    mentions: Sequence[CorefMention], members: Sequence[int], features: Pronoun
) -> bool:
    has_agreeing = False
    for i in members:
        m = mentions[i]
        if m.kind is Kind.PRONOUN:
            other = m.pronoun
            if other is not None and other.person == 3 and _clash(other, features):
                return False
        elif _supports(m, features):
            has_agreeing = True
    return has_agreeing


def _supports(mention: CorefMention, features: Pronoun) -> bool:
    """Evidence that an entity is what a pronoun can refer to: a person for "he"/"she" (a
    PERSON name or a person noun, not just any capitalised word), a non-person for "it", any
    agreeing mention for "they"."""
    if not agrees(mention, features):
        return False
    person = mention.head_entity_type == "PERSON" or (
        mention.kind is Kind.NOMINAL and is_person_noun(mention.head_lemma)
    )
    if features.gender in {"m", "f"}:
        return person
    return features.gender != "n" or not person


def _clash(a: Pronoun, b: Pronoun) -> bool:
    """Whether two third-person pronouns cannot share a referent ("he" / "she" / "it")."""
    gendered = {"m", "f"}
    return a.gender != b.gender and (a.gender in gendered or b.gender in gendered)


def link_leftovers_by_lemma(
    mentions: Sequence[CorefMention], indexes: Sequence[int], uf: UnionFind
) -> None:
    """Singletons of the group (``indexes``) join the largest cluster holding their head lemma;
    singletons sharing a lemma no larger cluster holds merge. Counted mentions ("485 years",
    "2 million euros") and relative pronouns stay alone."""
    clusters = _members(indexes, uf)
    alone = {
        root
        for root, members in clusters.items()
        if len(members) == 1
        and not _counted(mentions[root])
        and mentions[root].head_lemma not in RELATIVES
    }
    largest: dict[str, int] = {}
    for root in sorted(clusters, key=lambda r: (-len(clusters[r]), r)):
        if root not in alone:
            for i in clusters[root]:
                largest.setdefault(mentions[i].head_lemma, root)
    for root in sorted(alone):
        lemma = mentions[root].head_lemma
        uf.union(root, largest.setdefault(lemma, root))


def _counted(mention: CorefMention) -> bool:
    """Whether a number counts or measures the mention ("485 years", "seventh")."""
    return any(tag == "CD" for tag in mention.tags) or mention.head_lemma[:1].isdigit()


def _main_lemma(mentions: Sequence[CorefMention], members: Sequence[int]) -> str:
    counts = Counter(
        mentions[i].head_lemma for i in members if mentions[i].head_lemma not in RELATIVES
    )
    return min(counts, key=lambda lemma: (-counts[lemma], lemma)) if counts else ""
