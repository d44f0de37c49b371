"""Two outlets putting the expected landing of one numbered flight at times that cannot both
hold is a conflict; times whose windows meet, two different flights, a landing already made,
a sentence numbering two flights and one outlet's own two reports are not. Articles written
for the test."""

from __future__ import annotations

from crosscheck.claims.expected_arrivals import expected_arrivals
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dated_dossier_of

LEAD = (
    "Evacuation from Niamey\nThe first evacuation flight carrying French nationals left Niger"
    " on Tuesday evening with 262 people on board. "
)
MIDNIGHT = LEAD + "The plane is expected to land in Paris shortly after midnight."
TWO_AM = LEAD.replace("Evacuation from Niamey", "Flight leaves Niger") + (
    "After five hours of flight, the evacuees are expected to arrive at Roissy around 2 a.m."
)


def _read(nlp, text: str) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    return [(a.flight, a.low, a.high) for a in expected_arrivals(annotated_report(nlp, "a", text))]


def _arrivals(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "expected to land" in f.summary]


def _dossier(nlp, a: str, b: str, outlet_b: str = "Outlet B", day_b: str = "2023-08-01") -> Dossier:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", "2023-08-01", a), "b.txt": (outlet_b, day_b, b)}
    return dated_dossier_of(nlp, texts)


def test_an_expected_landing_of_a_numbered_flight_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, MIDNIGHT) == [(1, 720, 780)]
    assert _read(nlp, TWO_AM) == [(1, 810, 870)]
    assert _read(nlp, LEAD + "The second flight is expected to land at 4 a.m.") == [(2, 950, 970)]
    for sentence in (
        "The plane landed in Paris shortly after midnight.",  # done, not expected
        "A second and a third flight are expected to land around 3 a.m.",  # which one
        "The plane is expected to land at 2:30.",  # a.m. or p.m.
        "The plane is expected to land around 1 a.m. GMT.",  # a clock of its own
    ):
        assert _read(nlp, LEAD + sentence) == [], sentence
    # no numbered flight in the article
    assert _read(nlp, "Evacuation\nThe plane is expected to land around 2 a.m.") == []


def test_two_expected_landings_that_cannot_meet_are_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _arrivals(_dossier(nlp, MIDNIGHT, TWO_AM))
    assert found.kind == "date_conflict"
    assert sorted(v.value for v in found.values) == ["around 2 a.m.", "shortly after midnight"]
    assert all(v.evidence and v.origins for v in found.values)


def test_meeting_windows_other_flights_days_or_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    near = TWO_AM.replace("around 2 a.m.", "around 1 a.m.")
    assert _arrivals(_dossier(nlp, MIDNIGHT, near)) == []
    second = TWO_AM.replace("the evacuees", "the second flight")
    assert _arrivals(_dossier(nlp, MIDNIGHT, second)) == []
    assert _arrivals(_dossier(nlp, MIDNIGHT, TWO_AM, day_b="2023-08-04")) == []
    assert _arrivals(_dossier(nlp, MIDNIGHT, TWO_AM, outlet_b="Outlet A")) == []


def test_a_french_expected_landing_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Évacuation\nLe premier vol d'évacuation français a quitté le Niger mardi soir. "
    assert _read(nlp, lead + "L'avion est attendu à Paris peu après minuit.") == [(1, 720, 780)]
    assert _read(nlp, lead + "Après 5h30 de vol, ils sont attendus ici vers 2h du matin.") == [
        (1, 810, 870)
    ]
    assert (
        _read(nlp, lead + "Un deuxième et un troisième vol sont attendus à Paris vers 3h du matin.")
        == []
    )
