"""Figures written in words in the other languages of the news: "sesenta muertos",
"dreiundzwanzig Tote", "cinquenta e dois mortos", "quarante-cinq morts" are 60, 23, 52 and 45,
read with text2num (`alpha2digit`) and mapped back onto the words they stand for, so their
evidence spans point at the article's own text.

Approximate counts are never read as exact figures: "une soixantaine", "una decena", "un
centenar" are a number give or take a third; "decenas de", "des centaines de", "Tausende"
are ranges, as "dozens" and "hundreds" are in English (`claims/values.py`). The lists of
those words are data, per language."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from text_to_num import alpha2digit

from crosscheck.records import ClaimValue

# Languages text2num reads.
_TEXT2NUM = frozenset("fr es en pt de it nl da".split())
# "une soixantaine", "una decena": about the number, give or take this share of it.
_ROUGHLY_BELOW = 0.85
_ROUGHLY_ABOVE = 1.2
# Nouns of an approximate count ("une soixantaine de", "una veintena de") -> the number.
_ROUGHLY: dict[str, int] = {
    # fr
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "millier": 1000,
    # es
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "cincuentena": 50,
    "centenar": 100,
    "millar": 1000,
    # pt
    "dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000,
    # it
    "decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30, "quarantina": 40,
    "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90,
    "centinaio": 100, "migliaio": 1000,
    # de, nl
    "dutzend": 12, "dozijn": 12,
}  # fmt: skip
# "une soixantaine", "una decena", "ein Dutzend": the article before such a noun.
_ONE = r"(?:une|un|una|uma|um|ein|eine|een)"
# Plural nouns of a count -> the range they allow ("decenas de": 20 to 99).
_PLURAL: dict[str, tuple[int, int]] = {
    # fr
    "dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999),
    # es
    "decenas": (20, 99), "centenares": (200, 999), "cientos": (200, 999),
    "miles": (2000, 9999), "millares": (2000, 9999),
    # pt
    "dezenas": (20, 99), "centenas": (200, 999), "milhares": (2000, 9999),
    # it
    "decine": (20, 99), "centinaia": (200, 999), "migliaia": (2000, 9999),
    # de
    "dutzende": (24, 99), "hunderte": (200, 999), "tausende": (2000, 9999),
    # nl
    "tientallen": (20, 99), "honderden": (200, 999), "duizenden": (2000, 9999),
}  # fmt: skip
# "centenares de miles", "des dizaines de milliers": the plural of a plural multiplies.
_THOUSANDS = frozenset("miles milliers milhares migliaia tausende duizenden".split())
_VAGUE = re.compile(
    rf"\b(?:(?P<one>{_ONE})\s+(?P<roughly>{'|'.join(_ROUGHLY)})"
    rf"|(?P<plural>{'|'.join(_PLURAL)})(?:\s+(?:de|di|d['’])\s*(?P<of>{'|'.join(_THOUSANDS)}))?)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# Plural indefinite articles ("unos diez kilómetros", "umas quarenta pessoas": some, about)
# that text2num reads as the number one.
_PLURAL_ARTICLES = frozenset("unos unas uns umas".split())
_WORD = re.compile(r"\w")
_DIGIT_BEFORE = re.compile(r"\d[\s\u00a0\u202f]*$")


def word_figures(sentence: str, offset: int, language: str | None) -> list[ClaimValue]:
    """Figures written in words in `sentence` (which starts at char `offset` of its article),
    in `language`: exact ones ("sesenta" = 60) and approximate ones as ranges ("una decena",
    "des centaines"). Figures in digits are left to the figure reader."""
    vague = [_vague_value(m, offset) for m in _VAGUE.finditer(sentence)]
    taken = [(v.start - offset, v.end - offset) for v in vague]
    exact = [
        _exact_value(sentence, start, end, number, offset)
        for start, end, number in _spelled_numbers(sentence, language)
        if not any(s < end and start < e for s, e in taken)
    ]
    return sorted([*vague, *exact], key=lambda v: v.start)


def _vague_value(match: re.Match[str], offset: int) -> ClaimValue:
    if match.group("roughly"):
        number = _ROUGHLY[match.group("roughly").lower()]
        low, high = round(number * _ROUGHLY_BELOW), round(number * _ROUGHLY_ABOVE)
    else:
        low, high = _PLURAL[match.group("plural").lower()]
        if match.group("of"):
            low, high = low * 1000, high * 1000
    value = f"{low}-{high}"  # a range, never one figure
    return ClaimValue(
        kind="quantity",
        value=value,
        text=match.group(0),
        start=offset + match.start(),
        end=offset + match.end(),
        low=float(low),
        high=float(high),
        approximate=True,
    )


def _exact_value(sentence: str, start: int, end: int, number: int, offset: int) -> ClaimValue:
    return ClaimValue(
        kind="quantity",
        value=str(number),
        text=sentence[start:end],
        start=offset + start,
        end=offset + end,
        low=float(number),
        high=float(number),
    )


def _spelled_numbers(sentence: str, language: str | None) -> list[tuple[int, int, int]]:
    """(start, end, number) of each run of number words text2num turns into digits."""
    if language not in _TEXT2NUM or not _has_letters(sentence):
        return []
    converted = _converted(sentence, language)
    if converted == sentence:
        return []
    found: list[tuple[int, int, int]] = []
    matcher = SequenceMatcher(None, sentence, converted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        words, digits = sentence[i1:i2].strip(), converted[j1:j2].strip()
        if not _DIGITS.fullmatch(digits) or any(c.isdigit() for c in words):
            continue
        if words.lower() in _PLURAL_ARTICLES:
            continue
        start = i1 + sentence[i1:i2].index(words[:1]) if words else i1
        end = start + len(words)
        if not _whole_words(sentence, start, end) or _DIGIT_BEFORE.search(sentence[:start]):
            continue  # part of a word, or a scale after a figure ("2,5 millones")
        found.append((start, end, int(digits)))
    return found


def _has_letters(text: str) -> bool:
    return _WORD.search(text) is not None


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (
        start < end
        and not (before.isalnum() or after.isalnum())
        and text[start].isalpha()
        and text[end - 1].isalpha()
    )


@lru_cache(maxsize=4096)
def _converted(sentence: str, language: str) -> str:
    try:
        return str(alpha2digit(sentence, language))
    except (ValueError, KeyError, IndexError):  # text2num gives up on odd inputs
        return sentence
