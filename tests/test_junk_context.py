"""Chrome found by its place on the page: a related list's marked items, the headline that
ends a related block, a writer's signature under the last paragraph, the site's promo about
itself; and the body lines beside them that must stay (a sentence in the list, an agency
credit in a menu run, a sub-heading, a name the article uses, a credit to the outlet). All
text is written for the test."""

from __future__ import annotations

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_shapes import site_names
from junk_page import BODY, HEADLINE


def test_items_marked_as_the_related_header_stay_in_its_block_even_with_the_article_words() -> None:
    lines = [
        HEADLINE,
        "- Related articles",
        "- Rescue crews reach Vell after the river bursts its banks in the valley towns",
        "- Rain: homes under water in three valley towns",
        *BODY,
    ]
    reasons = classify_lines(lines)
    assert reasons[2] is not None and reasons[3] is not None
    assert reasons[4] is None and reasons[5] is None


def test_a_marked_item_that_reads_as_a_sentence_stays() -> None:
    sentence = "- Rescue crews said on Tuesday that the water in the valley had begun to fall."
    lines = [HEADLINE, "- Related articles", sentence, "- Rain in the valley towns", *BODY]
    reasons = classify_lines(lines)
    assert reasons[2] is None
    assert reasons[3] is not None


def test_the_headline_printed_again_ends_a_related_block() -> None:
    short = "Valley floods cut off three towns"  # too short to share the article's words
    reasons = classify_lines([short, "Related News", short, "Reuters", *BODY])
    assert reasons[2] is None  # the headline again: the article starts
    assert reasons[3] is None  # and its agency credit is the article's


def test_an_agency_credit_inside_a_run_of_short_lines_stays() -> None:
    lines = [HEADLINE, "World News", "Reuters", "Europe", "Asia Pacific", *BODY]
    reasons = classify_lines(lines)
    assert reasons[2] is None
    assert reasons[3] is not None and reasons[4] is not None


def test_a_signature_under_the_last_paragraph_before_the_page_chrome_is_a_byline() -> None:
    lines = [HEADLINE, *BODY, "Jonas Wendell", "Leave a Reply", "Share this post"]
    assert classify_lines(lines)[3] == "byline"


def test_a_name_under_the_last_paragraph_that_is_no_signature_stays() -> None:
    # the article names him: a caption or a sub-heading, not the writer
    named = [HEADLINE, BODY[0] + " Jonas Wendell led the crews.", BODY[1], "Jonas Wendell"]
    assert classify_lines([*named, "Leave a Reply"])[3] is None
    # an outlet or an agency credit
    assert classify_lines([HEADLINE, *BODY, "Agence France-Presse", "Leave a Reply"])[3] is None
    # a page cut after it: it may be a sub-heading
    assert classify_lines([HEADLINE, *BODY, "Earlier Floods"])[3] is None
    # a sub-heading the next paragraph follows
    assert classify_lines([HEADLINE, BODY[0], "Earlier Floods", BODY[1]])[2] is None


def test_the_site_promo_about_itself_outside_the_article_goes() -> None:
    names = site_names("Valley Courier", "https://www.valleycourier.com/floods")
    lines = [
        HEADLINE,
        *BODY,
        "Valley Courier: breaking news and the latest stories straight to you!",
        "Why you can trust Valley Courier",
    ]
    reasons = classify_lines(lines, site_names=names)
    assert reasons[3] is not None and reasons[4] is not None


def test_the_outlet_named_in_the_article_or_in_a_credit_stays() -> None:
    names = site_names("Valley Courier", "https://www.valleycourier.com/floods")
    inside = "The Valley Courier reported on Monday that the river had risen by two metres."
    lines = [
        HEADLINE,
        BODY[0],
        inside,
        BODY[1],
        "From Valley Courier and news agencies",
        "Mayor Hanna Berg to Valley Courier",
    ]
    reasons = classify_lines(lines, site_names=names)
    assert reasons[2] is None and reasons[4] is None and reasons[5] is None


def test_a_paragraph_with_its_photo_caption_glued_after_it_stays() -> None:
    glued = (
        "The regional governor said around 12,000 people had been moved out of the low "
        "valley towns and were staying in 40 shelters. Floodwater covers the main road "
        "out of Vell (AP)"
    )
    assert classify_lines([HEADLINE, BODY[0], glued, BODY[1]])[2] is None


def test_a_wire_caption_and_a_caption_with_a_bare_credit_still_go() -> None:
    wire = (
        "A man wades through floodwater near the damaged bridge in Vell, in the valley, "
        "on September 11, 2024. REUTERS/Jane Roe"
    )
    credited = "A family wades through a flooded street in the valley town of Vell. Photo: AP"
    reasons = classify_lines([HEADLINE, BODY[0], wire, credited, BODY[1]])
    assert reasons[2] is not None and reasons[3] is not None


def test_headlines_in_a_row_under_the_article_go() -> None:
    lines = [
        HEADLINE,
        *BODY,
        "Ministers from two neighbouring states talk about sharing flood data",
        "Dam operators: parts of the warning plan not applied in the valley",
    ]
    reasons = classify_lines(lines)
    assert reasons[3] is not None and reasons[4] is not None


def test_one_line_or_credits_under_the_article_stay() -> None:
    sub_heading = "What the valley towns need after the flood"
    assert classify_lines([HEADLINE, *BODY, sub_heading])[3] is None
    credits = [
        "Additional reporting by Jane Roe in the capital",
        "Editing by John Smith and Mary Major",
    ]
    assert classify_lines([HEADLINE, *BODY, *credits])[3:] == [None, None]
    # between paragraphs they are the article's sub-headings
    lines = [HEADLINE, BODY[0], sub_heading, "Aid for the towns of the upper valley", BODY[1]]
    assert classify_lines(lines)[2:4] == [None, None]


def test_an_arabic_city_and_writer_byline_goes_but_a_city_and_source_credit_stays() -> None:
    arabic_body = (
        "قال محافظ الإقليم إن فرق الإنقاذ وصلت إلى البلدة صباح الثلاثاء بعد يومين من الأمطار "
        "الغزيرة."
    )
    assert classify_lines(["فيضانات في الوادي", "القاهرة - سلمى فريد:", arabic_body])[1] == (
        "byline"
    )
    for credit in ("أنقرة - العرب اليوم", "غزة - وكالات:", "القاهرة - أ ش أ:"):
        assert classify_lines(["فيضانات في الوادي", credit, arabic_body])[1] is None


def test_a_list_of_the_article_s_own_points_under_it_stays() -> None:
    points = [
        "Rescue crews reached Vell after two days of rain",
        "At least 41 people died and 300 homes were under water",
    ]
    assert classify_lines([HEADLINE, *BODY, *points])[3:] == [None, None]
