"""One person's surname written with and without a consonant cluster by different outlets:
"Abdourahamane Tiani" (the French-language press of Niamey) and "Abdourahamane Tchiani" (the
English wires), "Prigozhin" and "Prigozin". Romanisations of one name disagree on the
consonants a language needs ("tch" in French for the English "ch", an "h" that marks a sound
one alphabet has and another has not), and a reader takes them for one person when the rest
of the name is the same.

Guards, for precision: both forms are full names with the same given name (spelling aside);
the shorter surname is the longer one without one run of one or two consonants inside it
(never its first or last letters, so "Tian" / "Tiani" and plurals are not variants); and no
article writes both surnames, which a writer does only for two people (or to say one name is
spelt two ways, which `stated_aliases` reads).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from crosscheck.resolve.names import person_name_tokens, skeleton
from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["dropped_cluster", "link_dropped_consonants"]

_VOWELS = frozenset("aeiouy")
_MIN_SHORTER = 4
_MAX_CLUSTER = 2


def dropped_cluster(longer: str, shorter: str) -> str | None:
    """The consonants `longer` has where `shorter` has none ("tchiani", "tiani" -> "ch"), when
    the two differ by one inner run of one or two consonants; else None."""
    if len(longer) < len(shorter):
        longer, shorter = shorter, longer
    size = len(longer) - len(shorter)
    if not 1 <= size <= _MAX_CLUSTER or len(shorter) < _MIN_SHORTER:
        return None
    for i in range(1, len(shorter)):
        cluster = longer[i : i + size]
        if (
            longer[:i] + longer[i + size :] == shorter
            and cluster.isalpha()
            and not set(cluster) & _VOWELS
        ):
            return cluster
    return None


def link_dropped_consonants(
    people: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join full names (of the PERSON mentions `people`) whose given names agree and whose
    surnames differ by one dropped consonant run, unless an article writes both surnames."""
    by_given: dict[str, dict[str, MentionKey]] = defaultdict(dict)
    surnames_of: dict[str, set[str]] = defaultdict(set)
    for key in people:
        tokens = person_name_tokens(text_of[key])
        if not tokens:
            continue
        surnames_of[key[0]].add(tokens[-1])
        if len(tokens) >= 2 and len(skeleton(tokens[0])) >= 2:
            by_given[skeleton(tokens[0])].setdefault(tokens[-1], key)
    written_together = {
        pair for names in surnames_of.values() for pair in combinations(sorted(names), 2)
    }
    for surnames in by_given.values():
        for a, b in combinations(sorted(surnames), 2):
            cluster = dropped_cluster(a, b)
            if cluster is None or (a, b) in written_together:
                continue
            key_a, key_b = surnames[a], surnames[b]
            state.merge(
                key_a,
                key_b,
                "dropped consonants",
                (text_of[key_a], text_of[key_b]),
                0.8,
                f"the same given name, and surnames that differ only by {cluster!r} inside;"
                " no article writes both",
            )
