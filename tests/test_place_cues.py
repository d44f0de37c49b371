"""A one-word name the text calls a place ("the village of X", "X municipality", "X, where")
is a place whatever the tagger said, and a place's other romanisation written as a place
elsewhere joins it; a person's name in the same story stays a person. Texts written for the
test, through the real annotator and resolver."""

from __future__ import annotations

from crosscheck.resolve.place_cues import place_cued_words
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report


def test_settlement_nouns_heads_and_where_cue_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    article = annotated_report(
        nlp,
        "a",
        "The epicentre was in the village of Ramidanda, the seismology centre said on Friday."
        " Rescuers reached Kortali, where twelve houses fell. Athabiscot municipality asked"
        " for tents. Mayor Tomas Kortali said help was coming.",
    )
    cued = place_cued_words([article])
    assert {"ramidanda", "athabiscot"} <= cued
    assert "tomas" not in cued


def test_a_cued_place_is_one_place_whatever_the_tagger_said(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = (
        "The epicentre was in the village of Ramidanda in the west of the country, the"
        " seismology centre said on Friday.",
        "Ramidanda was cut off for a day, and Ramidanda had no power until Sunday, officials said.",
        "Ramidanda, where the epicentre lies, was reached by soldiers on Saturday morning.",
    )
    articles = [annotated_report(nlp, str(i), text) for i, text in enumerate(texts)]
    named = [e for e in resolve_entities(articles).entities if "Ramidanda" in e.aliases]
    assert len(named) == 1, "one place, not a person and an organisation beside it"
    assert named[0].type in ("GPE", "LOC")
