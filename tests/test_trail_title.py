"""A headline at the end of a removed breadcrumb trail becomes the article's title."""

from __future__ import annotations

from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument

BODY = (
    "The acting deputy secretary of state said she had met military officers in the capital "
    "for more than two hours on Monday.\n"
    "The talks were frank and at times extremely difficult, she told reporters afterwards, "
    "and no meeting with the detained president was granted.\n"
)


def _clean(first_line: str) -> str | None:
    raw = RawDocument(item="t1", format="text", content=f"{first_line}\n{BODY}")
    return clean_document(raw).title


def test_headline_after_a_home_trail_and_section_is_the_title() -> None:
    title = _clean("Home » Flashpoints – Senior US diplomat holds difficult talks with officers")
    assert title == "Senior US diplomat holds difficult talks with officers"


def test_headline_after_a_trail_without_section_is_kept_whole() -> None:
    title = _clean("Home » World » Biden meets Xi – a new era for the two powers")
    assert title == "Biden meets Xi – a new era for the two powers"


def test_a_trail_of_section_names_gives_no_title() -> None:
    assert _clean("Home » World » Africa » West Africa") is None
