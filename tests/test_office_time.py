"""Office-holders in time: a role stated for an earlier time is not a conflict with today's
holder; a conflict needs one office at overlapping times."""

from __future__ import annotations

from crosscheck.records import Dossier, Finding
from text_builders import dossier_of

TODAY = "Syrian Foreign Minister Asaad al-Shibani met Turkish officials in Ankara on Monday to discuss border security. Israeli Prime Minister Benjamin Netanyahu welcomed the talks."


def _dossier(nlp, texts: dict[str, tuple[str, str]]) -> Dossier:  # type: ignore[no-untyped-def]
    return dossier_of(nlp, texts, published="2025-07-13")


def _offices(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind in ("office_conflict", "identity_conflict")]


def test_a_background_paragraph_about_an_earlier_year_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", "Border talks\n" + TODAY),
            "b.txt": (
                "Outlet B",
                "Border talks in Ankara\nSyrian Foreign Minister Asaad al-Shibani met Turkish "
                "officials in Ankara on Monday to discuss border security.\n"
                "Syria and Israel last held direct talks in 2000, in Shepherdstown. Farouk "
                "al-Sharaa, Syria's foreign minister, met Ehud Barak, Israel's prime minister, "
                "at the talks. The talks collapsed over the Golan Heights.",
            ),
        },
    )
    assert not _offices(dossier)
    farouk = next(e for e in dossier.entities if e.name.startswith("Farouk"))
    assert farouk.roles and all(r.status == "then" for r in farouk.roles)


def test_a_rival_holder_today_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", "Border talks\n" + TODAY),
            "b.txt": (
                "Outlet B",
                "Border talks in Ankara\nFarouk al-Sharaa, Syria's foreign minister, met Turkish "
                "officials in Ankara on Monday to discuss border security.",
            ),
        },
    )
    (conflict,) = _offices(dossier)
    assert conflict.kind == "office_conflict" and "foreign minister of Syria" in conflict.summary
    assert all(len(v.origins) == 1 for v in conflict.values)


def test_then_and_ousted_titles_are_former_roles(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Syria talks\nSyrian President Ahmed al-Sharaa met envoys in Damascus on "
                "Monday. Israel has struck Syria often since the fall of ousted President "
                "Bashar al-Assad in December. Talks under then-Prime Minister Ehud Barak "
                "failed.",
            ),
            "b.txt": (
                "Outlet B",
                "Syria talks\nSyrian President Ahmed al-Sharaa met envoys in Damascus on "
                "Monday. Israeli Prime Minister Benjamin Netanyahu did not comment.",
            ),
        },
    )
    assert not [f for f in dossier.findings if f.kind == "internal_inconsistency"]
    assert not _offices(dossier)
    assad = next(e for e in dossier.entities if "Bashar al-Assad" in e.aliases)
    assert assad.roles and {r.status for r in assad.roles} <= {"former", "then"}


def test_two_first_names_for_one_holder_are_an_identity_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", "Border talks\n" + TODAY),
            "b.txt": (
                "Outlet B",
                "Border talks\nSyrian Foreign Minister Hassan al-Shibani met Turkish officials "
                "in Ankara on Monday to discuss border security.",
            ),
        },
    )
    (conflict,) = _offices(dossier)
    assert conflict.kind == "identity_conflict"
    assert {v.value for v in conflict.values} == {"Asaad al-Shibani", "Hassan al-Shibani"}


def test_office_conflicts_count_origins_not_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", "Border talks\n" + TODAY),
            "a2.txt": (
                "Outlet A",
                "Ankara meeting\nTurkish officials received Syrian Foreign Minister Asaad "
                "al-Shibani in Ankara on Monday for talks on border security.",
            ),
            "b.txt": (
                "Outlet B",
                "Border talks in Ankara\nFarouk al-Sharaa, Syria's foreign minister, met Turkish "
                "officials in Ankara on Monday to discuss border security.",
            ),
        },
    )
    (conflict,) = _offices(dossier)
    by_holder = {v.value: v for v in conflict.values}
    shibani = by_holder["Asaad al-Shibani"]
    assert len(shibani.articles) == 2 and shibani.origins == ["outlet:outlet a"]
    assert conflict.independent_sources == 1
