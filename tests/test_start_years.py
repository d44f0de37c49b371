"""One lasting state of the same parties given two start years by two outlets is a date
conflict ("at war since 1948" / "since 1967"); a negated state, a year of another state in the
same sentence, other parties and one outlet's own two articles are not. Articles written for
the test."""

from __future__ import annotations

from crosscheck.claims.start_years import start_years
from crosscheck.records import Dossier, Finding
from test_office_time import _dossier
from text_builders import annotated_report

SINCE_1948 = (
    "Talks in Baku\nSyria and Israel, which have technically been at war since 1948, held a "
    "meeting in Baku on Saturday, officials said."
)
SINCE_1967 = (
    "Baku meeting\nIsrael and Syria have been at war since 1967 and met in Baku on Saturday, "
    "a diplomatic source said."
)


def _years(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "date_conflict" and "began" in f.summary]


def _read(nlp, text: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(s.state, s.year) for s in start_years(annotated_report(nlp, "a", text))]


def test_lasting_states_are_read_with_their_start_year(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, SINCE_1948.split("\n")[1]) == [("at war", 1948)]
    assert _read(nlp, "The two countries have had no diplomatic relations since 1980.") == [
        ("no diplomatic relations", 1980)
    ]
    assert _read(nlp, "La Syrie et Israël sont en guerre depuis 1948.") == [("at war", 1948)]


def test_negated_hedged_and_other_states_are_not_read_as_the_war(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, "Syria and Israel have not been at war since 1973.") == []
    assert _read(nlp, "They would be at war since 1948 if the truce failed.") == []
    # the year is the occupation's, not the war's
    assert _read(
        nlp, "The two countries remain at war, with Israel occupying the Golan since 1967."
    ) == [("occupied", 1967)]


def test_two_start_years_of_one_war_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, {"a.txt": ("Outlet A", SINCE_1948), "b.txt": ("Outlet B", SINCE_1967)})
    (found,) = _years(dossier)
    assert [v.value for v in found.values] == ["since 1948", "since 1967"]
    assert "at war" in found.summary
    assert "technically been at war since 1948" in found.values[0].evidence[0].text


def test_one_year_other_parties_or_one_outlet_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    same = SINCE_1967.replace("1967", "1948")
    assert not _years(_dossier(nlp, {"a.txt": ("A", SINCE_1948), "b.txt": ("B", same)}))
    others = SINCE_1967.replace("Israel and Syria have", "Iran and Iraq have")
    assert not _years(_dossier(nlp, {"a.txt": ("A", SINCE_1948), "b.txt": ("B", others)}))
    assert not _years(_dossier(nlp, {"a.txt": ("A", SINCE_1948), "b.txt": ("A", SINCE_1967)}))
