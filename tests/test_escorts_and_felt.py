"""Two figures read in general shapes, on articles written for the test: the size of the team
that went with a named person ("with a 16-member medical team" / "acompañado de un equipo médico
de 41 personas"), and how far away a place the event was felt in lies, in km or miles ("about
500 km" / "more than 500 miles"). The look-alikes are no conflict: a conversion given in
parentheses, a bound that the other figure meets, a team of another kind or of another person,
a team only sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.claims.distances import event_distances
from crosscheck.claims.escorts import ESCORT, team_kind
from crosscheck.records import Dossier, Finding

QUAKE = (
    "A powerful earthquake struck the district of Jajarkot in western Nepal late on Friday, "
    "killing at least 120 people, officials said. {felt} {team} Rescuers were still searching "
    "the rubble of the mountain villages of Jajarkot."
)
DAHAL = "Prime Minister Pushpa Kamal Dahal flew to the area with a {size}-member {kind} team."
DAHAL_ES = "El primer ministro Pushpa Kamal Dahal visitó la zona acompañado de un equipo {kind} de {size} personas."


def _analyze(tmp_path: Path, texts: list[str]) -> list[Finding]:
    path = tmp_path / "articles.jsonl"
    records = [
        {"id": f"a{i}", "source": f"Outlet {i}", "published": None, "title": None, "text": t}
        for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    dossier: Dossier = analyze([path])
    return [f for f in dossier.findings if f.kind == "number_conflict"]


def _distances(sentence: str, language: str = "en") -> dict[str, tuple[str, float | None]]:
    return {
        slot: (value.text, value.low)
        for slot, value, _ in event_distances(sentence, 0, language)
        if slot.startswith("distance")
    }


def test_how_far_away_a_place_it_was_felt_in_lies_is_read_in_km() -> None:
    assert _distances(
        "Le séisme a été ressenti dans la capitale indienne New Delhi, à environ cinq cents "
        "kilomètres de là.",
        "fr",
    ) == {"distance|neu deli": ("environ cinq cents kilomètres", 475.0)}
    (text, low) = _distances(
        "La secousse a été ressentie à New Delhi, en Inde, à plus de 500 miles de là.", "fr"
    )["distance|neu deli"]
    assert text == "plus de 500 miles" and low is not None and low > 760
    assert _distances("The quake was felt in India's capital, New Delhi, some 500 km away.") == {
        "distance|neu deli": ("some 500 km", 475.0)
    }


def test_a_distance_between_two_other_places_is_not_read() -> None:
    assert _distances("The quake was felt in New Delhi, 500 km away from Kathmandu.") == {}
    assert _distances("The quake was felt in New Delhi, 500 km from Jajarkot.") == {}


def test_a_team_going_with_a_person_is_read_with_its_size_and_kind() -> None:
    english = ESCORT.search("Dahal flew there with a 16-member military medical team.")
    spanish = ESCORT.search("Dahal visitó el lugar acompañado de un equipo médico de 41 personas.")
    assert english is not None and english.group("size_a") == "16"
    assert spanish is not None and spanish.group("size_b") == "41"
    assert team_kind(english.group("kinds_a")) == team_kind(spanish.group("kinds_b")) == "medical"
    # a team only mobilised or sent: the person may send many
    assert ESCORT.search("Dahal mobilized a 16-member army medical team.") is None


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    felt_km = "The quake was felt in India's capital, New Delhi, about 500 km away."
    cases = {
        "conflicts": [
            QUAKE.format(felt=felt_km, team=DAHAL.format(size=16, kind="medical")),
            QUAKE.format(
                felt="Tremors were felt in New Delhi, more than 500 miles away.",
                team=DAHAL_ES.format(size=41, kind="médico"),
            ),
        ],
        "agree": [
            QUAKE.format(felt=felt_km, team=DAHAL.format(size=16, kind="medical")),
            QUAKE.format(
                felt="It was felt in New Delhi, some 500 km (310 miles) away.",
                team=DAHAL.format(size=30, kind="security"),
            ),
            QUAKE.format(
                felt="It was felt in New Delhi, more than 300 miles away.",
                team="Dahal sent a 41-member medical team to the area.",
            ),
        ],
    }
    return {name: _analyze(tmp_path_factory.mktemp(name), texts) for name, texts in cases.items()}


def test_a_felt_distance_in_km_and_in_miles_and_two_team_sizes_conflict(
    findings: dict[str, list[Finding]],
) -> None:
    summaries = sorted(f.summary for f in findings["conflicts"])
    assert any("from Neu Deli" in s and "more than 500 miles" in s for s in summaries)
    (team,) = [f for f in findings["conflicts"] if "team that went with" in f.summary]
    assert sorted(v.value for v in team.values) == ["16-member medical team", "41 personas"]


def test_a_conversion_a_bound_met_or_another_team_is_no_conflict(
    findings: dict[str, list[Finding]],
) -> None:
    assert findings["agree"] == []
