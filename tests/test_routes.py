"""A flight's direction stated the other way round by two outlets is a place conflict; a
route against a destination alone, "between A and B", one direction in two languages and one
outlet's two articles are not. Articles written for the test, in English, French and
Spanish."""

from __future__ import annotations

from crosscheck.claims.routes import routes
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dossier_of

HEAD = "Jet crash near Tver\n"
OUTWARD = HEAD + "The private jet crashed near Tver while on its way from Moscow to St. Petersburg."
BACK = HEAD + "The private jet crashed near Tver on a flight from St Petersburg to Moscow."


def _read(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r.origin, r.destination) for r in routes(annotated_report(nlp, "a", text))]


def _routes(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "direction of the flight" in f.summary]


def test_a_flights_route_is_read_with_its_direction(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, OUTWARD) == [("moscow", "st petersburg")]
    assert _read(nlp, BACK) == [("st petersburg", "moscow")]
    assert _read(nlp, "Un jet privé en route de Moscou vers Saint-Pétersbourg s'est écrasé.") == [
        ("moscou", "saint petersbourg")
    ]
    assert _read(nlp, "El avión se estrelló en un vuelo desde San Petersburgo hacia Moscú.") == [
        ("san petersburgo", "moscu")
    ]
    for sentence in (
        "The jet crashed during a flight between Moscow and St Petersburg.",
        "Un avion qui effectuait une liaison Moscou-Saint-Pétersbourg s'est écrasé.",
        "The plane was bound for St Petersburg when it crashed.",
        # no flight, no crash: a trip goes there and back
        "Prigozhin's men marched from Rostov to within 200 km of Moscow in June.",
        "The delegation flew back from Istanbul to Moscow on Friday.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_two_outlets_giving_one_flight_opposite_directions_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", OUTWARD), "b.txt": ("Outlet B", BACK)}
    (found,) = _routes(dossier_of(nlp, texts, published="2023-08-24"))
    assert found.kind == "place_conflict"
    # each end in its entity's name ("St. Petersburg" or "St Petersburg": the resolver's pick)
    assert sorted(v.value.replace(".", "") for v in found.values) == [
        "from Moscow to St Petersburg",
        "from St Petersburg to Moscow",
    ]
    assert all(v.origins for v in found.values)


def test_a_destination_alone_another_language_and_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    destination = HEAD + "The private jet, bound for St Petersburg, crashed near Tver."
    french = HEAD + "Le jet privé, en route de Moscou vers Saint-Pétersbourg, s'est écrasé."
    for a, b, outlet_b in (
        (OUTWARD, destination, "Outlet B"),
        (OUTWARD, french, "Outlet B"),
        (OUTWARD, BACK, "Outlet A"),
    ):
        texts = {"a.txt": ("Outlet A", a), "b.txt": (outlet_b, b)}
        assert not _routes(dossier_of(nlp, texts, published="2023-08-24")), b


SPANISH_BACK = (
    "Accidente cerca de Tver\nEl avión privado se estrelló cerca de Tver, a menos de 200"
    " kilómetros de Moscú, mientras realizaba un vuelo desde San Petersburgo hacia la capital"
    " rusa."
)


def test_an_end_named_only_as_the_capital_is_read_as_half_a_route(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, SPANISH_BACK) == [("san petersburgo", None)]
    assert _read(nlp, "The jet crashed on a flight from the Russian capital to St Petersburg.") == [
        (None, "st petersburg")
    ]


def test_a_named_end_on_the_other_side_of_one_flight_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", OUTWARD), "b.txt": ("Outlet B", SPANISH_BACK)}
    (found,) = _routes(dossier_of(nlp, texts, published="2023-08-24"))
    assert found.kind == "place_conflict"
    assert "desde San Petersburgo hacia la capital rusa" in [v.value for v in found.values]


def test_half_a_route_the_same_way_or_of_another_place_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    same_way = HEAD + "The jet crashed on a flight from the Russian capital to St. Petersburg."
    elsewhere = HEAD + "The jet crashed on a flight from Kaliningrad to the Russian capital."
    for b in (same_way, elsewhere):
        texts = {"a.txt": ("Outlet A", OUTWARD), "b.txt": ("Outlet B", b)}
        assert not _routes(dossier_of(nlp, texts, published="2023-08-24")), b
