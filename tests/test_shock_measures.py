"""A quake's magnitude given differently by two outlets is a conflict only when both speak of
one shock: not when a sentence or its headline tells of a fresh quake or an aftershock, not
when the reports are clustered into two events, not when one was written before the other's
day."""

from __future__ import annotations

from datetime import date

from claim_builders import article, findings_of, qty, says, when
from crosscheck.claims.another_shock import marks_another_shock
from crosscheck.records import AnnotatedArticle, ClaimValue, Finding

STRUCK = "earthquake struck the Jajarkot district of western Nepal, the seismology centre said."


def _report(
    aid: str,
    magnitude: float,
    headline: str | None = None,
    lead: str = "A magnitude",
    day: ClaimValue | None = None,
    published: date = date(2023, 11, 6),
) -> AnnotatedArticle:
    values = [qty(f"magnitude {magnitude}", magnitude, "magnitude")]
    values += [day] if day is not None else []
    made = article(
        aid,
        f"Outlet {aid.upper()}",
        says(f"{lead} {magnitude} {STRUCK}", predicate="strike", values=values),
        published=published,
    )
    if headline is None:
        return made
    return made.model_copy(update={"article": made.article.model_copy(update={"title": headline})})


def _magnitude_conflicts(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.kind == "number_conflict" and "magnitude" in f.summary]


def test_two_magnitudes_of_one_shock_are_a_conflict() -> None:
    found = findings_of([_report("a", 6.4, "Quake kills 150 in Nepal"), _report("b", 5.6)])
    (conflict,) = _magnitude_conflicts(found)
    assert {v.value for v in conflict.values} == {"magnitude 6.4", "magnitude 5.6"}


def test_a_headline_announcing_a_fresh_quake_is_another_shock() -> None:
    found = findings_of([_report("a", 6.4), _report("b", 5.6, "Fresh quake rocks Nepal")])
    assert not _magnitude_conflicts(found)


def test_a_sentence_telling_of_an_aftershock_is_another_shock() -> None:
    found = findings_of([_report("a", 6.4), _report("b", 5.6, lead="An aftershock of magnitude")])
    assert not _magnitude_conflicts(found)


def test_reports_of_two_events_measure_two_shocks() -> None:
    found = findings_of([_report("a", 6.4), _report("b", 5.6)], events=[["a"], ["b"]])
    assert not _magnitude_conflicts(found)


def test_a_report_written_before_the_other_shock_measures_an_earlier_one() -> None:
    monday = when("on Monday, November 6", "2023-11-06")
    found = findings_of(
        [_report("a", 6.4, published=date(2023, 11, 5)), _report("b", 5.6, day=monday)]
    )
    assert not _magnitude_conflicts(found)


def _depth(aid: str, km: float, headline: str) -> AnnotatedArticle:
    made = article(
        aid,
        f"Outlet {aid.upper()}",
        says(
            f"The earthquake struck at a depth of {km:g} km, the seismology centre said.",
            predicate="strike",
            values=[qty(f"{km:g}", km, "km")],
        ),
        published=date(2023, 11, 6),
    )
    return made.model_copy(update={"article": made.article.model_copy(update={"title": headline})})


def test_depths_of_one_shock_disagree_and_of_a_fresh_one_do_not() -> None:
    one = findings_of([_depth("a", 10, "Quake kills 150"), _depth("b", 17.9, "Nepal quake")])
    assert [f.kind for f in one if f.kind == "number_conflict"] == ["number_conflict"]
    two = findings_of([_depth("a", 10, "Quake kills 150"), _depth("b", 17.9, "Fresh quake")])
    assert not [f for f in two if f.kind == "number_conflict"]


def test_another_shock_is_read_from_words_of_a_new_quake_not_from_names() -> None:
    assert marks_another_shock("Another strong quake hits Nepal")
    assert marks_another_shock("une nouvelle secousse a été ressentie")
    assert marks_another_shock("Un nuevo sismo sacude Nepal")
    assert not marks_another_shock("New Delhi feels quake tremors")
    assert not marks_another_shock("New details of quake damage emerge")
    assert not marks_another_shock("Nepal quake: death toll rises to 157")
