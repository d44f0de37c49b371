"""Names as languages that inflect them write them, brought back to the form the story's other
reports use.

- Slavic languages written in Latin letters (Slovak, Czech, Polish, Slovenian, Croatian,
  Bosnian, Serbian) decline names: "Fico" is "Fica", "Ficovi", "Ficom"; "Orbán" is "Orbána",
  "Orbánovi"; "Pellegrini" is "Pellegriniho", "Pellegrinim". A word of such a paragraph is
  read as a name of the story when, without one of the language's case endings, it is that
  name or that name without its final vowel; the stem keeps at least three letters and the
  name at least four, so short words stay as they are.
- Hungarian appends case endings to names ("Orbánnal", "Micotákisznak", hyphenated after a
  foreign name: "Facebook-oldalán") and spells foreign names by its own letters: "sz" is s,
  "cs" ch, "zs" zh, "c" ts, "s" sh, "ty" t, "gy" d, "ny" n, "j" y ("Micotákisz" is
  Mitsotakis, "Prigozsin" Prigozhin).
- Lithuanian and Latvian give foreign names their own endings ("Nicolas Maduroas",
  "Putinas") and decline them ("Putino", "Putinui").
- Turkish writes the ending of a proper noun after an apostrophe ("Yunanistan'ın",
  "Erdoğan'a"): the name is what comes before it.

Only names of the story are recovered (a word matches a name written elsewhere in the story,
in a paragraph of another language), and only in paragraphs whose language inflects names;
a name's own spelling in the story is never rewritten.

Source: the case endings of proper nouns in the grammars of these languages; hand-written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from crosscheck.resolve.names import fold

# Case endings of masculine and feminine names, longest first.
_SLAVIC_ENDINGS = (
    "ego", "emu", "ovi", "owi", "ove", "ovo", "ho", "mu", "om", "em", "im", "ym", "ou", "ie",
    "a", "u", "e", "y", "i", "m",
)  # fmt: skip
_HUNGARIAN_ENDINGS = (
    "nak", "nek", "nal", "nel", "val", "vel", "ban", "ben", "bol", "rol", "hoz", "hez",
    "tol", "ert", "kent", "ba", "be", "ra", "re", "on", "en", "ig", "t", "e",
)  # fmt: skip
# Lithuanian and Latvian give a foreign name their own nominative ending ("Maduroas",
# "Putinas", "Macronam") and decline it
_BALTIC_ENDINGS = ("ui", "am", "as", "is", "ys", "us", "s", "o", "u", "e", "a", "i")
SLAVIC_LATIN = frozenset({"sk", "cs", "pl", "sl", "hr", "bs", "sr"})
BALTIC = frozenset({"lt", "lv"})
INFLECTING = SLAVIC_LATIN | BALTIC | {"hu", "tr"}
_MIN_STEM = 3
_MIN_NAME = 4
_VOWELS = "aeiouy"
_TURKISH_SUFFIX = re.compile(r"['’][a-zçğıöşü]{1,6}$")
# Hungarian letters of a foreign name, as English spells them; digraphs first
_HUNGARIAN_LETTERS = (
    ("sz", "\0"), ("cs", "\1"), ("zs", "zh"), ("ty", "t"), ("gy", "d"), ("ny", "n"),
    ("s", "sh"), ("c", "ts"), ("j", "y"), ("\0", "s"), ("\1", "ch"),
)  # fmt: skip


def hungarian_to_english(word: str) -> str:
    """A folded word spelt with Hungarian letters, in English spelling: "micotakisz" ->
    "mitsotakis", "prigozsin" -> "prigozhin", "lariszа" -> "larisa"."""
    for old, new in _HUNGARIAN_LETTERS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word) if "ss" in word else word


def _stems(word: str, endings: tuple[str, ...]) -> list[str]:
    return [
        word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= _MIN_STEM
    ]


def _spelling_key(word: str) -> str:
    """A word with "y" as "i" and doubled letters once: transliterations differ so
    ("Kiriakos"/"Kyriakos", "Larisa"/"Larissa")."""
    return re.sub(r"(.)\1+", r"\1", word.replace("y", "i"))


class StoryNames:
    """The folded words of the story's names, looked up by their spelling key."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        for word in self.words:
            if len(word) >= _MIN_NAME:
                self._by_key[_spelling_key(word)].add(word)

    def name_for_stem(self, stem: str) -> str | None:
        """The story's name a stem is the root of: itself, or itself and a final vowel
        ("fic" -> "fico"); a stem two names share is none's."""
        found: set[str] = set()
        for candidate in (stem, *(stem + v for v in _VOWELS)):
            found |= self._by_key.get(_spelling_key(candidate), set())
        return next(iter(found)) if len(found) == 1 else None


def _hungarian_readings(word: str) -> list[str]:
    word = word.split("-")[0] if "-" in word else word
    readings = [word, hungarian_to_english(word)]
    for stem in _stems(word, _HUNGARIAN_ENDINGS):
        # a doubled consonant assimilates "-val"/"-vel" ("Orbánnal"); a final a/e lengthens
        readings += [stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return readings + [hungarian_to_english(r) for r in readings[2:]]


def story_form(word: str, language: str | None, names: StoryNames) -> str | None:
    """The story's name (folded) that ``word`` (folded) writes inflected or in its language's
    spelling, in a paragraph of ``language``; None when it writes none, or is already one.
    ``names`` are the folded words of the story's names written in other languages."""
    if word in names.words or language is None:
        return None
    if language == "tr":
        bare = _TURKISH_SUFFIX.sub("", word)
        return bare if bare != word and bare in names.words else None
    if language == "hu":
        readings = _hungarian_readings(word)
    elif language in SLAVIC_LATIN:
        readings = _stems(word, _SLAVIC_ENDINGS)
    elif language in BALTIC:
        readings = _stems(word, _BALTIC_ENDINGS)
    else:
        return None
    for reading in readings:
        name = names.name_for_stem(reading)
        if name is not None and name != word:
            return name
    return None


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def respelled_name(text: str, language: str | None, names: StoryNames) -> str:
    """A name as written in an inflecting language, each word replaced by the story's form
    of it (see `story_form`); words that write no name of the story stay as written."""

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        found = story_form(fold(written), language, names)
        if found is None:
            return written
        return found[:1].upper() + found[1:] if written[:1].isupper() else found

    return _WORD.sub(replace, text)
