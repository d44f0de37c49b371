"""A transliteration table from Arabic script to the consonant classes of Latin spellings.

Arabic script writes consonants and long vowels; Latin transliterations of the same name
differ in vowels and in how they render one letter ("Araghchi"/"Araqchi" for ق, "Geneva" for
ج). Both sides are therefore reduced to a key of consonant *classes*: vowels, و and ي (long
vowels or glides), ع and hamza are dropped; letters that transliterations confuse share a
class (ق ك خ غ and k/q/kh/gh/c/g; ج چ and j/ch; س ص ث ز ظ and s/z/th; ت ط and t; د ض ذ and
d/dh; ح ه and h; ب پ and b/p; ف and f/v). "عراقجي" and "Araghchi" both give "rkk".

Source: the standard Arabic and Persian alphabets; hand-written.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Arabic-script letter -> consonant class ("" when dropped)
ARABIC_LETTERS: dict[str, str] = {
    "ا": "", "أ": "", "إ": "", "آ": "", "ٱ": "", "ء": "", "ؤ": "", "ئ": "", "ى": "",
    "ع": "", "و": "", "ي": "", "ی": "", "ة": "",
    "ب": "b", "پ": "b",
    "ت": "t", "ط": "t",
    "ث": "s", "س": "s", "ص": "s", "ز": "s", "ظ": "s", "ژ": "s",
    "ج": "k", "چ": "k", "ق": "k", "ك": "k", "ک": "k", "خ": "k", "غ": "k", "گ": "k",
    "ح": "h", "ه": "h", "ۀ": "h",
    "د": "d", "ذ": "d", "ض": "d",
    "ر": "r",
    "ش": "x",
    "ف": "f", "ڤ": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}  # fmt: skip

# Latin spellings, longest first -> consonant class; vowels, w, y and apostrophes drop.
_LATIN = (
    ("sh", "x"), ("ch", "k"), ("kh", "k"), ("gh", "k"), ("th", "s"), ("dh", "d"),
    ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("g", "k"), ("j", "k"), ("v", "f"),
    ("p", "b"), ("z", "s"),
)  # fmt: skip
_LATIN_KEEP = frozenset("bdfhklmnrstx")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
# One-letter proclitics (and, by, for, like, so) and the article, written joined to a name.
_CLITICS = ("و", "ف", "ب", "ل", "ك")
_ARTICLE = "ال"


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """The consonant classes of a folded Latin name word: "araghchi" -> "rkk"."""
    word = re.sub(r"(.)\1+", r"\1", word.lower())
    for old, new in _LATIN:
        word = word.replace(old, new.upper())
    return "".join(ch.lower() for ch in word if ch.isupper() or ch in _LATIN_KEEP)


@lru_cache(maxsize=65536)
def arabic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """The consonant classes of an Arabic-script word, once for each reading of its joined
    prefixes, as written first ("والبوسعيدي": as written, without "و", without "وال"); each
    with the number of letters the reading leaves out at the front."""
    stems = [(0, word)]
    if word[:1] in _CLITICS and len(word) > 3:
        stems.append((1, word[1:]))
    for cut, stem in list(stems):
        if stem.startswith((_ARTICLE, "لل")) and len(stem) > 3:
            stems.append((cut + 2, stem[2:]))
    readings: dict[str, int] = {}
    for cut, stem in stems:
        readings.setdefault("".join(ARABIC_LETTERS.get(ch, "") for ch in stem), cut)
    return tuple((cut, key) for key, cut in readings.items())


def arabic_words(text: str) -> list[tuple[int, int, str]]:
    """The Arabic-script words of ``text`` with their character spans."""
    return [(m.start(), m.end(), m.group(0)) for m in _ARABIC_WORD.finditer(text)]
