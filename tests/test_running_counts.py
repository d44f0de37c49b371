"""A toll given as a running tally ("rises to 70", "has reached 157") on one day is an update of
a count that only grows, not a disagreement; the same figures stated flatly are a conflict."""

from __future__ import annotations

from claim_builders import article, findings_of, qty, says
from crosscheck.claims.running_counts import reads_as_running_count
from crosscheck.records import Finding

_SCOPE = "people killed in the attack on the central market of the town"


def _two_reports(first: str, second: str) -> list[Finding]:
    return findings_of(
        [
            article(
                "a",
                "Outlet A",
                says(first, predicate="kill", values=[qty(text="70", value=70, unit="killed")]),
            ),
            article(
                "b",
                "Outlet B",
                says(second, predicate="kill", values=[qty(text="157", value=157, unit="killed")]),
            ),
        ]
    )


def test_running_tallies_are_read_in_several_languages() -> None:
    assert reads_as_running_count("Nepal earthquake: death toll rises to 70")
    assert reads_as_running_count("the death toll has reached 157")
    assert reads_as_running_count("Le bilan grimpe à 120 morts")
    assert reads_as_running_count("La cifra de muertos asciende a 300")
    assert not reads_as_running_count("157 people were killed in the quake")
    assert not reads_as_running_count("Officials said 70 people died")


def test_two_hours_of_a_rising_tally_on_one_day_are_no_conflict() -> None:
    found = _two_reports(
        f"The number of {_SCOPE} rose to 70.", f"The number of {_SCOPE} has reached 157."
    )
    assert not [f for f in found if f.kind == "number_conflict"]


def test_the_same_figures_stated_flatly_on_one_day_are_a_conflict() -> None:
    found = _two_reports(f"70 {_SCOPE} were counted.", f"157 {_SCOPE} were counted.")
    assert [f.kind for f in found if f.kind == "number_conflict"] == ["number_conflict"]
