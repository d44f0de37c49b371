"""Articles that rewrite one dispatch: not whole copies (those are the near-duplicate sets), but
articles that share several sentences word for word, as outlets do when each relays one
agency's text with its own lead. Such articles are one origin for what they say in their own
voice. Sentences in quotation marks are left out: two reporters may quote one statement at
length and still report independently."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from crosscheck.records import Article

# A shared run of this many words in the same order is copied text.
RUN = 8
# Two articles rewrite one dispatch when this many of one's sentences are copied in the other.
MIN_SENTENCES = 2
# Sentence ends: a stop before a capital, or a line break ("U.S." does not end one).
_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“«(])|\n+")
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
# Photo captions: one picture agency's caption in two articles says nothing of their text.
_CAPTION = re.compile(r"\b(photos?|pictures?|images?|file|caption)\b", re.IGNORECASE)


def _shingles(sentence: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", sentence.casefold())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _sentences(text: str) -> list[set[tuple[str, ...]]]:
    found = []
    for sentence in dict.fromkeys(s.strip() for s in _BREAK.split(text)):  # a repeated one once
        if not _QUOTE_MARKS.search(sentence) and not _CAPTION.search(sentence):
            shingles = _shingles(sentence)
            if shingles:
                found.append(shingles)
    return found


def copied_sentences(articles: Sequence[Article]) -> dict[tuple[str, str], int]:
    """For each pair of articles of different outlets that share copied text, how many
    distinct sentences of one (the one that copies more) have a run of `RUN` words in the
    other."""
    where: dict[tuple[str, ...], set[int]] = {}
    read: dict[str, list[set[tuple[str, ...]]]] = {}  # copies of one text are read once
    per_article = [
        read[a.text] if a.text in read else read.setdefault(a.text, _sentences(a.text))
        for a in articles
    ]
    for index, sentences in enumerate(per_article):
        for shingles in sentences:
            for shingle in shingles:
                where.setdefault(shingle, set()).add(index)
    copied: Counter[tuple[int, int]] = Counter()
    for index, sentences in enumerate(per_article):
        for shingles in sentences:
            if all(len(where[s]) == 1 for s in shingles):
                continue  # no other article has any of its runs
            copied.update(
                (index, other) for other in set().union(*(where[s] for s in shingles)) - {index}
            )
    counts: dict[tuple[str, str], int] = {}
    for (i, j), count in copied.items():
        first, second = articles[i], articles[j]
        if i < j and (first.outlet or first.id) != (second.outlet or second.id):
            counts[(first.id, second.id)] = max(count, copied.get((j, i), 0))
    return counts


def shared_dispatch_pairs(
    articles: Sequence[Article], min_sentences: int = MIN_SENTENCES
) -> list[tuple[str, str]]:
    """Pairs of articles of different outlets in which at least `min_sentences` distinct
    sentences of one are copied word for word (a run of `RUN` words) in the other."""
    return [pair for pair, n in copied_sentences(articles).items() if n >= min_sentences]
