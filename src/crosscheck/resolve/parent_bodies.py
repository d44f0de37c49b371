"""A body of an organisation named both ways English names it: "Commission of the Economic
Community of West African States" and "ECOWAS Commission", "Secretariat of the United
Nations" and "UN Secretariat".

The two forms join when they have the same head words ("Commission") and their parents
("Economic Community of West African States", "ECOWAS") are already one entity of the story
(an acronym and its expansion, two spellings): the reader knows the parent, and "the X of P"
is "the P X". The parent alone never joins its body ("ECOWAS" and "ECOWAS Commission" are
two bodies), and a head names a body only when it is a generic organisation word, so that
"Bank of England" does not meet an "England Bank".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

# Nouns that name a body of a larger organisation.
BODY_HEADS = frozenset(
    "commission council secretariat parliament assembly court tribunal committee board"
    " bank fund agency authority office directorate army force forces".split()
)
_ARTICLES = frozenset({"the"})


def _head_of_parent(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "commission of the ecowas" -> (("commission",), ("ecowas",))."""
    if "of" not in words:
        return None
    cut = words.index("of")
    head, parent = words[:cut], words[cut + 1 :]
    while parent and parent[0] in _ARTICLES:
        parent = parent[1:]
    if not head or not parent or head[-1] not in BODY_HEADS:
        return None
    return head, parent


def _parent_then_head(
    words: tuple[str, ...], heads: set[tuple[str, ...]]
) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """ "ecowas standby force" with the head ("standby", "force") -> (head, ("ecowas",))."""
    for head in heads:
        if len(words) > len(head) and words[-len(head) :] == head:
            yield head, words[: -len(head)]


def link_parent_bodies(
    keys: Iterable[MentionKey], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join "X of (the) P" and "P' X" when P and P' are one entity already (``keys``:
    organisation name mentions)."""
    words_of = {key: name_tokens(text_of[key]) for key in keys}
    by_words: dict[tuple[str, ...], list[MentionKey]] = defaultdict(list)
    for key, words in words_of.items():
        by_words[words].append(key)
    of_forms: dict[tuple[str, ...], list[tuple[MentionKey, tuple[str, ...]]]] = defaultdict(list)
    for key, words in words_of.items():
        split = _head_of_parent(words)
        if split is not None and split[1] in by_words:
            of_forms[split[0]].append((key, split[1]))
    heads = set(of_forms)
    for key, words in words_of.items():
        for head, parent in _parent_then_head(words, heads):
            if parent not in by_words:
                continue
            root = state.uf.find(by_words[parent][0])
            for other, other_parent in of_forms[head]:
                if state.uf.find(by_words[other_parent][0]) == root:
                    state.merge(
                        key,
                        other,
                        "body of one organisation",
                        (text_of[key], text_of[other]),
                        0.85,
                        f"the same {' '.join(head)} of one organisation, named before and after it",
                    )
