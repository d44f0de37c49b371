"""Two outlets whose matched claims disagree (one person given two ranks of one office) are
shown as a conflict, never also as agreeing."""

from __future__ import annotations

from crosscheck.corroborate.hidden_conflicts import hides_a_conflict
from crosscheck.records import Finding, FindingValue, Span
from test_office_time import _dossier

FULL = (
    "Talks in Muscat\nIranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in "
    "Muscat on Saturday for talks on the nuclear programme, the ministry said."
)
DEPUTY = FULL.replace("Iranian Foreign Minister", "Iranian Deputy Foreign Minister")


def _span(article: str, start: int, end: int) -> Span:
    return Span(article=article, start=start, end=end, text="x" * (end - start))


def _finding(kind: str, evidence: list[Span], values: list[FindingValue]) -> Finding:
    return Finding(
        id=f"f-{kind}",
        kind=kind,  # type: ignore[arg-type]
        summary=kind,
        claims=[],
        supporting=sorted({s.article for s in evidence}),
        contradicting=[],
        independent_sources=2,
        origins=[],
        evidence=evidence,
        values=values,
    )


def test_agreement_touching_both_sides_of_a_conflict_is_hidden_one_side_is_not() -> None:
    conflict = _finding(
        "office_conflict",
        [],
        [
            FindingValue(value="foreign minister", articles=["a"], evidence=[_span("a", 16, 60)]),
            FindingValue(value="deputy", articles=["b"], evidence=[_span("b", 16, 67)]),
        ],
    )
    both = _finding("corroborated", [_span("a", 0, 120), _span("b", 0, 120)], [])
    one = _finding("corroborated", [_span("a", 0, 120), _span("c", 0, 120)], [])
    elsewhere = _finding("corroborated", [_span("a", 200, 260), _span("b", 200, 260)], [])
    assert hides_a_conflict(both, [conflict])
    assert not hides_a_conflict(one, [conflict])
    assert not hides_a_conflict(elsewhere, [conflict])


def test_two_ranks_of_one_minister_are_a_conflict_and_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, {"a.txt": ("Outlet A", FULL), "b.txt": ("Outlet B", DEPUTY)})
    assert [f for f in dossier.findings if f.kind == "office_conflict"]
    outlet_of = {a.id: a.outlet for a in dossier.articles}
    for finding in dossier.findings:
        if finding.kind in ("corroborated", "single_source"):
            assert {outlet_of[a] for a in finding.supporting} != {"Outlet A", "Outlet B"}
