"""Who led one side's delegation, stated differently by two outlets, is a participant conflict;
two spellings of one leader, sub-delegations (experts), plans, earlier talks and the other
side's leader are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.delegations import delegation_leaders, side_key
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier
from text_builders import annotated_report

MEDINSKY = (
    "Talks in Istanbul\nRussian and Ukrainian officials met in Istanbul on Friday. The Russian "
    "delegation, led by presidential aide Vladimir Medinsky, arrived at the palace in the "
    "morning."
)
LAVROV = (
    "Istanbul talks\nRussian and Ukrainian officials met in Istanbul on Friday. Foreign "
    "Minister Sergei Lavrov headed the Russian delegation, officials in Ankara said."
)


def _leaders(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "participant_conflict" and "led" in f.summary]


def _read(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    annotated = annotated_report(nlp, "a", text)
    return [
        (s.side, annotated.mentions[s.leader].text) for s in delegation_leaders(annotated, 2025)
    ]


def test_leaders_are_read_before_and_after_their_delegation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, MEDINSKY.split("\n")[1]) == [("russ", "Vladimir Medinsky")]
    assert _read(nlp, "Special Envoy Steve Witkoff headed the US delegation in Muscat.") == [
        ("us", "Steve Witkoff")
    ]
    assert _read(
        nlp, "The head of the Ukrainian delegation, Defence Minister Rustem Umerov, spoke."
    ) == [("ukra", "Rustem Umerov")]
    assert side_key("U.S.") == side_key("American") == side_key("américaine") == "us"
    assert side_key("Iran’s") == side_key("iranienne") == "iran"


def test_sub_delegations_plans_co_leaders_and_past_talks_are_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Michael Anton led the 12-member US technical and expert delegation.",
        "The expert delegation was led by Majid Takht-Ravanchi and Kazem Gharibabadi.",
        "The Russian delegation will be led by Vladimir Medinsky, the Kremlin said.",
        "The Ukrainian delegation was led by David Arakhamia in the 2022 talks in Istanbul.",
        "The Iranian delegation, led by Abbas Araghchi and Majid Takht-Ravanchi, arrived.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_two_leaders_of_one_delegation_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _leaders(
        _dossier(nlp, {"a.txt": ("Outlet A", MEDINSKY), "b.txt": ("Outlet B", LAVROV)})
    )
    assert sorted(v.value for v in found.values) == ["Sergei Lavrov", "Vladimir Medinsky"]
    assert "Russian delegation" in found.summary
    assert all(len(v.evidence) == 1 and v.origins for v in found.values)


def test_one_leader_spelt_twice_or_the_other_side_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    spelt = LAVROV.replace("Foreign Minister Sergei Lavrov", "Presidential aide Vladimir Medinskiy")
    assert not _leaders(_dossier(nlp, {"a.txt": ("A", MEDINSKY), "b.txt": ("B", spelt)}))
    other_side = LAVROV.replace(
        "Foreign Minister Sergei Lavrov headed the Russian delegation",
        "Defence Minister Rustem Umerov headed the Ukrainian delegation",
    )
    assert not _leaders(_dossier(nlp, {"a.txt": ("A", MEDINSKY), "b.txt": ("B", other_side)}))
    assert not _leaders(_dossier(nlp, {"a.txt": ("A", MEDINSKY), "b.txt": ("A", LAVROV)}))
