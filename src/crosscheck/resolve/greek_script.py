"""Names in Greek script, found by the story's own Latin names.

Each Greek word is romanised three ways, because Latin writers follow three conventions:

- ELOT 743 / UN (the Greek state's): "η" i, "υ" y, "β" v, "χ" ch, "ου" ou, "μπ" b at a
  word's start and mp inside, "ντ" d / nt, "γκ" g / gk, "γγ" ng;
- as the press spells the sound: "ει", "οι", "υ", "η" all i, "αι" e, "μπ" mb, "ντ" nd,
  "χ" h, "ξ" ks ("Μητσοτάκης" Mitsotakis, "Τέμπη" Tempi);
- the classical (Latinised) one: "η" e, "β" b, "υ" y, "χ" kh, "αι" ae ("Tempe").

The readings are reduced to consonant classes (`arabic_script.latin_key`) and matched to the
story's Latin aliases by `arabic_names.link_script_names`; each written word must then be
spelt close to a word of the alias (`romanised_alike`). Greek declines names: the genitive and
accusative drop or change the nominative's ending ("Μητσοτάκη" for "Μητσοτάκης",
"Παπαδόπουλου" for "Παπαδόπουλος"), so a word is also read with its nominative restored.

Source: the Greek alphabet, ELOT 743 (ISO 843) and the common press romanisations;
hand-written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from crosscheck.resolve.arabic_names import Readings, ScriptReader
from crosscheck.resolve.arabic_script import latin_key
from crosscheck.resolve.names import name_tokens

_LETTERS: dict[str, str] = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
# ELOT 743: digraphs first (longest spellings are matched first by `_romanise`)
ELOT: dict[str, str] = {
    **_LETTERS, "ου": "ou", "αυ": "av", "ευ": "ev", "^μπ": "b", "μπ": "mp", "^ντ": "d",
    "ντ": "nt", "^γκ": "g", "γκ": "gk", "γγ": "ng", "γχ": "nch", "γξ": "nx",
}  # fmt: skip
PHONETIC: dict[str, str] = {
    **ELOT, "ει": "i", "οι": "i", "υι": "i", "αι": "e", "υ": "i", "μπ": "mb", "ντ": "nd",
    "γκ": "ng", "χ": "h", "ξ": "ks",
}  # fmt: skip
CLASSICAL: dict[str, str] = {
    **ELOT, "η": "e", "β": "b", "χ": "kh", "αι": "ae", "οι": "oi", "ει": "ei", "μπ": "mp",
    "ντ": "nt", "γκ": "gk", "φ": "ph",
}  # fmt: skip
TABLES = (ELOT, PHONETIC, CLASSICAL)

_GREEK_WORD = re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF][\u0370-\u03FF\u1F00-\u1FFF'’]*")
# genitive / accusative -> nominative of the common name declensions; the stem keeps 3 letters
_NOMINATIVES = (
    (re.compile(r"(?<=\w{3})ου$"), ("ος", "ης")),
    (re.compile(r"(?<=\w{3})([ηα])$"), (r"\1ς",)),
    (re.compile(r"(?<=\w{3})ο$"), ("ος",)),
)


def greek_words(text: str) -> list[tuple[int, int, str]]:
    """The Greek words of ``text`` with their character spans."""
    return [(m.start(), m.end(), m.group(0)) for m in _GREEK_WORD.finditer(text)]


def _plain(word: str) -> str:
    """Lowercase, accents and breathings removed, final sigma as sigma."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ς", "σ")


def _romanise(word: str, table: dict[str, str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if i == 0 and f"^{pair}" in table:
            out.append(table[f"^{pair}"])
            i += 2
        elif len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
        else:
            out.append(table.get(word[i], "" if word[i] in "'’" else word[i]))
            i += 1
    return "".join(out)


def romanisations(word: str) -> tuple[str, ...]:
    """A Greek word in Latin letters, lowercase, once per convention: "Τέμπη" ->
    ("tempi", "tembi", "tempe")."""
    plain = _plain(word)
    return tuple(dict.fromkeys(_romanise(plain, table) for table in TABLES))


def _forms(word: str) -> tuple[str, ...]:
    """The romanisations of a word as written, then with its nominative restored."""
    plain = _plain(word)
    stems = [plain]
    for ending, nominatives in _NOMINATIVES:
        if ending.search(plain):
            stems += [ending.sub(n, plain) for n in nominatives]
            break
    return tuple(dict.fromkeys(r for stem in stems for r in romanisations(stem)))


@lru_cache(maxsize=65536)
def _greek_readings(word: str) -> tuple[tuple[int, str], ...]:
    return tuple((0, key) for key in dict.fromkeys(map(latin_key, _forms(word))))


def _readings(_language: str | None) -> Readings:
    return _greek_readings


_MIN_SIMILARITY = 0.8


def romanised_alike(written: str, _language: str | None, aliases: list[str]) -> bool:
    """Whether every written Greek word, romanised one way or another (with or without its
    case ending), is spelt close to a word of one Latin alias."""
    words = [_forms(w) for _, _, w in greek_words(written)]
    for alias in aliases:
        tokens = name_tokens(alias)
        if (
            tokens
            and words
            and all(
                max(JaroWinkler.similarity(form, t) for form in forms for t in tokens)
                >= _MIN_SIMILARITY
                for forms in words
            )
        ):
            return True
    return False


GREEK = ScriptReader("Greek", greek_words, _readings, "Greek script", True, romanised_alike)
