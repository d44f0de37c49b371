"""Articles that rewrite another article sentence by sentence: a "spun" copy swaps words for
synonyms ("living outdoor under a tarpaulin sheet" -> "living outside beneath a tarpaulin
sheet") so that no long run of words is shared, but keeps what cannot be reworded, the names
and numbers of each sentence, and the order of the sentences. Two reporters writing on their
own share names and figures too, but not sentence after sentence in one order.

A sentence's anchors are its numbers and the capitalised words inside it; two sentences match
when they share most of their anchors, at least `MIN_SHARED` of them. Two articles are one text
rewritten when `MIN_RUN` or more matching sentences come in the same order in both, and they
make at least `SHARE` of the shorter article's anchored sentences."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from crosscheck.records import Article

MIN_SHARED = 3
ANCHOR_SHARE = 0.5
MIN_RUN = 2
SHARE = 0.4
# An anchor named by more than this share of the articles (at least RARE_ARTICLES, at most
# RARE_MOST of them) is the story's own.
RARE_ARTICLES = 3
RARE_SHARE = 0.1
RARE_MOST = 20
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")
# Capitalised words that start clauses or name the calendar, not what a text is about.
_COMMON = frozenset(
    "the a an it he she they this that these those in on at of and but as after before"
    " monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december".split()
)


def anchors(sentence: str) -> frozenset[str]:
    """A sentence's numbers and the capitalised words after its first word, folded."""
    tokens = _TOKEN.findall(sentence)
    found = set()
    for position, token in enumerate(tokens):
        if any(ch.isdigit() for ch in token):
            found.add(re.sub(r"[,.’']", "", token))
        elif position and token[:1].isupper() and token.casefold() not in _COMMON:
            found.add(token.casefold())
    return frozenset(found)


def _anchored(text: str, common: frozenset[str]) -> list[frozenset[str]]:
    sentences = (anchors(s) - common for s in _SENTENCE.split(text))
    return [a for a in sentences if len(a) >= MIN_SHARED]


def _common(texts: Sequence[frozenset[str]]) -> frozenset[str]:
    """Anchors that many of the articles name (the story's places and people): they tell
    nothing of which text another copies."""
    counts = Counter(anchor for found in texts for anchor in found)
    most = max(RARE_ARTICLES, min(RARE_MOST, RARE_SHARE * len(texts)))
    return frozenset(anchor for anchor, n in counts.items() if n > most)


def _match(first: frozenset[str], second: frozenset[str]) -> bool:
    shared = len(first & second)
    return shared >= MIN_SHARED and shared >= ANCHOR_SHARE * min(len(first), len(second))


def _in_order(first: list[frozenset[str]], second: list[frozenset[str]]) -> int:
    """The most matching sentence pairs that come in the same order in both (longest common
    subsequence under `_match`)."""
    previous = [0] * (len(second) + 1)
    for one in first:
        current = [0]
        for j, other in enumerate(second):
            best = previous[j] + 1 if _match(one, other) else max(previous[j + 1], current[j])
            current.append(best)
        previous = current
    return previous[-1]


def _candidates(read: Sequence[list[frozenset[str]]]) -> set[tuple[int, int]]:
    """Pairs of articles (by index) whose sentences share at least `MIN_SHARED` rare anchors:
    the only ones that can match (rare anchors name few articles each)."""
    where: dict[str, set[int]] = {}
    for index, sentences in enumerate(read):
        for anchor in frozenset().union(*sentences):
            where.setdefault(anchor, set()).add(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in where.values():
        shared.update(combinations(sorted(members), 2))
    return {pair for pair, n in shared.items() if n >= MIN_SHARED}


def spun_pairs(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Pairs of articles of different outlets of which one rewrites the other sentence by
    sentence (`MIN_RUN` matching sentences in order, `SHARE` of the shorter one's)."""
    common = _common([anchors(a.text) for a in articles])
    read = [_anchored(a.text, common) for a in articles]
    pairs = []
    for i, j in sorted(_candidates(read)):
        first, second = articles[i], articles[j]
        if (first.outlet or first.id) == (second.outlet or second.id):
            continue
        shorter = min(len(read[i]), len(read[j]))
        if shorter < MIN_RUN:
            continue
        run = _in_order(read[i], read[j])
        if run >= MIN_RUN and run >= SHARE * shorter:
            pairs.append((first.id, second.id))
    return pairs
