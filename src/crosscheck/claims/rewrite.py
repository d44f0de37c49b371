"""Sentences rewritten from another article's text: an outlet that reworks an agency's story
without crediting it changes the frame of a sentence and merges two of the agency's sentences
into one ("Images circulating on social media show ... large piles of debris at this
earth-and-stone mosque"), but keeps the agency's distinctive phrases. Two runs of several words
of ordinary prose (not names, not numbers, not function words) taken from the same few lines of
one other article are not a coincidence of two reporters: they are one text rewritten."""

from __future__ import annotations

import re
from functools import lru_cache

# A shared phrase is a run of at least this many words.
RUN = 4
# with at least this many of its words ordinary content words written in lower case
CONTENT_WORDS = 3
# and a sentence is rewritten when this many distinct such phrases come from one passage.
PHRASES = 2
# The passage around the source sentence a rewrite may draw on (characters each side).
PASSAGE = 400
_FUNCTION = frozenset(
    "a an the of in on at to for from by with and or but as is are was were be been being has"
    " have had it its this that these those which who whom whose there their they them he she"
    " his her we our you your i not no into over under after before about than then so also"
    " said says say told according reported including while during since until will would"
    " could should may might can do does did".split()
)
_WORD = re.compile(r"[^\W_]+")


def content_tokens(text: str) -> list[tuple[str, bool]]:
    """Each word folded, with whether it counts toward a phrase's content: a lower-case,
    non-function, non-numeric word (a name or a number is shared by any two reports)."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        content = word.islower() and not word.isdigit() and word.casefold() not in _FUNCTION
        found.append((word.casefold(), content))
    return found


def shared_phrases(sentence: str, passage: str) -> int:
    """How many distinct maximal runs of `RUN` or more words of `sentence` occur, in that
    order, in `passage` with at least `CONTENT_WORDS` content words each."""
    words = content_tokens(sentence)
    folded = [w for w, _ in content_tokens(passage)]
    grams = {tuple(folded[i : i + RUN]) for i in range(len(folded) - RUN + 1)}
    covered = [False] * len(words)
    for i in range(len(words) - RUN + 1):
        if tuple(w for w, _ in words[i : i + RUN]) in grams:
            covered[i : i + RUN] = [True] * RUN
    phrases, content = 0, 0
    for index, (_, is_content) in enumerate(words):
        if covered[index]:
            content += is_content
        if content and (not covered[index] or index == len(words) - 1):
            phrases += content >= CONTENT_WORDS
            content = 0
    return phrases


def passage_around(text: str, start: int, end: int) -> str:
    """The text of a sentence [start, end) with what surrounds it in its article."""
    return text[max(0, start - PASSAGE) : end + PASSAGE]


# copies of one dispatch put the same sentence and passage in many claim pairs (kept small:
# the keys are passages of text)
@lru_cache(maxsize=1 << 12)
def rewritten_from(sentence: str, passage: str) -> bool:
    """Whether `sentence` rewrites `passage`: `PHRASES` distinct phrases of ordinary prose of
    `RUN` or more words taken from it."""
    return shared_phrases(sentence, passage) >= PHRASES
