"""Typed, immutable records that flow between the stages, and the dossier they end in.

Every record is a frozen pydantic model: validated on construction, serialised to JSON for the
dossier and the store, and described by the published JSON Schema (`schema/dossier.schema.json`).
One module per stage: ``articles`` (ingest), ``annotations``, ``claims`` and ``annotated``
(per-document stages), ``entities``, ``events`` and ``findings`` (corpus stages), ``dossier``
(the output). Every public name is importable from ``crosscheck.records``.
"""

from __future__ import annotations

from crosscheck.records.annotated import AnnotatedArticle
from crosscheck.records.annotations import (
    EntityType,
    Mention,
    RoleMention,
    Sentence,
    Span,
    TenureEnd,
    TimeMention,
)
from crosscheck.records.articles import Article, Paragraph, Rejection, RemovedLine
from crosscheck.records.base import Record
from crosscheck.records.claims import (
    Claim,
    ClaimValue,
    Modality,
    Position,
    Quote,
    SourceKind,
    SourceLink,
    Stance,
    ValueKind,
)
from crosscheck.records.dossier import Dossier, RunInfo
from crosscheck.records.entities import Entity, EntityMentionRef, EntityRole, MergeEvidence
from crosscheck.records.events import Event, FrameEvidence, FrameRole, Story
from crosscheck.records.findings import (
    CONFLICT_KINDS,
    DuplicateSet,
    Finding,
    FindingKind,
    FindingValue,
    OutletAgreement,
)

__all__ = [
    "CONFLICT_KINDS",
    "AnnotatedArticle",
    "Article",
    "Claim",
    "ClaimValue",
    "Dossier",
    "DuplicateSet",
    "Entity",
    "EntityMentionRef",
    "EntityRole",
    "EntityType",
    "Event",
    "Finding",
    "FindingKind",
    "FindingValue",
    "FrameEvidence",
    "FrameRole",
    "Mention",
    "MergeEvidence",
    "Modality",
    "OutletAgreement",
    "Paragraph",
    "Position",
    "Quote",
    "Record",
    "Rejection",
    "RemovedLine",
    "RoleMention",
    "RunInfo",
    "Sentence",
    "SourceKind",
    "SourceLink",
    "Span",
    "Stance",
    "Story",
    "TenureEnd",
    "TimeMention",
    "ValueKind",
]
