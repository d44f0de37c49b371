"""Lowercase words the tagger takes into a name span: a verb before a person's name is cut
off, name particles stay. Texts are written for the test."""

from __future__ import annotations

import pytest

from crosscheck.annotate.mention_edges import trimmed_to_name
from text_builders import annotated_report


def _trimmed(sentence: str, span: str, label: str = "PERSON") -> str | None:
    start = sentence.index(span)
    found = trimmed_to_name(sentence, start, start + len(span), label, [0])  # type: ignore[arg-type]
    return None if found is None else sentence[found[0] : found[1]]


def test_a_verb_before_a_name_leaves_the_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a television interview on Sunday, the Russian president defines Prigozhin, whom "
        "he met in the early 1990s, as a man with a difficult destiny."
    )
    mentions = annotated_report(nlp, "verb.txt", text).mentions
    people = [m.text for m in mentions if m.type == "PERSON"]
    assert "Prigozhin" in people
    assert not any(" " in name and name.split()[0].islower() for name in people)
    prigozhin = next(m for m in mentions if m.text == "Prigozhin")
    # the span still points at the name in the article
    assert prigozhin.end - prigozhin.start == len("Prigozhin")


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("defines Prigozhin", "Prigozhin"),
        ("defines de Gaulle", "de Gaulle"),
        ("Bashar al-Assad", "Bashar al-Assad"),
        ("al-Assad", "al-Assad"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("bin Salman", "bin Salman"),
        ("de Gaulle", "de Gaulle"),
        ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("Thompson in", "Thompson"),
        ("the 81st Academy Awards", "81st Academy Awards"),
    ],
)
def test_lowercase_edges_cut_and_particles_kept(span: str, expected: str) -> None:
    sentence = f"Officials in Geneva said on Monday that {span} had been invited to the talks."
    assert _trimmed(sentence, span) == expected


def test_a_head_word_after_a_name_stays_for_the_type_repair() -> None:
    sentence = (
        "Officials in Kabul said fighting in Kunar province and the Wagner group fighters left."
    )
    assert _trimmed(sentence, "Kunar province", "GPE") == "Kunar province"
    assert _trimmed(sentence, "Wagner group fighters", "ORG") == "Wagner group"


def test_a_span_without_a_capitalised_word_is_dropped() -> None:
    sentence = "Officials in Kabul said the navy and the defence ministry had left."
    assert _trimmed(sentence, "navy", "ORG") is None
    assert _trimmed(sentence, "defence ministry", "ORG") is None


def test_all_lowercase_text_and_other_types_are_left_alone() -> None:
    lowercase = "the russian president defines prigozhin as a man of destiny."
    assert _trimmed(lowercase, "defines prigozhin") == "defines prigozhin"
    # an uncased script is never cut: case says nothing there
    arabic = "Officials in Geneva said that بشار الأسد had been invited."
    assert _trimmed(arabic, "بشار الأسد") == "بشار الأسد"
    # nationalities and events keep their words
    sentence = "Officials in Geneva said the pro-government militias had left."
    assert _trimmed(sentence, "pro-government", "NORP") == "pro-government"
