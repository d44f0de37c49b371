"""Claims are propositions: reported speech is split from its speaker, coordinated clauses
are claims of their own, each with a modality and exact evidence spans."""

from __future__ import annotations

import pytest

from claims_helpers import annotate_demo, annotate_text
from crosscheck.records import AnnotatedArticle, Claim


def _by_predicate(annotated: AnnotatedArticle, predicate: str) -> Claim:
    return next(c for c in annotated.claims if c.predicate == predicate)


def test_reported_speech_is_the_proposition_attributed_to_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "A senior diplomat in Geneva said that the two delegations met on Tuesday."
    )
    text = annotated.article.text
    claim = _by_predicate(annotated, "meet")
    assert claim.text == "the two delegations met on Tuesday" == text[claim.start : claim.end]
    assert claim.speaker_text == "A senior diplomat in Geneva" == claim.attribution
    assert claim.modality == "reported" and claim.subject == "the two delegations"
    assert text[claim.sentence_start : claim.sentence_end].startswith("A senior diplomat")  # type: ignore[index]


def test_speaker_is_an_exact_span_of_the_text_never_re_joined_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_demo(nlp, "001")
    denied = next(c for c in annotated.claims if c.predicate == "participate")
    assert denied.speaker_text == 'the Syrian newspaper "Al-Watan"'
    assert denied.modality == "denied" and denied.polarity == "negative"
    assert denied.text == "Syrian President Bashar al-Assad participated in any of these meetings"


@pytest.mark.parametrize(
    ("sentence", "predicate", "modality"),
    [
        ("The army closed the border crossing near the town on Monday.", "close", "asserted"),
        ("The spokesman said the army closed the border crossing on Monday.", "close", "reported"),
        ("Israel and Syria reportedly held talks in Baku last week.", "hold", "reported"),
        ("The two foreign ministers will meet in Brussels next week.", "meet", "expected"),
        ("The foreign minister is expected to visit Damascus next week.", "visit", "expected"),
        ("The government plans to reopen the border crossing in August.", "reopen", "expected"),
        ("The ministry denied that the president attended the meeting.", "attend", "denied"),
        ("The talks could collapse before the end of the month.", "collapse", "hypothetical"),
        ("If the talks fail, the army will resume its strikes.", "resume", "hypothetical"),
        ("Syria demands that Israel withdraw its forces from the south.", "withdraw", "demanded"),
    ],
)
def test_modality(nlp, sentence: str, predicate: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_predicate(annotate_text(nlp, sentence), predicate).modality == modality


def test_coordinated_clauses_with_their_own_subjects_are_two_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "Israeli jets struck an air base near Homs on Monday, and Syria condemned the raid."
    )
    struck, condemned = _by_predicate(annotated, "strike"), _by_predicate(annotated, "condemn")
    assert struck.text == "Israeli jets struck an air base near Homs on Monday"
    assert condemned.text == "Syria condemned the raid"
    assert struck.sentence_start == condemned.sentence_start
    assert len({struck.id, condemned.id}) == 2


def test_a_shared_subject_is_not_split(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "The minister arrived in Baku and met his Azerbaijani counterpart."
    )
    assert len(annotated.claims) == 1


def test_a_contrast_with_not_is_not_a_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        '"The question is not the jet being down, but why it was flying there," the general said.',
    )
    assert all(c.polarity == "positive" for c in annotated.claims)


def test_non_english_paragraphs_give_sentence_claims_with_their_language(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Officials from both countries met in Baku on Saturday.\n"
        "التقى مسؤولون سوريون وإسرائيليون في باكو يوم السبت. وقال مصدر دبلوماسي إن اللقاء كان مباشرا.",
    )
    arabic = [c for c in annotated.claims if c.language == "ar"]
    assert len(arabic) == 2 and all(c.predicate == "" and c.subject is None for c in arabic)
    assert arabic[0].text == annotated.article.text[arabic[0].start : arabic[0].end]


def test_claim_ids_are_unique_and_stable(nlp) -> None:  # type: ignore[no-untyped-def]
    first = annotate_demo(nlp, "003")
    again = annotate_demo(nlp, "003")
    ids = [c.id for c in first.claims]
    assert len(ids) == len(set(ids)) and ids == [c.id for c in again.claims]
    for claim in first.claims:
        assert first.article.text[claim.start : claim.end] == claim.text


def test_a_sentence_inside_a_quote_is_attributed_to_the_quoted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        'Northrop Grumman chief executive Ron Sugar said in an interview "Everyone told us we'
        ' were crazy. But we took a big swing and we hit a home run."',
    )
    swing = next(c for c in annotated.claims if c.text.startswith("But we took"))
    assert swing.speaker_text == "Northrop Grumman chief executive Ron Sugar"
    assert [link.key for link in swing.origins] == ["named:ron sugar"]
