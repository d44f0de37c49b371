"""What the human-readable reports show, computed once for the Markdown and HTML templates."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from crosscheck.corroborate.sources import article_label
from crosscheck.records import (
    CONFLICT_KINDS,
    Dossier,
    Entity,
    Event,
    Finding,
    FrameEvidence,
    Position,
    Quote,
)

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
    # (speaker as the report names it, their quotes), most quoted first
    quotes_by_speaker: list[tuple[str, list[Quote]]]
    # (party as the report names it, its positions), most positions first
    positions_by_actor: list[tuple[str, list[Position]]]
    # conflict kind -> how the report names it
    kind_names: dict[str, str]
    # origin key -> how the report names it
    origin_names: dict[str, str]


KIND_NAMES = {
    "conflict": "opposite claims",
    "office_conflict": "office-holder",
    "number_conflict": "numbers",
    "date_conflict": "date",
    "place_conflict": "place",
    "participant_conflict": "participants",
    "identity_conflict": "identity",
    "mediator_conflict": "mediator",
    "misquote": "misquote",
    "position_conflict": "stated position",
}


def _matrix(dossier: Dossier) -> MatrixView:
    findings = [f for f in dossier.findings if f.kind == "corroborated" or f.kind in CONFLICT_KINDS]
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


_ORIGIN_KINDS = {
    "agency": "agency",
    "anon": "anonymous source",
    "named": "named source",
    "media": "medium",
    "document": "document",
    "body": "official body",
}


def origin_label(key: str, label: dict[str, str]) -> str:
    """An origin key as a reader names it: "agency:afp" -> "AFP (agency)", an article's own
    reporting -> its outlet or file."""
    kind, _, name = key.partition(":")
    if kind == "article":
        return label.get(name, name)
    if kind == "outlet":
        return name
    shown = name.upper() if kind == "agency" and len(name) <= 5 else name
    return f"{shown} ({_ORIGIN_KINDS.get(kind, kind)})" if name else key


def _named(dossier: Dossier, entity: str | None, text: str | None) -> str:
    names = {e.id: e.name for e in dossier.entities}
    return names.get(entity or "", "") or text or "unattributed"


def _quotes_by_speaker(dossier: Dossier) -> list[tuple[str, list[Quote]]]:
    grouped: dict[str, list[Quote]] = defaultdict(list)
    for quote in dossier.quotes:
        grouped[_named(dossier, quote.speaker, quote.speaker_text)].append(quote)
    return sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))


def _positions_by_actor(dossier: Dossier) -> list[tuple[str, list[Position]]]:
    grouped: dict[str, list[Position]] = defaultdict(list)
    for position in dossier.positions:
        grouped[_named(dossier, position.actor, position.actor_text)].append(position)
    return sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))


def build_view(dossier: Dossier) -> ReportView:
    """Prepare the dossier for the report templates. Every kind of conflict between outlets
    is listed under "conflict", each with the name of its kind."""
    by_kind: dict[str, list[Finding]] = defaultdict(list)
    for finding in dossier.findings:
        by_kind["conflict" if finding.kind in CONFLICT_KINDS else finding.kind].append(finding)
    hidden = max(0, len(by_kind["single_source"]) - SINGLE_SOURCE_SHOWN)
    by_kind["single_source"] = by_kind["single_source"][:SINGLE_SOURCE_SHOWN]
    corroborated_hidden = max(0, len(by_kind["corroborated"]) - CORROBORATED_SHOWN)
    by_kind["corroborated"] = by_kind["corroborated"][:CORROBORATED_SHOWN]
    timeline = sorted(dossier.events, key=lambda e: (e.date is None, e.date or date.min, e.title))
    significant = [e for e in dossier.entities if len(e.mentions) >= 2 or e.roles]
    counts = Counter("conflict" if f.kind in CONFLICT_KINDS else f.kind for f in dossier.findings)
    labels = {a.id: article_label(a) for a in dossier.articles}
    return ReportView(
        dossier=dossier,
        label=labels,
        entity={e.id: e for e in dossier.entities},
        counts={
            "articles": len(dossier.articles),
            "rejected": len(dossier.rejected),
            "entities": len(dossier.entities),
            "stories": len(dossier.stories),
            "events": len(dossier.events),
            "claims": len(dossier.claims),
            "quotes": len(dossier.quotes),
            "positions": len(dossier.positions),
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
        quotes_by_speaker=_quotes_by_speaker(dossier),
        positions_by_actor=_positions_by_actor(dossier),
        kind_names=KIND_NAMES,
        origin_names={
            key: origin_label(key, labels)
            for f in dossier.findings
            for key in (*f.origins, *(k for value in f.values for k in value.origins))
        },
    )
