"""Entities across articles: their names, roles, mentions, and why forms were merged."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from crosscheck.records.annotations import EntityType, Span
from crosscheck.records.base import Record


class MergeEvidence(Record):
    """Why two surface forms were taken to name the same entity."""

    kind: str = Field(description="string-similarity, transliteration, nickname, surname, ...")
    forms: list[str]
    score: float
    detail: str


class EntityRole(Record):
    """A role an entity holds according to one article, as of that article's date."""

    title: str
    office: str
    country: str | None
    status: str
    article: str
    as_of: date | None
    evidence: Span


class EntityMentionRef(Record):
    """Where an entity is mentioned."""

    article: str
    start: int
    end: int
    text: str


class Entity(Record):
    """One real-world person, organisation or place across all articles."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    roles: list[EntityRole]
    mentions: list[EntityMentionRef]
    merges: list[MergeEvidence]
