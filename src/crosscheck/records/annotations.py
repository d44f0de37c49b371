"""What the per-document stages find in an article: sentences, entity mentions, roles,
time expressions, ended tenures, and the spans that are their evidence."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from crosscheck.records.base import Record


class Span(Record):
    """A character span of an article's clean text: the evidence behind a conclusion."""

    article: str
    start: int
    end: int
    text: str


class Sentence(Record):
    """A sentence of the clean text."""

    start: int
    end: int


EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]


class Mention(Record):
    """A named-entity mention in one article."""

    article: str
    start: int
    end: int
    text: str
    type: EntityType
    sentence: int
    kind: Literal["name", "title", "description"] = Field(
        default="name",
        description=(
            "title: a person named only by office ('the Syrian president'); description: an"
            " organisation named by what it is ('the French news agency')"
        ),
    )


class RoleMention(Record):
    """A title or role attached to a person mention: "Israeli Foreign Minister X"."""

    article: str
    mention: int = Field(description="Index of the person mention in the article's mentions")
    title: str = Field(description="The title as written")
    office: str = Field(description="Normalised office, e.g. 'foreign minister'")
    country: str | None = Field(description="Country the office belongs to, when stated")
    status: Literal["current", "former", "then", "interim", "acting", "designate"]
    evidence: Span


class TimeMention(Record):
    """A time expression resolved against the article's publication date."""

    start: int
    end: int
    text: str
    kind: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    day: date | None
    relative: bool
    mod: str | None = Field(
        default=None, description="TimeML bound of a duration: MORE_THAN, LESS_THAN, ..."
    )
    anchor: str | None = Field(
        default=None,
        description="Where an anchored duration reaches, resolved against the publication date"
        " ('more than seven months ago' from 2025-07-13: 2024-12)",
    )


class TenureEnd(Record):
    """A statement that a person no longer holds power ("the fall of X's regime", "former X")."""

    article: str
    mention: int
    cue: str
    evidence: Span
