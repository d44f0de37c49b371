"""A Spanish or Portuguese name written with one surname or both: "Edmundo González" is
"Edmundo González Urrutia", "Nicolás Maduro" is "Nicolás Maduro Moros".

Spanish and Portuguese speakers carry two surnames (the father's and the mother's, in
Portuguese the mother's first) and go by the first one, or the first given name, in most
reports; a name that gives a short form a trailing surname more is the same person's full
name. The short form joins the longer name it starts when
- the name reads as Spanish or Portuguese: one of its forms is written with a letter of those
  languages (á, é, í, ó, ú, ñ, ã, õ, ç), the two surnames are written joined by a hyphen, or
  an article in Spanish, Portuguese or Catalan writes it;
- it starts exactly one person's longer name in the story (words compared up to spelling and
  given-name forms), that name being one word longer;
- a compound short form of two given names ("Maribel" for "María Isabel") reads as its two
  names first.
Another person with the same surname ("Roberto González") is no reason to keep "Edmundo
González" apart: the given name tells them apart; two longer names it starts ("Edmundo
González Urrutia", "Edmundo González Pérez") are, and then it joins neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import (
    person_name_tokens,
    same_given_name,
    same_surname,
    similar_words,
)
from crosscheck.resolve.state import MentionKey, MergeState
from crosscheck.resolve.western_given_names import COMPOUND_SHORT_FORMS

_IBERIAN_LETTERS = re.compile(r"[áéíóúñãõçÁÉÍÓÚÑÃÕÇ]")
_IBERIAN_LANGUAGES = frozenset({"es", "pt", "ca", "gl"})
# words of a name that are no surname: particles and generational suffixes
_NOT_SURNAMES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "y", "e"})


def _given_expanded(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name with a compound short form read as its two given names."""
    pair = COMPOUND_SHORT_FORMS.get(tokens[0]) if tokens else None
    return (*pair, *tokens[1:]) if pair else tokens


def _same_word(a: str, b: str, given: bool) -> bool:
    if given:
        return same_given_name(a, b) or similar_words(a, b)[0]
    return same_surname(a, b)[0]


def _starts(short: tuple[str, ...], longer: tuple[str, ...], compound: bool) -> bool:
    """Whether ``longer`` is ``short`` with one surname more, word for word up to spelling;
    or, for a compound short form read as two names (``compound``), ``short`` itself."""
    if longer[-1] in _NOT_SURNAMES:
        return False
    if len(longer) != len(short) + 1 and not (compound and len(longer) == len(short)):
        return False
    if len(longer) == len(short) and not same_surname(short[-1], longer[-1])[0]:
        return False
    return all(
        _same_word(a, b, i == 0) for i, (a, b) in enumerate(zip(short, longer, strict=False))
    )


def _iberian_names(
    articles: Sequence[AnnotatedArticle], keys: list[MentionKey], text_of: dict[MentionKey, str]
) -> set[tuple[str, ...]]:
    """The name forms that read as Spanish or Portuguese (see the module's doc)."""
    language = {a.article.id: a.article.language for a in articles}
    iberian: set[tuple[str, ...]] = set()
    for key in keys:
        text = text_of[key]
        words = re.split(r"\s+", text.strip())
        if (
            _IBERIAN_LETTERS.search(text)
            or language.get(key[0]) in _IBERIAN_LANGUAGES
            or (len(words) >= 2 and _two_surnames(words[-1]))
        ):
            iberian.add(person_name_tokens(text))
    return iberian


def _two_surnames(word: str) -> bool:
    """Two surnames joined by a hyphen ("González-Urrutia"); not an Arabic article or name
    particle and a name ("al-Sisi", "Abu-Bakr")."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and parts[0].lower() not in _ARABIC_PARTICLES
        and all(len(p) >= _MIN_SURNAME and p[:1].isupper() for p in parts)
    )


_MIN_SURNAME = 3
_ARABIC_PARTICLES = frozenset({"abu", "abou", "ibn", "bin", "ben", "abd", "bint"})


def link_second_surnames(
    articles: Sequence[AnnotatedArticle],
    full: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join a Spanish or Portuguese name to the one name of the story that adds its second
    surname (see the module's doc)."""
    forms: dict[tuple[str, ...], MentionKey] = {}
    for key in full:
        forms.setdefault(person_name_tokens(text_of[key]), key)
    iberian = _iberian_names(articles, full, text_of)
    for tokens, key in forms.items():
        short = _given_expanded(tokens)
        compound = short != tokens
        if len(short) < 2 or short[-1] in _NOT_SURNAMES:
            continue
        root = state.uf.find(key)
        longer = {state.uf.find(k): t for t, k in forms.items() if _starts(short, t, compound)}
        longer.pop(root, None)
        if len(longer) != 1:
            continue
        target, long_tokens = next(iter(longer.items()))
        if not (compound or {tokens, long_tokens} & iberian):
            continue
        state.merge(
            target,
            key,
            "second surname dropped",
            (text_of[target], text_of[key]),
            0.8,
            "a Spanish or Portuguese name: it starts exactly one longer name of the story, which"
            " adds a second surname",
        )
