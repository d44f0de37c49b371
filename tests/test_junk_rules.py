"""Junk lines of real page shapes are removed with a reason; body text never is."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import (
    BYLINE,
    CAPTION,
    CHROME,
    LINK,
    RELATED,
    TICKER,
    TIMESTAMP,
    classify_lines,
    reads_as_body,
)

BODY = [
    "Rescue teams pulled 14 more survivors from collapsed buildings in the port city on Tuesday, "
    "the regional governor said.",
    "The governor said the toll had risen to 62, while the national agency still counted 58 dead.",
    "Aid convoys reached three of the five worst-hit villages by evening, officials said.",
]


def _verdicts(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Published By: Sakshi Singh", BYLINE),
        ("Edited By: Ritu Sharma", BYLINE),
        ("Updated: Jul 14, 2025 10:32 IST", TIMESTAMP),
        ("Last Updated: 14 July 2025", TIMESTAMP),
        ("Listen to Story", CHROME),
        ("In Short", CHROME),
        ("Story continues below advertisement", CHROME),
        ("إعلان", CHROME),
        ("Publicité", CHROME),
        ("www.example-news.com", LINK),
        ("SENSEX 81,234.56 ▲ 0.4%", TICKER),
        ("Image caption, Residents search the rubble in the old town", CAPTION),
        ("Rescuers carry a survivor out of a collapsed building. (Photo: Reuters)", CAPTION),
        ("A woman walks past damaged houses in the port city. AFP via Getty Images", CAPTION),
        ("Representative image", CAPTION),
    ],
)
def test_chrome_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    verdicts = _verdicts([*BODY, line, BODY[0]])
    assert verdicts[line] == reason
    assert all(verdicts[b] is None for b in BODY)


def test_read_more_link_inside_the_article_takes_only_its_own_line() -> None:
    # A "READ MORE:" link in the middle of an article used to open a related-links block that
    # ran on through the rest of the article, a claim no other outlet makes included.
    lines = [
        BODY[0],
        "READ MORE: Earthquake survivors describe night of terror",
        "A second tremor of magnitude 5.1 struck before dawn, a seismologist at the national "
        "institute told the outlet, adding that no tsunami warning was issued.",
        "Schools stay shut until Monday.",
        "Only this outlet reports that the mayor was evacuated by helicopter overnight.",
        BODY[1],
    ]
    verdicts = classify_lines(lines)
    assert verdicts[1] == RELATED
    assert [v for i, v in enumerate(verdicts) if i != 1] == [None] * 5


def test_a_related_block_stops_at_the_first_line_that_reads_as_body() -> None:
    lines = [
        BODY[0],
        "Related stories",
        "Earthquake: how to help the victims",
        "How the port city looks after the quake",
        "The regional government said on Wednesday that temporary shelters would be set up "
        "in four stadiums, and that water supplies had been restored to half the city.",
        BODY[2],
    ]
    verdicts = classify_lines(lines)
    assert verdicts[1:4] == [RELATED, RELATED, RELATED]
    assert verdicts[4] is None and verdicts[5] is None and verdicts[0] is None


def test_a_references_block_is_removed_up_to_the_body() -> None:
    lines = [BODY[0], "Reference(s):", "Geological survey bulletin 2025-114", BODY[1]]
    verdicts = classify_lines(lines)
    assert verdicts[1:3] == [RELATED, RELATED]
    assert verdicts[3] is None


def test_reads_as_body_needs_a_sentence_of_some_length() -> None:
    assert reads_as_body(BODY[0])
    assert not reads_as_body("Earthquake survivors describe night of terror")
    assert not reads_as_body("Schools stay shut.")


def test_a_link_with_a_path_is_kept_as_the_article_wrote_it() -> None:
    line = "https://www.example.org/reports/quake-2025.pdf"
    assert _verdicts([BODY[0], line])[line] is None


def test_an_update_time_is_not_taken_for_the_publication_date() -> None:
    from crosscheck.ingest.cleaner import clean_document
    from crosscheck.ingest.sources import RawDocument

    text = "\n".join(["Quake toll rises", "Updated: 14 July 2025", *BODY])
    article = clean_document(RawDocument(item="quake.txt", content=text, format="txt"))
    assert article.published is None
    assert [r.reason for r in article.removed] == [TIMESTAMP]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("1 minute read", CHROME),
        ("Total Views : 2,109,134", CHROME),
        ("Story Code : 1080882", CHROME),
        ("0:00", "stray punctuation"),
        (
            "Official picture King Mohammed VI (R) visiting an earthquake victim in Marrakech.",
            CAPTION,
        ),
        ("This combination of pictures created on April 09, 2025 shows the two envoys", CAPTION),
        ("Aerial view of the coast of Morocco Christopher Moswitzer / Shutterstock.com", CAPTION),
    ],
)
def test_page_furniture_of_real_pages(line: str, reason: str) -> None:
    assert _verdicts([*BODY, line])[line] == reason


def test_a_lettered_clause_is_not_a_caption_position() -> None:
    line = "Under article 5(c) of the accord, the monitors report to the joint committee each week."
    assert _verdicts([*BODY, line])[line] is None


def test_a_featured_block_ends_at_the_body() -> None:
    lines = [BODY[0], "Featured Stories", "G20 Admits African Union as Permanent Member", BODY[1]]
    assert classify_lines(lines) == [None, RELATED, RELATED, None]


def test_an_embedded_post_and_its_signature_stay_they_are_the_speaker_s_words() -> None:
    lines = [
        *BODY,
        "We hope to resolve the remaining issues.",
        "— Badr Albusaidi (@badralbusaidi) May 23, 2025",
    ]
    assert classify_lines(lines)[-2:] == [None, None]
