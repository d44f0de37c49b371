"""The dossier: everything crosscheck concluded about a set of articles, and how it ran."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from crosscheck.records.articles import Article, Rejection
from crosscheck.records.base import Record
from crosscheck.records.claims import Claim, Position, Quote
from crosscheck.records.entities import Entity
from crosscheck.records.events import Event, Story
from crosscheck.records.findings import DuplicateSet, Finding, OutletAgreement


class RunInfo(Record):
    """How and when the dossier was made."""

    crosscheck_version: str
    generated_at: datetime
    inputs: int
    articles_new: int
    articles_cached: int
    seconds: float
    models: dict[str, str]
    clustering: Literal["full", "incremental"] = Field(
        default="full",
        description="incremental: articles placed by an earlier run kept their story and event",
    )


class Dossier(Record):
    """Everything crosscheck concluded about a set of articles, with evidence."""

    schema_version: str = "2"
    run: RunInfo
    articles: list[Article]
    entities: list[Entity]
    stories: list[Story]
    events: list[Event]
    claims: list[Claim]
    quotes: list[Quote] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    findings: list[Finding]
    duplicates: list[DuplicateSet]
    agreement: list[OutletAgreement]
    rejected: list[Rejection]
