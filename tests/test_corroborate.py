"""Corroboration on short articles: conflicts over an office, support, self-contradiction."""

from __future__ import annotations

from text_builders import dossier_of

_dossier = dossier_of


def test_office_conflict_support_and_self_contradiction(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Ministers meet in Vienna over nuclear deal\nIranian Foreign Minister Abbas Araghchi met European envoys in Vienna on Monday to discuss the nuclear deal. The talks will resume next week, officials said.",
            ),
            "b.txt": (
                "Outlet B",
                "Nuclear talks in Vienna\nIranian Foreign Minister Mohammad Javad Zarif met European envoys in Vienna on Monday to discuss the nuclear deal. Diplomats expect more rounds.",
            ),
            "c.txt": (
                "Outlet C",
                "Vienna talks\nEuropean envoys met Iran's foreign minister Abbas Araghchi in Vienna on Monday to discuss the nuclear deal. Iranian President Hassan Rouhani welcomed the talks, two years after the ouster of Hassan Rouhani by parliament.",
            ),
        },
    )
    conflict = next(
        f
        for f in dossier.findings
        if f.kind == "office_conflict" and "foreign minister of Iran" in f.summary
    )
    values = {v.value: v.articles for v in conflict.values}
    assert set(values) == {"Abbas Araghchi", "Mohammad Javad Zarif"}
    ids = {a.path: a.id for a in dossier.articles}
    assert sorted(values["Abbas Araghchi"]) == sorted([ids["a.txt"], ids["c.txt"]])
    assert conflict.contradicting == [ids["b.txt"]]
    self_contradiction = [f for f in dossier.findings if f.kind == "internal_inconsistency"]
    assert [f.supporting for f in self_contradiction] == [[ids["c.txt"]]]
    # "Araghchi met European envoys" and "Zarif met European envoys" are not one proposition.
    corroborated = [f for f in dossier.findings if f.kind == "corroborated"]
    assert not [f for f in corroborated if {ids["a.txt"], ids["b.txt"]} <= set(f.supporting)]
    assert {c.outlet for c in dossier.agreement} >= {"Outlet A", "Outlet B"}


def test_syndicated_copies_count_once(nlp) -> None:  # type: ignore[no-untyped-def]
    wire = (
        "Flood warning in Dresden\nAuthorities in Dresden ordered the evacuation of 2,000 residents on Tuesday "
        "as the Elbe river rose above seven metres. Mayor Dirk Hilbert said emergency crews were building "
        "sandbag walls along the river banks and that schools would stay closed for the rest of the week."
    )
    dossier = _dossier(
        nlp, {"x.txt": ("Paper X", wire), "y.txt": ("Paper Y", wire + " Trains were cancelled.")}
    )
    assert dossier.duplicates and len(dossier.duplicates[0].members) == 2
    shared = [f for f in dossier.findings if len(f.supporting) == 2]
    assert shared and all(f.independent_sources == 1 and f.kind != "corroborated" for f in shared)


def test_an_article_naming_two_holders_of_one_office_is_flagged(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Summit news\nFrench President Emmanuel Macron opened the summit in Paris on Monday. "
                "Later, French President Francois Hollande closed the summit with a speech on trade.",
            ),
        },
    )
    flagged = [f for f in dossier.findings if f.kind == "internal_inconsistency"]
    assert len(flagged) == 1 and "president of France" in flagged[0].summary
    assert {v.value for v in flagged[0].values} == {"Emmanuel Macron", "Francois Hollande"}


TOLL = {
    "a.txt": (
        "Outlet A",
        "Market attack\nAt least 3,000 people were killed in the attack on the central market "
        "of Aleppo on Monday, the Syrian health ministry said.",
    ),
    "b.txt": (
        "Outlet B",
        "Market attack\n300 people were killed in the attack on the central market of Aleppo "
        "on Monday, the Syrian health ministry said.",
    ),
}


def test_different_death_tolls_never_corroborate(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, TOLL)
    assert not [f for f in dossier.findings if f.kind == "corroborated" and len(f.supporting) == 2]


def test_different_death_tolls_are_a_number_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, TOLL)
    conflict = next(f for f in dossier.findings if f.kind == "number_conflict")
    written = [v.value for v in conflict.values]
    assert len(written) == 2 and any("3,000" in w for w in written)
    assert any("300" in w and "3,000" not in w for w in written)
    ids = {a.path: a.id for a in dossier.articles}
    assert {a for v in conflict.values for a in v.articles} == {ids["a.txt"], ids["b.txt"]}


MEDIATED = (
    "Baku talks\nIsraeli and Syrian officials met in Baku on Saturday for security talks "
    "mediated by {}, officials said. The talks focused on the buffer zone in southern Syria."
)
MEDIATED_TOO = (
    "Secret meeting in Azerbaijan\nA Syrian delegation and Israeli negotiators held a "
    "meeting in Baku on Saturday mediated by {}. Neither government has commented on the "
    "talks, which dealt with Israeli troops in southern Syria."
)


def test_reports_naming_different_mediators_of_one_event_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", MEDIATED.format("U.S. envoy Tom Barrack")),
            "b.txt": ("Outlet B", MEDIATED_TOO.format("Turkish Foreign Minister Hakan Fidan")),
        },
    )
    assert len(dossier.events) == 1
    (conflict,) = [f for f in dossier.findings if f.kind == "mediator_conflict"]
    assert {v.value for v in conflict.values} == {"Tom Barrack", "Hakan Fidan"}
    assert all("mediated by" in s.text for s in conflict.evidence)


def test_a_mediator_and_their_state_do_not_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", MEDIATED.format("U.S. envoy Tom Barrack")),
            "b.txt": ("Outlet B", MEDIATED_TOO.format("the United States")),
        },
    )
    assert not [f for f in dossier.findings if f.kind == "mediator_conflict"]


def test_the_parties_after_a_mediator_are_not_mediators(nlp) -> None:  # type: ignore[no-untyped-def]
    # "mediated by Oman between the United States and Iran": Oman mediates, the United States
    # is a party; against a report naming the United States as mediator, that is a conflict.
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", MEDIATED.format("Oman between the United States and Iran")),
            "b.txt": ("Outlet B", MEDIATED_TOO.format("the United States")),
        },
    )
    (conflict,) = [f for f in dossier.findings if f.kind == "mediator_conflict"]
    assert {v.value for v in conflict.values} == {"Oman", "United States"}


ISTANBUL = (
    "Talks in Istanbul\nRussian and Ukrainian delegations met in Istanbul on Wednesday for a "
    "third round of talks hosted by {}. The meeting lasted less than an hour, officials said."
)


def test_a_short_and_a_full_form_of_one_name_are_not_two_holders(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ISTANBUL.format("Turkish President Recep Tayyip")),
            "b.txt": ("Outlet B", ISTANBUL.format("Turkish President Recep Tayyip Erdogan")),
        },
    )
    assert not [f for f in dossier.findings if f.kind in ("office_conflict", "identity_conflict")]


def test_two_different_people_in_one_office_are_still_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ISTANBUL.format("Turkish Foreign Minister Hakan Fidan")),
            "b.txt": ("Outlet B", ISTANBUL.format("Turkish Foreign Minister Mevlut Cavusoglu")),
        },
    )
    (conflict,) = [f for f in dossier.findings if f.kind == "office_conflict"]
    assert {v.value for v in conflict.values} == {"Hakan Fidan", "Mevlut Cavusoglu"}
