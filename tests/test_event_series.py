"""Rounds of one series of talks are distinct events; the aftermath of an incident is not."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_evidence, group_articles
from crosscheck.cluster.fragments import join_same_day_and_place
from crosscheck.cluster.headline import Headline, headline_country, headlines_apart, series_round
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

ROUND = (
    "Iranian and American negotiators met in Muscat on {day} for indirect talks on Tehran's "
    "nuclear programme, with Oman's foreign minister carrying messages between the two "
    "delegations. {background}Both sides described the talks as constructive and agreed to meet "
    "again, the Omani foreign ministry said in a statement."
)
SHOOTING = (
    "A 17-year-old was shot and killed on Elm Street in Waterbury on November 5, 2016, police "
    "said. Officers found the teenager with a gunshot wound to the chest shortly after "
    "midnight; he died at Saint Mary's Hospital. {more}"
)
CHARGED = (
    "A 19-year-old Waterbury man was charged with murder on November 21, 2016, in the shooting "
    "of a 17-year-old on Elm Street on November 5, 2016, police said. Officers found the "
    "teenager with a gunshot wound to the chest shortly after midnight; he died at Saint Mary's "
    "Hospital. The suspect is held on a $1 million bond."
)


def _annotated(nlp, items: list[tuple[str, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for title, text in items:
        raw = RawDocument(item=title, format="txt", content=f"{title}\n{text}")
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_two_meetings_in_one_city_months_apart_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    # The June reports recall the April meeting's day: a background date, not their event's.
    recall = "It was their first meeting since April 12, 2025. "
    articles = _annotated(
        nlp,
        [
            ("Iran and US hold talks in Oman", ROUND.format(day="April 12, 2025", background="")),
            ("Talks between Iran and the US", ROUND.format(day="April 12, 2025", background="")),
            (
                "Iran and US meet again in Oman",
                ROUND.format(day="June 14, 2025", background=recall),
            ),
            ("New Iran-US talks", ROUND.format(day="June 14, 2025", background=recall)),
        ],
    )
    assert all(a.article.published is None for a in articles)
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3]]


def test_headlines_of_different_rounds_keep_alike_reports_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ROUND.format(day="Saturday", background="")
    articles = _annotated(
        nlp,
        [
            ("Second round of Iran-US talks held in Muscat", body),
            ("Iran, US hold second round of talks", body + " The talks lasted four hours."),
            ("Third round of Iran-US talks held in Muscat", body),
            ("Iran, US conclude 3rd round of talks", body + " The talks lasted four hours."),
        ],
    )
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3]]


def test_a_report_of_charges_and_a_second_shooting_are_events_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # Both later reports name the shooting's day, but each is dated on its own day: the charges
    # are a step of their own on the story's timeline (as the story packs' gold has court
    # hearings), the other report tells a new shooting.
    second_shooting = SHOOTING.replace("A 17-year-old", "A 20-year-old").replace(
        "November 5, 2016", "November 21, 2016"
    )
    articles = _annotated(
        nlp,
        [
            ("Teenager shot and killed in Waterbury", SHOOTING.format(more="")),
            ("Man charged in Waterbury killing of teenager", CHARGED),
            (
                "Second man shot dead on Elm Street",
                second_shooting.format(more="It is the second shooting since November 5, 2016."),
            ),
        ],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    assert [d[0].isoformat() if d else None for d in evidence.dates] == [
        "2016-11-05",
        "2016-11-21",
        "2016-11-21",
    ]
    assert evidence.apart(0, 1)
    assert evidence.apart(0, 2)


def test_series_round_reads_the_reported_round_not_an_announced_one() -> None:
    assert series_round("Iran, US Begin Second Round Of Talks In Rome") == 2
    assert series_round("Third Round of Talks Takes Place, as Fourth Round Is Scheduled") == 3
    assert series_round("US, Iran agree to continue talks after 4th round") == 4
    assert series_round("Iran and US conclude talks in Rome, agree to hold third round") is None
    assert series_round("Ministers discuss arrangements for 3rd round") is None
    assert series_round("First talks since the war") is None
    assert series_round("Negotiators meet ahead of the fifth round") is None


def test_series_round_reads_french_and_arabic_headlines() -> None:
    assert series_round("Nucléaire : le deuxième cycle de pourparlers s'ouvre à Rome") == 2
    assert series_round("Iran-États-Unis : un 3e round de négociations à Mascate") == 3
    assert series_round("انطلاق الجولة الثالثة من المحادثات في مسقط") == 3
    assert series_round("Araghchi à Mascate avant le troisième cycle") is None


def test_headline_country_is_the_event_place_not_a_topic() -> None:
    assert headline_country("Iran, US conclude talks in Rome, agree to meet") == "Italy"
    assert headline_country("Talks In Muscat Going Well") == "Oman"
    assert headline_country("Meeting in Baku Discusses Military Presence in Syria") == "Azerbaijan"
    assert headline_country("US says very good progress in Iran talks") is None
    assert headline_country("Talks held in Oman, next round to be announced") == "Oman"


def test_headlines_apart_needs_both_sides_stated() -> None:
    rome, muscat = Headline(round=2, country="Italy"), Headline(round=3, country="Oman")
    assert headlines_apart(rome, muscat)
    assert headlines_apart(Headline(None, "Italy"), Headline(None, "Oman"))
    assert not headlines_apart(Headline(2, None), Headline(None, "Oman"))
    assert not headlines_apart(Headline(2, "Italy"), Headline(2, None))


def test_a_photo_caption_does_not_date_or_place_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    caption = (
        "This picture taken on February 18, 2025 shows the US envoy after a meeting with "
        "Russian officials in Riyadh.\n"
    )
    articles = _annotated(
        nlp,
        [("Iran and US hold talks", caption + ROUND.format(day="April 12, 2025", background=""))],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    dated = evidence.dates[0]
    assert dated is not None and dated[0].isoformat() == "2025-04-12"
    assert evidence.places[0] == "gpe:muscat"


def test_one_day_and_one_place_join_differently_worded_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Teenager shot and killed in Waterbury", SHOOTING.format(more="")),
            (
                "Waterbury police hunt gunman",
                "Police in Waterbury were searching on November 5, 2016, for a man who shot a "
                "teenager dead on Elm Street, a police spokesman said.",
            ),
            ("Man charged in Waterbury killing of teenager", CHARGED),
        ],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    assert evidence.same_day_and_place(0, 1)
    assert not evidence.same_day_and_place(0, 2)  # the charges are dated later
    linked = [(0, 1), (1, 2)]
    assert join_same_day_and_place([[0], [1], [2]], linked, evidence.same_day_and_place, never) == [
        [0, 1],
        [2],
    ]
    # a pair set apart across the two clusters blocks the join
    assert join_same_day_and_place(
        [[0], [1, 2]], linked, evidence.same_day_and_place, lambda i, j: {i, j} == {0, 2}
    ) == [[0], [1, 2]]


def never(first: int, second: int) -> bool:
    """Nothing is set apart."""
    return False
