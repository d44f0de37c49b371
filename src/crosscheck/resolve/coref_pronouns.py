"""Pronouns to the nearest agreeing antecedent in their own document.

"he"/"she" look back for a person (a PERSON name or a pronoun of the same gender), "it" for a
singular non-person, "they" for a plural or an organisation, relative pronouns ("who", "which")
for the phrase just before them in the sentence. First- and second-person pronouns, and any
pronoun with no antecedent within the window, stay unlinked here
(:mod:`crosscheck.resolve.coref_fallback` links those to the group's salient entity).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.resolve.coref_mentions import (
    RELATIVES,
    CorefMention,
    Kind,
    Pronoun,
    is_person_noun,
)
from crosscheck.resolve.union_find import UnionFind

WINDOW = 2  # sentences to look back, besides the pronoun's own
_PERSON = frozenset({"PERSON"})
_GROUPS = frozenset({"ORG", "NORP", "GPE"})


def link_pronouns(mentions: Sequence[CorefMention], uf: UnionFind) -> None:
    """Union each third-person or relative pronoun with its antecedent, document by document."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.doc_id].append(i)
    for indexes in by_doc.values():
        ordered = sorted(indexes, key=lambda i: (mentions[i].sentence, mentions[i].start, i))
        for pos, i in enumerate(ordered):
            m = mentions[i]
            if m.kind is not Kind.PRONOUN:
                continue
            antecedent = _antecedent(mentions, ordered[:pos], m)
            if antecedent is not None:
                uf.union(i, antecedent)


def _antecedent(
    mentions: Sequence[CorefMention], before: Sequence[int], pronoun: CorefMention
) -> int | None:
    if pronoun.head_lemma in RELATIVES:
        for j in reversed(before):
            c = mentions[j]
            if c.sentence != pronoun.sentence:
                return None
            if c.kind is not Kind.PRONOUN:
                return j
        return None
    features = pronoun.pronoun
    if features is None or features.person == 2:
        return None
    for j in reversed(before):
        c = mentions[j]
        if pronoun.sentence - c.sentence > WINDOW:
            return None
        if agrees(c, features):
            return j
    return None


def agrees(candidate: CorefMention, features: Pronoun) -> bool:
    """Whether a mention can be the antecedent of a pronoun with these features."""
    entity_type = candidate.head_entity_type
    if candidate.kind is Kind.PRONOUN:
        return candidate.pronoun == features
    if features.person == 1:
        # "we" in a quote is usually the organisation speaking; "I" only links to "I".
        return features.plural is True and entity_type == "ORG"
    if features.gender in {"m", "f"}:
        if candidate.kind is Kind.NAME:
            return entity_type in _PERSON or (not entity_type and not candidate.plural)
        return (
            candidate.kind is Kind.NOMINAL
            and not candidate.plural
            and is_person_noun(candidate.head_lemma)
        )
    if features.plural:
        return candidate.plural or entity_type in _GROUPS - {"GPE"}
    return (
        candidate.kind in {Kind.NAME, Kind.NOMINAL}
        and not candidate.plural
        and entity_type not in _PERSON
    )
