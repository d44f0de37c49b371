"""Two meetings worded alike in different cities are two events; one place named two ways is one."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import EVENT_TRIGGERS, ClusterSettings, event_date, group_articles
from crosscheck.cluster.places import event_place
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

MEETING = (
    "Israeli and Syrian officials met in {city} on Thursday for a new round of talks on a "
    "security agreement, mediated by the United States envoy Tom Barrack. {extra}The delegations "
    "discussed the withdrawal of Israeli forces from the buffer zone, a diplomatic source said."
)
# The same report of two meetings, each with one of two background sentences: by words alone,
# the reports sharing a background sentence look closer than the reports sharing a city.
TALKS = (
    "Israeli and Syrian officials met in {city} on Thursday for a new round of talks on a "
    "security agreement, mediated by the United States envoy Tom Barrack. The delegations "
    "discussed the withdrawal of Israeli forces from the buffer zone, a diplomatic source said. "
    "The source said Israel wants to keep a position on Mount Hermon and an air corridor, while "
    "Syria demands a return to the 1974 disengagement line. {background}"
)
BACKGROUND = (
    "Washington hopes for a deal before the United Nations General Assembly in September.",
    "Turkey and Azerbaijan offered to host further rounds of negotiations between the two "
    "neighbours.",
)


def _annotated(nlp, items: list[tuple[str, str, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for name, published, text in items:
        article = clean_document(
            RawDocument(
                item=name, format="txt", content=f"Talks {name}\n{text}", published=published
            )
        )
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_same_wording_in_two_cities_gives_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("a", "2025-08-01", TALKS.format(city="Paris", background=BACKGROUND[0])),
            ("b", "2025-08-01", TALKS.format(city="Paris", background=BACKGROUND[1])),
            ("c", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[0])),
            ("d", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[1])),
        ],
    )
    resolution = resolve_entities(articles)
    places = [event_place(a, resolution, EVENT_TRIGGERS) for a in articles]
    assert places[0] == places[1] and places[2] == places[3] and places[0] != places[2]
    groups = group_articles(articles, resolution)
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3]]


def test_a_place_named_inside_the_other_lead_is_not_a_different_place(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("a", "2025-08-01", MEETING.format(city="Baku", extra="")),
            (
                "b",
                "2025-08-01",
                MEETING.format(city="Azerbaijan's capital", extra="Baku hosted the talks. "),
            ),
        ],
    )
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1]]


def test_a_country_is_not_an_event_place(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(nlp, [("a", "2025-08-01", MEETING.format(city="Azerbaijan", extra=""))])
    assert event_place(articles[0], resolve_entities(articles), EVENT_TRIGGERS) is None


FRENCH_BAKU = (
    "Des responsables israéliens et syriens se sont rencontrés jeudi à Bakou pour un nouveau "
    "cycle de pourparlers sur un accord de sécurité, sous l'égide de l'émissaire américain Tom "
    "Barrack. Les délégations ont discuté du retrait des forces israéliennes de la zone tampon."
)
ARABIC_BAKU = (
    "التقى مسؤولون إسرائيليون وسوريون في باكو يوم الخميس لجولة جديدة من المحادثات حول اتفاق أمني "
    "بوساطة المبعوث الأمريكي توم باراك، وناقشت الوفود انسحاب القوات الإسرائيلية من المنطقة العازلة."
)
FRENCH_QUAKE = (
    "Un séisme de magnitude 6,1 a frappé jeudi le nord du Chili, provoquant des coupures "
    "d'électricité et des glissements de terrain dans plusieurs villes de la région d'Atacama."
)


QUAKE = (
    "A magnitude 6.1 earthquake struck northern Chile on Thursday, cutting power and setting off "
    "landslides in several towns of the Atacama region, the national disaster office said. {more}"
)


def test_reports_in_other_languages_join_the_event_they_report(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("a", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[0])),
            ("b", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[1])),
            ("c", "2025-08-01", QUAKE.format(more="No deaths were reported.")),
            ("d", "2025-08-01", QUAKE.format(more="Schools were closed on Friday.")),
            ("fr", "2025-08-01", FRENCH_BAKU),
            ("ar", "2025-08-01", ARABIC_BAKU),
            ("fr-quake", "2025-08-01", FRENCH_QUAKE),
        ],
    )
    assert [a.article.language for a in articles[4:]] == ["fr", "ar", "fr"]
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1, 4, 5], [2, 3, 6]]
    story_of = {i: k for k, story in enumerate(groups.stories) for i in story}
    assert story_of[4] == story_of[5] == story_of[0] and story_of[6] == story_of[2]


def test_without_cross_lingual_matching_they_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _annotated(
        nlp,
        [
            ("a", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[0])),
            ("b", "2025-08-01", TALKS.format(city="Baku", background=BACKGROUND[1])),
            ("fr", "2025-08-01", FRENCH_BAKU),
        ],
    )
    settings = ClusterSettings(cross_lingual=False)
    groups = group_articles(articles, resolve_entities(articles), settings)
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2]]


DATED_TALKS = (
    "Israeli and Syrian officials met in Baku on {day} for a new round of talks on a security "
    "agreement, mediated by the United States envoy Tom Barrack. The delegations discussed the "
    "withdrawal of Israeli forces from the buffer zone, a diplomatic source said. {background}"
)
FRENCH_TALKS = (
    "Des responsables israéliens et syriens se sont rencontrés à Bakou pour un nouveau cycle de "
    "pourparlers sur un accord de sécurité, sous l'égide de l'émissaire américain Tom Barrack."
)
ARABIC_TALKS = (
    "التقى مسؤولون إسرائيليون وسوريون في باكو لجولة جديدة من المحادثات حول اتفاق أمني بوساطة "
    "المبعوث الأمريكي توم باراك."
)


def test_a_report_in_another_language_joins_the_event_of_its_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    august, september = "Friday, August 1, 2025", "Friday, September 12, 2025"
    articles = _annotated(
        nlp,
        [
            ("a", "2025-08-01", DATED_TALKS.format(day=august, background=BACKGROUND[0])),
            ("b", "2025-08-01", DATED_TALKS.format(day=august, background=BACKGROUND[1])),
            ("c", "2025-09-12", DATED_TALKS.format(day=september, background=BACKGROUND[0])),
            ("d", "2025-09-12", DATED_TALKS.format(day=september, background=BACKGROUND[1])),
            ("fr", "2025-09-13", FRENCH_TALKS),
            ("ar", "2025-10-20", ARABIC_TALKS),
            ("fr-oct", "2025-10-20", FRENCH_TALKS + " Une nouvelle rencontre."),
        ],
    )
    groups = group_articles(articles, resolve_entities(articles))
    # Worded alike, the two meetings differ by their dates; the French report published the
    # day after the September meeting joins it; the October reports in two languages, with no
    # English report of their day, form one event.
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3, 4], [5, 6]]


def test_a_date_stamp_left_by_the_scrape_is_not_the_event_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "date 2025-04-26 The foreign ministers of Iran and Oman met in Muscat on Friday to "
        "discuss the arrangements for the third round of talks with the United States."
    )
    (article,) = _annotated(nlp, [("a", "2025-04-26", text)])
    dated = event_date(article)
    assert dated is not None and dated[0] == date(2025, 4, 25) and dated[1].text == "Friday"


FRENCH_TUESDAY_TALKS = (
    "Des responsables israéliens et syriens se sont rencontrés {day} à Bakou pour un nouveau "
    "cycle de pourparlers sur un accord de sécurité, sous l'égide de l'émissaire américain "
    "Tom Barrack."
)


def test_a_bare_french_weekday_sets_a_report_apart_from_the_meeting_of_two_weeks_before(
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    july, august = "Tuesday, July 29, 2025", "Tuesday, August 12, 2025"
    articles = _annotated(
        nlp,
        [
            ("a", "2025-07-29", DATED_TALKS.format(day=july, background=BACKGROUND[0])),
            ("b", "2025-07-29", DATED_TALKS.format(day=july, background=BACKGROUND[1])),
            ("c", "2025-08-12", DATED_TALKS.format(day=august, background=BACKGROUND[0])),
            ("d", "2025-08-12", DATED_TALKS.format(day=august, background=BACKGROUND[1])),
            # published on Thursday 14 August: "mardi" is the 12th, not the 29 July meeting
            ("fr", "2025-08-14", FRENCH_TUESDAY_TALKS.format(day="mardi")),
        ],
    )
    dated = event_date(articles[4])
    assert dated is not None and dated[0] == date(2025, 8, 12)
    groups = group_articles(articles, resolve_entities(articles))
    # undated ("en fin de semaine") the French report would stay an event of its own
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3, 4]]
