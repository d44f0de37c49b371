"""Name mentions in paragraphs written in a language with no NER model here (German, Spanish,
Portuguese, Italian, Romanian...): gazetteer names, place names after a place noun, person
names the English model and the text's shape agree on, and those persons' surnames.

The English model reads these paragraphs badly: German capitalises every noun, so it tags
"Flugzeug" or "Hauptquartier" as names; in Romance languages it takes "el sábado" or "la
noche" as places and "de Rostov" as a person. Its entities are therefore never taken as they
are: a person's name needs the model's PERSON tag *and* the shape of a name (two or three
capitalised words, none of them a function word, a title, an institution's head noun or a
German abstract noun). Everything else comes from data (`gazetteer`, `places_gazetteer`,
`organisations_gazetteer`) or from a place noun written before the name ("distrito de
Jajarkot", "Region Twer"). Precision first: a name missed here is only a missed merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial

from crosscheck.annotate.foreign_country_names import FOREIGN_COUNTRY_NAMES
from crosscheck.annotate.foreign_cues import cued_spans
from crosscheck.annotate.foreign_lexicon import (
    FUNCTION_WORDS,
    GERMAN_NOUN_ENDINGS,
    INSTITUTION_NOUNS,
    NAME_CONNECTORS,
    PLACE_NOUNS_AFTER,
    PLACE_NOUNS_BEFORE,
    PLACE_QUALIFIERS,
    TITLE_ENDINGS,
    TITLES,
)
from crosscheck.annotate.gazetteer import COUNTRIES, FRENCH_COUNTRY_NAMES, country_of
from crosscheck.annotate.organisations_gazetteer import (
    FOREIGN_ORGANISATION_NAMES,
    WELL_KNOWN_ORGANISATIONS,
)
from crosscheck.annotate.places_gazetteer import (
    DISPUTED_PLACES,
    FOREIGN_PLACE_NAMES,
    PLACES,
    english_place_name,
    is_known_place,
)
from crosscheck.records import EntityType, Paragraph

Span = tuple[int, int, EntityType]
# Languages read by a model of their own (`mentions.py`): English and French.
MODEL_LANGUAGES = frozenset({"en", "fr"})

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROMAN = re.compile(r"[IVXLCDM]+")
# What may end the text before a sentence's first word: a stop, a colon, an opening quote
# or bracket, a dash.
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;«“\"'(\[—–-])\s*$")


def foreign_paragraphs(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The Latin-script paragraphs whose detected language has no NER model here."""
    return [
        p
        for p in paragraphs
        if p.language is not None and p.language not in MODEL_LANGUAGES and p.script == "Latin"
    ]


def foreign_spans(
    text: str, paragraphs: Sequence[Paragraph], model_spans: Sequence[tuple[int, int, str]]
) -> list[Span]:
    """Name spans (start, end, type) in ``text``'s paragraphs of languages with no model.

    ``model_spans`` are the English model's entities over the whole text (start, end, spaCy
    label); only its PERSON and ORG tags are used, and only as one vote of two.
    """
    found: list[Span] = []
    for paragraph in foreign_paragraphs(paragraphs):
        start, end = paragraph.start, paragraph.end
        persons = [(a, b) for a, b, label in model_spans if label == "PERSON" and start <= a < end]
        orgs = [(a, b) for a, b, label in model_spans if label == "ORG" and start <= a < end]
        marked = [(a, b) for a, b, _ in model_spans if start <= a < end]
        german = paragraph.language == "de"
        for span in (
            *_gazetteer_names(text, start, end),
            *_places_after_nouns(text, start, end),
            *_person_names(text, (start, end), persons, german),
            *_acronyms(text, start, end, orgs),
            *cued_spans(
                text, (start, end), paragraph.language, marked, partial(_name_like, german=german)
            ),
        ):
            if not any(s[0] < span[1] and span[0] < s[1] for s in found):
                found.append(span)
    found = _without_genitives(text, found)
    found.extend(_repeated_surnames(text, paragraphs, found))
    return sorted(found)


def _without_genitives(text: str, found: list[Span]) -> list[Span]:
    """A German genitive of a surname found in full is not a name's first word:
    "Prigoschins Familie" after "Jewgeni Prigoschin" is his family."""
    surnames = {text[a:b].split()[-1] for a, b, label in found if label == "PERSON"}
    genitives = {f"{name}s" for name in surnames} | {f"{name}'" for name in surnames}
    return [
        (a, b, label)
        for a, b, label in found
        if label != "PERSON" or text[a:b].split()[0] not in genitives
    ]


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str]:
    names: set[str] = set(COUNTRIES) | set(DISPUTED_PLACES)
    for capital, regions in PLACES.values():
        names.update((capital, *regions))
    names.update(FOREIGN_COUNTRY_NAMES, FRENCH_COUNTRY_NAMES, FOREIGN_PLACE_NAMES)
    names.update(FOREIGN_ORGANISATION_NAMES, WELL_KNOWN_ORGANISATIONS)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_ORGANISATIONS = frozenset(FOREIGN_ORGANISATION_NAMES) | frozenset(WELL_KNOWN_ORGANISATIONS)


def _gazetteer_names(text: str, start: int, end: int) -> Iterator[Span]:
    """Countries, capitals, regions and well-known organisations, written as names: every
    word capitalised but the connectors ("Corea del Sur", "Ärzte ohne Grenzen")."""
    for match in _gazetteer_pattern().finditer(text, start, end):
        name = match.group(0)
        words = name.split()
        if not all(w[:1].isupper() or w.lower() in NAME_CONNECTORS for w in words):
            continue
        if name in _ORGANISATIONS:
            yield match.start(), match.end(), "ORG"
            continue
        # "Para", "Fez" open a sentence as ordinary words; a country is still a country.
        country = name.lower() in FOREIGN_COUNTRY_NAMES or name in COUNTRIES
        if len(words) == 1 and not country and _sentence_initial(text, match.start(), start):
            continue
        yield match.start(), match.end(), "GPE"


def _places_after_nouns(text: str, start: int, end: int) -> Iterator[Span]:
    """A name written after a place noun: "el distrito de Jajarkot", "la región rusa de
    Tver", "in der Region Twer"."""
    for pattern in (_romance_place_pattern(), _german_place_pattern()):
        for match in pattern.finditer(text, start, end):
            name_start, name_end = match.span("name")
            if not _is_known_word(text[name_start:name_end].split()[0]):
                yield name_start, name_end, "GPE"


_CAPS_RUN = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}"


@lru_cache(maxsize=1)
def _romance_place_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(PLACE_NOUNS_BEFORE))
    return re.compile(
        rf"\b(?:{nouns})(?:[ ][a-zà-ÿ]+)?[ ](?:de|del|da|do|di|della|dello)[ ]"
        rf"(?P<name>{_CAPS_RUN})(?![\w-])"
    )


@lru_cache(maxsize=1)
def _german_place_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(PLACE_NOUNS_AFTER))
    return re.compile(rf"\b(?:{nouns})[ ](?P<name>{_CAPS_RUN})(?![\w-])")


def _person_names(
    text: str, bounds: tuple[int, int], persons: Sequence[tuple[int, int]], german: bool
) -> Iterator[Span]:
    """Runs of two or three capitalised words that the model tags as a person and that look
    like a name (see the module's docstring); a title before the name is left out. A longer
    run ("Putins Verbündeter Alexander Lukaschenko") keeps the words the model's span holds."""
    for whole in _capitalised_runs(text, *bounds):
        yield from _person_name(text, _at_case_endings(text, whole), persons, german)


def _person_name(
    text: str,
    runs: Sequence[list[tuple[int, int]]],
    persons: Sequence[tuple[int, int]],
    german: bool,
) -> Iterator[Span]:
    for run in runs:
        tagged = [(a, b) for a, b in persons if a < run[-1][1] and run[0][0] < b]
        if not tagged:
            continue
        while run and (
            text[slice(*run[0])].lower() in FUNCTION_WORDS or _is_title(text[slice(*run[0])])
        ):
            run = run[1:]
        if len(run) > 3:
            run = [w for w in run if any(a <= w[0] and w[1] <= b for a, b in tagged)]
        words = [text[a:b] for a, b in run]
        if not 2 <= len(words) <= 3 or not all(_name_like(w, german) for w in words):
            continue
        if words[-1].lower() in PLACE_QUALIFIERS or _credit_line(text, run[0][0], run[-1][1]):
            continue
        if _continues_as_institution(text, run[-1][1]):
            continue
        yield run[0][0], run[-1][1], "PERSON"


# A case ending or possessive written after an apostrophe ("Yunanistan'ın", "Putin's"): the
# noun phrase ends with that word.
_CASE_ENDING = re.compile(r"['’][a-zçğıöşü]{1,5}$")


def _at_case_endings(text: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A run of capitalised words cut after each word that carries a case ending: "Yunanistan'ın
    Larissa" (Greece's Larissa) is two names, not one person."""
    runs: list[list[tuple[int, int]]] = [[]]
    for word in run:
        runs[-1].append(word)
        if _CASE_ENDING.search(text[slice(*word)]):
            runs.append([])
    return [r for r in runs if r]


def _credit_line(text: str, start: int, end: int) -> bool:
    """ "AFP/Getty Images": names joined by a slash are agencies in a credit line."""
    return text[start - 1 : start] == "/" or text[end : end + 1] == "/"


def _capitalised_runs(text: str, start: int, end: int) -> Iterator[list[tuple[int, int]]]:
    """Maximal runs of capitalised words separated by one space, as word spans."""
    run: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, end):
        joined = bool(run) and text[run[-1][1] : match.start()] == " "
        if match.group(0)[:1].isupper() and (joined or not run):
            run.append(match.span())
            continue
        if run:
            yield run
        run = [match.span()] if match.group(0)[:1].isupper() else []
    if run:
        yield run


def _is_title(word: str) -> bool:
    lower = word.lower()
    # German genitive "des Wagner-Führers", "des Kremlchefs"
    return lower in TITLES or lower.endswith(TITLE_ENDINGS) or lower[:-1].endswith(TITLE_ENDINGS)


def _name_like(word: str, german: bool) -> bool:
    """Whether a capitalised word can be part of a person's name (in a German paragraph, a
    word with an abstract noun's ending is a noun)."""
    lower = word.lower()
    if lower in FUNCTION_WORDS or lower in INSTITUTION_NOUNS or _is_title(word):
        return False
    if _ACRONYM.fullmatch(word) or (german and lower.endswith(GERMAN_NOUN_ENDINGS)):
        return False
    return not _is_known_word(word)


def _is_known_word(word: str) -> bool:
    """A country, place or organisation's name: not a person's."""
    return bool(country_of(word) or is_known_place(word) or english_place_name(word))


_INSTITUTION_CONTINUES = re.compile(r"[ ](?:de|del|da|do|di|della|des|der)[ ][A-ZÀ-ÖØ-Þ]")


def _continues_as_institution(text: str, end: int) -> bool:
    """ "Servicio Geológico de Estados Unidos": a capitalised run followed by "de" and a name
    is an institution's name, not a person's."""
    return bool(_INSTITUTION_CONTINUES.match(text, end))


def _acronyms(text: str, start: int, end: int, orgs: Sequence[tuple[int, int]]) -> Iterator[Span]:
    """Acronyms the model tags as organisations ("USGS", "TASS") in a line not in capitals."""
    for match in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text[start:end]):
        a, b = start + match.start(), start + match.end()
        if _ROMAN.fullmatch(match.group(0)) or _is_known_word(match.group(0)):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if any(x <= a and b <= y for x, y in orgs) and any(ch.islower() for ch in line):
            yield a, b, "ORG"


def _repeated_surnames(
    text: str, paragraphs: Sequence[Paragraph], found: Sequence[Span]
) -> list[Span]:
    """A full name's last word written alone elsewhere in the article's foreign paragraphs
    ("Prigoschin" after "Jewgeni Prigoschin") is that person."""
    surnames = {text[a:b].split()[-1] for a, b, label in found if label == "PERSON"}
    added: list[Span] = []
    for paragraph in foreign_paragraphs(paragraphs):
        for run in _capitalised_runs(text, paragraph.start, paragraph.end):
            # "Según Sharma": a capitalised function word opens the sentence
            run = [w for w in run if text[w[0] : w[1]].lower() not in FUNCTION_WORDS]
            words = [text[a:b] for a, b in run]
            if len(words) != 1 or words[0] not in surnames:
                continue
            span: Span = (run[0][0], run[0][1], "PERSON")
            if not any(s[0] < span[1] and span[0] < s[1] for s in (*found, *added)):
                added.append(span)
    return added


def _sentence_initial(text: str, position: int, paragraph_start: int) -> bool:
    before = text[max(paragraph_start, position - 3) : position]
    return position == paragraph_start or bool(_SENTENCE_BREAK.search(before))
