"""A page's notices about itself (licensing notices, a live page's status, a reading time
as a field, a font-size widget, a bare date label, a capitals photo credit over a caption)
go; sentences that report such things, credits and plain copyright lines stay. All text is
written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_notices import notice_reason
from junk_page import BODY, HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2024 Valley Media Group. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "© Le Quotidien du Val 2024. Toute reproduction même partielle est interdite.",
        "This breaking news story is being updated. Please refresh the page for the latest.",
        "• This story is developing: more to follow",
        "More to follow",
        "Reading time: 4 min",
        "Temps de lecture : 3 min",
        "A- A A+ 18 px",
        "- Updated",
        "Publié",
        "PHOTO JEANNE DUVAL, AGENCE FRANCE-PRESSE Des sauveteurs dans les rues de Vell",
        "PHOTO MARK STONE, THE VALLEY HERALD Rescuers carry a child out of the water",
    ],
)
def test_a_page_notice_goes(line: str) -> None:
    assert notice_reason(line) is not None
    assert classify_lines([HEADLINE, BODY[0], line, BODY[1]])[2] is not None


@pytest.mark.parametrize(
    "line",
    [
        "More details will be released soon, the ministry said.",
        "The report may not be published until the inquiry ends, officials said.",
        "The story is being updated by editors in the capital, he said.",
        "This is a developing story, the governor told reporters on Tuesday night.",
        "Copyright 2024 Reuters.",
        "Reuters",
        "(AFP)",
        "Source: Valley News Agency",
        "Published by Reuters on Monday, the report said the toll had risen to 41.",
        "Photo: rescuers in Vell",  # a caption, but not this rule's
        "PHOTOS SHOW THE DAMAGE, OFFICIALS SAY",
        "PHOTO MARK STONE, THE VALLEY HERALD",
        "L'expérience ne peut être reproduite, selon les chercheurs.",
    ],
)
def test_a_sentence_or_credit_is_no_page_notice(line: str) -> None:
    assert notice_reason(line) is None


@pytest.mark.parametrize("label", ["Source link", "Backlink", "Key events", "Recent Articles"])
def test_a_feed_or_live_page_label_goes_but_not_a_sentence_with_its_words(label: str) -> None:
    assert classify_lines([HEADLINE, *BODY, label])[-1] is not None
    sentence = f"{label} were listed on the town's notice board, the governor said on Monday."
    assert classify_lines([HEADLINE, BODY[0], sentence, BODY[1]])[2] is None


@pytest.mark.parametrize(
    "line",
    [
        "Save", "Link copied", "Gift this article", "Toggle caption", "Supported by",
        "Lire plus tard", "Envoyer par e-mail", "Écouter cet article", "نسخ الرابط",
        "حجم الخط", "شارك الخبر", "Advertisement - Continue Reading Below",
        "Story continues below", "Please enable JavaScript to view the comments",
        "Your browser does not support the video tag.",
        "Get the latest news delivered to your inbox",
    ],
)  # fmt: skip
def test_a_widget_label_or_a_player_note_goes(line: str) -> None:
    assert classify_lines([HEADLINE, BODY[0], line, BODY[1]])[2] is not None


@pytest.mark.parametrize(
    "line",
    [
        "The story continues below the fold, he joked.",
        "Comments from residents were mixed.",
        "Follow the river north and you reach Vell.",
        "Expand the search, the governor ordered.",
        "Save the children of the valley, the mayor told the crowd.",
    ],
)
def test_a_sentence_with_a_widget_word_stays(line: str) -> None:
    assert classify_lines([HEADLINE, BODY[0], line, BODY[1]])[2] is None


def test_a_link_glued_inside_a_line_without_a_stop_goes_but_a_sentence_stays() -> None:
    glued = "Residents help their neighbours See also Dam operators meet in the capital"
    assert classify_lines([HEADLINE, BODY[0], glued, BODY[1]])[2] is not None
    sentence = "Officials said residents should see also the river authority's map of shelters."
    assert classify_lines([HEADLINE, BODY[0], sentence, BODY[1]])[2] is None


@pytest.mark.parametrize(
    "line",
    [
        "2h ago", "September 9, 2023 by admin", "AFP/File", "EPA/STR", "الصورة: رويترز",
        "Reporting by Jane Roe; Editing by John Smith", "Par Jeanne Roe avec AFP",
        "1.2k Shares", "Terms of Service", "Mentions légales", "سياسة الخصوصية",
        "We use cookies to improve your experience.",
    ],
)  # fmt: skip
def test_common_page_furniture_goes(line: str) -> None:
    assert classify_lines([HEADLINE, BODY[0], line, BODY[1]])[2] is not None


@pytest.mark.parametrize(
    "line",
    [
        "(AFP)", "Reuters", "(رويترز)", "By The Associated Press with Reuters",
        "Par BFMTV avec AFP", "Sept 9, 2023 by the river bank",
        "Shares in the utility fell 4% on Tuesday.",
        "The museum uses cookies, its website says.",
        "He met the mayor with Tom Smith; both left at noon.",
    ],
)  # fmt: skip
def test_credits_and_sentences_like_furniture_stay(line: str) -> None:
    assert classify_lines([HEADLINE, BODY[0], line, BODY[1]])[2] is None


def test_a_breadcrumb_in_a_script_without_case_goes_but_a_sentence_with_slashes_stays() -> None:
    crumbs = "الرئيسية / أخبار / عربي ودولي"
    assert classify_lines([HEADLINE, crumbs, *BODY])[1] is not None
    sentence = "rain / wind / snow in the north of the valley tonight."
    assert classify_lines([HEADLINE, BODY[0], sentence, BODY[1]])[2] is None


def test_an_up_next_section_of_a_game_story_stays() -> None:
    lines = [HEADLINE, *BODY, "UP NEXT", "Lakers: Visit the Thunder on Friday."]
    assert classify_lines(lines)[3:] == [None, None]


def test_a_clause_with_read_more_in_lower_case_is_no_glued_link() -> None:
    line = "Why people in the valley read more news in a crisis than in calm years"
    assert notice_reason(line) is None
