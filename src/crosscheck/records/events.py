"""Events with their frames (date, place, participants, mediator), and stories of events."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from crosscheck.records.annotations import Span
from crosscheck.records.base import Record

FrameRole = Literal["date", "location", "participant", "mediator"]


class FrameEvidence(Record):
    """The sentence one part of an event frame rests on."""

    role: FrameRole
    entity: str | None = Field(default=None, description="Entity id; null for the date")
    span: Span


class Event(Record):
    """A distinct real-world event, with its frame and the articles that report it."""

    id: str
    story: str
    title: str
    type: str | None = Field(default=None, description="meeting, attack, agreement, visit, ...")
    date: date | None
    date_text: str | None = Field(default=None, description="The expression the date came from")
    location: str | None
    participants: list[str] = Field(description="Entity ids")
    mediator: str | None = Field(default=None, description="Entity id of a mediator, if named")
    articles: list[str]
    evidence: list[Span] = Field(
        default_factory=list, description="The expressions the event's date was read from"
    )
    frame_evidence: list[FrameEvidence] = Field(
        default_factory=list,
        description="For the date, the location, each participant and the mediator: the"
        " sentences they were read from (at most three for each)",
    )


class Story(Record):
    """A developing story: events that share actors and subject matter."""

    id: str
    title: str
    events: list[str]
    articles: list[str]
