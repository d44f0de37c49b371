"""The class of a crashed aircraft (military or civil) stated differently by two outlets is an
identity conflict; two civil names ("private jet", "business jet"), a make or a model ("an
Embraer Legacy" / "an Embraer jet"), aircraft shot down in an attack and one outlet's two
articles are not. Articles written for the test, in English and French."""

from __future__ import annotations

from crosscheck.claims.aircraft import CIVIL, MILITARY, aircraft_classes
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dossier_of

MILITARY_CRASH = (
    "Plane crash in Tver region\nA military plane crashed in the Bologoye district of the Tver "
    "region on Wednesday, Russian media reported."
)
PRIVATE_CRASH = (
    "Plane crash in Tver region\nThe private plane crashed in the Tver region on Wednesday "
    "during a domestic flight, killing all ten people on board."
)


def _read(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.kind for c in aircraft_classes(annotated_report(nlp, "a", text))]


def _aircraft(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "kind of aircraft" in f.summary]


def test_the_class_of_a_crashed_aircraft_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, MILITARY_CRASH) == [MILITARY]
    assert _read(nlp, PRIVATE_CRASH) == [CIVIL]
    assert _read(nlp, "The officials were on a business jet that crashed on Wednesday.") == [CIVIL]
    assert _read(nlp, "Un avion privé s'est écrasé mercredi dans la région de Tver.") == [CIVIL]
    for sentence in (
        # a make or a model is no class
        "An Embraer Legacy crashed in the Tver region on Wednesday.",
        # aircraft shot down in an attack, several aircraft
        "During the mutiny, the fighters shot down a military plane and several helicopters.",
        "Two military helicopters crashed in the region last year.",
        # a denial, both classes
        "The plane that crashed was not a military plane, officials said.",
        "It was a civilian plane, not a military aircraft, that crashed.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_a_military_and_a_private_plane_for_one_crash_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", MILITARY_CRASH), "b.txt": ("Outlet B", PRIVATE_CRASH)}
    (found,) = _aircraft(dossier_of(nlp, texts, published="2023-08-24"))
    assert found.kind == "identity_conflict"
    assert sorted(v.value for v in found.values) == ["civil aircraft", "military aircraft"]
    by_value = {v.value: v for v in found.values}
    assert "military plane" in by_value["military aircraft"].evidence[0].text
    assert all(v.origins for v in found.values)


def test_two_civil_names_a_model_and_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    business = PRIVATE_CRASH.replace("The private plane", "The business jet")
    model = PRIVATE_CRASH.replace("The private plane", "An Embraer Legacy")
    jet = PRIVATE_CRASH.replace("The private plane", "An Embraer jet")
    for a, b, outlet_b in (
        (PRIVATE_CRASH, business, "Outlet B"),
        (model, jet, "Outlet B"),
        (MILITARY_CRASH, PRIVATE_CRASH, "Outlet A"),
    ):
        texts = {"a.txt": ("Outlet A", a), "b.txt": (outlet_b, b)}
        assert not _aircraft(dossier_of(nlp, texts, published="2023-08-24")), b
