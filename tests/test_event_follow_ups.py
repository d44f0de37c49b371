"""A report that follows an event (its toll rising, the rescue, charges, a trial) is not set
apart from it by its later date; a second event of the same kind in the same place is.
Articles written for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import ClusterSettings, event_evidence, group_articles
from crosscheck.cluster.follow_ups import announces_new_event
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

QUAKE = (
    "A powerful earthquake struck the Atlas mountains south of Marrakesh on Friday, September "
    "8, 2023, killing at least 296 people in the province of Al Haouz, the interior ministry "
    "said. Houses collapsed in the villages of Amizmiz and Talat N'Yaaqoub, and residents of "
    "Marrakesh spent the night in the streets."
)
TOLL = (
    "The toll of the earthquake in the Atlas mountains rose to 2,946 dead on Wednesday, "
    "September 13, 2023, as rescuers reached the villages of Amizmiz and Talat N'Yaaqoub in the "
    "province of Al Haouz, the interior ministry said. Residents of Marrakesh still sleep in the "
    "streets."
)
SECOND_QUAKE = (
    "A second earthquake struck the Atlas mountains south of Marrakesh on Wednesday, September "
    "13, 2023, killing at least 12 people in the province of Al Haouz, the interior ministry "
    "said. Houses collapsed in the villages of Amizmiz and Talat N'Yaaqoub, where the toll of "
    "the first quake is still rising."
)
SHOOTING = (
    "A 17-year-old was shot and killed on Elm Street in Waterbury on November 5, 2016, police "
    "said. Officers found the teenager with a gunshot wound to the chest; he died at Saint "
    "Mary's Hospital. Police are looking for a man seen running from the scene."
)
TRIAL = (
    "The trial of a 19-year-old Waterbury man accused of the murder of a 17-year-old on Elm "
    "Street opened on Monday, police said. The teenager died at Saint Mary's Hospital of a "
    "gunshot wound to the chest."
)
VIGIL = (
    "Neighbours held a vigil on Elm Street in Waterbury on Monday for a 17-year-old who died at "
    "Saint Mary's Hospital of a gunshot wound to the chest, police said."
)


def _annotated(nlp, items: list[tuple[str, str, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for title, published, text in items:
        raw = RawDocument(
            item=title, format="txt", content=f"{title}\n{text}", path=title, published=published
        )
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_a_toll_report_days_later_joins_and_a_second_quake_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Earthquake kills hundreds in Morocco", "2023-09-09", QUAKE),
            ("Morocco earthquake toll rises to 2,946", "2023-09-13", TOLL),
            ("Second earthquake hits Morocco's Atlas mountains", "2023-09-13", SECOND_QUAKE),
        ],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    assert [d[0].isoformat() if d else None for d in evidence.dates] == [
        "2023-09-08",
        "2023-09-13",
        "2023-09-13",
    ]
    # the toll report follows the quake; the second quake's report mentions a toll but its
    # headline announces a new event of the kind
    assert evidence.follow_ups == [False, True, False]
    assert not evidence.apart(0, 1)
    assert evidence.apart(0, 2)
    groups = group_articles(articles, resolve_entities(articles))
    assert not any({0, 2} <= set(event) for event in groups.events)


def test_a_trial_weeks_later_is_an_event_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("Teenager shot and killed in Waterbury", "2016-11-05", SHOOTING),
            ("Trial opens in Waterbury killing of teenager", "2016-12-19", TRIAL),
            ("Vigil held for Waterbury teenager", "2016-12-19", VIGIL),
        ],
    )
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    # a court hearing or a trial is a step of its own on the story's timeline, as the story
    # packs' gold has it: only a toll or a rescue is read as news of the event it follows
    assert evidence.follow_ups == [False, False, False]
    assert evidence.apart(0, 1)
    assert evidence.apart(0, 2)


def test_a_headline_announcing_another_event_of_the_kind() -> None:
    for headline in (
        "Second earthquake hits Herat as toll from Saturday's quake rises",
        "Fresh strikes on Kyiv overnight",
        "Another shooting in Waterbury leaves one dead",
        "Nouveau séisme dans la province d'Herat",
    ):
        assert announces_new_event(headline), headline
    for headline in (
        "Morocco earthquake toll rises to 2,946",
        "Man charged in Waterbury shooting",
        "New details emerge on the earthquake",
    ):
        assert not announces_new_event(headline), headline
