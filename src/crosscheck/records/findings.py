"""Findings of corroboration and conflict, duplicate sets, and the outlet agreement matrix."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from crosscheck.records.annotations import Span
from crosscheck.records.base import Record


class FindingValue(Record):
    """One of the competing values in a conflict, with who states it."""

    value: str
    articles: list[str]
    evidence: list[Span]
    origins: list[str] = Field(
        default_factory=list, description="Keys of the independent origins behind this value"
    )


FindingKind = Literal[
    "corroborated",
    "single_source",
    "internal_inconsistency",
    # conflicts between outlets, one kind per detector
    "conflict",  # opposite polarity or a denial of one proposition
    "office_conflict",
    "number_conflict",
    "date_conflict",
    "place_conflict",
    "participant_conflict",
    "identity_conflict",
    "mediator_conflict",
    "misquote",
    "position_conflict",
]
CONFLICT_KINDS: frozenset[str] = frozenset(get_args(FindingKind)) - {
    "corroborated",
    "single_source",
    "internal_inconsistency",
}


class Finding(Record):
    """A conclusion of corroboration, always with evidence."""

    id: str
    kind: FindingKind
    summary: str
    claims: list[str]
    supporting: list[str]
    contradicting: list[str]
    independent_sources: int = Field(
        description="Independent origins behind the supporting side: copies of one text, relays"
        " of one agency dispatch or of one cited source count once"
    )
    origins: list[str] = Field(
        default_factory=list, description="Keys of the independent origins behind the support"
    )
    possible_origins: list[str] = Field(
        default_factory=list,
        description="Keys of further origins behind the support that may be independent or may"
        " restate the counted ones (an outlet's own wording of what others attribute to a"
        " source; a text in another language): the count is 'at least independent_sources'",
    )
    values: list[FindingValue] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    chains: list[str] = Field(
        default_factory=list,
        description="For each evidence item, in order: its provenance chain as a reader"
        " follows it ('outlet → agency → cited source')",
    )


class DuplicateSet(Record):
    """Articles that are copies of one another (syndication); counted once as a source."""

    members: list[str]
    representative: str
    kind: Literal["exact", "near"]
    similarity: float


class OutletAgreement(Record):
    """One outlet's stance on one corroboration finding: the agreement matrix, cell by cell."""

    outlet: str
    finding: str
    stance: Literal["supports", "contradicts"]
