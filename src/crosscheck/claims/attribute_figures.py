"""Figures written as a compound modifier ("a 16-member medical team", "a 3-day visit", "a
12-strong delegation") measure the thing the compound modifies, not a count of their own noun.
Two such figures are of one thing only when the modified nouns match ("medical team" is not
"security team") and the claims say the same happened to it (a team that flew with the prime
minister is not a team he sent): otherwise they are two things, each with its own size."""

from __future__ import annotations

import re

from crosscheck.claims.claim_keys import predicate_class
from crosscheck.records import Claim, ClaimValue

# "16-member", "12-strong", "3-day": the figure joined by a hyphen to the word it qualifies
# (in tokenised text the hyphen stands between spaces: "11 - year - old").
_COMPOUND = re.compile(r"(?: ?[-‐–] ?)(?P<unit>[A-Za-z]+)\b")
# Words that end the modified noun phrase: prepositions, verbs' particles, clause openers.
_PHRASE_END = frozenset(
    """to from of in on at for with by into onto that which who whom whose and or but as
    after before during while was were is are has have had will would""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S")
MAX_PHRASE_WORDS = 4


def modified_thing(value: ClaimValue, text: str) -> str | None:
    """The noun phrase a compound-modifier figure qualifies ("medical team" for "a 16-member
    medical team"), lower-cased; None when the figure is no compound modifier. `text` is the
    article's text (the value's offsets are the article's)."""
    compound = _COMPOUND.match(text, value.end)
    if compound is None:
        return None
    words: list[str] = []
    for match in _WORD.finditer(text, compound.end(), min(len(text), compound.end() + 80)):
        word = match.group(0).lower()
        if not word.isalpha() or word in _PHRASE_END or len(words) == MAX_PHRASE_WORDS:
            break
        words.append(word)
    return " ".join(words)


def attributes_of_one_thing(
    first: tuple[Claim, ClaimValue, str], second: tuple[Claim, ClaimValue, str]
) -> bool:
    """Whether two figures can be of one thing: figures that are no compound modifiers always
    can (other rules judge them); a compound modifier only against one of the same modified
    noun phrase, in claims whose verbs are of one class. Each side is (claim, figure, the
    article's text)."""
    thing_a = modified_thing(first[1], first[2])
    thing_b = modified_thing(second[1], second[2])
    if thing_a is None and thing_b is None:
        return True
    if thing_a is None or thing_b is None or not thing_a or thing_a != thing_b:
        return False
    return predicate_class(first[0]) == predicate_class(second[0])
