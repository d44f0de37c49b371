"""Agreement that hides a disagreement. Claims matched as one proposition may still differ in a
way another detector sees ("Foreign Minister Abbas Araghchi" and "Deputy Foreign Minister
Abbas Araghchi"; "24 dead" and "26 dead" read from whole sentences): a finding of agreement
whose evidence stands on two sides of one conflict is not shown, since the outlets do not
agree on it. The conflict is shown instead."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.records import CONFLICT_KINDS, Finding, Span

AGREEMENT_KINDS = ("corroborated", "single_source")


def _overlap(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def hides_a_conflict(agreement: Finding, conflicts: Sequence[Finding]) -> bool:
    """Whether the agreement's evidence touches two competing values of one conflict."""
    for conflict in conflicts:
        sides = sum(
            any(_overlap(mine, theirs) for mine in agreement.evidence for theirs in value.evidence)
            for value in conflict.values
        )
        if sides >= 2:
            return True
    return False


def without_hidden_conflicts(findings: Sequence[Finding]) -> list[Finding]:
    """The findings, less every agreement of several articles that a conflict contradicts."""
    conflicts = [f for f in findings if f.kind in CONFLICT_KINDS]
    return [
        f
        for f in findings
        if f.kind not in AGREEMENT_KINDS
        or len(f.supporting) < 2
        or not hides_a_conflict(f, conflicts)
    ]
