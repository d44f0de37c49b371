"""A square named in several languages, large cities by their Greek, Turkish, Hungarian or
Dutch names, a broadcaster with and without "TV", and a Turkish genitive that ends a name;
near misses stay apart.

The corpora are written for the test and go through the real cleaner, annotator and
resolver.
"""

from __future__ import annotations

from crosscheck.annotate.place_exonyms import english_exonym, is_ambiguous_exonym
from crosscheck.resolve.resolver import resolve_entities
from crosscheck.resolve.translated_places import place_concept
from text_builders import annotated_report, entities_by_alias


def test_place_nouns_read_in_english() -> None:
    assert place_concept("Piazza Syntagma") == ("square", "syntagma")
    assert place_concept("Praça Syntagma") == place_concept("Syntagma Square")
    assert place_concept("Plaza de Mayo") == ("square", "mayo")
    assert place_concept("Mayo Street") != place_concept("Plaza de Mayo"), "a street, no square"
    assert place_concept("Syntagma") is None


def test_city_exonyms_of_more_languages() -> None:
    assert english_exonym("Tesalónica") == english_exonym("Thessalonique") == "Thessaloniki"
    assert english_exonym("Moszkva") == english_exonym("Moskova") == "Moscow"
    assert is_ambiguous_exonym("Athene"), "also a goddess"


def test_square_in_three_languages_is_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Thousands of people gathered in Syntagma Square on Sunday, outside parliament.",
        "Migliaia di persone si sono radunate in Piazza Syntagma domenica.",
        "Milhares de pessoas reuniram-se na Praça Syntagma no domingo, perto de Omonia Square.",
    )
    square = by_alias["Syntagma Square"]
    assert by_alias["Piazza Syntagma"] is square
    assert by_alias["Praça Syntagma"] is square
    assert square.type == "FAC"
    assert by_alias.get("Omonia Square") is not square, "another square"


def test_broadcaster_short_form(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Greek broadcaster Skai TV showed the wreckage. The station said 36 people died.",
        "According to Skai, the train carried 350 passengers. ERT reported the same figure.",
    )
    assert by_alias["Skai"] is by_alias["Skai TV"]
    assert by_alias["ERT"] is not by_alias["Skai TV"]


def test_turkish_genitive_ends_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    english = "The trains collided near Larissa, in central Greece, late on Tuesday."
    turkish = (
        "Yunanistan'ın Larissa kenti yakınlarında iki tren çarpıştı. Ulaştırma Bakanı Kostas"
        " Karamanlis istifa etti."
    )
    articles = [annotated_report(nlp, f"{i}.txt", t) for i, t in enumerate((english, turkish))]
    entities = resolve_entities(articles).entities
    assert not any(m.text.startswith("Yunanistan'ın") for e in entities for m in e.mentions)
    larissa = next(e for e in entities if "Larissa" in e.aliases)
    assert larissa.type in ("GPE", "LOC")


def test_place_in_one_word_or_two(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The singer was buried in Montecristi province on Friday. Montecristi mourned him.",
        "In Monte Cristi, hundreds of people held a vigil for Rubby Perez.",
        "Monte Plata, a different province, declared three days of mourning.",
    )
    assert by_alias["Monte Cristi"] is by_alias["Montecristi"]
    assert by_alias["Monte Cristi"].type in ("GPE", "LOC")
    assert by_alias.get("Monte Plata") is not by_alias["Montecristi"]


def test_french_country_name_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The roof collapsed in the Dominican Republic on Tuesday, killing more than 200.",
        "Le toit s'est effondré mardi en République dominicaine, a indiqué le gouvernement.",
        "Il tetto è crollato martedì nella Repubblica Dominicana, ha detto il governo.",
    )
    country = by_alias["Dominican Republic"]
    assert by_alias["République dominicaine"] is country
    assert by_alias["Repubblica Dominicana"] is country
