"""Romanisations of one place: "Balochistan" / "Baluchistan", "Khyber Pakhtunkhwa" /
"Khyber Pakhtoonkhwa", "Kyiv" / "Kiev", "Marrakech" / "Marrakesh", "Al Haouz" / "Al Haouz
Province", "Jeddah" / "Jedda".

Two place names are one place when every word has the same transliteration skeleton, the
words are close in spelling, and each pair of words ends alike (so "Niger" is not
"Nigeria"). Two names the gazetteer knows as different places never merge.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import JaroWinkler

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.name_lexicon import PLACE_HEADS
from crosscheck.annotate.places_gazetteer import is_known_place
from crosscheck.resolve.names import skeleton
from crosscheck.resolve.slavic_romanisation import same_slavic_word, slavic_key
from crosscheck.resolve.state import MentionKey, MergeState

_MIN_SIMILARITY = 0.85
_VOWELS = frozenset("aeiouy")


def place_skeleton(word: str) -> str:
    """A place word's skeleton; French "ch" is English "sh" ("Marrakech"/"Marrakesh"), the
    Arabic feminine ending is written "-ah" or "-a" ("Jeddah"/"Jedda", "Hamah"/"Hama"), and
    a Ukrainian "h" is a Russian "g" ("Luhansk"/"Lugansk", "Horlivka"/"Gorlovka"), a
    doubled "zh" is one ("Zaporizhzhia"/"Zaporozhye"), and a South Asian aspirated "chh" is
    also written "ch" ("Chhedagad"/"Chedagad")."""
    word = word.replace("chh", "ch")
    word = _UKRAINIAN_H.sub("g", _without_final_h(word).replace("ch", "sh"))
    return skeleton(_DOUBLED_DIGRAPH.sub(r"\1", word))


_DOUBLED_DIGRAPH = re.compile(r"(zh|sh|kh)\1")


def respelling_key(word: str) -> str:
    """A place word with doubled letters written once and a Ukrainian "h" read as "g"
    ("odessa" -> "odesa", "luhansk" -> "lugansk")."""
    return re.sub(r"(.)\1+", r"\1", _UKRAINIAN_H.sub("g", word))


# an "h" that is a letter of its own, not the second letter of "sh", "kh", "zh", "th"...
_UKRAINIAN_H = re.compile(r"(?<![sztckgpd])h(?=[a-z])")


def _without_final_h(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith(("ah", "eh")) else word


def without_place_head(norm: str) -> str:
    """A place name without a trailing "Province", "Governorate"... ("al haouz province" ->
    "al haouz"), when a name is left."""
    words = norm.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in PLACE_HEADS else norm


# "St." and "Saint", "Sankt", "Sainte": one word in a place's name ("St. Petersburg" /
# "Saint-Pétersbourg", "Sankt Gallen" / "St. Gallen")
_SAINT = {"st": "saint", "sankt": "saint", "ste": "saint", "sainte": "saint"}
# a city named with its river: "Rostov-on-Don", "Stratford-upon-Avon", "Châlons-sur-Marne",
# "Rostov-na-Donu" are "Rostov", "Stratford", "Châlons" to their own readers
_ON_RIVER = frozenset({"on", "upon", "sur", "na"})


def place_words(norm: str) -> list[str]:
    """A normalised place name's words as compared: without a trailing "Province" or a
    river ("rostov on don" -> ["rostov"]), "St." read as "Saint"."""
    words = [_SAINT.get(w, w) for w in without_place_head(norm).split()]
    if len(words) >= 3 and words[-2] in _ON_RIVER:
        words = words[:-2]
    return words


def _ends_alike(a: str, b: str) -> bool:
    return a[-1] == b[-1] or (a[-1] in _VOWELS and b[-1] in _VOWELS) or _final_vowel(a, b)


# a stem of five letters at least: short names one vowel apart are more often two places
_MIN_STEM = 5


def _final_vowel(a: str, b: str) -> bool:
    """One name written with and without a final vowel: the Catalan and Spanish forms of a
    town ("Torrent" / "Torrente"), a South Asian name with and without its last short "a"
    ("Chedagad" / "Chedagada")."""
    short, long = sorted((re.sub(r"(.)\1+", r"\1", w) for w in (a, b)), key=len)
    return (
        len(short) >= _MIN_STEM
        and long[:-1] == short
        and long[-1] in "aeo"
        and short[-1] not in _VOWELS
    )


def _known(name: str) -> str | None:
    """The place the gazetteer knows by this name, "St." read as "Saint"."""
    return country_of(name) or (" ".join(place_words(name)) if is_known_place(name) else None)


def _same_place_word(a: str, b: str) -> bool:
    """One place word in two spellings: the same skeleton, or the same Cyrillic
    romanisation in two languages ("Kuzhenkino"/"Kujenkino"), ending alike."""
    alike = place_skeleton(a) == place_skeleton(b) or same_slavic_word(a, b)
    return alike and _ends_alike(a, b)


def block_key(norm: str) -> tuple[str, str]:
    """The two keys a place name is compared under: its words' skeletons, and their Cyrillic
    romanisation keys."""
    words = place_words(norm)
    return " ".join(place_skeleton(w) for w in words), " ".join(slavic_key(w) for w in words)


def same_place_spelling(a: str, b: str) -> tuple[bool, float]:
    """Whether two normalised place names (words joined by spaces) are romanisations of one
    place, and the similarity behind it."""
    words_a = [_without_final_h(w) for w in place_words(a)]
    words_b = [_without_final_h(w) for w in place_words(b)]
    if len(words_a) != len(words_b) or not words_a:
        return False, 0.0
    pairs = zip(words_a, words_b, strict=True)
    if any(not _same_place_word(x, y) for x, y in pairs):
        return False, 0.0
    known_a, known_b = _known(a), _known(b)
    if known_a and known_b and known_a != known_b:
        return False, 0.0
    spelt_a, spelt_b = (_UKRAINIAN_H.sub("g", "".join(w)) for w in (words_a, words_b))
    score = JaroWinkler.similarity(spelt_a, spelt_b)
    return score >= _MIN_SIMILARITY, score


def link_romanisations(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join places whose normalised names (``by_key``) are romanisations of each other."""
    blocks: dict[str, list[str]] = defaultdict(list)
    romanised: dict[str, list[str]] = defaultdict(list)
    for norm in by_key:
        skeleton_key, slavic = block_key(norm)
        blocks[skeleton_key].append(norm)
        romanised[slavic].append(norm)
    for norms in [*blocks.values(), *(n for n in romanised.values() if len(n) > 1)]:
        for i, a in enumerate(norms):
            for b in norms[i + 1 :]:
                ok, score = same_place_spelling(a, b)
                if ok:
                    key_a, key_b = by_key[a][0], by_key[b][0]
                    state.merge(
                        key_a,
                        key_b,
                        "romanisation",
                        (text_of[key_a], text_of[key_b]),
                        score,
                        "the same place name in another transliteration",
                    )
