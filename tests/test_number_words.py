"""Figures written in words in the other languages of the news ("sesenta muertos",
"dreiundzwanzig Tote", "cinquenta e dois mortos") are read as figures and compared as digits
are; approximate counts ("une soixantaine", "una decena", "des centaines") are ranges, never
exact figures, so "una decena" and 12 do not disagree."""

from __future__ import annotations

from datetime import date

import pytest

from claim_builders import article, corpus, says
from crosscheck.claims.extract import foreign_figures
from crosscheck.claims.number_words import word_figures
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.records import ClaimValue, Finding

FAR = date(2024, 12, 1)  # a month after the story began: tolls come in daily bulletins


def _read(text: str, language: str) -> list[ClaimValue]:
    """The figures of a sentence as the extractor reads a sentence it cannot parse."""
    return foreign_figures(text, 0, len(text), [], language)


def _conflicts(first: tuple[str, str], second: tuple[str, str]) -> list[Finding]:
    articles = [
        article(
            name,
            f"Outlet {name}",
            says(text, predicate="", language=language, values=_read(text, language)),
            published=FAR,
        )
        for name, (text, language) in (("a", first), ("b", second))
    ]
    return typed_conflicts(corpus(articles, began=date(2024, 10, 29)))


@pytest.mark.parametrize(
    ("text", "language", "words", "number", "unit"),
    [
        ("La riada dejó sesenta muertos en Paiporta.", "es", "sesenta", 60, "killed"),
        ("Es gab dreiundzwanzig Tote in der Stadt.", "de", "dreiundzwanzig", 23, "killed"),
        ("A cheia fez cinquenta e dois mortos na região.", "pt", "cinquenta e dois", 52, "killed"),
        ("Le séisme a fait quarante-cinq morts au Maroc.", "fr", "quarante-cinq", 45, "killed"),
        ("Al menos once personas han fallecido en Caracas.", "es", "once", 11, "killed"),
        ("L'alluvione ha causato ventitré morti.", "it", "ventitré", 23, "killed"),
    ],
)
def test_number_words_are_read_as_figures_on_their_own_words(
    text: str, language: str, words: str, number: int, unit: str | None
) -> None:
    (value,) = _read(text, language)
    assert text[value.start : value.end] == words
    assert float(value.value) == number
    assert value.unit == unit


def test_a_bound_before_number_words_is_kept() -> None:
    (value,) = _read("Al menos once muertos en la protesta.", "es")
    assert (value.low, value.high) == (11.0, None)


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Une soixantaine de morts dans la région.", "fr", 51, 72),
        ("Hubo una decena de heridos en el puerto.", "es", 8, 12),
        ("Miles de personas marcharon en Caracas.", "es", 2000, 9999),
        ("Cientos de miles de desplazados.", "es", 200_000, 999_000),
        ("Des centaines de blessés ont été soignés.", "fr", 200, 999),
        ("Tausende Menschen demonstrierten.", "de", 2000, 9999),
    ],
)
def test_approximate_counts_are_ranges_never_one_figure(
    text: str, language: str, low: int, high: int
) -> None:
    (value,) = _read(text, language)
    assert value.approximate
    assert (value.low, value.high) == (low, high)
    assert "-" in value.value  # no one figure to compare as exact


def test_scale_words_after_digits_ordinals_and_digits_are_left_alone() -> None:
    assert word_figures("Obtuvo 2,5 millones de votos.", 0, "es") == []
    assert word_figures("Fue el primer día de protestas.", 0, "es") == []
    assert word_figures("Hubo 60 muertos.", 0, "es") == []
    assert word_figures("Sesenta muertos.", 0, None) == []  # no language, no number words
    # offsets point into the article, not the sentence
    (value,) = word_figures("dejó sesenta muertos", 100, "es")
    assert (value.start, value.end) == (105, 112)


def test_figures_in_words_of_two_languages_conflict() -> None:
    spanish = ("La riada dejó sesenta muertos en Paiporta.", "es")
    french = ("La crue a fait quarante-cinq morts à Paiporta.", "fr")
    (found,) = _conflicts(spanish, french)
    assert found.kind == "number_conflict"
    assert {v.value for v in found.values} == {"sesenta", "quarante-cinq"}


def test_words_and_digits_of_one_figure_agree() -> None:
    words = ("La riada dejó sesenta muertos en Paiporta.", "es")
    digits = ("La crue a fait 60 morts à Paiporta.", "fr")
    assert _conflicts(words, digits) == []


def test_an_approximate_count_does_not_conflict_with_a_figure_inside_it() -> None:
    vague = ("La riada dejó una decena de muertos en Paiporta.", "es")
    assert _conflicts(vague, ("La crue a fait 12 morts à Paiporta.", "fr")) == []
    about = ("La crue a fait une soixantaine de morts à Paiporta.", "fr")
    assert _conflicts(about, ("La riada dejó 52 muertos en Paiporta.", "es")) == []
    # far outside the range it is still a disagreement
    (found,) = _conflicts(vague, ("La crue a fait 60 morts à Paiporta.", "fr"))
    assert {v.value for v in found.values} == {"una decena", "60"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El pueblo está a unos doce kilómetros del río.", "es"),
        ("Unas treinta familias perdieron su casa.", "es"),
        ("Umas vinte pessoas ficaram feridas.", "pt"),
    ],
)
def test_a_plural_indefinite_article_is_no_figure_one(text: str, language: str) -> None:
    figures = [v.value for v in word_figures(text, 0, language)]
    assert "1" not in figures
    assert len(figures) == 1
