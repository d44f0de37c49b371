"""How many independent origins stand behind a set of claims that state one proposition.

Each claim has an origin key (`Corpus.origin`: the cited source, else the agency the article
relays, else the outlet with its near-duplicate copies). Claims whose sentences are worded as
copies of one text are one origin too, whatever the outlets and credits say: a sentence that
shares a long run of words with another outlet's, or most of its words in the same order, was
rewritten from one dispatch (a ministry's statement relayed by two national agencies, one
agency's text republished without its credit). Independent reporters do not write the same
twelve words in the same order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from crosscheck.corpus import Corpus
from crosscheck.records import Claim
from crosscheck.resolve.union_find import UnionFind

# A run of this many words in the same order is copied text.
COPIED_RUN = 8
# Or this share of the shorter sentence's words, in order, with at least MIN_SHARED of them.
COPIED_SHARE = 0.6
MIN_SHARED = 10
# Which key names a merged origin: the source cited before the relaying agency before the outlet.
_RANK = ("entity:", "named:", "body:", "document:", "media:", "anon:", "agency:")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def copied_wording(first: str, second: str) -> bool:
    """Whether two sentences read as copies of one text: a long run of the same words, or most
    of the shorter one's words in the same order."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    longest = matcher.find_longest_match(0, len(a), 0, len(b)).size
    if longest >= COPIED_RUN:
        return True
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared >= MIN_SHARED and shared >= COPIED_SHARE * min(len(a), len(b))


def claim_sentence(claim: Claim, corpus: Corpus) -> str:
    """The whole sentence the claim was read from (its own text when the sentence is unknown)."""
    if claim.sentence_start is None or claim.sentence_end is None:
        return claim.text
    text = corpus.articles[claim.article].article.text
    return text[claim.sentence_start : claim.sentence_end] or claim.text


def _rank(key: str) -> tuple[int, str]:
    head = key.rpartition(">")[2]
    order = next((i for i, prefix in enumerate(_RANK) if head.startswith(prefix)), len(_RANK))
    return order, key


def independent_origins(claims: Sequence[Claim], corpus: Corpus) -> list[str]:
    """The distinct origins behind the claims, sorted: one key per group of claims that share
    an origin key or whose sentences are copies of one text."""
    keys = [corpus.origin(c) for c in claims]
    sentences = [claim_sentence(c, corpus) for c in claims]
    groups = UnionFind(len(claims))
    first_of: dict[str, int] = {}
    for i, key in enumerate(keys):
        groups.union(first_of.setdefault(key, i), i)
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if groups.find(i) != groups.find(j) and copied_wording(sentences[i], sentences[j]):
                groups.union(i, j)
    members: dict[int, list[str]] = {}
    for i, key in enumerate(keys):
        members.setdefault(groups.find(i), []).append(key)
    return sorted(min(group, key=_rank) for group in members.values())
