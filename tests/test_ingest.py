"""Ingestion: readers, bad input, junk lines, dates, language — on texts written for the test."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from crosscheck.errors import ExtractionError, InputError
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.dates import parse_date_line, parse_iso_date
from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.language import detect_language, detect_script
from crosscheck.ingest.sources import FieldMap, RawDocument, read_path
from crosscheck.pipeline import ingest

SCRAPED = """Menu
Search
Ministers agree on grain corridor after talks in Ankara
Tuesday, 4 March 2025
By Jane Doe
The foreign ministers of Turkey and Ukraine agreed on Monday to reopen a grain corridor, officials said.
A Turkish official said shipments could resume within two weeks.
Ukraine's foreign minister Andrii Sybiha told reporters the deal was "a step towards normality."
Ships wait at the port of Odesa in February. (Reuters)
Share this article
Related Articles
Win big with our casino bonus code today
Best betting odds this weekend
Leave a Reply
Your email address will not be published. Required fields are marked *
Great article, thanks!
"""


def test_junk_lines_get_reasons_and_body_stays() -> None:
    lines = SCRAPED.splitlines()
    verdicts = dict(zip(lines, classify_lines(lines), strict=True))
    assert verdicts["Menu"] == "site chrome"
    assert verdicts["Tuesday, 4 March 2025"] == "dateline (publication date)"
    assert verdicts["By Jane Doe"] == "byline"
    assert verdicts["Ships wait at the port of Odesa in February. (Reuters)"] == "photo caption"
    assert verdicts["Share this article"] == "share buttons"
    assert verdicts["Related Articles"] == "related-links block"
    assert verdicts["Best betting odds this weekend"] is not None
    assert verdicts["Leave a Reply"] == "comment form"
    assert verdicts["Great article, thanks!"] == "comment section"
    for body in lines[5:8]:
        assert verdicts[body] is None, body


def test_clean_document_keeps_metadata_and_removals() -> None:
    article = clean_document(RawDocument(item="t.txt", format="txt", content=SCRAPED, path="t.txt"))
    assert article.title == "Ministers agree on grain corridor after talks in Ankara"
    assert article.published is not None and article.published.isoformat() == "2025-03-04"
    assert article.published_source == "text dateline (line 4)"
    assert article.author == "Jane Doe"
    assert "casino" not in article.text and "Menu" not in article.text
    assert article.text.startswith("The foreign ministers of Turkey")
    assert {r.reason for r in article.removed} >= {"site chrome", "byline", "photo caption"}
    assert all(p.language == "en" for p in article.paragraphs)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end].strip()


def test_same_text_gets_the_same_id() -> None:
    raw = RawDocument(item="a", format="txt", content=SCRAPED)
    assert (
        clean_document(raw).id
        == clean_document(RawDocument(item="b", format="txt", content=SCRAPED)).id
    )


def test_future_dateline_is_not_a_publication_date() -> None:
    text = (
        "Title line here\nMonday, 3 January 2200\n"
        + "Officials met in Geneva to discuss the treaty and its terms. " * 2
    )
    article = clean_document(RawDocument(item="f", format="txt", content=text))
    assert article.published is None


def test_date_parsing() -> None:
    assert str(parse_date_line("Sunday, 13 July 2025")) == "2025-07-13"
    assert str(parse_date_line("July 13, 2025")) == "2025-07-13"
    assert str(parse_date_line("Updated: 2025-07-13")) == "2025-07-13"
    assert parse_date_line("Israeli officials met on 13 July 2025 in Baku") is None
    assert str(parse_iso_date("2025-07-13T10:00:00Z")) == "2025-07-13"
    assert str(parse_iso_date("Sun, 13 Jul 2025 10:00:00 GMT")) == "2025-07-13"
    assert parse_iso_date("not a date") is None


def test_language_and_script_per_paragraph() -> None:
    assert detect_language("سوريا وإسرائيل تعقدان محادثات في باكو") == "ar"
    assert detect_script("سوريا وإسرائيل") == "Arabic"
    assert detect_language("Die Regierung hat heute neue Gespräche angekündigt.") == "de"
    assert detect_script("Officials met") == "Latin"
    assert detect_language("--- 12 ---") is None


def test_jsonl_with_field_mapping_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = {
        "uid": "r1",
        "body": "Officials met in Geneva on Monday to discuss the treaty terms.",
        "headline": "Talks",
        "date": "2025-05-02",
        "publisher": "Example News",
    }
    path.write_text(
        json.dumps(good) + "\n{broken json\n" + json.dumps({"uid": "r3"}) + "\n", encoding="utf-8"
    )
    fields = FieldMap(
        text=("body",), id=("uid",), title=("headline",), published=("date",), source=("publisher",)
    )
    items = list(read_path(path, fields))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(docs) == 1 and docs[0].source_id == "r1" and docs[0].outlet == "Example News"
    assert [e.item for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "invalid JSON" in errors[0].reason and "no text" in errors[1].reason


def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Talks in Geneva\nOfficials from both countries met in Geneva on Monday to discuss the treaty.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.txt.gz").write_bytes(
        gzip.compress(b"Some text that is long enough " * 20)[:30]
    )
    (tmp_path / "copy.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "chrome.txt").write_text("Menu\nSearch\nLogo\n", encoding="utf-8")
    arabic = "محادثات بين سوريا وإسرائيل في باكو برعاية أمريكية وسط توتر في المنطقة"
    (tmp_path / "cp1256.txt").write_bytes(("عنوان الخبر\n" + arabic + "\n").encode("cp1256"))
    result = ingest([tmp_path])
    reasons = {Path(r.item).name: r.reason for r in result.rejected}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "gzip" in reasons["broken.txt.gz"]
    assert "no article text" in reasons["chrome.txt"]
    assert "same content" in reasons["good.txt"] or "same content" in reasons["copy.txt"]
    texts = {Path(a.path or "").name: a for a in result.articles}
    assert "good.txt" in texts or "copy.txt" in texts
    assert texts["cp1256.txt"].text == arabic and texts["cp1256.txt"].language == "ar"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    (item,) = list(read_path(tmp_path / "nope.txt"))
    assert isinstance(item, InputError) and "no such file" in item.reason


def test_too_little_text_raises() -> None:
    with pytest.raises(ExtractionError):
        clean_document(RawDocument(item="x", format="txt", content="Logo\nHi\n"))


def test_navigation_menus_go_and_lists_and_headings_stay() -> None:
    lines = [
        "News",
        "Politics",
        "Real Estate",
        "Back To Main Menu",
        "Storm hits the coast",
        "A storm hit the coast on Monday, cutting power to thousands of homes, officials said.",
        "What you need",
        "2 cups of water",
        "1 tsp salt",
        "a torch and batteries",
        "Residents were told to stay indoors until the wind drops on Tuesday evening.",
    ]
    verdicts = classify_lines(lines)
    assert verdicts[:4] == ["navigation menu"] * 4
    assert verdicts[4:] == [None] * 7
    assert classify_lines(lines, detect_menus=False)[:4] == [None] * 4
