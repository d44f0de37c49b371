"""Well-known international bodies named in any language: "WHO", "OMS", "Organización Mundial
de la Salud" and "منظمة الصحة العالمية" are one organisation.

The gazetteer is data (`data/international_bodies.json`, documented in its "about" field):
each body's English name, its acronyms and its names per language, the one country of a
national body (the U.S. Geological Survey), and the movements whose national members are
named by the movement and a country ("Libyan Red Crescent", "Croissant-Rouge libyen").

A mention names a body when it is, once folded (case, accents, articles and punctuation),
one of its names or acronyms (an acronym written in capitals, or title-cased from five
letters: "Unicef"), or when it is a free translation of one of its names: the same content
words, compared by their first letters ("Servicio Geológico" / "Servicio Geológico"), with
the same country ("EE.UU." / "Estados Unidos"). An acronym two bodies share names neither.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.institution_lexicon import FRENCH_WORDS
from crosscheck.resolve.state import MentionKey, MergeState

_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?")
_STEM = 5  # letters kept of a content word: "geológico" / "géologiques" -> "geolo"
# function words of the gazetteer's Latin-script languages, dropped from names
_FUNCTION_WORDS = frozenset(
    "the of for and in on to a an "  # English
    "le la les l de du des d pour et aux au en sur "  # French
    "el los las del para y por "  # Spanish
    "o os as da das do dos e para "  # Portuguese
    "der die das den dem des fur und vom von "  # German
    "il lo gli della delle dello dei per".split()  # Italian
)
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_K = TypeVar("_K", str, tuple[str, ...])


@dataclass(frozen=True, slots=True)
class Body:
    """One body of the gazetteer."""

    name: str
    country: str | None
    national_societies: bool
    optional: frozenset[str]


@dataclass(frozen=True, slots=True)
class BodyName:
    """A mention read as a body: the body and, for a national society, its country."""

    body: Body
    country: str | None
    how: str  # "name", "acronym" or "free translation"

    @property
    def key(self) -> str:
        """One key per organisation: a national society's country is part of it."""
        if self.body.national_societies:
            return f"{self.body.name}/{self.country}"
        return self.body.name


@dataclass(frozen=True, slots=True)
class _Tables:
    names: dict[tuple[str, ...], Body | None]  # folded words of a name (None: two bodies)
    acronyms: dict[str, Body | None]
    heads: dict[frozenset[str], list[Body]]  # stems of a name's content words
    country_words: dict[tuple[str, ...], str]
    arabic: dict[str, str]  # Arabic name -> the body's English name


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> tuple[str, ...]:
    """Folded words without function words; an elided article ("l'", "d'") splits off."""
    words = _WORD.findall(_plain(text).replace("'", " ").replace("-", " "))
    return tuple(w.rstrip(".") for w in words if w.rstrip(".") not in _FUNCTION_WORDS)


def _bodies() -> tuple[list[tuple[Body, list[str], list[str], list[str]]], dict[str, list[str]]]:
    """(body, acronyms, Latin-script names, Arabic names) per body, and country words."""
    raw = json.loads(
        resources.files("crosscheck.resolve")
        .joinpath("data/international_bodies.json")
        .read_text(encoding="utf-8")
    )
    bodies = []
    for entry in raw["bodies"]:
        body = Body(
            name=entry["name"],
            country=entry.get("country"),
            national_societies=bool(entry.get("national_societies")),
            optional=frozenset(entry.get("optional", ())),
        )
        acronyms = [a for forms in entry["acronyms"].values() for a in forms]
        names = entry["names"]
        latin = [entry["name"]] + [n for lang in names if lang != "ar" for n in names[lang]]
        bodies.append((body, acronyms, latin, list(entry["names"].get("ar", ()))))
    return bodies, raw["countries"]


def _add(table: dict[_K, Body | None], key: _K, body: Body) -> None:
    """A key two bodies share names neither of them."""
    table[key] = body if table.get(key, body) is body else None


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    bodies, countries = _bodies()
    country_words = {
        _words(form): country for country, forms in countries.items() for form in forms
    }
    names: dict[tuple[str, ...], Body | None] = {}
    acronyms: dict[str, Body | None] = {}
    heads: dict[frozenset[str], list[Body]] = {}
    arabic: dict[str, str] = {}
    for body, body_acronyms, latin, arabic_names in bodies:
        for acronym in body_acronyms:
            _add(acronyms, acronym.replace(".", "").upper(), body)
        for name in latin:
            _add(names, _words(name), body)
            stems, _ = _heads(_words(name), body.optional, country_words)
            if len(stems) >= 2 and body not in heads.setdefault(stems, []):
                heads[stems].append(body)
        arabic.update({name: body.name for name in arabic_names})
    return _Tables(
        names=names,
        acronyms=acronyms,
        heads=heads,
        country_words=country_words,
        arabic=arabic,
    )


def _heads(
    words: tuple[str, ...], optional: Iterable[str], country_words: dict[tuple[str, ...], str]
) -> tuple[frozenset[str], str | None]:
    """The stems of a name's content words and the country it names (its words taken out)."""
    rest, country = _without_country(words, country_words)
    return _stems(rest, frozenset(optional)), country


def _stems(words: tuple[str, ...], skip: frozenset[str]) -> frozenset[str]:
    return frozenset(word[:_STEM] for word in words if word not in skip)


def _without_country(
    words: tuple[str, ...], country_words: dict[tuple[str, ...], str]
) -> tuple[tuple[str, ...], str | None]:
    """The words that name no country, and the (last) country the others name."""
    rest: list[str] = []
    country: str | None = None
    i = 0
    while i < len(words):
        found = next(
            (
                (length, country_words[words[i : i + length]])
                for length in (3, 2, 1)
                if words[i : i + length] in country_words
            ),
            None,
        )
        if found is None and (named := _country_word(words[i])):
            found = (1, named)
        if found is not None:
            country = found[1]
            i += found[0]
            continue
        rest.append(words[i])
        i += 1
    return tuple(rest), country


def _country_word(word: str) -> str | None:
    """The country an English or French country word names ("libyenne" -> Libya)."""
    forms = [word, word.removesuffix("s")]
    forms += [f[:-2] if f.endswith("nne") else f.removesuffix("e") for f in forms]
    for form in forms:
        country = country_of(form) or country_of(FRENCH_WORDS.get(form, ""))
        if country:
            return country
    return None


@lru_cache(maxsize=1 << 14)
def body_named(text: str) -> BodyName | None:
    """The gazetteer body ``text`` names, if exactly one; None otherwise."""
    tables = _tables()
    written = text.strip().removeprefix("the ").removeprefix("The ")
    letters = written.replace(".", "").replace(" ", "")
    if _ACRONYM.fullmatch(letters) or (len(letters) >= 5 and letters.istitle()):
        body = tables.acronyms.get(letters.upper())
        if body is not None:
            return BodyName(body, body.country, "acronym")
    words = _words(written)
    if not words:
        return None
    body = tables.names.get(words)
    if body is not None:
        return BodyName(body, body.country, "name")
    return _free_translation(words, tables)


def _free_translation(words: tuple[str, ...], tables: _Tables) -> BodyName | None:
    """A body whose name has the same content words (by stem) and the same country."""
    found: set[tuple[Body, str | None]] = set()
    # The country is found once; only the words each body may leave out differ per body.
    rest, country = _without_country(words, tables.country_words)
    for body in {b for bodies in tables.heads.values() for b in bodies}:
        if body not in tables.heads.get(_stems(rest, body.optional), ()):
            continue
        if body.national_societies or country == body.country:
            found.add((body, country))
    if len(found) != 1:
        return None
    body, country = next(iter(found))
    return BodyName(body, country, "free translation")


def arabic_body_names() -> dict[str, str]:
    """Arabic names of the gazetteer's bodies, each with the body's English name."""
    return dict(_tables().arabic)


def read_bodies(
    keys: Iterable[MentionKey], text_of: dict[MentionKey, str], written: dict[MentionKey, str]
) -> dict[MentionKey, BodyName]:
    """The mentions that name a gazetteer body, as written or as respelled in English."""
    found: dict[MentionKey, BodyName] = {}
    for key in keys:
        named = body_named(written.get(key, text_of[key])) or body_named(text_of[key])
        if named is not None:
            found[key] = named
    return found


def link_international_bodies(
    bodies: dict[MentionKey, BodyName], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join the mentions of one body, whatever their language; a national society named
    without its country ("the Red Crescent") joins the story's only society of that movement
    that has one."""
    by_key: dict[str, list[MentionKey]] = defaultdict(list)
    for key, named in sorted(bodies.items()):
        by_key[named.key].append(key)
        if not named.body.national_societies:
            state.known_names[key] = named.body.name  # the entity's name: its English one
    for key, named in sorted(bodies.items()):
        if named.body.national_societies and named.country is None:
            national = [k for k in by_key if k.startswith(f"{named.body.name}/") and k != named.key]
            if len(national) == 1:
                by_key[national[0]].append(key)
    for block in by_key.values():
        first = block[0]
        for other in block[1:]:
            named = bodies[other]
            state.merge(
                first,
                other,
                "international body",
                (text_of[first], text_of[other]),
                0.95 if named.how != "free translation" else 0.85,
                f"both name the {bodies[first].body.name} (the second by its {named.how}), as"
                " the gazetteer of international bodies lists it",
            )
