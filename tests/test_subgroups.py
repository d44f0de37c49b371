"""Counts of a subgroup of a toll ("Among them, 99 are women"): read with the outcome they
break down (dead or injured) and their place, compared only with the same subgroup of the same
outcome and place, on one day: two outlets' women among the dead conflict; women among the
injured, children, another place, another day or a hedged count do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.subgroups import subgroup_counts
from crosscheck.records import Finding

TOLL = "The earthquake that struck western Nepal killed 157 people, the police said. "


def _read(sentence: str, before: str = "", language: str = "en") -> dict[str, str]:
    return {slot: v.text for slot, v in subgroup_counts(sentence, 0, before, language)}


def test_subgroup_counts_are_read_with_their_outcome_and_place() -> None:
    assert _read("Among them, 99 are women, and 58 are men.", "The toll rose to 157 dead.") == {
        "killed|among women": "99 are women",
        "killed|among men": "58 are men",
    }
    assert _read("The deceased include 27 women and 10 men.") == {
        "killed|among women": "27 women",
        "killed|among men": "10 men",
    }
    assert _read("Entre los fallecidos hay 40 mujeres y 12 niños.", language="es") == {
        "killed|among women": "40 mujeres",
        "killed|among children": "12 niños",
    }
    assert _read("Of the injured, 30 are children.") == {
        "injured|among children": "30 are children"
    }
    assert _read("Among the dead in Jajarkot, 67 were women.") == {
        "killed|among women|jajarkot": "67 were women"
    }


def test_breakdowns_whose_outcome_or_place_is_unclear_are_not_read() -> None:
    # "them": the dead or the injured?
    assert _read("Among them, 12 are children.", "The quake killed 100 and injured 300.") == {}
    # two places: which count is whose
    assert (
        _read(
            "Among the victims, 67 were women in Jajarkot, with 19 women losing their lives in "
            "Rukum West."
        )
        == {}
    )
    assert _read("Among them, 50 could be children.", "The toll rose to 157 dead.") == {}
    # women and children counted together are neither the women nor the children
    assert _read("The quake killed 157 people, including 90 women and children.") == {}


def _conflicts(tmp_path: Path, reports: list[tuple[str, str]]) -> list[Finding]:
    path = tmp_path / "articles.jsonl"
    records = [
        {"id": f"a{i}", "source": f"Outlet {i}", "published": day, "title": None, "text": text}
        for i, (text, day) in enumerate(reports)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if "among" in f.summary]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    day, next_day = "2023-11-04", "2023-11-05"
    cases = {
        "conflict": [
            (TOLL + "Among them, 99 are women, and 58 are men.", day),
            (TOLL + "Among them, 89 are women and 68 are men.", day),
        ],
        "no conflict": [
            (TOLL + "Among them, 99 are women.", day),
            (TOLL + "Among them, 60 are children.", day),  # another subgroup
            (TOLL + "Of the injured, 89 are women.", day),  # another outcome
            (TOLL + "Among them, 120 are women.", next_day),  # another day: a later count
        ],
    }
    return {
        name: _conflicts(tmp_path_factory.mktemp(name.replace(" ", "_")), reports)
        for name, reports in cases.items()
    }


def test_two_counts_of_women_among_one_days_dead_conflict(found: dict[str, list[Finding]]) -> None:
    summaries = sorted(f.summary for f in found["conflict"])
    assert len(summaries) == 2  # the women and the men
    assert any("number killed (among women)" in s for s in summaries)


def test_other_subgroups_outcomes_and_days_are_no_conflict(
    found: dict[str, list[Finding]],
) -> None:
    assert found["no conflict"] == []
