"""A figure in a side clause of one report ("..., after the quake that killed more than 2,100
people") does not keep two outlets' telling of one act apart; the same side figure stated
differently by both, or a figure of the main clause on one side only, still does. Texts
written for the test."""

from __future__ import annotations

from crosscheck.claims.figures import side_clause_start
from crosscheck.records import Dossier
from text_builders import dossier_of

PUBLISHED = "2023-09-11"


def _pair(nlp, first: str, second: str) -> Dossier:  # type: ignore[no-untyped-def]
    return dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", f"Aid for the quake zone\n{first}"),
            "b.txt": ("Outlet B", f"Rescue teams arrive\n{second}"),
        },
        published=PUBLISHED,
    )


def _told_together(dossier: Dossier) -> list[str]:
    """Findings that show both reports as telling one proposition (by two origins, or as
    copies of one)."""
    both = {a.id for a in dossier.articles}
    kinds = ("corroborated", "single_source")
    return [f.summary for f in dossier.findings if f.kind in kinds and both <= set(f.supporting)]


ACCEPTED = (
    "Morocco accepted rescue teams from Spain, Britain, Qatar and the United Arab Emirates on "
    "Sunday, after the earthquake that killed more than 2,100 people."
)
ACCEPTED_PLAIN = (
    "Morocco accepted rescue teams from Spain, Britain, Qatar and the United Arab Emirates on "
    "Sunday to search the ruins of mountain villages."
)


def test_the_side_clause_starts_at_its_subordinating_word() -> None:
    text = "Morocco accepted aid from four countries, after the quake that killed 2,100 people"
    assert text[side_clause_start(text) or 0 :].startswith("after the quake")
    said = "Officials said that 2,100 people were killed in the quake"
    assert side_clause_start(said) is None  # "that" after a verb of saying opens what was said
    assert side_clause_start("After the quake, Morocco accepted aid from four countries") is None


def test_a_toll_in_a_side_clause_of_one_report_does_not_block_corroboration(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _told_together(_pair(nlp, ACCEPTED, ACCEPTED_PLAIN))


def test_side_figures_of_one_kind_that_differ_still_keep_two_reports_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    other_toll = ACCEPTED.replace("more than 2,100", "about 300")
    assert other_toll != ACCEPTED
    assert _told_together(_pair(nlp, ACCEPTED, other_toll)) == []


def test_a_figure_of_the_main_clause_on_one_side_only_still_keeps_them_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    counted = ACCEPTED_PLAIN.replace("rescue teams", "86 rescuers")
    assert counted != ACCEPTED_PLAIN
    assert _told_together(_pair(nlp, counted, ACCEPTED_PLAIN)) == []
