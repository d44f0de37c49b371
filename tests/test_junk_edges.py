"""Chrome told by shape, place and a multilingual lexicon (`junk_edges`, `junk_lexicon_multi`):
the kinds the blind batches of unseen outlets kept (tune8-tune10); each rule with the body
lines that look like its junk and must stay."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_edges import TAIL_TEASER, edge_line_reason, mark_tail_teasers
from crosscheck.ingest.junk_line_rules import reads_as_body
from crosscheck.ingest.junk_reasons import BYLINE, CAPTION, CHROME, RELATED, SHARE, TAGS
from junk_page import BODY, HEADLINE


def _reasons(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("1,3K", CHROME),  # a share counter
        ("12k", CHROME),
        ("FacebookTwitterLinkedInEmail", SHARE),  # share buttons glued together
        ("Facebook | WhatsApp | Telegram", SHARE),
        ("Valley Times logo", CHROME),  # a logo's alt text
        ("+A -A", CHROME),  # a font-size widget
        ("A- A A+", CHROME),
        ("Автор: AdminVell", BYLINE),  # meta fields in many languages
        ("Yazar: Ayşe Örnek", BYLINE),
        ("Рубрики: Политика: За рубежом", TAGS),
        ("Kata kunci: banjir, Vell, sungai", TAGS),
        ("كلمات دلالية: فيضانات وادي", TAGS),
        ("طالع | فيضانات جديدة في وادي فيل", RELATED),  # a read-also link before a separator
        ("Lees | Nieuwe brug over de rivier", RELATED),
        # captions closing with their photo's credit
        ("Brandweerwagens bij de rivier in Vell. Beeld REUTERS", CAPTION),
        ("Rescuers search the riverbank in Vell Jane Example/Reuters", CAPTION),
        ("Gdzie doszło do powodzi w dolinie PAP", CAPTION),
        ("Enchente em Vell (reprodução/Defesa Civil)", CAPTION),
    ],
)
def test_chrome_by_its_shape_in_any_language(line: str, reason: str) -> None:
    assert edge_line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "1,300 people were evacuated.",  # a count in a sentence
        "Facebook said it removed the posts about the floods.",
        "The logo of the rescue service was painted on the boats.",
        "Author: the council said the report's author would testify.",  # a sentence after it
        "Autor del informe, el ingeniero dijo que el dique cedió.",  # no field's colon
        "Valley floods: what we know so far | Reuters",  # a headline with its outlet
        "Floods cut off three valley towns, officials told AFP.",  # a sentence that ends
        "Read the council's statement in full on its website.",
        "طالع المسؤولون التقرير قبل الاجتماع.",  # the verb in a sentence, no separator
        "The image of the flooded square went around the world (Photo: a viral post).",
        "By The Associated Press",  # a credit, not a caption
        "AFP",
    ],
)
def test_look_alikes_that_are_the_article_stay(line: str) -> None:
    assert edge_line_reason(line) is None
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "Son Dakika",  # Turkish, with its dotted capital İ folded
        "SON DAKİKA",
        "Baca juga: Banjir rendam tiga desa di lembah",
        "Czytaj także: Nowy most nad rzeką w Vell",
        "ये भी पढ़ें: घाटी में बाढ़ से तीन गांव कटे",
        "Comments are closed.",
        "Learn more",
        "أحدث الأخبار",
        "إتصال بنا",
        "Laatste nieuws",
    ],
)
def test_the_multilingual_lexicon_takes_chrome_labels(line: str) -> None:
    assert _reasons([HEADLINE, *BODY, line])[line] is not None


def test_caseless_menus_go_but_a_caseless_sub_heading_stays() -> None:
    menu = ["مواضيع الأخبار", "مصادر الأخبار", "وظائف اليوم", "طقس الوادي"]
    heading = "جهود الإنقاذ"
    reasons = _reasons([*menu, HEADLINE, BODY[0], heading, BODY[1]])
    assert all(reasons[line] is not None for line in menu)
    assert reasons[heading] is None and reasons[HEADLINE] is None


def _tail(lines: list[str], marked: dict[int, str]) -> list[str | None]:
    reasons: list[str | None] = [marked.get(i) for i in range(len(lines))]
    mark_tail_teasers(lines, reasons, reads_as_body)
    return reasons


def test_teasers_around_chrome_under_the_article_go() -> None:
    teasers = [
        "Mortgage rates in the capital: limits and terms for next year",
        "Next year several state mortgage programmes will continue to run, with ...",
        "Weather in the north for the weekend",
    ]
    lines = [HEADLINE, *BODY, teasers[0], teasers[1], "30.12.2025", teasers[2]]
    reasons = _tail(lines, {5: "timestamp line"})
    assert reasons[3] == reasons[4] == reasons[6] == TAIL_TEASER
    assert reasons[:3] == [None, None, None]


def test_the_tail_keeps_credits_quotes_lists_and_the_articles_own_words() -> None:
    kept = [
        "Maghreb Arab News Agency",  # a credit
        "« 41 people died in Vell",  # a quotation cut by the store
        "1) Bring water",  # the article's numbered list
        "Rescue crews reached Vell, the governor said 41 people had died",  # its own words
    ]
    lines = [HEADLINE, *BODY, *kept, "Never miss any story"]
    reasons = _tail(lines, {len(lines) - 1: CHROME})
    assert reasons[3:7] == [None, None, None, None]


def test_no_tail_rule_without_chrome_or_after_a_caption_only() -> None:
    heading = "Rebuilding the bridge"  # a last sub-heading, the text after it cut by the store
    assert _tail([HEADLINE, *BODY, heading], {})[3] is None
    # a caption sits inside articles: it does not show that the page's chrome began
    caption = "Rescuers in Vell on Tuesday (AP)"
    cut = "The United Nations agency said it had heard of very important destructions to the"
    assert _tail([HEADLINE, *BODY, caption, cut], {3: CAPTION})[4] is None


def test_a_menu_printed_on_one_line_goes_but_a_headline_of_section_words_stays() -> None:
    assert edge_line_reason("GÜNCEL POLİTİKA EKONOMİ SPOR MAGAZİN FOTO GALERİ") is not None
    assert edge_line_reason("World | Politics | Business | Sport") is not None
    assert edge_line_reason("Politik Ekonomi Olahraga Hiburan") is not None
    for line in (
        "Politics, economy and sport dominate the valley's election",
        "Sport and culture ministers meet in Vell",
        "Politics, business and sport were on the agenda of the summit.",
    ):
        assert edge_line_reason(line) is None
