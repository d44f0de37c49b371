"""One person given two ranks of one office ("Deputy Foreign Minister" / "Foreign Minister") by
two outlets at one time is an office conflict; a past rank, two different people, or one
outlet's own wording are not."""

from __future__ import annotations

from crosscheck.corroborate.office_rank import base_office
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier

ROUND = (
    "Talks in Muscat\nIranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in "
    "Muscat on Saturday for talks on the nuclear programme."
)


def _ranks(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "office_conflict" and "rank" in f.summary]


def test_rank_prefixes_are_read_off_the_office() -> None:
    assert base_office("deputy foreign minister") == ("foreign minister", "deputy")
    assert base_office("vice president") == ("president", "vice")
    assert base_office("foreign minister") == ("foreign minister", "")


def test_a_deputy_and_a_full_rank_for_one_person_are_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ROUND),
            "b.txt": (
                "Outlet B",
                "Talks in Muscat\nIranian Deputy Foreign Minister Abbas Araghchi met US envoy "
                "Steve Witkoff in Muscat on Saturday for talks on the nuclear programme.",
            ),
        },
    )
    (conflict,) = _ranks(dossier)
    assert {v.value for v in conflict.values} == {"foreign minister", "deputy foreign minister"}
    assert "Abbas Araghchi" in conflict.summary
    assert all(len(v.origins) == 1 for v in conflict.values)


def test_a_past_rank_or_another_person_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ROUND),
            "b.txt": (
                "Outlet B",
                "Talks in Muscat\nIranian Foreign Minister Abbas Araghchi, a former deputy "
                "foreign minister, met US envoy Steve Witkoff in Muscat on Saturday. Deputy "
                "Foreign Minister Majid Takht-Ravanchi joined the Iranian delegation.",
            ),
        },
    )
    assert not _ranks(dossier)


def test_one_outlets_own_two_wordings_are_no_cross_outlet_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ROUND),
            "a2.txt": (
                "Outlet A",
                "Muscat round\nIranian Deputy Foreign Minister Abbas Araghchi met US envoy "
                "Steve Witkoff in Muscat on Saturday.",
            ),
        },
    )
    assert not _ranks(dossier)
