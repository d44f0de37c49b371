"""A party's stance reported as opposite by two outlets is a finding only when the reports are
of one moment (published within a few days); a stance that changed later is no disagreement."""

from __future__ import annotations

from datetime import date

from claim_builders import article, corpus
from crosscheck.corroborate.speech import position_conflicts
from crosscheck.records import Finding


def _position(stance: str, content: str) -> dict[str, str]:
    return {"actor_text": "Iran", "stance": stance, "content": content}


def _conflicts(day_a: date | None, day_b: date | None) -> list[Finding]:
    built = corpus(
        [
            article("a", "A", published=day_a, positions=[_position("reject", "direct talks with Washington")]),
            article("b", "B", published=day_b, positions=[_position("support", "direct talks with Washington")]),
        ]
    )  # fmt: skip
    return position_conflicts(built)


def test_opposite_stances_reported_the_same_week_are_a_conflict() -> None:
    (found,) = _conflicts(date(2025, 4, 12), date(2025, 4, 13))
    assert found.kind == "position_conflict"


def test_opposite_stances_a_month_apart_are_a_change_not_a_conflict() -> None:
    assert _conflicts(date(2025, 4, 12), date(2025, 5, 12)) == []


def test_an_undated_report_is_still_compared() -> None:
    assert len(_conflicts(None, date(2025, 5, 12))) == 1
