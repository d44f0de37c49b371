"""Junk kinds that the pages of unseen outlets (junk_dev tune8/tune9) showed: teaser cards,
bulleted link lists under the article, photo credits at a caption's end, dates in other
languages, markup and player fields, read-on links, section and widget labels in Turkish,
Russian and French; each with the body lines that look like them and must stay."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_dates_intl import is_date_only
from crosscheck.ingest.junk_shapes import site_names
from junk_page import BODY, HEADLINE


def _reasons(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


def test_teaser_cards_go_with_the_headers_between_them_and_the_article_stays() -> None:
    cards = [
        "latest in Valley News",
        "Mayor of Vell opens a new bridge over the river after two years of works",
        "Mayor of Vell opens a new bridge over the river after...",
        "School buses return to the valley towns for the new term",
        "School buses return to the valley towns for...",
    ]
    reasons = _reasons([*cards, HEADLINE, *BODY])
    assert all(reasons[line] is not None for line in cards)
    assert reasons[HEADLINE] is None and all(reasons[b] is None for b in BODY)


def test_a_sentence_quoted_again_in_full_is_not_a_teaser_when_nothing_is_cut() -> None:
    quote = "The river rose faster than anyone expected in the valley"
    lines = [HEADLINE, BODY[0], quote, BODY[1], quote]
    assert all(r is None for r in classify_lines(lines))


def test_a_cut_line_with_prose_between_its_pair_takes_no_body_with_it() -> None:
    lines = [
        "Rescue crews reached the town of Vell on Tuesday after two days...",
        HEADLINE,
        *BODY,
        "Rescue crews reached the town of Vell on Tuesday after two days of rain",
    ]
    reasons = classify_lines(lines)
    assert reasons[1] is None and reasons[2] is None and reasons[3] is None
    # the cut line and its uncut copy below the article are a card pair
    assert reasons[0] is not None and reasons[4] is not None


def test_bulleted_links_under_the_article_go_even_when_long() -> None:
    links = [
        "- The tax office warns everyone who owns a flat or a house about the new income "
        "tax return rules that start in the spring of next year",
        "- Rain that does not stop in the old harbour",
        "- A wardrobe that wins over customers for its price: only 15 euros",
    ]
    reasons = _reasons([HEADLINE, *BODY, *links])
    assert all(reasons[line] is not None for line in links)


def test_an_article_that_ends_with_its_own_list_keeps_it() -> None:
    items = ["- Vell (12)", "- Tarn (9)", "- Oss (20)"]
    lines = [HEADLINE, *BODY, "Deaths confirmed by town:", *items]
    assert all(r is None for r in classify_lines(lines))


@pytest.mark.parametrize(
    "caption",
    [
        "Damage after the flood in the valley in 2021. - Foto: gik",
        "Drone image shows cars buried by the flood in Vell — Foto: Ana Ruiz/Reuters",
        "This undated photo shows the company's submersible (Example Expeditions via AP, File)",
    ],
)
def test_photo_credits_at_a_captions_end_make_it_a_caption(caption: str) -> None:
    assert _reasons([HEADLINE, BODY[0], caption, BODY[1]])[caption] is not None


def test_a_report_that_names_a_photo_keeps_its_sentence() -> None:
    line = "The photo was taken by a rescuer - the governor said the image shows the dam."
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


@pytest.mark.parametrize(
    "line",
    [
        "08 Октября 2022 г.",
        "28 Mayıs 2023 - 21:09",
        "Jeudi 23 mars 2023 à 14h05",
        "1 Haziran 2023 Perşembe 11:47",
        "15 de noviembre de 2024",
    ],
)
def test_a_date_alone_in_other_languages_is_a_time_stamp(line: str) -> None:
    assert is_date_only(line)
    assert _reasons([HEADLINE, line, *BODY])[line] is not None


@pytest.mark.parametrize(
    "line", ["6 avril, les syndicats reviennent à Matignon.", "Mai 2023 war warm", "Mars"]
)
def test_a_sentence_that_opens_with_a_date_is_not_a_date_line(line: str) -> None:
    assert not is_date_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "<noinclude>",
        "</noinclude>",
        "مدة:1min",
        "Duration: 1:20",
        "Lire la suite sur ParisMatch",
        "Read more at Example Times",
        "Jump to navigation",
        "View Author Archive",
        "Back to top button",
        "Yorum Yaz",
        "Ce direct est terminé",
        "This post will be updated as new information is available.",
    ],
)
def test_markup_fields_read_on_links_and_widgets_are_chrome(line: str) -> None:
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is not None


def test_a_sentence_about_reading_more_stays() -> None:
    line = "Read more about the dam's history on the regional archive's website, he said."
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


@pytest.mark.parametrize("label", ["Gündem", "Politika", "Происшествия", "Social"])
def test_section_labels_in_turkish_russian_and_french_outside_the_article(label: str) -> None:
    assert _reasons([label, HEADLINE, *BODY])[label] is not None


def test_a_headline_printed_twice_that_names_the_site_is_not_a_promo() -> None:
    title = "Pensions: the union tells Example TV the meeting is next Wednesday"
    lines = [title, title, *BODY]
    names = site_names("Example TV", "https://www.exampletv.com/economie/retraites")
    reasons = classify_lines(lines, site_names=names)
    assert reasons[0] is None and reasons[1] is None


def test_bulleted_links_that_open_with_de_are_links_not_credits() -> None:
    links = [
        "- De las rutas del puerto a la plaza mayor de la ciudad",
        "- La lluvia que no cesa en el viejo puerto de la ciudad",
        "- Una embestida en el cruce de la ronda deja un taxista herido",
    ]
    reasons = _reasons([HEADLINE, *BODY, *links])
    assert all(reasons[line] is not None for line in links)


def test_a_card_title_cut_with_four_dots_does_not_end_the_run_of_cards() -> None:
    cards = [
        "School buses return to the valley towns for the new term",
        "School buses return to the valley towns for...",
        "Firefighters rush to put out a blaze at the old mill by the river....",
        "Mayor of Vell opens a new bridge over the river after two years of works",
        "Mayor of Vell opens a new bridge over the river after...",
    ]
    reasons = _reasons([*cards, HEADLINE, *BODY])
    assert all(reasons[line] is not None for line in cards)
    assert all(reasons[b] is None for b in BODY)


def test_the_stores_date_before_a_first_line_does_not_hide_its_kind() -> None:
    notice = "date 2023-06-22 This post will be updated as new information is available."
    sentence = "date 2023-06-22 " + BODY[0]
    reasons = classify_lines([notice, HEADLINE, sentence, BODY[1]])
    assert reasons[0] is not None and reasons[2] is None


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for contacting us. We've received your submission.",
        "Merci de nous avoir suivis sur Example.com et rendez-vous demain matin.",
    ],
)
def test_form_confirmations_and_a_live_pages_sign_off_are_chrome(line: str) -> None:
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is not None


def test_a_report_thanking_rescuers_stays() -> None:
    line = "The mayor thanked the rescuers for following the river all night, residents said."
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


def test_a_title_in_angle_brackets_is_not_markup() -> None:
    line = "<The Palace: Tale of Jang Noksu>"
    assert _reasons([HEADLINE, BODY[0], line, BODY[1]])[line] is None


def test_a_short_phrase_cut_and_said_again_is_the_articles() -> None:
    lines = [HEADLINE, BODY[0], "Here’s the thing …", "Here’s the thing:", BODY[1]]
    assert all(r is None for r in classify_lines(lines))


def test_a_share_prompt_is_chrome_and_a_report_of_sharing_stays() -> None:
    prompt = "Kindly share this story:"
    sentence = "Residents were asked to share this story with neighbours, the mayor said."
    reasons = _reasons([HEADLINE, BODY[0], prompt, sentence, BODY[1]])
    assert reasons[prompt] is not None and reasons[sentence] is None


def test_a_date_behind_the_stores_date_is_a_time_stamp_not_the_publication_date() -> None:
    line = "date 2025-04-26 Tuesday, 02 January 2024 12:17 GMT"
    assert classify_lines([line, HEADLINE, *BODY])[0] == "timestamp line"
    assert classify_lines(["Tuesday, 02 January 2024 12:17 GMT", HEADLINE, *BODY])[0] == (
        "dateline (publication date)"
    )
