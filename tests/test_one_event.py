"""Statements of one story's several happenings of one kind are not chained into one: quakes
of one magnitude days apart, a report written before the day another gives, a "new" quake.
Articles written for the test."""

from __future__ import annotations

from crosscheck.corroborate.one_event import one_event_groups
from crosscheck.records import Dossier, Finding
from text_builders import dated_dossier_of

QUAKE = (
    "Earthquake in Velora\nA magnitude 6.3 earthquake struck Velora province on {day}, "
    "killing dozens of villagers, the disaster agency said."
)


def _date_conflicts(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "date_conflict"]


def test_groups_hold_only_statements_every_two_of_which_are_of_one_event() -> None:
    def near(x: tuple[int, str], y: tuple[int, str]) -> bool:
        return abs(x[0] - y[0]) <= 2

    def differ(x: tuple[int, str], y: tuple[int, str]) -> bool:
        return x[0] != y[0]

    a, b, c, b2 = (7, "A"), (9, "B"), (11, "C"), (9, "D")
    groups = one_event_groups([a, b, c], near, differ)
    assert groups == [[a, b], [b, c]]  # never the 7th with the 11th
    # a statement of a day in the group joins when it is near every member
    assert one_event_groups([a, b, b2], near, differ) == [[a, b, b2]]
    assert one_event_groups([a, (7, "B")], near, differ) == []


def test_quakes_of_one_magnitude_days_apart_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": ("Outlet A", "2023-10-08", QUAKE.format(day="October 7")),
        "b.txt": ("Outlet B", "2023-10-10", QUAKE.format(day="October 9")),
        "c.txt": ("Outlet C", "2023-10-12", QUAKE.format(day="October 11")),
    }
    assert not _date_conflicts(dated_dossier_of(nlp, texts))


def test_a_report_written_before_the_other_day_is_of_another_quake(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": ("Outlet A", "2023-10-08", QUAKE.format(day="October 7")),
        "b.txt": ("Outlet B", "2023-10-10", QUAKE.format(day="October 9")),
    }
    assert not _date_conflicts(dated_dossier_of(nlp, texts))
    # near miss: both written after both days, one quake dated two ways
    texts = {
        "a.txt": ("Outlet A", "2023-10-10", QUAKE.format(day="October 7")),
        "b.txt": ("Outlet B", "2023-10-10", QUAKE.format(day="October 9")),
    }
    assert _date_conflicts(dated_dossier_of(nlp, texts))


def test_a_new_quake_is_not_the_stories_quake(nlp) -> None:  # type: ignore[no-untyped-def]
    new = QUAKE.replace("A magnitude", "A new magnitude").format(day="October 9")
    texts = {
        "a.txt": ("Outlet A", "2023-10-10", QUAKE.format(day="October 7")),
        "b.txt": ("Outlet B", "2023-10-10", new),
    }
    assert not _date_conflicts(dated_dossier_of(nlp, texts))


def test_quakes_of_two_magnitudes_or_two_rounds_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    smaller = QUAKE.replace("6.3", "4.9").format(day="October 8")
    texts = {
        "a.txt": ("Outlet A", "2023-10-10", QUAKE.format(day="October 7")),
        "b.txt": ("Outlet B", "2023-10-10", smaller),
    }
    assert not _date_conflicts(dated_dossier_of(nlp, texts))
    talks = (
        "Talks in Muscat\nThe {n} round of talks between Iran and the United States was held "
        "in Muscat on {day}, with Oman mediating."
    )
    texts = {
        "a.txt": ("Outlet A", "2025-05-12", talks.format(n="first", day="Saturday")),
        "b.txt": ("Outlet B", "2025-05-12", talks.format(n="fifth", day="Sunday")),
    }
    assert not _date_conflicts(dated_dossier_of(nlp, texts))
