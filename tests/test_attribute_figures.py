"""A figure written as a compound modifier ("a 12-member assessment team") measures the thing it
qualifies: two such figures disagree only for one thing (the same modified noun) that the same
happened to (the same verb class). Articles written for the test, through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.attribute_figures import modified_thing
from crosscheck.records import ClaimValue, Finding

STORY = (
    "Floods swept through the city of Derna in eastern Libya on Sunday night after two dams "
    "burst, officials said. {team} Rescuers searched the mud of the port for survivors."
)


def _figure(text: str, number: str) -> ClaimValue:
    start = text.index(number)
    return ClaimValue(kind="quantity", value=number, text=number, start=start, end=start + 2)


def test_the_thing_a_compound_figure_qualifies_is_read() -> None:
    sent = "The UN sent a 12-member assessment team to Derna."
    assert modified_thing(_figure(sent, "12"), sent) == "assessment team"
    strong = "A 40-strong rescue team from Turkey arrived."
    assert modified_thing(_figure(strong, "40"), strong) == "rescue team"
    assert modified_thing(_figure("It killed 12 people.", "12"), "It killed 12 people.") is None
    # tokenised text puts spaces around the hyphen: the figure still qualifies a noun
    spaced = "They offered him a 10 - year deal on Monday."
    assert modified_thing(_figure(spaced, "10"), spaced) == "deal"
    aged = "An 11 - year - old girl was hurt."
    assert modified_thing(_figure(aged, "11"), aged) == ""


def _number_conflicts(tmp_path: Path, teams: list[str]) -> list[Finding]:
    path = tmp_path / "articles.jsonl"
    records = [
        {
            "id": f"a{i}",
            "source": f"Outlet {i}",
            "published": "2023-09-12",
            "title": None,
            "text": STORY.format(team=team),
        }
        for i, team in enumerate(teams)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if f.kind == "number_conflict"]


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    cases = {
        "one team": [
            "The United Nations sent a 12-member assessment team to Derna on Monday.",
            "The United Nations sent a 20-member assessment team to Derna on Monday.",
        ],
        "two teams": [
            "The United Nations sent a 12-member assessment team to Derna on Monday.",
            "The United Nations sent a 20-member medical team to Derna on Monday.",
        ],
        "two verbs": [
            "The UN envoy flew to Derna on Monday with a 12-member assessment team.",
            "The United Nations sent a 20-member assessment team to Derna on Monday.",
        ],
    }
    return {
        name: _number_conflicts(tmp_path_factory.mktemp(name.replace(" ", "_")), teams)
        for name, teams in cases.items()
    }


def test_two_sizes_of_one_team_sent_conflict(conflicts: dict[str, list[Finding]]) -> None:
    (finding,) = conflicts["one team"]
    assert sorted(v.value.split(" ")[0] for v in finding.values) == ["12", "20"]


def test_teams_of_other_kinds_or_with_other_verbs_are_no_conflict(
    conflicts: dict[str, list[Finding]],
) -> None:
    assert conflicts["two teams"] == []
    assert conflicts["two verbs"] == []
