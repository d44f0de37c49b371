"""An organisation's name with its complement dropped: "the Supreme Court" in an article that
has named the "Supreme Court of Justice", "the National Assembly" after the "National Assembly
of Venezuela".

Writers give an institution's full name once and then shorten it by dropping what follows
"of" ("de", "du", "des", "for"). A name of two words or more joins the longer name it opens,
when the next word of the longer name is such a preposition and, in every article that writes
the short name, exactly one such longer name of one entity is written (an article that names
two "Supreme Court of ..." leaves its "Supreme Court" alone, and so does an article with
none: the short name may be another country's court).
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["link_dropped_complements"]

_COMPLEMENT_OPENERS = frozenset({"of", "for", "de", "du", "des", "del", "della", "di"})
_MIN_WORDS = 2


def _opens(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return len(long) > n + 1 and long[:n] == short and long[n] in _COMPLEMENT_OPENERS


def link_dropped_complements(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join each organisation name (``by_key``: blocks by normalised name) to the one longer
    name of its articles that it opens with the complement dropped (the module's rules)."""
    by_first: dict[str, list[str]] = defaultdict(list)
    articles_of: dict[str, set[str]] = {}
    for norm, keys in by_key.items():
        by_first[norm.split()[0]].append(norm)
        articles_of[norm] = {k[0] for k in keys}
    for norm, block in by_key.items():
        words = norm.split()
        if len(words) < _MIN_WORDS:
            continue
        longer = [n for n in by_first[words[0]] if _opens(words, n.split())]
        targets: set[MentionKey] = set()
        for article in articles_of[norm]:
            local = {state.uf.find(by_key[n][0]) for n in longer if article in articles_of[n]}
            if len(local) != 1:
                targets.clear()
                break
            targets |= local
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        state.merge(
            target,
            block[0],
            "complement dropped",
            (text_of[target], text_of[block[0]]),
            0.85,
            "the only longer name of the article that it opens, its complement dropped",
        )
