"""A person one outlet says attended a meeting and another says did not is a participant
conflict; plans, other meetings (a funeral, talks with a third party elsewhere) and one
outlet's own two articles are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.attendance import ABSENT, PRESENT, attendances
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier
from text_builders import annotated_report

ABSENT_TEXT = (
    "Talks in Istanbul\nRussian and Ukrainian delegations met in Istanbul on Friday. "
    "Vladimir Putin did not attend the talks in Istanbul, the Kremlin said."
)
PRESENT_TEXT = (
    "Istanbul talks\nRussian and Ukrainian delegations met in Istanbul on Friday. "
    "Vladimir Putin took part in the talks in Istanbul, according to Turkish officials."
)


def _attendance(dossier: Dossier) -> list[Finding]:
    return [
        f for f in dossier.findings if f.kind == "participant_conflict" and "attended" in f.summary
    ]


def _read(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    annotated = annotated_report(nlp, "a", text)
    return [(annotated.mentions[s.person].text, s.presence) for s in attendances(annotated, 2025)]


def test_presence_and_absence_are_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, ABSENT_TEXT.split("\n")[1]) == [("Vladimir Putin", ABSENT)]
    assert _read(nlp, PRESENT_TEXT.split("\n")[1]) == [("Vladimir Putin", PRESENT)]
    assert _read(
        nlp, "The meeting, which was attended by envoy Steve Witkoff, lasted two hours."
    ) == [("Steve Witkoff", PRESENT)]


def test_plans_and_other_gatherings_are_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Vladimir Putin will not attend the talks in Istanbul, the Kremlin said.",
        "It was unclear whether Vladimir Putin would attend the talks.",
        "Vladimir Putin attended the funeral in Moscow on Friday.",
        "Vladimir Putin is expected to take part in the next round of talks.",
        "Vladimir Putin took part in the talks in Istanbul (2022), aides recalled.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_present_against_absent_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp, {"a.txt": ("Outlet A", ABSENT_TEXT), "b.txt": ("Outlet B", PRESENT_TEXT)}
    )
    (found,) = _attendance(dossier)
    assert [v.value for v in found.values] == [PRESENT, ABSENT]
    assert "did not attend" in found.values[1].evidence[0].text
    assert "Putin" in found.summary


def test_another_meeting_or_one_outlet_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    elsewhere = PRESENT_TEXT.replace(
        "Vladimir Putin took part in the talks in Istanbul",
        "Vladimir Putin took part in talks in Moscow",
    )
    assert not _attendance(_dossier(nlp, {"a.txt": ("A", ABSENT_TEXT), "b.txt": ("B", elsewhere)}))
    assert not _attendance(
        _dossier(nlp, {"a.txt": ("A", ABSENT_TEXT), "b.txt": ("A", PRESENT_TEXT)})
    )
