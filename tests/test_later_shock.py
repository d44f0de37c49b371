"""A shock after the story's main one ("a fresh quake of magnitude 5.6 struck on Monday") has
measures of its own: two agencies' magnitudes for it, reported the same day, are a conflict;
they are never set against the main shock's magnitude, nor against a later shock of another
day or instant (16:16 in India is 16:31 in Nepal: one instant), and aftershocks (many, of one afternoon) are never compared. Nepali figures are read too
("५ दशमलव ८ रेक्टर स्केलको भूकम्प": magnitude 5.8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.slot_figures import parse_number, sourced_figures
from crosscheck.records import Finding

MAIN = (
    "A magnitude 6.4 earthquake struck the district of Jajarkot in western Nepal late on "
    "Friday, killing at least 150 people, officials said. Rescuers searched the rubble of "
    "the mountain villages of Jajarkot."
)
FRESH = (
    "A fresh quake hit the district of Jajarkot in western Nepal on Monday afternoon. "
    "“An earthquake of magnitude {magnitude} was recorded in Nepal at {time},” {agency} said. "
    "No damage was reported in the villages of Jajarkot."
)


def _number_conflicts(tmp_path: Path, reports: list[tuple[str, str | None]]) -> list[Finding]:
    path = tmp_path / "articles.jsonl"
    records = [
        {"id": f"a{i}", "source": f"Outlet {i}", "published": day, "title": None, "text": text}
        for i, (text, day) in enumerate(reports)
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if f.kind == "number_conflict"]


def test_nepali_decimals_and_magnitudes_are_read() -> None:
    assert parse_number("५ दशमलव ८", "ne") == 5.8
    ((slot, _, value, _),) = sourced_figures(
        "रामीडाँडा केन्द्रविन्दु भएर ५ दशमलव ८ रेक्टर स्केलको भूकम्प गएको छ।", 0, "ne", False
    )
    assert (slot, value.value) == ("magnitude", "5.8")
    # a figure cut in two by a bad sentence split is no figure ("६ | दशलमव ४": not 4)
    assert sourced_figures("दशलमव ४ म्याग्निच्युडको भूकम्प गएको थियो ।", 0, "ne", False) == []


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    monday, tuesday = "2023-11-06", "2023-11-07"
    cases: dict[str, list[tuple[str, str | None]]] = {
        "same day": [
            (MAIN, "2023-11-04"),
            (
                FRESH.format(magnitude="5.6", time="16:16", agency="India's seismology centre"),
                monday,
            ),
            (
                FRESH.format(magnitude="5.8", time="16:31", agency="Nepal's seismology centre"),
                monday,
            ),
        ],
        "other days": [
            (
                FRESH.format(magnitude="5.6", time="16:16", agency="India's seismology centre"),
                monday,
            ),
            (
                FRESH.format(magnitude="5.2", time="16:16", agency="Nepal's seismology centre"),
                tuesday,
            ),
        ],
        "shock of another day": [
            (
                "A new earthquake of magnitude 6.1 struck the district of Jajarkot on Wednesday, "
                "the seismology centre said.",
                "2023-11-12",
            ),
            (
                "Another earthquake of magnitude 6.3 struck the district of Jajarkot on Sunday, "
                "the seismology centre said.",
                "2023-11-12",
            ),
        ],
        "two instants": [
            (
                FRESH.format(magnitude="5.6", time="16:16", agency="India's seismology centre"),
                monday,
            ),
            (
                FRESH.format(magnitude="5.8", time="16:58", agency="Nepal's seismology centre"),
                monday,
            ),
        ],
        "no instant": [
            (
                FRESH.format(magnitude="5.6", time="16:16", agency="India's seismology centre"),
                monday,
            ),
            (
                FRESH.format(magnitude="5.8", time="16:31", agency="Nepal's").replace(
                    " at 16:31", ""
                ),
                monday,
            ),
        ],
        "far apart": [
            (
                FRESH.format(magnitude="5.6", time="16:16", agency="India's seismology centre"),
                monday,
            ),
            (
                FRESH.format(magnitude="4.2", time="16:16", agency="Nepal's seismology centre"),
                monday,
            ),
        ],
        "aftershocks": [
            (MAIN + " An aftershock of magnitude 4.2 was recorded on Saturday.", monday),
            (MAIN + " An aftershock of magnitude 3.3 was recorded on Saturday.", monday),
        ],
    }
    return {
        name: _number_conflicts(tmp_path_factory.mktemp(name.replace(" ", "_")), reports)
        for name, reports in cases.items()
    }


def test_two_magnitudes_of_one_later_shock_conflict_but_not_with_the_main_one(
    conflicts: dict[str, list[Finding]],
) -> None:
    (later,) = conflicts["same day"]
    assert "magnitude of the later shock" in later.summary
    assert sorted(v.value.split(" according")[0] for v in later.values) == ["5.6", "5.8"]


def test_later_shocks_of_other_days_and_aftershocks_are_no_conflict(
    conflicts: dict[str, list[Finding]],
) -> None:
    assert conflicts["other days"] == []
    assert conflicts["shock of another day"] == []  # Wednesday's shock is not Sunday's
    assert conflicts["far apart"] == []  # two later shocks of one day, not two agencies
    assert conflicts["two instants"] == []  # 42 minutes apart: two shocks of one afternoon
    assert conflicts["no instant"] == []  # which of the day's shocks is unknown
    assert conflicts["aftershocks"] == []
