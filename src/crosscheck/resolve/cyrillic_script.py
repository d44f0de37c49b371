"""Names in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian, Macedonian), found by the
story's own Latin names.

Each Cyrillic word is romanised letter by letter, once per convention its language's names
are written in: the English (passport, BGN/PCGN) romanisations ("ж" zh, "х" kh, "ц" ts, "ч"
ch, "ш" sh, "щ" shch; Ukrainian "г" is h and "и" is y, Russian "г" is g; Bulgarian "щ" sht
and "ъ" a; Serbian and Macedonian "х" h, "ц" c, "ј" j, "љ" lj, "њ" nj, "ђ" dj, "ћ" c, "ѓ" gj,
"ќ" kj) and the Latin alphabets of Slavic languages, accents dropped ("ж" z, "ч" c, "ш" s,
"й" j, "я" ja: "Вучић" is Vučić), with "кс" also read "x" ("Александр", Alexander); each
reading is reduced to the same consonant classes as the story's
Latin aliases (`arabic_script.latin_key`), so that "Зеленский", "Зеленського" and
"Zelenskyy" all read "slnsk". Russian and Ukrainian decline names: a word is also read
without its case ending ("Эрдоганом" as "Эрдоган", "Зеленского" as "Зеленск-"). Only runs
opening with a capital are names, and each word must be spelt close to a word of the
entity's Latin alias once romanised; the matching itself is `arabic_names.link_script_names`.

Source: the Russian, Ukrainian, Bulgarian, Serbian and Macedonian alphabets, their
standard romanisations and the Serbo-Croatian Latin alphabet (ISO 9 for the others);
hand-written.
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
    # Serbian and Macedonian letters, as English writes them
    "ј": "j", "љ": "lj", "њ": "nj", "ђ": "dj", "ћ": "c", "џ": "dzh", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz",
}  # fmt: skip
RUSSIAN_LETTERS: dict[str, str] = {**_COMMON, "г": "g", "и": "i"}
UKRAINIAN_LETTERS: dict[str, str] = {**_COMMON, "г": "h", "и": "y"}
# Bulgarian (Streamlined System): "щ" sht, "ъ" a; Serbian and Macedonian: "х" h, "ц" c
BULGARIAN_LETTERS: dict[str, str] = {**RUSSIAN_LETTERS, "щ": "sht", "ъ": "a", "х": "h"}
SERBIAN_LETTERS: dict[str, str] = {**RUSSIAN_LETTERS, "х": "h", "ц": "c", "ј": "j"}
# The Latin alphabets of Slavic languages (Serbo-Croatian, Czech, Slovak, ISO 9), accents
# dropped as `names.fold` drops them: "ж" ž -> z, "ч" č -> c, "ш" š -> s, "й" j...
SLAVIC_LATIN_LETTERS: dict[str, str] = {
    **RUSSIAN_LETTERS, "ж": "z", "ч": "c", "ш": "s", "щ": "sc", "ц": "c", "х": "h", "й": "j",
    "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji", "ђ": "d", "ћ": "c", "џ": "dz",
}  # fmt: skip
_TABLES: dict[str | None, tuple[dict[str, str], ...]] = {
    "uk": (UKRAINIAN_LETTERS, {**UKRAINIAN_LETTERS, "г": "g"}, SLAVIC_LATIN_LETTERS),
    "bg": (BULGARIAN_LETTERS, RUSSIAN_LETTERS, SLAVIC_LATIN_LETTERS),
    "mk": (SERBIAN_LETTERS, SLAVIC_LATIN_LETTERS),
    "sr": (SERBIAN_LETTERS, SLAVIC_LATIN_LETTERS),
}
_DEFAULT_TABLES = (RUSSIAN_LETTERS, SLAVIC_LATIN_LETTERS)

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF][\u0400-\u04FF'’]*")
# Case endings of nouns and adjective-like surnames, longest first; the stem must keep three
# letters.
_CASE_ENDING = re.compile(
    r"(?<=[\u0400-\u04FF]{3})(?:ого|его|ому|ему|ими|ыми|ой|ей|ою|ею|ом|ем|ым|им|ів|ов|ам|ах)$"
)


def cyrillic_words(text: str) -> list[tuple[int, int, str]]:
    """The Cyrillic words of ``text`` with their character spans."""
    return [(m.start(), m.end(), m.group(0)) for m in _CYRILLIC_WORD.finditer(text)]


def romanisations(word: str, language: str | None) -> tuple[str, ...]:
    """A Cyrillic word in Latin letters, lowercase, once per convention of its language:
    "Зеленский" -> ("zelenskiy", "zelenskij"). Ukrainian "г" is "h" in Ukrainian names and "g"
    in foreign ones ("Ердоган" is Erdogan): both. "кс" is also read "x" ("Александр" is
    Alexander)."""
    lower = word.lower()
    spelt = ("".join(t.get(ch, ch) for ch in lower) for t in _TABLES.get(language, _DEFAULT_TABLES))
    readings = list(dict.fromkeys(spelt))
    readings += [r.replace("ks", "x") for r in readings if "ks" in r]
    return tuple(readings)


def _forms(word: str, language: str | None) -> tuple[str, ...]:
    """The romanisations of a word, as written and without its case ending."""
    stems = (word, _CASE_ENDING.sub("", word.lower()))
    return tuple(dict.fromkeys(r for stem in stems for r in romanisations(stem, language)))


@lru_cache(maxsize=65536)
def _readings(word: str, language: str | None) -> tuple[tuple[int, str], ...]:
    return tuple((0, key) for key in dict.fromkeys(map(latin_key, _forms(word, language))))


@lru_cache(maxsize=16)
def cyrillic_readings(language: str | None) -> Readings:
    """How a paragraph's Cyrillic words read: by its language's letters (Ukrainian,
    Bulgarian, Serbian, Macedonian) or, by default, Russian ones."""
    known = language if language in _TABLES else None
    return lambda word: _readings(word, known)


_MIN_SIMILARITY = 0.75


def romanised_alike(written: str, language: str | None, aliases: list[str]) -> bool:
    """Whether every written word, romanised (with or without its case ending), is spelt
    close to a word of one Latin alias: consonant classes alone would read "Который" ("which")
    as "Qatar"."""
    known = language if language in _TABLES else None
    words = [_forms(w, known) for _, _, w in cyrillic_words(written)]
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
