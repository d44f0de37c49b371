"""Chrome found by a line's shape and place (junk_shapes): the site's name on its own line,
an image's alt text and caption, a country as a section label, short lines after the page's
chrome has begun. Their look-alikes (credits, repeated headlines, sub-headings, sentences)
stay. All text is written for the test."""

from __future__ import annotations

from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_shapes import (
    CAPTION,
    PAGE_TAIL,
    SECTION_LABEL,
    SITE_NAME,
    is_domain_label,
    names_site,
    repeats_a_phrase,
    site_names,
)

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]
NAMES = site_names("Valley Courier Daily News (AFP)", "https://www.valleycourier.com/news/1")


def _reasons(lines: list[str], names: frozenset[str] = frozenset()) -> list[str | None]:
    return classify_lines(lines, site_names=names)


def test_site_names_come_from_the_outlet_its_initials_and_the_host() -> None:
    assert {"valleycourierdailynews", "vcdn", "valleycourier"} == NAMES
    assert "afp" not in NAMES  # the wire in brackets is a credit, not the site
    assert site_names(None, None) == frozenset()


def test_the_site_name_on_its_own_line_is_chrome_but_its_credits_stay() -> None:
    assert names_site("Valley Courier Daily News", NAMES)
    assert names_site("ValleyCourier.com", NAMES)
    assert names_site("Valley Courier -", NAMES)
    assert names_site("VCDN Premium", NAMES)
    # credits and reports that name the site are the article's
    assert not names_site("By Valley Courier Daily", NAMES)
    assert not names_site("Vell - Valley Courier Daily", NAMES)
    assert not names_site("par Valley Courier Daily", NAMES)
    assert not names_site("Minister speaks to Valley Courier Daily", NAMES)
    assert not names_site("The Valley Courier Daily was told so.", NAMES)
    assert not names_site("Valley towns flooded", NAMES)


def test_masthead_with_the_site_name_goes_and_the_article_stays_in_the_cleaner() -> None:
    text = "\n".join(["Valley Courier", HEADLINE, "AFP", *BODY])
    raw = RawDocument(
        item="t",
        format="txt",
        content=text,
        outlet="Valley Courier Daily News (AFP)",
        url="https://valleycourier.com/a/1",
    )
    article = clean_document(raw)
    assert {r.text: r.reason for r in article.removed} == {"Valley Courier": SITE_NAME}
    assert "AFP" in article.text.split("\n")
    assert all(line in article.text for line in BODY)


def test_a_caption_printed_twice_goes_but_a_repeated_headline_stays() -> None:
    caption = "Residents wade through a flooded street in the valley town of Vell on Tuesday"
    lines = [HEADLINE, HEADLINE, caption, caption, *BODY]
    reasons = _reasons(lines)
    assert reasons[:4] == [None, None, CAPTION, CAPTION]
    assert reasons[4:] == [None] * len(BODY)
    # printed three times it is the page's own text (a title, a label), not an image's
    thrice = [HEADLINE, caption, caption, caption, *BODY]
    assert _reasons(thrice)[1:4] == [None, None, None]
    # a sentence printed twice is text the scraper doubled: it stays
    assert _reasons([HEADLINE, BODY[0], BODY[0], BODY[1]]) == [None] * 4


def test_an_alt_text_over_the_caption_that_extends_it_goes() -> None:
    lines = [HEADLINE, "Regional governor", "Regional governor Ana Vell in Vell", *BODY]
    assert _reasons(lines)[1:3] == [CAPTION, CAPTION]
    # below the first paragraph a label over a longer line may be a sub-heading: it stays
    later = [HEADLINE, BODY[0], "Rescue efforts", "Rescue efforts in the valley towns", BODY[1]]
    assert _reasons(later)[2:4] == [None, None]


def test_a_country_alone_above_the_prose_is_a_section_label() -> None:
    lines = ["South Africa", HEADLINE, *BODY, "Middle East"]
    reasons = _reasons(lines)
    assert reasons[0] == SECTION_LABEL and reasons[-1] == SECTION_LABEL
    # inside the article a country on its own line is a sub-heading; in a line, a headline
    middle = [HEADLINE, BODY[0], "India", BODY[1], BODY[2]]
    assert _reasons(middle)[2] is None
    assert _reasons(["South Africa floods: 41 dead", *BODY])[0] is None


def test_short_lines_after_the_chrome_has_begun_go_and_closing_credits_stay() -> None:
    lines = [
        HEADLINE,
        *BODY,
        "AFP",
        "Share on Facebook",
        "Valley towns brace for more rain",
        "Weekend markets reopen in Vell",
        "Most read this week",
    ]
    reasons = _reasons(lines)
    assert reasons[len(BODY) + 1] is None  # the credit, before the chrome
    assert reasons[len(BODY) + 2] is not None
    assert reasons[-3:] == [PAGE_TAIL, PAGE_TAIL, PAGE_TAIL]
    # without chrome after the prose, short closing lines are the article's
    closing = [HEADLINE, *BODY, "Ana Vell", "Additional reporting by Tom Ro"]
    assert _reasons(closing)[-2:] == [None, None]


def test_a_row_of_handles_goes() -> None:
    lines = [HEADLINE, *BODY, "@valleycourier @valleycourier_fr"]
    assert _reasons(lines)[-1] is not None
    assert _reasons([HEADLINE, "@valleycourier reported the toll first.", *BODY])[1] is None


def test_a_label_ending_with_a_domain_goes_but_an_address_or_a_source_stays() -> None:
    assert is_domain_label("Garden Tools by ShopExample.com")
    assert is_domain_label("Example-News.net")
    assert not is_domain_label("Source: example.com")
    assert not is_domain_label("Ana Vell ana.vell@example.com")
    assert not is_domain_label("The river rose two metres overnight, officials told example.com")


def test_a_line_of_the_sites_sections_goes_but_a_list_of_quantities_stays() -> None:
    assert repeats_a_phrase("Valley Courier News  Valley Courier Sport  Valley Courier Travel")
    assert not repeats_a_phrase("1 cup rice, 1 cup beans, 1 cup water")
    assert not repeats_a_phrase("Stock car racing, stock car rules, stock car news")
    assert not repeats_a_phrase("Valley towns brace for more rain as the valley floods again.")
