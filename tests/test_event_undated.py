"""Pages without a publication date placed in time by what they say: the days their text states
(years from the story's dated reports), never a day a background date or a second fitting year
would make up. Articles written for the test."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import group_articles
from crosscheck.cluster.undated import placed_days, stated_days, story_span, unplaced
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

JULY_TALKS = (
    "Iran and US envoys meet in Muscat\n"
    "Iranian and American envoys met in Muscat on Friday for a first round of indirect talks "
    "on the nuclear programme, with Omani mediators carrying messages between the two rooms."
)
JANUARY_TALKS = (
    "Iran and US envoys meet again in Muscat\n"
    "Iranian and American envoys met in Muscat on Thursday for a new round of indirect talks "
    "on the nuclear programme, six months after their first meeting, Omani mediators said."
)
SPANISH_JANUARY = (
    "Irán y Estados Unidos vuelven a reunirse en Mascate\n"
    "Los enviados de Irán y de Estados Unidos se reunieron el jueves 9 de enero en Mascate en "
    "una nueva ronda de conversaciones indirectas sobre el programa nuclear, con mediación "
    "de Omán."
)
SPANISH_BACKGROUND = (
    "Irán y Estados Unidos en Mascate\n"
    "Los enviados de Irán y de Estados Unidos se reunieron en Mascate, como ya lo hicieron "
    "el 12 de julio, en conversaciones indirectas sobre el programa nuclear."
)


def _article(nlp, name: str, text: str, published: str | None) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    document = clean_document(
        RawDocument(item=name, format="txt", content=text, path=name, published=published)
    )
    return annotate_doc(document, nlp(document.text))


def _story(nlp, undated: str) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    return [
        _article(nlp, "july-1", JULY_TALKS, "2024-07-12"),
        _article(nlp, "july-2", JULY_TALKS.replace("Friday", "Friday evening"), "2024-07-13"),
        _article(nlp, "january-1", JANUARY_TALKS, "2025-01-09"),
        _article(nlp, "january-2", JANUARY_TALKS.replace("said", "told reporters"), "2025-01-10"),
        _article(nlp, "undated", undated, None),
    ]


def test_a_day_and_month_take_the_one_year_the_story_allows(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _story(nlp, SPANISH_JANUARY)
    span = story_span(articles, 31)
    assert span is not None
    assert stated_days(articles[4], span) == [date(2025, 1, 9)]
    for text, month, day in (
        ("Der Gesandte traf am 28. Juli in Maskat ein, um die Gespräche fortzusetzen.", 7, 28),
        ("L'émissaire est arrivé à Mascate le 3 novembre pour reprendre les pourparlers.", 11, 3),
        ("İranlı heyet 3 Kasım günü görüşmeleri sürdürmek için Maskat'a ulaştı.", 11, 3),
        ("O enviado chegou a Mascate em 2 de agosto para retomar as conversações.", 8, 2),
    ):
        page = _article(nlp, "page", text, None)
        assert stated_days(page, span) == [date(2024, month, day)], text


def test_a_date_two_years_fit_or_whose_weekday_is_wrong_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _story(nlp, SPANISH_JANUARY)
    span = story_span(articles, 31)
    assert span is not None
    # 9 January 2025 was a Thursday, not a Monday
    wrong_weekday = _article(
        nlp, "page", "Los enviados se reunieron el lunes 9 de enero en Mascate, según Omán.", None
    )
    assert stated_days(wrong_weekday, span) == []
    # a story reported over fourteen months holds two Julys: "12 de julio" says neither
    long_story = [*articles, _article(nlp, "late", JANUARY_TALKS, "2025-08-20")]
    long_span = story_span(long_story, 31)
    assert long_span is not None
    background = _article(nlp, "page", SPANISH_BACKGROUND, None)
    assert stated_days(background, long_span) == []


def test_an_undated_page_is_no_earlier_than_the_last_day_it_states(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _story(nlp, SPANISH_JANUARY)
    placed = placed_days(articles, embed=None)
    assert placed.earliest[4] == date(2025, 1, 9) and placed.latest[4] is None
    # months after the July reports, on the days of the January ones
    assert placed.gap(4, 0) > 150 and placed.later(4, 0) == 4
    assert placed.gap(4, 2) == 0
    # nothing is written as the page's publication date
    assert articles[4].article.published is None
    assert unplaced(articles).earliest[4] is None


def test_a_background_date_never_sets_a_page_apart_from_later_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _story(nlp, SPANISH_BACKGROUND)
    placed = placed_days(articles, embed=None)
    # "como ya lo hicieron el 12 de julio": a page recalling July may be written any day after
    assert placed.earliest[4] == date(2024, 7, 12)
    assert placed.gap(4, 2) == 0 and placed.gap(4, 0) == 0


def test_an_undated_spanish_page_joins_the_meeting_it_reports_not_the_one_months_before(
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    articles = _story(nlp, SPANISH_JANUARY)
    groups = group_articles(articles, resolve_entities(articles))
    event_of = {i: k for k, members in enumerate(groups.events) for i in members}
    # two meetings in one city months apart stay two events
    assert event_of[0] == event_of[1] != event_of[2] == event_of[3]
    # the undated Spanish page joins the January meeting it reports: its "jueves 9 de enero"
    # sets it apart from the July one, which leaves one candidate for its embedding
    assert event_of[4] == event_of[2]


MARCH = (
    "Tens of thousands march in Valencia\n"
    "Tens of thousands of people marched through the centre of Valencia to demand "
    "the resignation of the regional president over the response to the floods."
)


def test_two_marches_in_one_city_two_weeks_apart_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    # worded alike, no day stated, the reports of each published three weeks apart
    articles = [
        _article(nlp, "first-1", MARCH, "2024-11-09"),
        _article(nlp, "first-2", MARCH.replace("Tens of", "Many tens of"), "2024-11-10"),
        _article(nlp, "second-1", MARCH.replace("people", "residents"), "2024-11-30"),
        _article(nlp, "second-2", MARCH.replace("centre", "streets"), "2024-12-01"),
    ]
    groups = group_articles(articles, resolve_entities(articles))
    event_of = {i: k for k, members in enumerate(groups.events) for i in members}
    assert event_of[0] == event_of[1] != event_of[2] == event_of[3]
