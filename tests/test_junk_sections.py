"""Section labels outside the article ("Environment", "World News", "عالميات") go; the same
words as a sub-heading between paragraphs, and headlines or credits, stay. All text is
written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_sections import SECTION_LABEL, is_section_label
from junk_page import BODY, HEADLINE


@pytest.mark.parametrize(
    "label",
    ["Environment", "World News", "Arts & Culture", "Politique", "عالميات", "Deportes",
     "Latest Politics", "Wirtschaft"],
)  # fmt: skip
def test_a_section_label_above_or_below_the_article_goes(label: str) -> None:
    assert is_section_label(label)
    # (a label the chrome lexicon knows, "World News", goes as site chrome first)
    assert classify_lines([label, HEADLINE, *BODY])[0] in (SECTION_LABEL, "site chrome")
    assert classify_lines([HEADLINE, *BODY, label])[-1] in (SECTION_LABEL, "site chrome")


def test_a_sub_heading_between_paragraphs_stays() -> None:
    assert classify_lines([HEADLINE, BODY[0], "Economy", BODY[1]])[2] is None


@pytest.mark.parametrize(
    "line",
    ["World leaders pledge flood aid", "Reuters", "News.Az", "Health minister resigns",
     "Sports 2024", "Politics: what comes next?"],
)  # fmt: skip
def test_headlines_and_credits_are_not_section_labels(line: str) -> None:
    assert not is_section_label(line)


def test_a_news_label_over_the_article_goes_but_a_credit_or_a_sub_heading_stays() -> None:
    for label in ("UK News", "Watch Example News", "Complete News World"):
        assert classify_lines([label, HEADLINE, *BODY])[0] == SECTION_LABEL
    for credit in ("From Example News", "Source: Example News"):
        assert classify_lines([HEADLINE, credit, *BODY])[1] is None
    # between paragraphs, and in lower case, it is the article's
    assert classify_lines([HEADLINE, BODY[0], "UK News", BODY[1]])[2] is None
    assert classify_lines(["Good news for farmers", HEADLINE, *BODY])[0] is None
