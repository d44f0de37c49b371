"""How long one meeting lasted, stated in ways that cannot both be true by two outlets, is a
number conflict; bounds and rounding ("more than three hours" / "three-hour talks"), a part of
the meeting, plans and one outlet's own two articles are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.meeting_durations import meeting_durations
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
