"""Institutions and places named in Arabic-script paragraphs, found by their English names in
the story.

"وزارة الخارجية العمانية" (ministry, foreign, Omani) is read with the lexicon of
`annotate.arabic_institution_lexicon` as "Omani Foreign Ministry" and joins the one organisation of
the story whose English name has the same words (`institutions.institution_words`). A head
noun with no field after it ("وزارة" alone) names nothing; a reading two organisations share
(the story has both an Omani and an Iranian foreign ministry, and the Arabic says neither)
joins neither. Countries and capitals are read with a table of their Arabic names
("الولايات المتحدة" is the United States, "مسقط" Muscat): the consonant matching of
`arabic_names` cannot read short names ("إيران") or names Arabic spells without a letter
English writes ("واشنطن").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.annotate.arabic_institution_lexicon import (
    ARABIC_HEADS,
    ARABIC_ORGANISATIONS,
    ARABIC_PLACES,
    ARABIC_WORDS,
)
from crosscheck.annotate.gazetteer import country_of
from crosscheck.records import AnnotatedArticle, Entity, EntityMentionRef, MergeEvidence
from crosscheck.resolve.added_forms import with_added_forms
from crosscheck.resolve.institutions import institution_words
from crosscheck.resolve.international_bodies import arabic_body_names, body_named
from crosscheck.resolve.names import demonym_country, name_tokens

_WORD = re.compile(r"[\u0621-\u0652\u0671-\u06D3]+")
_MARKS = re.compile(r"[\u064B-\u0652]")  # short vowels, shadda, sukun
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})
_MAX_WORDS = 4
Found = tuple[str, int, int, str, str]  # article, start, end, written, English reading


def _fold(word: str) -> str:
    """An Arabic word without vowel marks, hamza forms, a one-letter "و"/"ب"/"ل" proclitic,
    the article and a final "ة": "والعُمانية" -> "عماني"."""
    word = _MARKS.sub("", word).translate(_HAMZA)
    if word[:1] in ("و", "ب") and word[1:3] == "ال" and len(word) > 4:
        word = word[1:]
    if (word.startswith("لل") and len(word) > 4) or (word.startswith("ال") and len(word) > 3):
        word = word[2:]
    return word[:-1] if word.endswith("ة") and len(word) > 2 else word


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    def folded(table: dict[str, str]) -> dict[str, str]:
        return {" ".join(_fold(w) for w in key.split()): value for key, value in table.items()}

    whole = folded({**ARABIC_PLACES, **arabic_body_names(), **ARABIC_ORGANISATIONS})
    return whole, folded(ARABIC_HEADS), folded(ARABIC_WORDS)


def _longest(words: list[str], start: int, table: dict[str, str]) -> tuple[str, int] | None:
    for length in range(min(_MAX_WORDS, len(words) - start), 0, -1):
        phrase = " ".join(words[start : start + length])
        if phrase in table:
            return table[phrase], length
    return None


def read_arabic_institution(words: list[str], start: int) -> tuple[str, int] | None:
    """The English reading of the institution or place name that opens at ``words[start]``
    (folded words), and how many words it takes; None when none does. A joined "و" or "ب"
    ("وإيران": and Iran) is read off when the word as written names nothing."""
    found = _read(words, start)
    first = words[start] if start < len(words) else ""
    if found is None and first[:1] in ("و", "ب", "ل") and len(first) > 3:
        found = _read([*words[:start], first[1:], *words[start + 1 :]], start)
    return found


def _read(words: list[str], start: int) -> tuple[str, int] | None:
    organisations, heads, fields = _tables()
    whole = _longest(words, start, organisations)
    if whole:
        return _with_society_country(whole, words, start, fields)
    head = _longest(words, start, heads)
    if head is None:
        return None
    countries: list[str] = []
    others: list[str] = []
    i = start + head[1]
    while (found := _longest(words, i, fields)) is not None:
        english, length = found
        (countries if country_of(english) else others).append(english)
        i += length
    if not others:
        return None
    return " ".join([*countries, *others, head[0]]), i - start


def _with_society_country(
    whole: tuple[str, int], words: list[str], start: int, fields: dict[str, str]
) -> tuple[str, int]:
    """ "الهلال الأحمر الليبي" is the Libyan Red Crescent: a national society's country
    adjective after the movement's name is part of the name."""
    named = body_named(whole[0])
    if named is None or not named.body.national_societies:
        return whole
    after = _longest(words, start + whole[1], fields)
    if after is None or not country_of(after[0]):
        return whole
    return f"{after[0]} {whole[0]}", whole[1] + after[1]


def _key(name: str) -> tuple[str, ...]:
    body = body_named(name)
    if body is not None:  # "WHO", "OMS", "World Health Organization": one body
        return ("international body", body.key)
    people = demonym_country(name)
    if people is not None:  # "Iranian" is not a name of Iran, which keeps its own entity
        return ("people of", people)
    country = country_of(name)
    return name_tokens(country) if country else institution_words(name_tokens(name))


def link_arabic_institutions(
    articles: Sequence[AnnotatedArticle], entities: list[Entity]
) -> list[Entity]:
    """The organisations and places with the Arabic-script mentions of their names added."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type in ("ORG", "FAC", "GPE"):
            for alias in entity.aliases:
                index[_key(alias)].add(entity.id)
    taken = {(m.article, m.start) for e in entities for m in e.mentions}
    added: dict[str, list[Found]] = defaultdict(list)
    for art in articles:
        text = art.article.text
        for paragraph in art.article.paragraphs:
            if paragraph.script != "Arabic":
                continue
            spans = [
                (paragraph.start + m.start(), paragraph.start + m.end())
                for m in _WORD.finditer(text[paragraph.start : paragraph.end])
            ]
            words = [_fold(text[a:b]) for a, b in spans]
            i = 0
            while i < len(words):
                reading = read_arabic_institution(words, i)
                if reading is None:
                    i += 1
                    continue
                english, length = reading
                ids = index.get(_key(english), set())
                start, end = spans[i][0], spans[i + length - 1][1]
                if len(ids) == 1 and (art.article.id, start) not in taken:
                    found = (art.article.id, start, end, text[start:end], english)
                    added[next(iter(ids))].append(found)
                i += length
    return [_with_arabic(e, added[e.id]) if e.id in added else e for e in entities]


def _with_arabic(entity: Entity, found: list[Found]) -> Entity:
    return with_added_forms(
        entity,
        (
            (
                EntityMentionRef(article=article, start=start, end=end, text=written),
                MergeEvidence(
                    kind="Arabic name read in English",
                    forms=[written, entity.name],
                    score=0.8,
                    detail=f"{written} reads {english!r} word for word, the name of no other"
                    " organisation or place of the story",
                ),
            )
            for article, start, end, written, english in found
        ),
    )
