"""The day of a story's crash or earthquake stated differently by two outlets is a date
conflict; the day of a report, a funeral, an aftershock or a plan, one outlet's two articles,
a day either side of a late-night happening and days weeks apart are not. Articles written
for the test."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.claims.event_dates import CRASH, QUAKE, event_dates
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import Dossier, Finding
from text_builders import dossier_of

AFTER_QUAKES = "2023-09-12"
HEADLINE = "Plane carrying Ivan Sorokin crashes in Tver region\n"
CRASH_25 = (
    HEADLINE + "A private jet carrying the businessman Ivan Sorokin came down north of Tver on "
    "25 August, killing all ten people on board, Russian officials said."
)
CRASH_23 = (
    HEADLINE + "The businessman Ivan Sorokin and nine others were killed on August 23 when "
    "his private jet crashed north of Tver, Russian officials said."
)


def _read(nlp, text: str) -> list[tuple[str, date]]:  # type: ignore[no-untyped-def]
    article = clean_document(
        RawDocument(item="a", format="txt", content=text, path="a", published="2023-08-27")
    )
    return [(d.kind, d.day) for d in event_dates(annotate_doc(article, nlp(article.text)))]


def _dossier(nlp, texts: dict[str, tuple[str, str]]) -> Dossier:  # type: ignore[no-untyped-def]
    return dossier_of(nlp, texts, published="2023-08-27")


def _event_days(dossier: Dossier) -> list[Finding]:
    """The day conflicts of the event, whichever reader found them: the event-date reader ("day
    of the crash") or the claims' typed comparison ("date of the event"), which takes over when
    the disagreeing sentences are claims it compares."""
    return [
        f
        for f in dossier.findings
        if f.kind == "date_conflict" and ("day of the" in f.summary or "date of the" in f.summary)
    ]


def test_the_day_of_a_crash_or_a_quake_is_read_from_its_own_words(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, CRASH_25) == [(CRASH, date(2023, 8, 25))]
    assert _read(nlp, CRASH_23) == [(CRASH, date(2023, 8, 23))]
    assert _read(
        nlp, "The committee is investigating the plane crash that occurred on Wednesday."
    ) == [(CRASH, date(2023, 8, 23))]
    assert _read(
        nlp,
        "Sorokin was confirmed dead after genetic analysis of bodies found in Wednesday's crash.",
    ) == [(CRASH, date(2023, 8, 23))]
    assert _read(
        nlp, "Hundreds were killed when a powerful earthquake struck the region on 8 September."
    ) == [(QUAKE, date(2023, 9, 8))]


def test_other_days_in_a_crash_sentence_are_not_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        # the day of the saying
        "The jet crashed north of Tver, the emergencies ministry said on 23 August.",
        "On 24 August the investigators announced that the jet had crashed.",
        # funerals, anniversaries, aftershocks, plans, tests
        "The funeral of the victims of the plane crash took place on August 29.",
        "Relatives marked the anniversary of the crash on 23 August.",
        "A strong aftershock of the earthquake struck the region on 10 September.",
        "The investigators will visit the crash site on 30 August.",
        "The bodies found at the crash site were identified on 27 August.",
        # the day of another verb in another clause (the parse tells)
        "The jet that crashed carried ten people, police revealed on 24 August.",
    ):
        assert _read(nlp, sentence) == [], sentence
    # two happenings dated in one sentence: only the crash's day is the crash's
    assert _read(
        nlp, "Sorokin left Moscow on 22 August, and his jet crashed on the way back on 23 August."
    ) == [(CRASH, date(2023, 8, 23))]


def test_two_outlets_dating_one_crash_two_ways_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _event_days(
        _dossier(nlp, {"a.txt": ("Outlet A", CRASH_25), "b.txt": ("Outlet B", CRASH_23)})
    )
    assert sorted(v.value for v in found.values) == ["2023-08-23", "2023-08-25"]
    assert "day of the crash" in found.summary
    by_value = {v.value: v for v in found.values}
    assert "on 25 August" in by_value["2023-08-25"].evidence[0].text
    assert "on August 23" in by_value["2023-08-23"].evidence[0].text
    assert all(v.origins for v in found.values)


def test_late_night_one_outlet_other_happenings_and_far_days_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    def none(a: str, b: str, outlet_b: str = "Outlet B") -> None:
        texts = {"a.txt": ("Outlet A", a), "b.txt": (outlet_b, b)}
        assert not _event_days(_dossier(nlp, texts)), b

    # one outlet's two articles are one voice
    none(CRASH_25, CRASH_23, outlet_b="Outlet A")
    # late at night on the 23rd: the 24th further east; early on the 24th: the 23rd further west
    late = CRASH_23.replace("were killed", "were killed late at night")
    none(late, CRASH_25.replace("25 August", "24 August"))
    early = CRASH_25.replace("came down", "came down in the early hours").replace(
        "25 August", "24 August"
    )
    none(CRASH_23, early)
    # late at night on the 24th is no 23rd anywhere
    late_next = CRASH_25.replace("came down", "came down late at night").replace(
        "25 August", "24 August"
    )
    assert _event_days(_dossier(nlp, {"a.txt": ("A", late), "b.txt": ("B", late_next)}))
    # a day either side with no late hour is still a conflict
    next_day = CRASH_25.replace("25 August", "24 August")
    assert _event_days(_dossier(nlp, {"a.txt": ("A", CRASH_23), "b.txt": ("B", next_day)}))
    # days weeks apart are two crashes
    none(CRASH_23, CRASH_25.replace("25 August", "2 August"))
    # the funeral's day is not the crash's
    funeral = (
        HEADLINE + "The funeral of the businessman Ivan Sorokin, killed in the plane crash, "
        "took place on 25 August in St Petersburg."
    )
    none(CRASH_23, funeral)


def test_another_crash_or_another_quake_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    other_plane = (
        HEADLINE + "A cargo plane of the airline Volga Cargo came down north of Tver on 25 "
        "August, killing its crew of four, Russian officials said."
    )
    texts = {"a.txt": ("Outlet A", CRASH_23), "b.txt": ("Outlet B", other_plane)}
    assert not _event_days(_dossier(nlp, texts))
    quake = "Earthquake in the Atlas\nA magnitude 6.8 earthquake struck Morocco on {day}, {rest}"
    first = quake.format(day="8 September", rest="killing hundreds of people in the Atlas.")
    second = quake.format(day="10 September", rest="the national geophysics institute said.")
    texts = {"a.txt": ("Outlet A", first), "b.txt": ("Outlet B", second)}
    assert _event_days(dossier_of(nlp, texts, published=AFTER_QUAKES))  # one quake, two days
    other = second.replace("6.8", "4.6")
    texts = {"a.txt": ("Outlet A", first), "b.txt": ("Outlet B", other)}
    assert not _event_days(dossier_of(nlp, texts, published=AFTER_QUAKES))  # two quakes
