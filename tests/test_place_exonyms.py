"""Places written in another language's name (`annotate.place_exonyms`,
`resolve.exonyms`): texts written for the test, with near misses that must stay apart."""

from __future__ import annotations

from crosscheck.annotate.place_exonyms import english_exonym, place_key
from crosscheck.records import Entity
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_SPANISH = (
    "Las lluvias caídas el martes en la Comunitat Valenciana fueron extraordinarias, según "
    "la agencia meteorológica. La mayoría de los muertos se registraron en la Comunidad "
    "Valenciana, y los vecinos de los pueblos cercanos a la ciudad de València pasaron la "
    "noche en los tejados esperando a los equipos de rescate."
)
_ENGLISH = (
    "Floods killed more than 200 people in the Valencian Community on Tuesday night. Most "
    "victims lived in towns south of the city of Valencia, where rain fell for eight hours. "
    "Rescue teams reached the worst-hit towns on Wednesday morning."
)
_FRENCH = (
    "Les inondations ont fait plus de 200 morts dans la région de Valence, dans l'est de "
    "l'Espagne. Les secours ont atteint mercredi les villes les plus touchées, au sud de "
    "Valence, où la pluie est tombée pendant huit heures."
)
_FRENCH_TOWN = (
    "Le conseil municipal de Valence, dans la Drôme, a voté mercredi le budget de la ville. "
    "Le maire de Valence a présenté les travaux prévus pour l'année prochaine."
)


def _entity_of(entities: list[Entity], alias: str) -> Entity:
    return next(e for e in entities if alias in e.aliases)


def test_the_table_reads_names_with_articles_accents_and_apostrophes() -> None:
    assert english_exonym("la Comunitat Valenciana") == "Valencian Community"
    assert english_exonym("Castilla La Mancha") == "Castile-La Mancha"
    assert english_exonym("Afrique de l’Ouest") == "West Africa"
    assert english_exonym("Afrika") == "Africa", "no article read into the name's first letter"
    assert place_key("l'Afrique") == "afrique"
    assert english_exonym("Valencia") == "Valencia" != english_exonym("Comunidad Valenciana")
    assert english_exonym("Madrid") is None, "a name written alike in every language"


def test_region_in_three_languages_is_one_place_and_not_its_city(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        annotated_report(nlp, "es.txt", _SPANISH),
        annotated_report(nlp, "en.txt", _ENGLISH),
    ]
    entities = resolve_entities(articles).entities
    region = _entity_of(entities, "Valencian Community")
    assert region.type in ("GPE", "LOC")
    assert {"Comunitat Valenciana", "Comunidad Valenciana"} <= set(region.aliases)
    city = _entity_of(entities, "Valencia")
    assert city.id != region.id, "the city is not the region"
    assert "València" in city.aliases


def test_french_exonym_joins_the_place_the_story_names(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        annotated_report(nlp, "fr.txt", _FRENCH),
        annotated_report(nlp, "en.txt", _ENGLISH),
    ]
    entities = resolve_entities(articles).entities
    city = _entity_of(entities, "Valencia")
    assert "Valence" in city.aliases
    assert city.type in ("GPE", "LOC"), "a place, whatever the French model said"


def test_ambiguous_exonym_alone_keeps_its_own_town(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_entities([annotated_report(nlp, "town.txt", _FRENCH_TOWN)]).entities
    town = _entity_of(entities, "Valence")
    assert town.name == "Valence", "a story that never names Valencia keeps the French town"
    assert "Valencia" not in town.aliases
