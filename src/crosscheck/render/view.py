"""What the human-readable reports show, computed once for the Markdown and HTML templates."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from crosscheck.corroborate.sources import article_label
from crosscheck.records import Dossier, Entity, Event, Finding, FrameEvidence

SINGLE_SOURCE_SHOWN = 25
CORROBORATED_SHOWN = 100
# The report's agreement table: the findings most outlets speak to, and the outlets that speak
# to them most (a corpus of a thousand outlets and findings would make a million cells).
MATRIX_FINDINGS_SHOWN = 40
MATRIX_OUTLETS_SHOWN = 60


@dataclass(frozen=True, slots=True)
class MatrixView:
    """Outlet x finding agreement, ready for a table."""

    outlets: list[str]
    findings: list[Finding]
    cells: Mapping[tuple[str, str], str]
    agreement_rate: dict[str, float]
    # left out of the report's table (dossier.json has them all)
    findings_hidden: int
    outlets_hidden: int


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything the templates need, with lookups resolved."""

    dossier: Dossier
    label: dict[str, str]
    entity: dict[str, Entity]
    counts: dict[str, int]
    findings_by_kind: dict[str, list[Finding]]
    timeline: list[Event]
    people: list[Entity]
    other_entities: list[Entity]
    matrix: MatrixView
    single_source_hidden: int
    corroborated_hidden: int
    # per event id: the first sentence behind each part of its frame
    frame_evidence: dict[str, list[FrameEvidence]]
    # ids of the findings the report prints (the others are in dossier.json only)
    shown: frozenset[str]


def _matrix(dossier: Dossier) -> MatrixView:
    findings = [f for f in dossier.findings if f.kind in ("corroborated", "conflict")]
    cells = {(c.outlet, c.finding): c.stance for c in dossier.agreement}
    outlets = sorted({c.outlet for c in dossier.agreement})
    stances = Counter((o, s) for (o, _), s in cells.items())
    rate = {}
    for outlet in outlets:
        total = stances[outlet, "supports"] + stances[outlet, "contradicts"]
        rate[outlet] = stances[outlet, "supports"] / total if total else 0.0
    voices = Counter(f for (_, f) in cells)
    shown = sorted(findings, key=lambda f: -voices[f.id])[:MATRIX_FINDINGS_SHOWN]
    shown_ids = {f.id for f in shown}
    speaking = Counter(o for (o, f) in cells if f in shown_ids)
    shown_outlets = sorted(speaking, key=lambda o: (-speaking[o], o))[:MATRIX_OUTLETS_SHOWN]
    return MatrixView(
        outlets=sorted(shown_outlets),
        findings=[f for f in findings if f.id in shown_ids],
        cells=cells,
        agreement_rate=rate,
        findings_hidden=len(findings) - len(shown),
        outlets_hidden=len(outlets) - len(shown_outlets),
    )


def _first_per_part(event: Event) -> list[FrameEvidence]:
    """One sentence for each (role, entity) of the frame; dossier.json keeps them all."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for item in event.frame_evidence:
        if (item.role, item.entity) not in seen:
            seen.add((item.role, item.entity))
            kept.append(item)
    return kept


def build_view(dossier: Dossier) -> ReportView:
    """Prepare the dossier for the report templates."""
    by_kind: dict[str, list[Finding]] = defaultdict(list)
    for finding in dossier.findings:
        by_kind[finding.kind].append(finding)
    hidden = max(0, len(by_kind["single_source"]) - SINGLE_SOURCE_SHOWN)
    by_kind["single_source"] = by_kind["single_source"][:SINGLE_SOURCE_SHOWN]
    corroborated_hidden = max(0, len(by_kind["corroborated"]) - CORROBORATED_SHOWN)
    by_kind["corroborated"] = by_kind["corroborated"][:CORROBORATED_SHOWN]
    timeline = sorted(dossier.events, key=lambda e: (e.date is None, e.date or date.min, e.title))
    significant = [e for e in dossier.entities if len(e.mentions) >= 2 or e.roles]
    counts = Counter(f.kind for f in dossier.findings)
    return ReportView(
        dossier=dossier,
        label={a.id: article_label(a) for a in dossier.articles},
        entity={e.id: e for e in dossier.entities},
        counts={
            "articles": len(dossier.articles),
            "rejected": len(dossier.rejected),
            "entities": len(dossier.entities),
            "stories": len(dossier.stories),
            "events": len(dossier.events),
            "claims": len(dossier.claims),
            **{
                k: counts.get(k, 0)
                for k in ("conflict", "internal_inconsistency", "corroborated", "single_source")
            },
        },
        findings_by_kind=dict(by_kind),
        timeline=timeline,
        people=[e for e in significant if e.type == "PERSON"],
        other_entities=[e for e in significant if e.type != "PERSON"][:60],
        matrix=_matrix(dossier),
        single_source_hidden=hidden,
        corroborated_hidden=corroborated_hidden,
        frame_evidence={e.id: _first_per_part(e) for e in dossier.events},
        shown=frozenset(f.id for found in by_kind.values() for f in found),
    )
