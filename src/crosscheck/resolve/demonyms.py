"""A nationality word read as its country, where a consumer needs the country.

Resolution keeps "Syrian", "Nigeriens" apart from "Syria", "Niger": a reader does (a people or
an adjective is not the state). Yet "Israeli and Syrian officials met" has Israel and Syria
as its parties, and a claim whose subject is "Syrian forces" is about Syria's. Those readers
(event participants, positions' parties, claim subjects and objects) ask `CountryReading`
for the entity a mention stands for: a nationality word's entity is read as its country's
entity when the story names that country, and as itself otherwise (still known to name a
country, through `country`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from crosscheck.annotate.gazetteer import COUNTRIES
from crosscheck.annotate.office_lexicon import OFFICE_HEADS, TITLE_MODIFIERS
from crosscheck.records import AnnotatedArticle, Entity
from crosscheck.resolve.names import demonym_country

__all__ = ["CountryReading", "people_country", "title_nationalities"]

# a title after a nationality word: "[Russian] President", "[Iranian] foreign minister",
# "[Syrian] Foreign Affairs Minister", "[Israeli] officials"
_TITLE_AFTER = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(TITLE_MODIFIERS))})\s+){{0,3}}"
    rf"(?:{'|'.join(sorted(OFFICE_HEADS))})s?\b",
    re.IGNORECASE,
)

_PLACES = ("GPE", "LOC", "NORP")


def people_country(entity: Entity) -> str | None:
    """The country whose nationality word every name of ``entity`` is ("Nigerien",
    "Nigeriens" -> "Niger"); None for any other entity."""
    return _forms_country(tuple(entity.aliases))


# Event frames ask once per event for every entity of the story: the answer depends only on
# the names, so it is kept rather than re-folding each name each time.
@lru_cache(maxsize=65536)
def _forms_country(forms: tuple[str, ...]) -> str | None:
    countries = {demonym_country(form) for form in forms}
    if len(countries) != 1:
        return None
    return next(iter(countries))


def title_nationalities(article: AnnotatedArticle) -> frozenset[int]:
    """The mentions of ``article`` that are a nationality word opening a person's title
    ("Russian President Vladimir Putin", "the Iranian foreign minister"): an attribute of the
    person, not a place the sentence names (`CountryReading` still reads them as the country
    for who acted)."""
    text = article.article.text
    return frozenset(
        i
        for i, m in enumerate(article.mentions)
        if m.kind == "name"
        and demonym_country(m.text) is not None
        and _TITLE_AFTER.match(text, m.end)
    )


class CountryReading:
    """Entity ids as a reader takes them when asking who acted: a nationality word's entity
    as its country's entity (when the story has one)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        country_ids = {
            e.name: e.id
            for e in entities
            if e.type in _PLACES and e.name in COUNTRIES and people_country(e) is None
        }
        self._country_name: dict[str, str] = {}
        self._country_id: dict[str, str] = {}
        for entity in entities:
            country = people_country(entity)
            if country is None:
                continue
            self._country_name[entity.id] = country
            if country in country_ids:
                self._country_id[entity.id] = country_ids[country]

    def entity(self, entity_id: str | None) -> str | None:
        """The entity ``entity_id`` stands for: its country's for a nationality word, else
        itself."""
        if entity_id is None:
            return None
        return self._country_id.get(entity_id, entity_id)

    def country(self, entity_id: str) -> str | None:
        """The country a nationality word's entity names (None for other entities)."""
        return self._country_name.get(entity_id)

    def read_all(self, entity_of: Mapping[tuple[str, int], str]) -> dict[tuple[str, int], str]:
        """``entity_of`` with every nationality word's mention read as its country."""
        return {key: self._country_id.get(e, e) for key, e in entity_of.items()}
