"""The event's own date, read from the report's lead: its first sentence tells its news and
when, whatever its words ("Envoys sat down in Geneva on Monday"); a later sentence dates the
event only when it names one. Articles written for the test."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.cluster.events import event_date, group_articles
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

SESSION = (
    "Envoys of Veldra and Ostrany sat down in Geneva on {day}, under the auspices of the "
    "Swiss foreign ministry. The two delegations went through the draft on water rights in "
    "the Serin valley, a diplomat present said. The Swiss mediator Anna Keller told reporters "
    "that the atmosphere was constructive and that the text on the dam would need more work."
)
FUNERAL = (
    "Miro Danek, the founder of the Kestrel militia, was buried in a closed ceremony in Lorvik "
    "on Tuesday, August 29, 2023. Danek and nine others were killed on August 23, 2023, when "
    "their jet crashed north of the capital. Relatives and a few friends attended; the press "
    "was kept outside the cemetery gates."
)


def _annotated(nlp, items: list[tuple[str, str | None, str]]) -> list[AnnotatedArticle]:  # type: ignore[no-untyped-def]
    articles = []
    for name, published, text in items:
        raw = RawDocument(item=name, format="txt", content=f"{name}\n{text}", published=published)
        article = clean_document(raw)
        articles.append(annotate_doc(article, nlp(article.text)))
    return articles


def test_the_lead_sentence_dates_the_event_without_an_event_word(nlp) -> None:  # type: ignore[no-untyped-def]
    (article,) = _annotated(nlp, [("Geneva session", None, SESSION.format(day="March 3, 2025"))])
    dated = event_date(article)
    assert dated is not None and dated[0] == date(2025, 3, 3)


def test_two_sessions_in_one_city_months_apart_stay_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    # undated pages (no publication day to set them apart) worded alike: only the dates differ
    articles = _annotated(
        nlp,
        [
            ("Geneva water talks", None, SESSION.format(day="March 3, 2025")),
            ("Veldra and Ostrany envoys meet", None, SESSION.format(day="March 3, 2025")),
            ("Geneva water talks resume", None, SESSION.format(day="May 12, 2025")),
            ("Veldra, Ostrany meet again", None, SESSION.format(day="May 12, 2025")),
        ],
    )
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1], [2, 3]]


def test_two_reports_of_one_session_dated_alike_stay_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # the near miss: same city, same day, one written "March 3", one "Monday" from its page day
    articles = _annotated(
        nlp,
        [
            ("Geneva water talks", None, SESSION.format(day="March 3, 2025")),
            ("Veldra and Ostrany envoys meet", "2025-03-03", SESSION.format(day="Monday")),
        ],
    )
    groups = group_articles(articles, resolve_entities(articles))
    assert sorted(map(sorted, groups.events)) == [[0, 1]]


def test_the_lead_sentence_day_is_the_news_not_the_day_a_later_sentence_recalls(nlp) -> None:  # type: ignore[no-untyped-def]
    (article,) = _annotated(nlp, [("Danek buried", "2023-08-29", FUNERAL)])
    dated = event_date(article)
    assert dated is not None and dated[0] == date(2023, 8, 29)


def test_the_first_day_of_the_lead_is_the_event_not_the_next_meeting_it_announces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Envoys of Veldra and Ostrany held talks in Geneva on Monday, the Swiss foreign "
        "ministry said. They will meet again on Friday to go through the draft on water rights."
    )
    (article,) = _annotated(nlp, [("Geneva talks", "2025-03-04", text)])
    dated = event_date(article)
    assert dated is not None and dated[0] == date(2025, 3, 3)


def test_a_bare_weekday_in_a_spanish_lead_dates_the_event_in_that_week(nlp) -> None:  # type: ignore[no-untyped-def]
    # published on Thursday 31 October 2024: "el martes" is that week's Tuesday
    text = (
        "Las lluvias torrenciales del martes dejaron al menos 95 muertos en la provincia de "
        "Valencia. El agua arrasó Paiporta y Chiva, según el Gobierno regional."
    )
    (article,) = _annotated(nlp, [("La DANA deja 95 muertos", "2024-10-31", text)])
    dated = event_date(article)
    assert dated is not None and dated[0] == date(2024, 10, 29)


def test_a_weekday_that_is_a_name_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Plácido Domingo cantó en el Palau de les Arts de Valencia ante dos mil personas."
    (article,) = _annotated(nlp, [("Domingo en Valencia", "2024-10-31", text)])
    assert event_date(article) is None
