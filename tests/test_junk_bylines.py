"""Bylines are junk (reason "byline", the author kept as the article's metadata); source and
agency credits, sentences that start with "By"/"Par", quotes and sub-headings stay. All text
is written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import BYLINE, classify_lines
from crosscheck.ingest.junk_bylines import author_of, byline_author

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Mara Ellis, CNN", "Mara Ellis"),
        ("by Tomas Rinaldi", "Tomas Rinaldi"),
        ("By Andrew V. Quill and Dora G. Weller", "Andrew V. Quill and Dora G. Weller"),
        ("Written by: Sam Lee & Ana Ruiz | Updated 3 May", "Sam Lee & Ana Ruiz"),
        ("Published By: Jane Doe", "Jane Doe"),
        ("Par Jeanne Morel", "Jeanne Morel"),
        ("Por María López", "María López"),
        ("Von Hans Berger", "Hans Berger"),
        ("كتب - سامي حداد :", "سامي حداد"),
        ("كتبت ليلى", "ليلى"),
        ("بقلم: نادر يوسف", "نادر يوسف"),
        ("Jane Doe, Reuters correspondent", "Jane Doe"),
        ("Pierre Lambert, envoyé spécial à Rabat", "Pierre Lambert"),
        ("By Correspondent", "Correspondent"),
        ("By Staff Reporter", "Staff Reporter"),
        ("HT Staff", "HT Staff"),
    ],
)
def test_a_byline_names_its_author(line: str, author: str) -> None:
    assert byline_author(line) == author
    assert classify_lines([HEADLINE, line, *BODY])[1] == BYLINE


@pytest.mark.parametrize(
    "line",
    [
        # source and agency credits tell where the text came from: body
        "By The Associated Press",
        "By Reuters",
        "par BFMTV",
        "Por EFE",
        "Source: Qatar News Agency",
        "Reuters",
        "(AFP)",
        "PTI",
        # sentences, quotes and sub-headings that start like a byline
        "By the grace of God, nothing happened, she said.",
        "By Sunday, the toll had risen to 300.",
        "By Tuesday evening",
        "Par ailleurs, Reuters a cité un responsable américain.",
        "“By God, we will rebuild,” the mayor said.",
        "Bypass Road closed",
        "Authorities said the road was closed",
        "The deal was brokered by Ana Lee",
        "كتب الرئيس على حسابه",
        "Rescue Efforts",
    ],
)
def test_credits_sentences_and_headings_are_not_bylines(line: str) -> None:
    assert byline_author(line) is None
    assert classify_lines([HEADLINE, line, *BODY])[1] != BYLINE


def test_the_cleaner_removes_the_byline_and_keeps_its_author() -> None:
    text = "\n".join([HEADLINE, "By Mara Ellis, Valley Courier", *BODY, "Reuters"])
    article = clean_document(RawDocument(item="t", content=text, format="text"))
    assert "Mara Ellis" not in article.text
    assert article.author == "Mara Ellis"
    assert [r.reason for r in article.removed if "Mara Ellis" in r.text] == [BYLINE]
    assert article.text.endswith("Reuters")  # the credit line stays
    for sentence in BODY:
        assert sentence in article.text


def test_an_input_author_is_not_replaced_by_the_byline() -> None:
    text = "\n".join([HEADLINE, "Par Jeanne Morel", *BODY])
    raw = RawDocument(item="t", content=text, format="text", author="J. Morel")
    assert clean_document(raw).author == "J. Morel"


def test_a_page_label_byline_keeps_the_name_without_its_opener() -> None:
    assert author_of("Published By: Valley Courier Web Desk") == "Valley Courier Web Desk"


def test_a_name_alone_in_the_article_head_is_a_byline() -> None:
    lines = [HEADLINE, "Tomas Rinaldi", *BODY]
    assert classify_lines(lines)[1] == BYLINE
    # next to a time stamp, after a standfirst that reads as prose
    lines = [HEADLINE, BODY[2], "A flooded street in Vell. (AP Photo)", "Tomas Rinaldi",
             "Updated:", *BODY[:2]]  # fmt: skip
    assert classify_lines(lines)[3] == BYLINE


def test_a_name_alone_that_the_article_uses_again_stays() -> None:
    # a sub-heading of the article's words, a name the article quotes, a headline
    for line in ["Valley Towns", "Vell Governor", "Mara Ellis"]:
        body = [*BODY, "Mara Ellis, who lives in Vell, said the towns had no power."]
        assert classify_lines([HEADLINE, line, *body])[1] is None, line
    assert classify_lines(["Tomas Rinaldi", *BODY])[0] is None  # the page's first line


def test_a_title_case_sub_heading_between_paragraphs_stays() -> None:
    lines = [HEADLINE, *BODY[:2], "Medical Staff", BODY[2]]
    assert byline_author("Medical Staff") is None
    assert classify_lines(lines)[3] is None


def test_a_name_alone_in_a_list_of_links_is_not_a_byline() -> None:
    lines = [HEADLINE, *BODY, "Recent Articles", "Related News", "Leave A Reply"]
    assert classify_lines(lines)[4] != BYLINE


def test_a_sub_heading_after_the_first_paragraph_beside_a_caption_stays() -> None:
    lines = [HEADLINE, BODY[0], "A flooded street in Vell. (AP Photo)", "Status Quo",
             "Analoge Prozesse", *BODY[1:]]  # fmt: skip
    assert classify_lines(lines)[3] is None
