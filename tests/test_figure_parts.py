"""Figures that count a part, a rate or a running total, and numbers split into tokens: read
on written-for-the-test sentences, then through the real pipeline on two-outlet stories, where
the near-misses must give no number conflict and the true disagreement of the same shape must
stay one."""

from __future__ import annotations

import pytest
from tests.outlet_stories import findings_by_case

from crosscheck.claims.figure_guards import PlacedFigure
from crosscheck.claims.figure_parts import (
    counts_may_conflict,
    is_label,
    is_part,
    is_rate,
    is_split_number,
    same_thing_described,
    total_against_occasion,
)
from crosscheck.records import ClaimValue, Finding


def _placed(sentence: str, figure: str, unit: str | None = None) -> PlacedFigure:
    start = sentence.index(figure)
    written = ClaimValue(
        kind="quantity", value="1", text=figure, start=start, end=start + len(figure), unit=unit
    )
    return PlacedFigure(written, sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Six of his points came after the break.", "Six"),
        ("Police said two of them fled the scene.", "two"),
        ("La policía detuvo a tres de los sospechosos.", "tres"),
        ("Cinq des blessés sont dans un état grave.", "Cinq"),
        ("With his first five points of the game he passed the record.", "five"),
        ("The Saints will play the final two games without him.", "two"),
    ],
)
def test_parts_are_read(sentence: str, figure: str) -> None:
    assert is_part(_placed(sentence, figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The flood killed 222 people, 62 of whom lived in Paiporta.", "62"),
        ("Hubo 222 muertos, de los cuales 62 en Paiporta.", "62"),
        ("Foram 214 mortos, 60 das quais em Paiporta.", "60"),
        ("The quake killed 2,012 people in the province.", "2,012"),
        ("The first toll of 27 dead was given on Thursday.", "27"),
    ],
)
def test_a_place_s_own_count_and_whole_counts_are_no_part(sentence: str, figure: str) -> None:
    assert not is_part(_placed(sentence, figure))


def test_rates_are_read() -> None:
    assert is_rate(_placed("He averaged a team-high 22.8 points this season.", "22.8"))
    assert is_rate(_placed("The clinic saw 40 patients a day after the flood.", "40")) is False
    assert is_rate(_placed("The clinic treated 40 patients per day.", "40"))
    assert is_rate(_placed("Il marque 12 points par match.", "12"))
    assert not is_rate(_placed("He scored 24 points on Thursday.", "24"))


def test_numbers_split_into_tokens_are_read() -> None:
    assert is_split_number(_placed("The 5 . 9 - magnitude quake struck Qeshm.", "5"))
    assert is_split_number(_placed("He now has 2 , 129 points.", "129"))
    assert not is_split_number(_placed("The quake measured 5.9, officials said.", "5.9"))
    assert not is_split_number(_placed("It killed 5 people. 9 others were hurt.", "5"))


def test_a_running_total_is_not_one_occasion_s_count() -> None:
    total = _placed("So far, the navy has seized 14 rifles from pirates.", "14", "rifles")
    once = _placed("During the raid, six rifles were seized from pirates.", "six", "rifles")
    assert total_against_occasion(total, once)
    aggregate = _placed("The navy has seized a total of 14 rifles in five raids.", "14", "rifles")
    assert total_against_occasion(aggregate, once)
    assert not counts_may_conflict(total, once)
    # tolls keep their own tally rules: "so far" does not silence two tolls of one day
    toll_a = _placed("So far 27 people were killed, police said.", "27", "killed")
    toll_b = _placed("Police said 45 people were killed.", "45", "killed")
    assert counts_may_conflict(toll_a, toll_b)


def test_a_number_of_a_name_is_a_label() -> None:
    assert is_label(_placed("It also hits Internet Explorer 8 users.", "8", "internet explorer"))
    assert is_label(_placed("Air India Flight 171 crashed on takeoff.", "171", "flight"))
    assert not is_label(_placed("The army sent 300 troops to the city.", "300", "troops"))
    assert not is_label(_placed("The quake measured Magnitude 6.8 there.", "6.8", "magnitude"))


def test_counts_within_different_spans_of_games_are_two_counts() -> None:
    angels = _placed("He hit 13 homers in 54 games with the Angels.", "13", "homers")
    season = _placed("Playing in a combined 157 games, he had 33 homers.", "33", "homers")
    assert not same_thing_described(angels, season)
    whole = _placed("He had 33 homers and a .308 average.", "33", "homers")
    assert not same_thing_described(angels, whole)
    span = _placed("Through 14 games, Bush had 404 yards.", "14", "games")
    played = _placed("Bush played 10 games this season.", "10", "games")
    assert not same_thing_described(span, played)
    run = _placed("During the deciding 15-2 run he blocked two shots.", "two", "shots")
    game = _placed("He had 11 points and six blocked shots.", "six", "shots")
    assert not same_thing_described(run, game)


STORY = (
    "Pirates attacked a cargo ship off the coast of Somalia on Sunday, the navy said. "
    "{sentence} The navy said its patrols in the Gulf of Aden would continue."
)
CASES: dict[str, list[str]] = {
    "part": [
        "The navy said its frigate captured nine boats of the pirate fleet near the coast on Sunday.",
        "The navy said its frigate captured three of the boats of the pirate fleet near the coast on Sunday.",
    ],
    "running total": [
        "The navy said its frigate has so far seized 14 rifles from the pirates near the coast.",
        "The navy said its frigate seized six rifles from the pirates near the coast on Sunday.",
    ],
    # the true disagreement the guards must keep
    "two counts": [
        "The navy said its frigate captured nine boats of the pirate fleet near the coast on Sunday.",
        "The navy said its frigate captured three boats of the pirate fleet near the coast on Sunday.",
    ],
}


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    return findings_by_case(tmp_path_factory, STORY, CASES, "number_conflict", "2024-03-10")


def test_two_counts_of_one_thing_stay_a_conflict(conflicts: dict[str, list[Finding]]) -> None:
    (finding,) = conflicts["two counts"]
    assert sorted(v.value.split(" ")[0] for v in finding.values) == ["nine", "three"]


@pytest.mark.parametrize("case", ["part", "running total"])
def test_a_part_or_a_running_total_is_no_conflict(
    conflicts: dict[str, list[Finding]], case: str
) -> None:
    assert conflicts[case] == []
