"""Direct quotes with their speakers; scare quotes and quoted names are not quotes."""

from __future__ import annotations

from claims_helpers import annotate_demo, annotate_text


def test_scare_quotes_and_quoted_names_are_not_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        'The minister described the plan as "flexible" and the talks as a "calming strategy".\n'
        'The Syrian newspaper "Al-Watan" said the talks were over.',
    )
    assert annotated.quotes == []


def test_al_watan_and_flexible_are_not_quotes_in_the_demo(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {q.text for q in annotate_demo(nlp, "001").quotes}
    assert not {"Al-Watan", "Kan", "flexible", "calming strategy"} & texts
    assert "dialogue between Syria and Israel has begun." in texts


def test_speaker_before_and_after_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        'The envoy told reporters: "The dialogue has started."\n'
        "“Syrians are looking forward to a bright future,” Shibani said.",
    )
    found = {q.text: (q.speaker_text, q.verb) for q in annotated.quotes}
    assert found["The dialogue has started."] == ("The envoy", "tell")
    assert found["Syrians are looking forward to a bright future"] == ("Shibani", "say")


def test_a_quote_split_by_he_said_is_one_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Foreign Minister Asaad al-Shibani spoke in Ankara.\n“We are ready,” he said, “to talk to them.”",
    )
    [quote] = annotated.quotes
    assert quote.text == "We are ready to talk to them."
    assert quote.speaker_text == "he" and quote.verb == "say"
    assert annotated.mentions[quote.speaker_mention or 0].text == "Asaad al-Shibani"


def test_a_quote_after_he_added_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, 'Hakan Fidan met the delegation in Ankara on Monday. He added: "There is no deal yet."'
    )
    [quote] = annotated.quotes
    assert (
        quote.verb == "add" and annotated.mentions[quote.speaker_mention or 0].text == "Hakan Fidan"
    )


def test_a_multi_sentence_quote_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = annotate_demo(nlp, "002").quotes
    trump = next(q for q in quotes if q.text.startswith("(Sharaa) said yes"))
    assert trump.text.endswith("they have a lot of work to do") and trump.speaker_text == "Trump"


def test_barrack_dialogue_quote_has_barrack_as_speaker_in_001_002_003(nlp) -> None:  # type: ignore[no-untyped-def]
    # grep -l "has begun\|has started" demo/*: 001, 002 and 003 quote Barrack.
    for prefix in ("001", "002", "003"):
        annotated = annotate_demo(nlp, prefix)
        quote = next(
            q for q in annotated.quotes if "has begun" in q.text or "has started" in q.text
        )
        assert quote.speaker_text is not None and "Barrack" in quote.speaker_text
        assert "Barrack" in annotated.mentions[quote.speaker_mention or 0].text
        assert annotated.article.text[quote.start : quote.end] == quote.text


def test_quote_follows_its_speaker_across_the_next_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = annotate_demo(nlp, "004").quotes
    working = next(q for q in quotes if q.text.startswith("We are working"))
    assert working.speaker_text == "Shibani"


def test_a_quoted_term_nobody_says_is_not_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "The negotiators discussed the “principles and objectives” agreed last year in Muscat. "
        "Oman's foreign minister said: “We hope to clarify the remaining issues soon.”",
    )
    assert [q.text for q in annotated.quotes] == ["We hope to clarify the remaining issues soon."]
