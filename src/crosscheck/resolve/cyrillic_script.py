"""Names in Cyrillic paragraphs (Russian, Ukrainian), found by the story's own Latin names.

Each Cyrillic word is romanised letter by letter (the passport-style romanisations of
Russian and Ukrainian: "ж" zh, "х" kh, "ц" ts, "ч" ch, "ш" sh, "щ" shch; Ukrainian "г" is h
and "и" is y, Russian "г" is g) and reduced to the same consonant classes as the story's
Latin aliases (`arabic_script.latin_key`), so that "Зеленский", "Зеленського" and
"Zelenskyy" all read "slnsk". Russian and Ukrainian decline names: a word is also read
without its case ending ("Эрдоганом" as "Эрдоган", "Зеленского" as "Зеленск-"). Only runs
opening with a capital are names, and each word must be spelt close to a word of the
entity's Latin alias once romanised; the matching itself is `arabic_names.link_script_names`.

Source: the Russian and Ukrainian alphabets and their standard romanisations; hand-written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from crosscheck.resolve.arabic_names import Readings, ScriptReader
from crosscheck.resolve.arabic_script import latin_key
from crosscheck.resolve.names import name_tokens

_COMMON: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "",
}  # fmt: skip
RUSSIAN_LETTERS: dict[str, str] = {**_COMMON, "г": "g", "и": "i"}
UKRAINIAN_LETTERS: dict[str, str] = {**_COMMON, "г": "h", "и": "y"}

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF][\u0400-\u04FF'’]*")
# Case endings of nouns and adjective-like surnames, longest first; the stem must keep three
# letters.
_CASE_ENDING = re.compile(
    r"(?<=[\u0400-\u04FF]{3})(?:ого|его|ому|ему|ими|ыми|ой|ей|ою|ею|ом|ем|ым|им|ів|ов|ам|ах)$"
)


def cyrillic_words(text: str) -> list[tuple[int, int, str]]:
    """The Cyrillic words of ``text`` with their character spans."""
    return [(m.start(), m.end(), m.group(0)) for m in _CYRILLIC_WORD.finditer(text)]


def romanisations(word: str, ukrainian: bool) -> tuple[str, ...]:
    """A Cyrillic word in Latin letters, lowercase: "Зеленський" -> ("zelenskyy",). Ukrainian
    "г" is "h" in Ukrainian names and "g" in foreign ones ("Ердоган" is Erdogan): both."""
    lower = word.lower()
    tables = (UKRAINIAN_LETTERS, _UKRAINIAN_G) if ukrainian else (RUSSIAN_LETTERS,)
    return tuple(dict.fromkeys("".join(t.get(ch, ch) for ch in lower) for t in tables))


_UKRAINIAN_G = {**UKRAINIAN_LETTERS, "г": "g"}


def _forms(word: str, ukrainian: bool) -> tuple[str, ...]:
    """The romanisations of a word, as written and without its case ending."""
    stems = (word, _CASE_ENDING.sub("", word.lower()))
    return tuple(dict.fromkeys(r for stem in stems for r in romanisations(stem, ukrainian)))


@lru_cache(maxsize=65536)
def _readings(word: str, ukrainian: bool) -> tuple[tuple[int, str], ...]:
    return tuple((0, key) for key in dict.fromkeys(map(latin_key, _forms(word, ukrainian))))


def _russian(word: str) -> tuple[tuple[int, str], ...]:
    return _readings(word, False)


def _ukrainian(word: str) -> tuple[tuple[int, str], ...]:
    return _readings(word, True)


def cyrillic_readings(language: str | None) -> Readings:
    """How a paragraph's Cyrillic words read: Ukrainian or, by default, Russian letters."""
    return _ukrainian if language == "uk" else _russian


_MIN_SIMILARITY = 0.75


def romanised_alike(written: str, language: str | None, aliases: list[str]) -> bool:
    """Whether every written word, romanised (with or without its case ending), is spelt
    close to a word of one Latin alias: consonant classes alone would read "Который" ("which")
    as "Qatar"."""
    words = [_forms(w, language == "uk") for _, _, w in cyrillic_words(written)]
    for alias in aliases:
        tokens = name_tokens(alias)
        if tokens and all(
            max(JaroWinkler.similarity(form, t) for form in forms for t in tokens)
            >= _MIN_SIMILARITY
            for forms in words
        ):
            return True
    return False


CYRILLIC = ScriptReader(
    "Cyrillic", cyrillic_words, cyrillic_readings, "Cyrillic script", True, romanised_alike
)
