"""Two guards read on two-outlet stories through the real pipeline: a count that grows as a
story runs (arrests) is compared only between reports of one known moment, never between two
undated reports of a story whose dated reports span several days (they may be days apart); and a round figure ("350 passengers") is the rounding
of a precise one within 5% ("342"), while a figure further off stays a disagreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.value_agreement import quantities_compatible
from crosscheck.records import ClaimValue, Finding

FIRE = (
    "A fire swept through a crowded nightclub in the town of Kovarna overnight, officials said. "
    "{sentence} Families gathered outside the hospital in the capital."
)
ARRESTS = (
    "Police said {n} people were arrested in connection with the fire at the nightclub in Kovarna.",
)
TRAIN = (
    "Two trains collided head-on near the town of Selvara late on Tuesday, officials said. "
    "{sentence} Rescuers worked through the night at the site."
)
ABOARD = "The passenger train from the capital was carrying {n} passengers when it hit the freight train."


# Reports of the story on two days that give no count: the story runs over several days.
LATER = (
    "The death toll from the fire at the nightclub in Kovarna rose overnight, officials said, "
    "as families gathered outside the hospital in the capital for news of the injured."
)


def _number_conflicts(
    folder: Path,
    story: str,
    sentences: list[str],
    published: str | None,
    dated_days: tuple[str, ...] = (),
) -> list[Finding]:
    path = folder / "articles.jsonl"
    records = [
        {"id": f"a{i}", "source": f"Outlet {i}", "published": published, "title": None,
         "text": story.format(sentence=sentence)}
        for i, sentence in enumerate(sentences)
    ] + [
        {"id": f"d{i}", "source": f"Daily {i}", "published": day, "title": None, "text": LATER}
        for i, day in enumerate(dated_days)
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if f.kind == "number_conflict"]


@pytest.mark.parametrize(
    ("published", "dated_days", "expected"),
    [
        (None, ("2025-03-16", "2025-03-18"), 0),  # undated, in a story of several days
        ("2025-03-16", ("2025-03-16", "2025-03-18"), 1),  # two reports of one day
        (None, (), 1),  # nothing dated: the reports are read as of one moment
    ],
)
def test_arrest_counts_compare_only_between_reports_of_one_known_moment(
    tmp_path: Path, published: str | None, dated_days: tuple[str, ...], expected: int
) -> None:
    sentences = [ARRESTS[0].format(n="15"), ARRESTS[0].format(n="four")]
    found = _number_conflicts(tmp_path, FIRE, sentences, published, dated_days)
    assert len(found) == expected


@pytest.mark.parametrize(("other", "expected"), [("350", 0), ("450", 1)])
def test_a_round_figure_is_the_rounding_of_a_close_precise_one(
    tmp_path: Path, other: str, expected: int
) -> None:
    sentences = [ABOARD.format(n="342"), ABOARD.format(n=other)]
    assert len(_number_conflicts(tmp_path, TRAIN, sentences, "2023-03-01")) == expected


def _point(number: float) -> ClaimValue:
    return ClaimValue(kind="quantity", value=f"{number:g}", text=f"{number:g}", start=0, end=1,
                      low=number, high=number, unit="passengers")  # fmt: skip


def test_round_figures_allow_five_percent() -> None:
    assert quantities_compatible(_point(342), _point(350))
    assert quantities_compatible(_point(1460), _point(1500))
    assert not quantities_compatible(_point(140), _point(150))
    assert not quantities_compatible(_point(36), _point(38))
