"""The day of one meeting stated differently by two outlets is a date conflict; plans, other
meetings (experts, preparations), the day of a statement, a meeting over two days and
numbered rounds of different series are not. Articles written for the test."""

from __future__ import annotations

from datetime import date

from crosscheck.claims.meeting_days import END, START, WHOLE, meeting_days
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier
from text_builders import annotated_report

FIRST_ROUND_SATURDAY = (
    "Talks in Muscat\nThe first round of indirect talks between Iran and the United States "
    "took place on Saturday, April 12, 2025, in Muscat, with Oman mediating."
)
FIRST_ROUND_SUNDAY = (
    "Iran talks\nThe first round of indirect talks between Iran and the United States was "
    "held on Sunday in Muscat, the Omani capital, officials in Tehran confirmed."
)


def _days(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "date_conflict" and "day of" in f.summary]


def _read(nlp, text: str) -> list[tuple[str, int, date | None, str]]:  # type: ignore[no-untyped-def]
    return [
        (d.meeting, d.weekday, d.day, d.phase)
        for d in meeting_days(annotated_report(nlp, "a", text))
    ]


def test_the_day_of_a_meeting_is_read_with_its_round_and_moment(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, FIRST_ROUND_SATURDAY.split("\n")[1]) == [
        ("round 1", 5, date(2025, 4, 12), WHOLE)
    ]
    assert _read(nlp, "Iran and the US on Saturday began a second round of talks in Rome.") == [
        ("round 2", 5, None, START)
    ]
    assert _read(nlp, "The fifth round of talks concluded on Friday in Rome.") == [
        ("round 5", 4, None, END)
    ]
    assert _read(nlp, "Witkoff held talks with the Iranian minister in Muscat on Sunday.") == [
        ("event", 6, None, WHOLE)
    ]
    assert _read(nlp, "Iran described Saturday's talks as constructive.") == [
        ("event", 5, None, WHOLE)
    ]
    assert _read(nlp, "Les pourparlers ont débuté ce vendredi à Mascate.") == [
        ("event", 4, None, START)
    ]
    # "the first round ... on April 12, followed by the second round ... on April 19"
    assert [
        r[:3]
        for r in _read(
            nlp,
            "The first round took place in Muscat on April 12, 2025, followed by the second round "
            "of talks in Rome on April 19, 2025.",
        )
    ] == [("round 1", 5, date(2025, 4, 12)), ("round 2", 5, date(2025, 4, 19))]


def test_a_plan_in_a_later_clause_does_not_hide_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(
        nlp,
        "The second round of talks concluded on Saturday in Rome, with both parties agreeing "
        "to reconvene next week.",
    ) == [("round 2", 5, None, END)]
    assert _read(
        nlp, "The talks ended on Friday in Istanbul, and the sides will meet again on Monday."
    ) == [("event", 4, None, END)]
    # the plan comes first: nothing is read
    assert _read(nlp, "Next Saturday, the third round of talks will be held in Muscat.") == []


def test_plans_other_meetings_and_the_day_of_a_statement_are_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "The fifth round of talks will take place in Rome this Friday, May 23.",
        "The sides agreed to meet again next Saturday for a third round of talks.",
        "Talks between technical experts began on Wednesday in Oman.",
        "Araghchi and Albusaidi met in Muscat on Friday to discuss arrangements for the third "
        "round of talks.",
        "On Sunday, the minister said the second round of talks had been useful.",
        "Iran, US to hold 4th round of talks on Sunday as enrichment concerns grow.",
        "The talks began on Monday and ended on Tuesday.",
        "The minister met his Italian counterpart on Saturday ahead of the talks.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_two_outlets_giving_one_round_two_days_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {"a.txt": ("Outlet A", FIRST_ROUND_SATURDAY), "b.txt": ("Outlet B", FIRST_ROUND_SUNDAY)},
    )
    (found,) = _days(dossier)
    assert sorted(v.value for v in found.values) == ["Saturday 2025-04-12", "Sunday"]
    assert "round 1 of talks" in found.summary
    by_value = {v.value: v for v in found.values}
    assert "took place on Saturday, April 12" in by_value["Saturday 2025-04-12"].evidence[0].text
    assert by_value["Sunday"].articles != by_value["Saturday 2025-04-12"].articles
    assert all(v.origins for v in found.values)


def test_agreeing_days_a_two_day_meeting_and_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    agreeing = FIRST_ROUND_SUNDAY.replace("held on Sunday", "held on Saturday")
    assert not _days(
        _dossier(nlp, {"a.txt": ("A", FIRST_ROUND_SATURDAY), "b.txt": ("B", agreeing)})
    )
    # began on Saturday, ended on Sunday: one meeting over two days
    ended = FIRST_ROUND_SUNDAY.replace("was held on Sunday", "ended on Sunday")
    assert not _days(
        _dossier(
            nlp,
            {
                "a.txt": (
                    "A",
                    FIRST_ROUND_SATURDAY.replace(
                        "took place on Saturday, April 12, 2025,", "began on Saturday"
                    ),
                ),
                "b.txt": ("B", ended),
            },
        )
    )
    # one outlet's two articles are one voice
    assert not _days(
        _dossier(nlp, {"a.txt": ("A", FIRST_ROUND_SATURDAY), "b.txt": ("A", FIRST_ROUND_SUNDAY)})
    )


def test_rounds_of_two_series_weeks_apart_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    later = (
        "New talks\nThe first round of talks between Iran and the United States took place on "
        "Friday, February 6, 2026, in Muscat."
    )
    assert not _days(
        _dossier(nlp, {"a.txt": ("Outlet A", FIRST_ROUND_SATURDAY), "b.txt": ("Outlet B", later)})
    )


MUSCAT_SATURDAY = (
    "Iran and US hold talks in Muscat\nUS envoy Steve Witkoff held talks with Iranian Foreign "
    "Minister Abbas Araghchi in Muscat on Saturday, the Omani foreign ministry said. The talks "
    "on Iran's nuclear programme were mediated by Oman."
)


def test_two_days_of_one_events_talks_conflict_but_days_weeks_apart_do_not(nlp) -> None:  # type: ignore[no-untyped-def]
    sunday = (
        "Iran upbeat after Oman meeting\nIran's foreign ministry described Sunday's talks in "
        "Muscat with the American envoy as constructive and respectful."
    )
    (found,) = _days(
        _dossier(nlp, {"a.txt": ("Outlet A", MUSCAT_SATURDAY), "b.txt": ("Outlet B", sunday)})
    )
    assert sorted(v.value for v in found.values) == ["Saturday", "Sunday"]
    assert "talks in Muscat" in found.summary
    # a Wednesday weeks before the report is another meeting of the story
    weeks_earlier = MUSCAT_SATURDAY.replace("on Saturday", "on Wednesday, June 18,")
    assert not _days(
        _dossier(
            nlp, {"a.txt": ("Outlet A", MUSCAT_SATURDAY), "b.txt": ("Outlet B", weeks_earlier)}
        )
    )
