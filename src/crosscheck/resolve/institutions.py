"""Institution names a reader takes for one, across languages and word orders.

A French report's "ministère de l'Intérieur" is the English reports' "Interior Ministry";
"ministère omanais des Affaires étrangères" is "Omani Ministry of Foreign Affairs", which is
"Oman's Foreign Ministry". `english_institution_name` translates a French institution name
with the lexicon of `annotate.institution_lexicon` (head noun, its adjectives, its "de"
complement), or gives None when any word is not in it: a name it cannot read whole is left
as written. `institution_words` brings English names to one word order and one wording
("Ministry of the Interior" -> interior ministry, "Foreign Affairs Ministry" -> foreign
ministry, "Institute of Geophysics" -> geophysic institute, like "Geophysical Institute"),
so that the exact-name pass joins them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.institution_lexicon import (
    FRENCH_ARTICLES,
    FRENCH_HEADS,
    FRENCH_OF,
    FRENCH_ORGANISATIONS,
    FRENCH_WORDS,
)

_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = 6  # the longest lexicon entry, in words
_OFFICE_HEADS = frozenset(
    "ministry department minister secretary office institute agency centre center commission"
    " committee council directorate".split()
)
# English wordings of one office: "Foreign Affairs Ministry" is the Foreign Ministry.
_SYNONYMS = {"defense": "defence", "home affairs": "home", "foreign affairs": "foreign"}
# American spellings of words in organisation names, in British spelling ("Center" /
# "Centre"): outlets of either side write the same body's name in their own
_BRITISH_SPELLINGS = {
    "center": "centre", "centers": "centres", "theater": "theatre", "labor": "labour",
    "program": "programme", "programs": "programmes", "defense": "defence",
}  # fmt: skip


def _british(word: str) -> str:
    """A word of a name in British spelling: "organization" -> "organisation"."""
    if "ization" in word:
        return word.replace("ization", "isation")
    return _BRITISH_SPELLINGS.get(word, word)


def _folded_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


def _inflections(word: str) -> list[str]:
    """A French adjective's forms back to the masculine singular ("iraniennes" -> "iranien")."""
    forms = [word]
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    for form in list(forms):
        if form.endswith("nne"):
            forms.append(form[:-2])
        elif form.endswith("e"):
            forms.append(form[:-1])
    return forms


def _lookup(words: list[str], start: int, table: dict[str, str]) -> tuple[str, int] | None:
    """The longest entry of ``table`` at ``words[start:]``: its English and its length."""
    for length in range(min(_LONGEST, len(words) - start), 0, -1):
        phrase = words[start : start + length]
        if length == 1:
            for form in _inflections(phrase[0]):
                if form in table:
                    return table[form], 1
        elif " ".join(phrase) in table:
            return table[" ".join(phrase)], length
    return None


def _translate_words(words: list[str]) -> tuple[list[str], list[str]] | None:
    """French modifier words as English: (country adjectives, other words); None when a
    word is not in the lexicon."""
    countries: list[str] = []
    others: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in FRENCH_OF or words[i] in FRENCH_ARTICLES:
            i += 1  # "ministère de l'Intérieur du Maroc": the country after "du"
            continue
        found = _lookup(words, i, FRENCH_WORDS)
        if found is None:
            country = country_of(" ".join(words[i:]))
            if country is None:
                return None
            countries.append(country)
            break
        english, length = found
        (countries if country_of(english) else others).append(english)
        i += length
    return countries, others


@lru_cache(maxsize=4096)
def english_institution_name(french: str) -> str | None:
    """The English name of an institution written in French, or None when it is not one
    the lexicon can read whole ("ministère de l'Intérieur" -> "Ministry of Interior")."""
    words = _folded_words(french)
    while words and words[0] in FRENCH_ARTICLES:
        words = words[1:]
    if not words:
        return None
    if " ".join(words) in FRENCH_ORGANISATIONS:
        return FRENCH_ORGANISATIONS[" ".join(words)]
    head = _lookup(words, 0, FRENCH_HEADS)
    if head is None:
        return None
    head_english, length = head
    rest = words[length:]
    cut = next((i for i, w in enumerate(rest) if w in FRENCH_OF), len(rest))
    before = _translate_words(rest[:cut])
    complement = [w for w in rest[cut + 1 :] if w not in FRENCH_ARTICLES]
    after = _translate_words(complement) if complement else ([], [])
    if before is None or after is None or (cut < len(rest) and not complement):
        return None
    countries = before[0] + after[0]
    name = [*countries, *before[1], head_english]
    if after[1]:
        name += ["of", *after[1]]
    return " ".join(name) if len(name) >= 2 else None


def institution_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """An institution's folded name words in one order and wording: "Ministry of (the)
    Interior" as "interior ministry", "Ministry of Foreign Affairs" as "foreign ministry";
    American spellings as British ("Center" as "centre")."""
    words = tuple(_british(word) for word in words)
    for i, word in enumerate(words[:-2]):
        if word in _OFFICE_HEADS and words[i + 1] in ("of", "for") and i + 2 < len(words):
            words = (*words[:i], *words[i + 2 :], word)
            break
    if not _OFFICE_HEADS.intersection(words):
        return words
    text = " ".join(_field_word(_country_word(word)) for word in words)
    for wording, usual in _SYNONYMS.items():
        text = re.sub(rf"\b{wording}\b", usual, text)
    return tuple(text.split())


def _country_word(word: str) -> str:
    """A country's adjective or possessive as its name: "omani", "omans" -> "oman"."""
    country = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
    return country.lower() if country and " " not in country else word


def _field_word(word: str) -> str:
    """A field's adjective and noun as one word: "geophysical", "geophysics" -> "geophysic"."""
    if word.endswith("ical") and len(word) > 7:
        return word[:-2]
    if word.endswith("ics") and len(word) > 6:
        return word[:-1]
    return word


# The head words of a news agency's name in English and French: "Maghreb Arabe Presse" is
# the "Maghreb Arab News Agency". A name ending in one is keyed with one head word.
_AGENCY_HEADS = (("news", "agency"), ("press", "agency"), ("presse",), ("press",))


def news_agency_key(words: tuple[str, ...]) -> str | None:
    """A news agency's folded name words with one head and French adjectives in English
    ("maghreb arabe presse" -> "maghreb arab <agency>"); None for other names, and for an
    agency named by one word or by a country alone ("Qatar News Agency" stays whole)."""
    for head in _AGENCY_HEADS:
        if len(words) > len(head) + 1 and words[-len(head) :] == head:
            rest = [_english_word(w) for w in words[: -len(head)]]
            return " ".join([*rest, "<agency>"])
    return None


def _english_word(word: str) -> str:
    english = FRENCH_WORDS.get(word)
    return english.lower() if english and " " not in english else word
