"""Name normalisation for matching spelling and transliteration variants.

"al-Sharaa" / "Al-shara", "Ahmed" / "Ahmad", "Barak" / "Barrack", "Shaibani" / "Shibani" share a
*skeleton*: case, accents, Arabic article prefixes, doubled letters and inner vowels folded away.
A skeleton match is a candidate only; callers confirm it with string similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

_ARTICLES = frozenset({"al", "el", " al-", "el-", "the", "ad", "ar", "as", "ash", "at", "az", "an"})
_SPLIT = re.compile(r"[\s\-‐–—_]+")
_STRIP = re.compile(r"[^\w]+")
_DIGRAPHS = (
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("dj", "j"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    ("q", "k"),
    ("c", "k"),
    ("y", "i"),
    ("w", "u"),
    ("z", "s"),
)
NICKNAMES: dict[str, str] = {
    "tom": "thomas",
    "tommy": "thomas",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "dick": "richard",
    "rick": "richard",
    "dan": "daniel",
    "fred": "frederick",
    "freddie": "frederick",
    "katie": "katherine",
    "kathy": "katherine",
    "jerry": "gerald",
    "dave": "david",
    "steve": "steven",
    "tony": "anthony",
    "ben": "benjamin",
    "bibi": "benjamin",
    "chris": "christopher",
    "nick": "nicholas",
    "alex": "alexander",
    "sam": "samuel",
    "ed": "edward",
    "ted": "edward",
    "andy": "andrew",
    "matt": "matthew",
    "pat": "patrick",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "jen": "jennifer",
    "sasha": "alexander",
    "vlad": "vladimir",
    "mo": "mohammed",
    "gabi": "gabriel",
}


def fold(text: str) -> str:
    """Lowercase, accents removed, curly apostrophes straightened, possessive dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"'s$", "", text.strip())


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name, folded, with Arabic and English articles dropped."""
    tokens: list[str] = []
    for raw in _SPLIT.split(fold(text)):
        token = _STRIP.sub("", raw)
        if token and token not in _ARTICLES:
            tokens.append(token)
    return tuple(tokens)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key of one name word: "sharaa" -> "shr", "barrack" -> "brk"."""
    word = token.lower()
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    if not word:
        return ""
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


def canonical_first_name(token: str) -> str:
    """A first name with common nicknames expanded ("tom" -> "thomas")."""
    return NICKNAMES.get(token, token)


def similar_words(a: str, b: str, threshold: float = 0.8) -> tuple[bool, float]:
    """Whether two name words are variants of each other, and the similarity behind it."""
    if a == b:
        return True, 1.0
    score = JaroWinkler.similarity(a, b)
    return skeleton(a) == skeleton(b) and score >= threshold, score


def acronym(tokens: tuple[str, ...]) -> str:
    """Initials of the capitalised content words: ("united", "nations") -> "un"."""
    return "".join(t[0] for t in tokens if t not in {"of", "and", "for", "the", "de", "du", "la"})


def full_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[bool, str, float]:
    """Whether two multi-word names can name one person, how, and the weakest word similarity.

    The last words must be variants; the first words must be equal after nickname expansion
    ("nickname"), spelling variants ("transliteration"), or an initial of the other
    ("initial"). "Dina Lohan" and "Lindsay Lohan" are not compatible.
    """
    same_last, last_score = similar_words(a[-1], b[-1])
    if not same_last:
        return False, "", 0.0
    first_a, first_b = canonical_first_name(a[0]), canonical_first_name(b[0])
    if first_a == first_b:
        return True, "nickname" if a[0] != b[0] else "transliteration", last_score
    same_first, first_score = similar_words(first_a, first_b)
    if same_first:
        return True, "transliteration", min(first_score, last_score)
    if (len(a[0]) == 1 or len(b[0]) == 1) and a[0][0] == b[0][0]:
        return True, "initial", last_score
    return False, "", 0.0


# Words around a person's name that are not part of it: "Dr Sanjay Gupta", "W. Mark Felt Sr".
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend sheikh sen senator"
    " rep gov governor pres president".split()
)
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def person_name_tokens(text: str) -> tuple[str, ...]:
    """The words of a person's name without honorifics and generational suffixes.

    "Dr Sanjay Gupta" -> ("sanjay", "gupta"); "Arcade Joseph Comeaux Jr" -> ("arcade",
    "joseph", "comeaux"). At least two words stay: "Dr Gupta", "Mr Speaker" and "Elizabeth
    II" are kept whole, so that a title never becomes a bare surname shared by everyone.
    """
    tokens = name_tokens(text)
    start, end = 0, len(tokens)
    while end - start > 2 and tokens[start] in HONORIFICS:
        start += 1
    while end - start > 2 and tokens[end - 1] in GENERATIONAL_SUFFIXES:
        end -= 1
    return tokens[start:end]


CORPORATE_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag"}
)


def without_corporate_suffix(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words with trailing legal-form words dropped: ("apple", "inc") -> ("apple",)."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in CORPORATE_SUFFIXES:
        end -= 1
    return tokens[:end]
