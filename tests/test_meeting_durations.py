"""How long one meeting lasted, stated in ways that cannot both be true by two outlets, is a
number conflict; bounds and rounding ("more than three hours" / "three-hour talks"), a part of
the meeting, plans and one outlet's own two articles are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.meeting_dates import meeting_date
from crosscheck.claims.meeting_durations import meeting_durations
from crosscheck.corroborate.meeting_durations import spans_meet
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier
from text_builders import annotated_report

SHORT = (
    "Talks in Istanbul\nThe first round of direct talks between Russia and Ukraine lasted less "
    "than two hours in Istanbul on Friday."
)
LONG = (
    "Istanbul talks\nThe first round of direct talks between Russia and Ukraine ended in "
    "Istanbul after four hours of negotiations, officials said."
)


def _durations(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "number_conflict" and "how long" in f.summary]


def _read(nlp, text: str) -> list[tuple[str, float | None, float | None]]:  # type: ignore[no-untyped-def]
    return [
        (d.meeting, d.value.low, d.value.high)
        for d in meeting_durations(annotated_report(nlp, "a", text))
    ]


def test_durations_are_read_as_spans_of_minutes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, SHORT.split("\n")[1]) == [("round 1", None, 120.0)]
    assert _read(nlp, "The talks lasted more than three hours, a US official said.") == [
        ("event", 180.0, None)
    ]
    ((meeting, low, high),) = _read(
        nlp, "Witkoff and Araghchi held three-hour-long talks in Muscat."
    )
    assert meeting == "event" and low is not None and high is not None and low < 180 < high
    assert _read(nlp, "Les pourparlers ont duré près de deux heures.") == [("event", 90.0, 120.0)]


def test_parts_plans_and_two_durations_are_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "The two negotiators spoke for several minutes in the hallway.",
        "The next round of talks is expected to last two hours.",
        "The talks lasted two hours on Friday and four hours on Saturday.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_durations_that_cannot_both_be_true_are_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _durations(
        _dossier(nlp, {"a.txt": ("Outlet A", SHORT), "b.txt": ("Outlet B", LONG)})
    )
    assert sorted(v.value for v in found.values) == ["four hours", "less than two hours"]
    assert "round 1" in found.summary


def test_bounds_rounding_and_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    more = SHORT.replace("lasted less than two hours", "lasted more than three hours")
    assert not _durations(_dossier(nlp, {"a.txt": ("A", more), "b.txt": ("B", LONG)}))
    about = SHORT.replace("lasted less than two hours", "lasted about four hours")
    assert not _durations(_dossier(nlp, {"a.txt": ("A", about), "b.txt": ("B", LONG)}))
    assert not _durations(_dossier(nlp, {"a.txt": ("A", SHORT), "b.txt": ("A", LONG)}))


def _one(nlp, sentence: str):  # type: ignore[no-untyped-def]
    (found,) = meeting_durations(annotated_report(nlp, "a", sentence))
    return found


def test_under_and_over_one_figure_cannot_both_be_true(nlp) -> None:  # type: ignore[no-untyped-def]
    nearly = _one(nlp, "The meeting took place in the Kremlin and lasted for nearly three hours.")
    more = _one(nlp, 'The meeting lasted for "more than three hours," the spokesman said.')
    assert not spans_meet(nearly, more)
    # a bare figure meets either side of it; inclusive bounds meet at it
    assert spans_meet(more, _one(nlp, "Putin held a three-hour meeting with the commanders."))
    assert spans_meet(nearly, _one(nlp, "Putin held a three-hour meeting with the commanders."))
    at_least = _one(nlp, "The meeting in the Kremlin lasted at least three hours, officials said.")
    up_to = _one(nlp, "The meeting in the Kremlin lasted up to three hours, officials said.")
    assert spans_meet(at_least, up_to)
    assert not spans_meet(nearly, at_least)


MEETING_HEAD = "Putin met Wagner commanders\n"
NEARLY = (
    MEETING_HEAD + "Putin met the Wagner commanders in the Kremlin on June 29. The meeting took "
    "place behind closed doors and lasted for nearly three hours, his spokesman said."
)
MORE = (
    MEETING_HEAD + "As early as June 29, Putin met in the Kremlin with the Wagner commanders. The "
    'meeting took place behind closed doors and lasted for "more than three hours."'
)


def test_one_meeting_dated_alike_is_read_as_one_and_other_days_are_not_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    assert meeting_date(annotated_report(nlp, "a", NEARLY)) == "06-29"
    assert meeting_date(annotated_report(nlp, "b", MORE)) == "06-29"
    # the day of the happening the meeting followed, or that it was about, is not its day
    looking_back = NEARLY + " Putin's meeting came after what happened on June 24."
    assert meeting_date(annotated_report(nlp, "c", looking_back)) == "06-29"
    about = NEARLY + " The meeting discussed the June 24 events."
    assert meeting_date(annotated_report(nlp, "d", about)) == "06-29"
    # two meeting days: none is the article's
    two = NEARLY + " Putin met the commanders again on July 3."
    assert meeting_date(annotated_report(nlp, "e", two)) is None
    # the day of the saying is not the meeting's
    said = NEARLY + " Peskov disclosed on July 10 that the meeting lasted three hours."
    assert meeting_date(annotated_report(nlp, "f", said)) == "06-29"


def test_nearly_against_more_than_the_same_hours_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _durations(
        _dossier(nlp, {"a.txt": ("Outlet A", NEARLY), "b.txt": ("Outlet B", MORE)})
    )
    assert sorted(v.value for v in found.values) == ["more than three hours", "nearly three hours"]
    bare = MORE.replace('lasted for "more than three hours."', "lasted three hours.")
    assert not _durations(_dossier(nlp, {"a.txt": ("A", NEARLY), "b.txt": ("B", bare)}))
