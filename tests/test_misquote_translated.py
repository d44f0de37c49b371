"""Misquotes across languages: a translated quote is the same quote; only a figure that reads as
a slip (a dropped zero, swapped digits) makes it a misquote (texts written for the test)."""

from __future__ import annotations

import pytest

from claim_builders import article, corpus
from crosscheck.corroborate.speech import misquotes
from crosscheck.corroborate.speech_translated import figures, slipped
from crosscheck.records import Finding


def _misquotes(first: str, second: str, speaker: str = "Dmitry Peskov") -> list[Finding]:
    built = corpus(
        [
            article("a", "A", quotes=[{"text": first, "speaker_text": "Dmitry Peskov"}]),
            article("b", "B", quotes=[{"text": second, "speaker_text": speaker}]),
        ]
    )
    return [f for f in misquotes(built) if f.kind == "misquote"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("3,000 troops", {3000.0}),
        ("3 000 soldats", {3000.0}),
        ("3.000 soldados", {3000.0}),
        ("1,5 grados", {1.5}),
        ("٣٥ شخصا", {35.0}),
        ("le 29 juin, 35 personnes", {29.0, 35.0}),
    ],
)
def test_figures_read_alike_in_every_language(text: str, read: set[float]) -> None:
    assert figures(text) == frozenset(read)


def test_a_scale_word_leaves_figures_unread() -> None:
    assert figures("1,5 millions de personnes") is None


def test_only_slips_count_as_changed_figures() -> None:
    assert slipped(frozenset({300.0}), frozenset({3000.0}))
    assert slipped(frozenset({35.0}), frozenset({53.0}))
    assert not slipped(frozenset({36.0}), frozenset({52.0}))  # a later count, maybe
    assert not slipped(frozenset({35.0, 29.0}), frozenset({35.0}))  # a shorter rendering


def test_a_translation_with_a_slipped_figure_is_a_misquote() -> None:
    (found,) = _misquotes(
        "He invited 35 people - all the squad commanders and the leadership of the company",
        "Il a invité 53 personnes, tous les commandants d'unité et la direction de la société",
    )
    assert {v.value[:6] for v in found.values} == {"He inv", "Il a i"}


def test_a_faithful_translation_is_not_a_misquote() -> None:
    assert not _misquotes(
        "He invited 35 people - all the squad commanders and the leadership of the company",
        "Il a invité 35 personnes, tous les commandants d'unité et la direction de la société",
    )


def test_another_quote_of_the_speaker_with_other_figures_is_not_a_misquote() -> None:
    assert not _misquotes(
        "He invited 35 people - all the squad commanders and the leadership of the company",
        "La réunion a eu lieu au Kremlin le 53 et a duré près de trois heures",
    )


def test_the_same_words_from_another_speaker_are_not_a_misquote() -> None:
    assert not _misquotes(
        "He invited 35 people - all the squad commanders and the leadership of the company",
        "Il a invité 53 personnes, tous les commandants d'unité et la direction de la société",
        speaker="Yevgeny Prigozhin",
    )
