"""A round of talks one outlet reports as "direct and indirect" and another as indirect is a
conflict; plans, stances, other meetings and one outlet's own two wordings are not."""

from __future__ import annotations

from crosscheck.corroborate.talks_format import DIRECT, INDIRECT_ONLY, format_of
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier

US_SIDE = (
    "Talks in Muscat end\nIran and the United States held talks in Muscat on Sunday. A senior "
    "US official said Sunday's direct and indirect discussions in Muscat had lasted more than "
    "three hours."
)
IRAN_SIDE = (
    "Iran and US end talks in Muscat\nIran and the United States held talks in Muscat on "
    "Sunday. The fourth round of indirect negotiations between Iran and the United States "
    "ended in Muscat on Sunday, the foreign ministry said."
)


def _formats(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "conflict" and "direct" in f.summary]


def test_reports_of_how_talks_were_held_are_read() -> None:
    assert format_of("Officials said the meeting involved both indirect and direct exchanges.")
    assert format_of("We made good progress in our direct and indirect discussions.") == DIRECT
    assert format_of("Talks were conducted indirectly, with Oman relaying messages.") == (
        INDIRECT_ONLY
    )
    assert format_of("Des pourparlers indirects ont eu lieu à Mascate samedi.") == INDIRECT_ONLY
    assert format_of("The fourth round of indirect talks ended in Muscat on May 11.") == (
        INDIRECT_ONLY
    )


def test_plans_stances_and_headings_are_no_report() -> None:
    assert format_of("Tehran had stressed that the negotiations would be indirect.") is None
    assert format_of("The president has authorized direct and indirect discussions.") is None
    assert format_of("They agreed to hold indirect talks at the expert level next week.") is None
    assert format_of("Indirect Talks") is None
    assert format_of("Officials said the talks may be indirect at first.") is None
    assert format_of("The talks in Muscat ended on Sunday after three hours.") is None


def test_direct_and_indirect_against_indirect_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, {"a.txt": ("Outlet A", US_SIDE), "b.txt": ("Outlet B", IRAN_SIDE)})
    (found,) = _formats(dossier)
    assert [v.value for v in found.values] == [DIRECT, INDIRECT_ONLY]
    assert "direct and indirect discussions" in found.values[0].evidence[0].text
    assert "indirect negotiations" in found.values[1].evidence[0].text


def test_a_plan_or_one_outlets_two_wordings_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    plan = IRAN_SIDE.replace(
        "The fourth round of indirect negotiations between Iran and the United States ended",
        "Iran said the next round of negotiations would be indirect and would begin",
    )
    assert not _formats(
        _dossier(nlp, {"a.txt": ("Outlet A", US_SIDE), "b.txt": ("Outlet B", plan)})
    )
    assert not _formats(
        _dossier(nlp, {"a.txt": ("Outlet A", US_SIDE), "b.txt": ("Outlet A", IRAN_SIDE)})
    )
