"""Figures that differ without the outlets disagreeing: a conversion's rounding, an increment, a
vague quantity word, a tally of another moment. Each guard is read on written-for-the-test
sentences, then two-outlet stories go through the real pipeline: the near-misses must give no
number conflict, and a true disagreement of the same shape must stay one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.figure_guards import (
    PlacedFigure,
    figures_may_conflict,
    is_conversion,
    is_increment,
    is_vague,
    of_another_moment,
)
from crosscheck.claims.value_agreement import quantities_compatible
from crosscheck.records import ClaimValue, Finding


def _placed(sentence: str, figure: str, value: float | None = None) -> PlacedFigure:
    start = sentence.index(figure)
    number = value if value is not None else float(figure.replace(",", ""))
    written = ClaimValue(
        kind="quantity",
        value=f"{number:g}",
        text=figure,
        start=start,
        end=start + len(figure),
        low=number,
        high=number,
    )
    return PlacedFigure(written, sentence, 0, len(sentence))


def _point(number: str) -> ClaimValue:
    value = float(number)
    return ClaimValue(kind="quantity", value=number, text=number, start=0, end=1, low=value,
                      high=value, unit="miles")  # fmt: skip


def test_a_figure_rounded_to_fewer_decimals_is_the_same_figure() -> None:
    assert quantities_compatible(_point("24.8"), _point("25"))
    assert not quantities_compatible(_point("24.8"), _point("40"))
    assert not quantities_compatible(_point("24"), _point("26"))
    magnitude = _point("6.8").model_copy(update={"unit": "magnitude"})
    assert not quantities_compatible(
        magnitude, _point("7").model_copy(update={"unit": "magnitude"})
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Police said they had arrested at least 1,200 more prisoners.", "1,200"),
        ("Another 1,200 people were detained overnight.", "1,200"),
        ("The army freed a further 300 detainees on Sunday.", "300"),
        ("Les autorités ont libéré 1 200 autres prisonniers.", "1 200"),
        ("Las autoridades liberaron a otros 1.200 presos.", "1.200"),
        ("Die Behörden ließen 1.200 weitere Gefangene frei.", "1.200"),
        ("Foram libertados 300 presos a mais no domingo.", "300"),
    ],
)
def test_increments_are_read(sentence: str, figure: str) -> None:
    assert is_increment(_placed(sentence, figure, 1200))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("More than 1,200 prisoners were freed.", "1,200"),
        ("Las autoridades liberaron a más de 1.200 presos.", "1.200"),
        ("Police arrested 1,200 people and more were held later.", "1,200"),
    ],
)
def test_bounds_and_other_clauses_are_no_increment(sentence: str, figure: str) -> None:
    assert not is_increment(_placed(sentence, figure, 1200))


def test_vague_quantity_words_are_read_in_several_languages() -> None:
    assert is_vague(_placed("The quake destroyed dozens of houses.", "dozens", 24))
    assert is_vague(_placed("Several hundred homes were destroyed.", "hundred", 100))
    assert is_vague(_placed("Des dizaines de maisons ont été détruites.", "dizaines", 24))
    assert is_vague(_placed("Hubo decenas de casas destruidas.", "decenas", 24))
    assert not is_vague(_placed("The quake destroyed 150 houses.", "150"))


def test_conversions_are_read_both_ways() -> None:
    converted = "The epicentre was 40 km (25 miles) south-west of the city."
    assert is_conversion(_placed(converted, "40"))
    assert is_conversion(_placed(converted, "25"))
    assert is_conversion(_placed("The convoy drove 25 miles, or 40 kilometres.", "25"))
    assert not is_conversion(_placed("The quake killed 300 people (150 in the city).", "300"))


def test_figures_of_another_moment_are_read() -> None:
    assert of_another_moment("The toll had previously been put at 820.")
    assert of_another_moment("Officials said the toll could rise to 3,000.")
    assert of_another_moment("Un premier bilan faisait état de 296 morts.")
    assert of_another_moment("El balance provisional es de 820 muertos.")
    assert not of_another_moment("The quake killed 2,012 people, the ministry said.")


def test_a_figure_of_another_occasion_is_of_another_moment() -> None:
    assert of_another_moment("It came one week after he ran for 10 yards against Oakland.")
    assert of_another_moment("Last season he caught 52 passes.")
    assert of_another_moment("In the previous game the team gave up 35 points.")
    assert not of_another_moment("He ran for 226 yards, a career best, on Sunday.")


def test_a_measure_is_compared_whatever_the_moment() -> None:
    first = _placed("Earlier, the agency said the quake measured 6.8.", "6.8")
    second = _placed("The quake measured 7.9, the agency said.", "7.9")
    magnitude = {"unit": "magnitude"}
    first = PlacedFigure(first.value.model_copy(update=magnitude), first.text, 0, len(first.text))
    second = PlacedFigure(
        second.value.model_copy(update=magnitude), second.text, 0, len(second.text)
    )
    assert figures_may_conflict(first, second)


STORY = (
    "A powerful earthquake struck the Al Haouz province of Morocco on Friday night, officials "
    "said. {sentence} Rescuers searched the rubble of mountain villages for survivors."
)
# Sentences long enough to be read as claims (a short one is taken for a caption).
CASES: dict[str, list[str]] = {
    # (a) a conversion's rounding; the true conflict of the same shape
    "rounded": [
        "The ministry said the rescue teams from Rabat and Casablanca cleared 24.8 miles of the mountain road on Saturday.",
        "The ministry said the rescue teams from Rabat and Casablanca cleared 25 miles of the mountain road on Saturday.",
    ],
    "other distance": [
        "The ministry said the rescue teams from Rabat and Casablanca cleared 24.8 miles of the mountain road on Saturday.",
        "The ministry said the rescue teams from Rabat and Casablanca cleared 40 miles of the mountain road on Saturday.",
    ],
    # (b) an increment against the first figure
    "increment": [
        "The interior ministry said police in Marrakech and Agadir arrested 1,000 looters in the province on Saturday.",
        "The interior ministry said police in Marrakech and Agadir arrested at least 1,200 more looters in the province on Saturday.",
    ],
    # (c) a vague quantity word against a precise count
    "vague": [
        "The interior ministry said the quake destroyed dozens of schools in the mountain villages of the province.",
        "The interior ministry said the quake destroyed 530 schools in the mountain villages of the province.",
    ],
    # (d) a tally of another moment against the day's count
    "earlier tally": [
        "The interior ministry said 2,012 people were killed by the quake in the mountain villages of the province.",
        "The interior ministry had previously said 820 people were killed by the quake in the mountain villages of the province.",
    ],
    # short body sentences (no longer taken for captions) are guarded alike
    "short increment": [
        "Police freed 1,000 prisoners on Saturday.",
        "Police freed at least 1,200 more prisoners on Saturday.",
    ],
    "short earlier tally": [
        "Police said 2,012 people were killed.",
        "Police had earlier said 820 people were killed.",
    ],
    # the true disagreement every guard must keep: two tolls of one day
    "two tolls": [
        "The interior ministry said 3,000 people were killed by the quake in the mountain villages of the province.",
        "The interior ministry said 300 people were killed by the quake in the mountain villages of the province.",
    ],
}


def _number_conflicts(tmp_path: Path, sentences: list[str]) -> list[Finding]:
    path = tmp_path / "articles.jsonl"
    records = [
        {
            "id": f"a{i}",
            "source": f"Outlet {i}",
            "published": "2023-09-15",
            "title": None,
            "text": STORY.format(sentence=sentence),
        }
        for i, sentence in enumerate(sentences)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if f.kind == "number_conflict"]


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    return {
        name: _number_conflicts(tmp_path_factory.mktemp(name.replace(" ", "_")), sentences)
        for name, sentences in CASES.items()
    }


def _figures(finding: Finding) -> list[str]:
    return sorted(v.value.split(" ")[0] for v in finding.values)


def test_true_disagreements_stay_conflicts(conflicts: dict[str, list[Finding]]) -> None:
    (tolls,) = conflicts["two tolls"]
    assert _figures(tolls) == ["3,000", "300"]
    (distances,) = conflicts["other distance"]
    assert _figures(distances) == ["24.8", "40"]


@pytest.mark.parametrize(
    "case",
    ["rounded", "increment", "vague", "earlier tally", "short increment", "short earlier tally"],
)
def test_figures_that_differ_without_disagreeing_are_no_conflict(
    conflicts: dict[str, list[Finding]], case: str
) -> None:
    assert conflicts[case] == []
