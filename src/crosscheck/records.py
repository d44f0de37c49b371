"""Typed, immutable records that flow between the stages, and the dossier they end in.

Every record is a frozen pydantic model: validated on construction, serialised to JSON for the
dossier and the store, and described by the published JSON Schema (`schema/dossier.schema.json`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- ingest


class RemovedLine(Record):
    """A line taken out of an article's text, with the reason it was taken out."""

    text: str
    reason: str
    line: int = Field(description="1-based line number in the input text")


class Paragraph(Record):
    """A paragraph of the clean text, with its detected language and writing system."""

    start: int
    end: int
    language: str | None = Field(description="ISO 639-1 code, or null when undetectable")
    script: str | None = Field(description="Dominant writing system: Latin, Arabic, Cyrillic, ...")
    heading: bool = False


class Article(Record):
    """One input document after ingestion: clean text plus honest metadata."""

    id: str = Field(description="Stable id derived from the input's content")
    path: str | None = None
    url: str | None = None
    source_id: str | None = Field(default=None, description="The id the input record gave")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = Field(default=None, description="Publication date; null = unknown")
    published_source: str | None = Field(
        default=None, description="Where the publication date was found"
    )
    language: str | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    removed: list[RemovedLine] = Field(default_factory=list)
    input_format: str = "txt"


class Rejection(Record):
    """An input item (or an article at some stage) that could not be used, and why."""

    item: str
    stage: str
    reason: str


# --------------------------------------------------------------------------- annotate


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


class Claim(Record):
    """A sentence-level assertion with its structure, polarity and attribution."""

    id: str
    article: str
    text: str
    start: int
    end: int
    subject: str | None
    predicate: str
    object: str | None
    polarity: Literal["positive", "negative"]
    attribution: str | None = Field(description="Who the article cites for it; null = the outlet")
    quote: str | None = Field(default=None, description="Directly quoted words, if any")
    entities: list[int] = Field(default_factory=list, description="Mention indexes in the claim")
    times: list[int] = Field(default_factory=list, description="Time mention indexes in the claim")


class AnnotatedArticle(Record):
    """An article with everything the per-document stages found in it."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    roles: list[RoleMention]
    times: list[TimeMention]
    claims: list[Claim]
    tenure_ended: list[TenureEnd] = Field(default_factory=list)


class TenureEnd(Record):
    """A statement that a person no longer holds power ("the fall of X's regime", "former X")."""

    article: str
    mention: int
    cue: str
    evidence: Span


# --------------------------------------------------------------------------- corpus


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


class FindingValue(Record):
    """One of the competing values in a conflict, with who states it."""

    value: str
    articles: list[str]
    evidence: list[Span]


FindingKind = Literal["corroborated", "single_source", "conflict", "internal_inconsistency"]


class Finding(Record):
    """A conclusion of corroboration, always with evidence."""

    id: str
    kind: FindingKind
    summary: str
    claims: list[str]
    supporting: list[str]
    contradicting: list[str]
    independent_sources: int = Field(description="Supporting articles, syndicated copies once")
    values: list[FindingValue] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


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

    schema_version: str = "1"
    run: RunInfo
    articles: list[Article]
    entities: list[Entity]
    stories: list[Story]
    events: list[Event]
    claims: list[Claim]
    findings: list[Finding]
    duplicates: list[DuplicateSet]
    agreement: list[OutletAgreement]
    rejected: list[Rejection]


AnnotatedArticle.model_rebuild()
