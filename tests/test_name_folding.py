"""Letters that carry their mark in themselves (Turkish dotless i, Polish l, Nordic o) fold
like accented ones: texts written for the test."""

from __future__ import annotations

from crosscheck.resolve.names import fold, name_tokens
from text_builders import entities_by_alias


def test_dotless_and_barred_letters_fold_to_their_base_letter() -> None:
    assert fold("İbrahim Kalın") == fold("Ibrahim Kalin") == "ibrahim kalin"
    assert name_tokens("Łukasz Søren Đoković") == ("lukasz", "soren", "dokovic")
    assert len(fold("Kılıçdaroğlu")) == len("Kılıçdaroğlu"), "one letter for one"
    assert fold("Kalın") != fold("Kalan"), "another vowel is another name"


def test_turkish_spelling_joins_the_english_one(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = entities_by_alias(
        nlp,
        "Turkish intelligence chief İbrahim Kalın oversaw the exchange at Ankara airport.",
        "Ibrahim Kalin, who heads the intelligence agency, met the freed prisoners there.",
    )
    assert entities["İbrahim Kalın"].id == entities["Ibrahim Kalin"].id
