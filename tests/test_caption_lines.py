"""Only caption and credit lines lose their claims: a short body sentence is judged with the
full stop that ends it in the article (a sentence's span leaves it out), and the line a claim
stands on is judged whole, so a credit at its end marks it a caption."""

from __future__ import annotations

import pytest

from claims_helpers import annotate_text
from crosscheck.corpus import is_caption
from crosscheck.records import Claim


def _claim_on(text: str, sentence: str) -> Claim:
    """A claim read from `sentence` in `text`, its span stored as the parser stores it: without
    the sentence's closing stop."""
    start = text.index(sentence)
    end = start + len(sentence)
    return Claim(
        id="c",
        article="a",
        text=sentence,
        start=start,
        end=end,
        subject=None,
        predicate="rise",
        object=None,
        polarity="positive",
        attribution=None,
        sentence_start=start,
        sentence_end=end,
    )


def test_short_body_sentences_the_parser_reads_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "The toll rose to 62 on Sunday. Rescuers reached the village on Monday!\n\n"
        "Officials said the airport reopened on Tuesday.",
    )
    text = annotated.article.text
    toll = next(c for c in annotated.claims if c.text.startswith("The toll"))
    assert text[toll.start : toll.end] == "The toll rose to 62 on Sunday"  # no stop in the span
    assert [c.text for c in annotated.claims if is_caption(c, text)] == []


BODY = (
    "Quake Toll Rises To 62 In Mountain Villages\n"
    "The toll rose to 62 on Sunday. Rescuers reached the village on Monday.\n"
    "Officials called it “a disaster”. La secousse a été ressentie à Rabat…\n"
    "Rescuers search the rubble of a house in the village on Sunday. (AP)\n"
    "A woman sits outside her home in the village. Photo: Jane Doe\n"
    "A woman sits outside her damaged home in the village. (Jane Doe/AFP)\n"
    "Toll rose to 62 on Sunday\n"
    "The funeral took place on August 29 in St. Petersburg.\n"
    "09.09.2023, Sputnik Afrique"
)


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("The toll rose to 62 on Sunday", False),  # a body sentence, its stop after the span
        ("Rescuers reached the village on Monday", False),
        ("Officials called it “a disaster", False),  # a closing quote, then the stop
        ("La secousse a été ressentie à Rabat", False),  # an ellipsis ends it
        ("Quake Toll Rises To 62 In Mountain Villages", True),  # a headline
        ("Rescuers search the rubble of a house in the village on Sunday", True),  # (AP) line
        ("A woman sits outside her home in the village", True),  # "Photo: Name" ends the line
        ("A woman sits outside her damaged home in the village", True),  # a photographer's credit
        ("Toll rose to 62 on Sunday", True),  # a short line without a stop
        # a sentence cut at an abbreviation's dot is a fragment, not a sentence
        ("The funeral took place on August 29 in St", True),
        ("09.09.2023, Sputnik Afrique", True),  # a dateline
    ],
)
def test_only_caption_credit_and_headline_lines_are_dropped(sentence: str, dropped: bool) -> None:
    assert is_caption(_claim_on(BODY, sentence), BODY) is dropped


def test_only_a_stop_right_after_the_span_counts() -> None:
    text = "Toll rose to 62 on Sunday - Sunday. It fell."
    assert is_caption(_claim_on(text, "Toll rose to 62 on Sunday"), text) is True


@pytest.mark.parametrize(
    "credit",
    [
        "The Associated Press contributed to this report",
        "The Associated Press contributed to this",
        "Fuente: Producción propia y agencias",
        "(Reporting by Tom Balmforth; Editing by Alex Richardson)",
    ],
)
def test_a_line_that_only_credits_the_report_is_no_claim(credit: str) -> None:
    text = f"Officials said the airport reopened on Tuesday after the floods.\n{credit}.\n"
    assert is_caption(_claim_on(text, credit), text)


def test_a_sentence_about_a_source_is_still_a_claim() -> None:
    sentence = "A source in the ministry said the airport reopened on Tuesday after the floods"
    text = f"{sentence}.\nThe Associated Press contributed to this report.\n"
    assert not is_caption(_claim_on(text, sentence), text)


def test_a_short_caption_closing_with_its_source_is_no_claim() -> None:
    caption = "Vecinos piden la dimisión del alcalde"
    text = f"El alcalde no dimitirá, dijo el martes.\n{caption}. Fuente: Producción propia.\n"
    assert is_caption(_claim_on(text, caption), text)
    body = "El alcalde dijo el martes que no dimitirá y que seguirá en el cargo hasta el final"
    long_line = f"{body}. " * 3 + "Fuente: EFE."
    assert not is_caption(_claim_on(long_line, body), long_line)
