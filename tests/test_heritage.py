"""A monument one outlet calls a World Heritage site and another only proposed for the list is
a conflict; the same status, two monuments, a negated or hedged status, a sentence giving both
statuses and one outlet's own two articles are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.heritage import heritage_statuses
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dossier_of

TODAY = (
    "The earthquake that struck the High Atlas mountains of Morocco on Friday night damaged"
    " historic buildings south of Marrakech, officials said."
)
PROPOSED = TODAY + (
    " Unesco said it had heard of heavy damage to the Tinmel Mosque, which had been proposed for"
    " listing as a World Heritage site."
)
LISTED = TODAY + " The Tinmel Mosque, a UNESCO World Heritage site, was badly damaged."


def _read(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(h.monument, h.status) for h in heritage_statuses(annotated_report(nlp, "a", text))]


def _heritage(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "World Heritage status" in f.summary]


def _dossier(nlp, a: str, b: str, outlet_b: str = "Outlet B") -> Dossier:  # type: ignore[no-untyped-def]
    return dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", "Quake in Morocco\n" + a),
            "b.txt": (outlet_b, "Morocco quake\n" + b),
        },
        published="2023-09-10",
    )


def test_a_monuments_status_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, PROPOSED) == [("tinmel mosque", "proposed")]
    assert _read(nlp, LISTED) == [("tinmel mosque", "listed")]
    assert _read(nlp, "La mosquée de Tinmel est inscrite au patrimoine mondial.") == [
        ("tinmel mosque", "listed")
    ]
    for sentence in (
        "The Tinmel Mosque is not a World Heritage site.",
        "Morocco hopes the Tinmel Mosque will be listed as a World Heritage site.",
        "The Tinmel Mosque, proposed in 1995, was inscribed on the World Heritage list in 2001.",
        "The Tinmel Mosque and the Koutoubia Mosque are both listed as World Heritage sites.",
        "The Herat Citadel, near the Great Mosque of Herat, is a World Heritage site.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_listed_against_proposed_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _heritage(_dossier(nlp, LISTED, PROPOSED))
    assert found.kind == "conflict"
    assert sorted(v.value for v in found.values) == [
        "a World Heritage site",
        "proposed for the World Heritage list",
    ]
    assert "Tinmel Mosque" in found.summary


def test_one_status_another_monument_or_one_outlet_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _heritage(_dossier(nlp, LISTED, LISTED.replace("badly", "heavily")))
    assert not _heritage(_dossier(nlp, LISTED.replace("Tinmel", "Koutoubia"), PROPOSED))
    # one name, two monuments
    assert not _heritage(_dossier(nlp, LISTED.replace("Mosque", "Kasbah"), PROPOSED))
    assert not _heritage(_dossier(nlp, LISTED, PROPOSED, outlet_b="Outlet A"))
