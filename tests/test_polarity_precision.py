"""Opposite claims between outlets: a denial of one proposition stays a conflict; a belief or
hearsay ("is believed to be"), and a bare verb with no proposition of its own ("I know he will
be"), are no assertion another outlet's negation contradicts. Two-outlet stories go through
the real pipeline."""

from __future__ import annotations

import pytest
from tests.outlet_stories import findings_by_case

from crosscheck.records import Finding

STORY = (
    "The football club held a news conference in Manchester on Monday, the team said. "
    "{sentence} The club will play its next match in London on Saturday."
)
CASES: dict[str, list[str]] = {
    "denial": [
        "The club's chairman resigned after the vote of the board in Manchester on Monday.",
        "The club's chairman did not resign after the vote of the board in Manchester on Monday.",
    ],
    "belief": [
        "The club's offer to the striker is believed to be worth eight million pounds a season.",
        "None of the club's offers to the striker is believed to be worth eight million pounds a season.",
    ],
    "bare verb": [
        "\u201cI know he will be,\u201d the coach said of the injured striker after training.",
        "\u201cI don't know that this is a rallying cry,\u201d the coach said after training.",
    ],
}


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    return findings_by_case(tmp_path_factory, STORY, CASES, "conflict", "2024-03-11")


def test_a_denial_of_one_proposition_stays_a_conflict(conflicts: dict[str, list[Finding]]) -> None:
    (finding,) = conflicts["denial"]
    assert len(finding.evidence) == 2


@pytest.mark.parametrize("case", ["belief", "bare verb"])
def test_beliefs_and_bare_verbs_are_no_conflict(
    conflicts: dict[str, list[Finding]], case: str
) -> None:
    assert conflicts[case] == []
