"""A figure belongs to whom the sentence says it of: in "Garrard threw an interception to Keiwan
Ratliff, who returned it 35 yards" the yards are Ratliff's (the name the relative clause
describes), so they do not disagree with "David Garrard threw for 329 yards". A figure a
source gives ("Reuters reported 2,000 dead") is not the source's own: two sources' figures
still disagree."""

from __future__ import annotations

import pytest

from crosscheck.claims.figure_guards import PlacedFigure
from crosscheck.claims.figure_holders import figure_holder, held_by_others
from crosscheck.records import ClaimValue, Finding
from outlet_stories import findings_by_case


def _placed(sentence: str, figure: str) -> PlacedFigure:
    start = sentence.index(figure)
    value = ClaimValue(
        kind="quantity", value=figure, text=figure, start=start, end=start + len(figure)
    )
    return PlacedFigure(value, sentence, 0, len(sentence))


def test_a_relative_clause_gives_its_figure_to_the_name_it_describes() -> None:
    returned = _placed("Garrard threw a pass to Keiwan Ratliff, who returned it 35 yards.", "35")
    assert figure_holder(returned) == frozenset({"keiwan", "ratliff"})
    thrown = _placed("David Garrard threw for 329 yards and a touchdown.", "329")
    assert figure_holder(thrown) == frozenset({"david", "garrard"})
    assert held_by_others(returned, thrown)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters reported 2,000 dead in the province.",
        "The interior ministry counted 2,946 dead on Sunday.",
        "The quake, which killed 2,946 people, struck at night.",
        "He returned the kick 40 yards.",
    ],
)
def test_sources_pronouns_and_descriptions_hold_no_figure(sentence: str) -> None:
    figure = next(word.strip(",") for word in sentence.split() if word[0].isdigit())
    assert figure_holder(_placed(sentence, figure)) is None


def test_one_name_short_and_full_is_one_holder() -> None:
    short = _placed("Charles ran for 226 yards on Sunday.", "226")
    full = _placed("Jamaal Charles ran for 259 yards on Sunday.", "259")
    assert not held_by_others(short, full)


STORY = (
    "JACKSONVILLE, Fla.\n\nThe Jaguars lost to the Bengals on Sunday. {sentence} The Bengals won.\n"
)
CASES = {
    "one holder": [
        "Late in the game Keiwan Ratliff returned an interception 35 yards for a touchdown.",
        "Late in the game Keiwan Ratliff returned an interception 53 yards for a touchdown.",
    ],
    "two holders": [
        "Late in the game Garrard threw an interception to Keiwan Ratliff, who returned it 35"
        " yards for a touchdown.",
        "Late in the game David Garrard threw for 329 yards and a touchdown.",
    ],
}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    return findings_by_case(tmp_path_factory, STORY, CASES, "number_conflict", "2008-12-01")


def test_figures_of_one_holder_disagree(found: dict[str, list[Finding]]) -> None:
    assert len(found["one holder"]) == 1


def test_figures_of_two_named_holders_do_not(found: dict[str, list[Finding]]) -> None:
    assert found["two holders"] == []
