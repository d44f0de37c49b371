"""A figure in a side clause of one report ("..., after the quake that killed more than 2,100
people") does not keep two outlets' telling of one act apart; the same side figure stated
differently by both, or a figure of the main clause on one side only, still does. A day of a
month the date reader left untyped ("on April 26") is compared as a day, not as the figure 26.
Texts written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.figures import figures_of, side_clauses, written_values_agree
from crosscheck.claims.same_proposition import same_figures
from crosscheck.claims.value_agreement import values_agree
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


def _sides(text: str) -> list[str]:
    return [text[start:end] for start, end in side_clauses(text)]


def test_a_side_clause_runs_from_its_subordinating_word_to_the_next_comma() -> None:
    text = "Morocco accepted aid from four countries, after the quake that killed 2,100 people"
    assert _sides(text) == ["after the quake that killed 2,100 people"]
    said = "Officials said that 2,100 people were killed in the quake"
    assert _sides(said) == []  # "that" after a verb of saying opens what was said
    assert _sides("After the quake, Morocco accepted aid from four countries") == []
    fronted = "Five days after the mutiny, Putin met Prigozhin and 34 commanders"
    assert _sides(fronted) == ["after the mutiny"]  # the 34 are the main clause's


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


def _untyped_pair(first: str, second: str) -> bool:
    """same_figures on two claims whose dates the date reader did not type."""
    articles = [article("a", "Outlet A", says(first)), article("b", "Outlet B", says(second))]
    built = corpus(articles)
    return same_figures(articles[0].claims[0], articles[1].claims[0], built)


def test_an_untyped_day_of_a_month_is_a_day_not_a_figure() -> None:
    met = "U.S. and Iranian negotiators met for the third time in Muscat, Oman on April 26"
    held = "The third round of indirect talks was held on Saturday, April 26, 2025, in Muscat"
    assert [f.bounds for f in figures_of(article("a", "A", says(met)).claims[0])] == []
    assert _untyped_pair(met, held)
    # near misses: another day of the month, or a count of the same people, stay apart
    assert not _untyped_pair(met, held.replace("April 26", "April 19"))
    assert not _untyped_pair(met + " with 12 delegates", met + " with 15 delegates")


def test_the_matcher_reads_written_days_of_a_month_as_days() -> None:
    met = article("a", "A", says("Negotiators met in Muscat on April 26")).claims[0]
    held = article("b", "B", says("The round was held in Muscat on April 26, 2025")).claims[0]
    other_day = article("c", "C", says("The round was held in Muscat on April 19, 2025")).claims[0]
    assert not values_agree(met, held)  # as written numbers, {26} is not {26, 2025}
    assert written_values_agree(met, held)
    assert not written_values_agree(met, other_day)


TOLL = (
    "At least {} people died when the quake struck the mountain villages of the province on Friday."
)


def test_two_different_lower_bounds_are_two_counts_not_one_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    # "at least 128" and "at least 157" can both be true, but shown as one fact they would
    # hide that the two outlets report different tolls
    assert _told_together(_pair(nlp, TOLL.format(128), TOLL.format(157))) == []


def test_a_lower_bound_and_about_its_number_are_one_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    more = TOLL.format(128).replace("At least", "More than")
    assert _told_together(_pair(nlp, TOLL.format(128), more))
    exact = TOLL.format(130).replace("At least", "Some")
    assert _told_together(_pair(nlp, TOLL.format(128), exact))
