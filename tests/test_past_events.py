"""The year of an earlier disaster named by its place, given differently by two outlets, is a
date conflict ("the 1960 Agadir earthquake" / "the Agadir earthquake of 1969"); two quakes of
one place named by one article, different magnitudes, a place the whole story names, a time
of day, a bound ("since 1900") and one outlet's own two articles are not. Articles written for
the test."""

from __future__ import annotations

from crosscheck.claims.past_events import past_events
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dossier_of

TODAY = (
    "A powerful earthquake struck the High Atlas mountains of Morocco on Friday night, "
    "killing more than 2,000 people in villages south of Marrakech, the Interior Ministry said."
)
IN_1960 = TODAY + " It was the deadliest since the earthquake that destroyed Agadir in 1960."
IN_1969 = (
    TODAY + " Rescuers recalled the earthquake that destroyed Agadir in 1969, which killed 12,000"
    " people."
)


def _past(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "earlier" in f.summary]


def _read(nlp, text: str) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [(e.kind, e.place, e.year) for e in past_events(annotated_report(nlp, "a", text))]


def _dossier(nlp, a: str, b: str, outlet_b: str = "Outlet B") -> Dossier:  # type: ignore[no-untyped-def]
    return dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", "Quake in Morocco\n" + a),
            "b.txt": (outlet_b, "Morocco quake\n" + b),
        },
        published="2023-09-10",
    )


def test_an_earlier_disaster_is_read_with_its_place_and_year(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, IN_1960 + " Published 2023.") == [("earthquake", "agadir", 1960)]
    assert _read(nlp, "It was the deadliest since the Lisbon earthquake of 1755 in 2023.") == [
        ("earthquake", "lisbon", 1755)
    ]
    # a list pairs off one by one
    assert _read(
        nlp,
        "The 2023 quake was stronger than the one in Al Hoceima in 2004 and the one in Agadir"
        " in 1960.",
    ) == [("earthquake", "al hoceima", 2004), ("earthquake", "agadir", 1960)]


def test_times_bounds_and_decades_are_not_years_of_a_disaster(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _read(nlp, "The 2023 quake struck at 1802 GMT in Jajarkot.")
    assert not _read(nlp, "The 2023 quake was the strongest in Marrakech since 1900.")
    assert not _read(nlp, "The 2023 quake was the worst to hit Agadir since the 1960s.")
    # the year of another act at the place, not of the disaster
    assert not _read(nlp, "Agadir, rebuilt in 1962 after the earthquake, was shaken in 2023.")


def test_two_years_of_one_earlier_quake_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _past(_dossier(nlp, IN_1960, IN_1969))
    assert found.kind == "date_conflict"
    assert [v.value for v in found.values] == ["1960", "1969"]
    assert "Agadir" in found.summary
    assert "destroyed Agadir in 1969" in found.values[1].evidence[0].text


def test_one_year_one_outlet_or_another_place_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    same = IN_1969.replace("1969", "1960")
    assert not _past(_dossier(nlp, IN_1960, same))
    assert not _past(_dossier(nlp, IN_1960, IN_1969, outlet_b="Outlet A"))
    elsewhere = IN_1969.replace("Agadir", "Lisbon")
    assert not _past(_dossier(nlp, IN_1960, elsewhere))


def test_a_place_struck_twice_or_two_magnitudes_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    twice = TODAY + (
        " An earthquake destroyed Agadir in 1731. The city of Agadir was destroyed again by an"
        " earthquake in 1960."
    )
    assert not _past(_dossier(nlp, twice, IN_1969))
    small = TODAY + " It recalled the magnitude 5.7 earthquake that destroyed Agadir in 1960."
    large = TODAY + " It recalled the magnitude 6.3 earthquake that destroyed Agadir in 2004."
    assert not _past(_dossier(nlp, small, large))


def test_the_country_of_the_story_is_no_place_of_one_earlier_disaster(nlp) -> None:  # type: ignore[no-untyped-def]
    a = "An earthquake hit western Nepal on Friday. An earthquake devastated Nepal in 2015."
    b = "An earthquake hit western Nepal on Friday. An earthquake devastated Nepal in 1934."
    assert [e.year for e in past_events(annotated_report(nlp, "b", b + " 2023"))] == [1934]
    assert not _past(_dossier(nlp, a, b))
