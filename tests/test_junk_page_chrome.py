"""General page-chrome classes (en, fr, ar) are removed with a reason; their look-alikes in
article prose stay. All text is written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_patterns import chrome_reason, is_timestamp
from crosscheck.ingest.junk_runs import HEADLINE_LIST, MASTHEAD

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]


def _reasons(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter for the day's top stories",
        "Follow us on Facebook, X and Telegram for the latest updates",
        "Download our News App for breaking alerts",
        "(Catch all the Politics News and Latest Updates on Example Times.)",
        "Support Our Journalism",
        "For more news and analysis visit: www.example.com/news",
        "La lecture de cet article est réservée aux abonnés :",
        "Vidéo suivante dans 5 secondes",
        "Print Friendly, PDF & Email",
        "اشترك واحصل على آخر الأخبار على البريد الالكتروني الخاص بك.",
        "تابعنا على: تويتر وفيسبوك",
    ],
)
def test_calls_to_subscribe_follow_or_download_are_promo(line: str) -> None:
    assert chrome_reason(line) == "promo or spam"


@pytest.mark.parametrize(
    "line",
    [
        "Mar 03, 2026 14:05 (IST)",
        "By: || Updated: 3 Mar 2026 09:40 AM",
        "March 03, 2026 01:49 pm | Updated 02:12 pm IST - Valletta",
        "information fournie par Agence Exemple • 03/03/2026 à 14:29",
        "آخر تحديث GMT17:14:46",
        "كتب في : الثلاثاء 3 مارس 2026 - 11:40 مساءً",
        "• il y a 4 ans",
        "3 hours ago",
        "25 février 2019",
        "Tuesday, Mar 19, 2026",
        "الثلاثاء 3 مارس 2026",
    ],
)
def test_time_stamps_with_page_words_are_timestamps(line: str) -> None:
    assert is_timestamp(line.strip())


@pytest.mark.parametrize(
    "line",
    [
        "AFP, 3 Mar 2026",  # the article's credit and date
        "The talks began at 10:30 on 3 March 2026 and ended after midnight, a spokesman said.",
        "Polls close at 20:00 on Sunday",  # a fact with a time, no date
        "29 November 2025 | 20 January 2026",  # an exhibition's dates
        "10:30, 3 March 2026: Minister arrives in Geneva for talks with his counterpart",
    ],
)
def test_a_sentence_or_a_credit_with_a_date_is_not_a_timestamp(line: str) -> None:
    assert not is_timestamp(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("IMAGE COURTESY: EXAMPLE AGENCY", "photo caption"),
        ("Image for representation purpose only.", "photo caption"),
        ("جانب من اللقاء", "photo caption"),
        ('<img src="x.jpg" alt="">', "markup or script"),
        ("(self.Q = self.Q || []).push(x => { x.init({ lang: 'en' }); });", "markup or script"),
        ("]]>", "markup or script"),
        ("World ❯ Europe ❯ Floods", "navigation menu"),
        ("Asia /  South Asia", "navigation menu"),
        ("Topic |   India", "tag line"),
        ("Rubrique : Monde", "tag line"),
        ("Home | News | Sport | Weather | Contact", "navigation menu"),
        ("english EN", "navigation menu"),
        ("#Floods #Valley #Rescue", "tag line"),
        ("Next Story Valley towns brace for second storm", "related-links block"),
        ("Watch | Floods in the valley: the first hours", "related-links block"),
        ("Follow the latest updates on the valley floods", "related-links block"),
        ("أخبار العالم", "navigation menu"),
        ("L'article est régulièrement mis à jour avec les derniers chiffres.", "timestamp line"),
        ("N.B.: Agency services and content are for professional use only", "rights notice"),
        ("[File: Jane Example/AP Photo]", "photo caption"),
        ("Crews search the rubble in the old town, March 3, 2026. | Reuters", "photo caption"),
        (
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
            "comment form",
        ),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment form"),
        ("Comments (3)", "comment form"),
        ("Log in to comment", "comment form"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "cookie notice"),
        ("Click to share on X (Opens in new window)", "share buttons"),
        ("Inscrivez-vous à notre newsletter", "promo or spam"),
        ("Français | English | العربية", "navigation menu"),
        ("1 min", "timestamp line"),
        ("5 min de lecture", "timestamp line"),
        ("See image caption", "photo caption"),
        (
            "Vous avez lu gratuitement une partie de l'article, pour lire la suite :",
            "promo or spam",
        ),
        ("This article is available only to subscribers.", "promo or spam"),
        ("Envie d'afficher votre publicité ?", "promo or spam"),
        ("Connectez-vous ou créez un compte pour pouvoir commenter cet article.", "comment form"),
    ],
)
def test_chrome_class_by_form(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the valley's history in the museum's archive, the mayor told visitors.",
        "He said the rescue teams would follow us to the next village before nightfall.",
        "| Party | Seats | Share |",  # a table row, not a breadcrumb
        "‘Worst floods in a generation’ sweep the valley | Example News",
        "https://example.org/report/2026/floods.pdf",  # the article's own reference
        "وقد اشترك في الاجتماع وزراء خارجية الدول الأعضاء في المنظمة.",  # took part
        "Watch the river carefully, the engineers told residents on Monday.",
        "Valley floods: what we know so far | Reuters",  # a headline with its outlet
        "The comments (3 of them) were posted before the storm, the council said.",
        "The minister said the talks would resume in 10 min, but they did not.",
        "Les sinistrés pourront commenter le plan de reconstruction lors d'une réunion publique.",
        "Residents were urged to subscribe to the council's flood alerts, the mayor said.",
        "“Your support helps families rebuild their homes,” the charity's director said.",
        "Ambulances were redirecting to the hospital in the next valley, officials said.",
    ],
)
def test_look_alikes_in_prose_are_kept(line: str) -> None:
    assert chrome_reason(line) is None
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


def test_a_list_of_headline_links_after_the_article_goes_with_its_markers() -> None:
    related = [
        "01:53",
        "Minister confirms one survivor of the ferry accident",
        "00:54",
        "Court orders inquiry into the harbour fire",
        "01:20",
        "Festival draws record crowds to the old port",
    ]
    reasons = _reasons([HEADLINE, *BODY, *related])
    assert all(reasons[line] is None for line in [HEADLINE, *BODY])
    assert reasons["Court orders inquiry into the harbour fire"] == HEADLINE_LIST
    assert all(reasons[line] is not None for line in related)


def test_headline_like_lines_inside_the_article_stay() -> None:
    # subheadings between paragraphs and a numbered list are the article's, not a link list
    lines = [
        HEADLINE,
        BODY[0],
        "What the governor said",
        BODY[1],
        "1) Stay away from the river banks",
        "2) Boil drinking water",
        "Updated: 3 Mar 2026 09:40",
        BODY[2],
    ]
    reasons = _reasons(lines)
    for line in [*lines[:6], BODY[2]]:
        assert reasons[line] is None, line


def test_a_trailing_numbered_list_is_not_taken_for_links() -> None:
    lines = [HEADLINE, *BODY, "Updated: 3 Mar 2026 09:40", "1) Bring water", "2) Bring blankets"]
    lines += ["Posted: 3 Mar 2026 10:10"]
    reasons = _reasons(lines)
    assert reasons["1) Bring water"] is None and reasons["2) Bring blankets"] is None


def test_a_masthead_of_titles_and_names_is_removed_with_its_names() -> None:
    masthead = ["رئيس مجلس الإدارة", "د. سامي مثال", "رئيس التحرير", "د. هالة مثال"]
    reasons = _reasons([*masthead, "", HEADLINE, *BODY])
    assert all(reasons[line] == MASTHEAD for line in masthead)
    assert reasons[HEADLINE] is None


def test_a_caption_printed_again_with_its_credit_is_a_caption_both_times() -> None:
    caption = "The minister during the session in parliament in Valletta, Tuesday, March 3, 2026."
    lines = [HEADLINE, caption, "", f"{caption} | Photo Credit: Example Agency", *BODY]
    reasons = _reasons(lines)
    assert reasons[caption] == "photo caption"
    assert all(reasons[line] is None for line in BODY)


def test_a_label_printed_again_under_itself_loses_its_copy_but_the_headline_stays() -> None:
    lines = ["Valley floods", "", "Valley floods", BODY[0], "Flood map", "Flood map", BODY[1]]
    reasons = classify_lines(lines)
    assert reasons[0] is None and reasons[2] is None  # the headline, repeated
    assert reasons[4] is None and reasons[5] == "repeated page label"  # the copy goes


def test_bulleted_breadcrumbs_are_navigation_but_bulleted_facts_stay() -> None:
    crumbs = ["  • HOME", "  • WORLD", "  • Valley floods cut off towns"]
    facts = [
        "  • More than 300 homes were flooded in the valley on Tuesday.",
        "  • Two bridges collapsed and the mountain road was closed.",
    ]
    reasons = _reasons([*crumbs, HEADLINE, *BODY, *facts])
    assert all(reasons[line] is not None for line in crumbs)
    assert all(reasons[line] is None for line in facts)


def test_the_tail_of_a_hard_wrapped_sentence_stays() -> None:
    lines = ["The minister presented the budget every year from 2004 to", "2013.", BODY[0]]
    assert classify_lines(lines) == [None, None, None]


def test_a_ticker_of_headlines_on_one_line_is_removed() -> None:
    ticker = "    ".join(
        [
            "Governor opens the new bridge",
            "Prices of bread rise again in the capital",
            "Harbour workers end their strike",
            "Team wins the regional cup after extra time",
        ]
    )
    assert chrome_reason(ticker) == "related-links block"


def test_the_cleaner_keeps_the_reason_of_every_new_class() -> None:
    text = "\n".join(
        [
            HEADLINE,
            "Mar 03, 2026 14:05 (IST)",
            *BODY,
            "Follow us on Facebook for the latest updates",
            "#Floods #Valley",
        ]
    )
    article = clean_document(RawDocument(item="t", format="txt", content=text))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons == {
        "Mar 03, 2026 14:05 (IST)": "timestamp line",
        "Follow us on Facebook for the latest updates": "promo or spam",
        "#Floods #Valley": "tag line",
    }
    assert all(line in article.text for line in BODY)


def test_closing_lines_between_credits_are_not_a_link_list() -> None:
    # the article's last short lines between its credits are its own
    closing = [
        "Reporting by Jane Example in Vell",
        "Main roads still closed on Wednesday",
        "Editing by John Example",
        "Schools to reopen next week",
    ]
    reasons = _reasons([HEADLINE, *BODY, *closing])
    assert reasons["Main roads still closed on Wednesday"] is None
    assert reasons["Schools to reopen next week"] is None


def test_a_credit_printed_twice_is_not_a_menu() -> None:
    lines = [HEADLINE, "Topic | Floods", "Example Press Agency", "Example Press Agency", *BODY]
    reasons = classify_lines(lines)
    assert reasons[2] is None  # one copy of the credit stays


def test_the_headline_under_a_latest_stories_header_is_the_article_s() -> None:
    lines = ["Skip to content", "Latest Stories", "", HEADLINE, "", *BODY]
    reasons = _reasons(lines)
    assert reasons["Latest Stories"] is not None
    assert reasons[HEADLINE] is None


def test_a_sub_heading_after_an_empty_more_to_read_header_stays() -> None:
    sub = "'Governor counted the dead'"
    lines = [HEADLINE, BODY[0], "More to Read", "", sub, BODY[1], BODY[2]]
    assert _reasons(lines)[sub] is None


def test_credits_before_the_chrome_that_opens_a_link_list_stay() -> None:
    lines = [
        HEADLINE,
        *BODY,
        "from Latest News on Example Wire https://example.org/x",
        "EW Staff",
        "Comments",
        "Popular posts from this blog",
        "Harbour strike ends after three weeks",
        "Council approves the new bridge",
    ]
    reasons = _reasons(lines)
    assert reasons["EW Staff"] == "byline"  # a desk's byline: junk, its name the author
    assert reasons["from Latest News on Example Wire https://example.org/x"] is None


def test_a_related_link_printed_twice_does_not_pass_for_the_article_s_words() -> None:
    teaser = "Harbour workers vote to extend their strike into a third week of stoppages"
    lines = [HEADLINE, *BODY, "More For You", teaser, "(Photo by Example/Agency)", teaser]
    reasons = _reasons(lines)
    assert reasons[teaser] is not None
    assert all(reasons[line] is None for line in BODY)
