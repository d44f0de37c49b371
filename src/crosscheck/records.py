"""Typed, immutable records that flow between the stages, and the dossier they end in.

Every record is a frozen pydantic model: validated on construction, serialised to JSON for the
dossier and the store, and described by the published JSON Schema (`schema/dossier.schema.json`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

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


ValueKind = Literal["quantity", "date", "weekday", "time", "place", "participant", "person"]


class ClaimValue(Record):
    """A typed value a claim states: a quantity with its unit and bounds, a date or weekday, a
    place, a named participant. Conflict detectors compare these, never raw strings."""

    kind: ValueKind
    value: str = Field(
        description="Normalised: '3000' for a quantity, '2025-07-12' for a date, 'saturday' for"
        " a weekday, the name as written for a place or person"
    )
    text: str = Field(description="The expression as written")
    start: int
    end: int
    unit: str | None = Field(
        default=None, description="What is counted or measured: 'killed', 'injured', 'km', ..."
    )
    low: float | None = Field(default=None, description="Lower bound ('more than 1,400': 1400)")
    high: float | None = Field(default=None, description="Upper bound; null = unbounded")
    approximate: bool = Field(default=False, description="'about', 'some', 'hundreds', ...")
    mention: int | None = Field(
        default=None, description="Index of the entity mention the value is, if it is one"
    )


SourceKind = Literal[
    "outlet", "agency", "named_source", "anonymous_source", "media", "document", "official_body"
]


class SourceLink(Record):
    """One link of a claim's provenance chain: outlet -> agency -> cited source."""

    kind: SourceKind
    name: str = Field(description="'AFP', 'a diplomatic source in Damascus', 'Channel Kan', ...")
    key: str = Field(
        description="Normalised identity used to count independent origins ('agency:afp')"
    )
    mention: int | None = Field(default=None, description="Entity mention index, if any")
    entity: str | None = Field(default=None, description="Entity id (filled at corpus stage)")


Modality = Literal["asserted", "reported", "expected", "denied", "hypothetical", "demanded"]


class Claim(Record):
    """A proposition an article states or reports, with its structure, typed values, polarity,
    modality, speaker and provenance. Reported speech ("X said that P") is the claim P
    attributed to X."""

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
    sentence_start: int | None = Field(
        default=None,
        description="Start of the sentence the claim was read from (a sentence may hold several"
        " claims); null = the claim is the whole sentence",
    )
    sentence_end: int | None = None
    subject_mention: int | None = None
    object_mention: int | None = None
    subject_entity: str | None = Field(default=None, description="Entity id (corpus stage)")
    object_entity: str | None = Field(default=None, description="Entity id (corpus stage)")
    speaker: str | None = Field(
        default=None, description="Entity id of who the claim is attributed to (corpus stage)"
    )
    speaker_text: str | None = Field(default=None, description="The speaker as written")
    speaker_mention: int | None = None
    modality: Modality = "asserted"
    values: list[ClaimValue] = Field(default_factory=list)
    origins: list[SourceLink] = Field(
        default_factory=list,
        description="Provenance chain below the outlet: agency, then the cited source(s)",
    )
    language: str | None = None


class Quote(Record):
    """Words put in quotation marks and attributed to a speaker (scare quotes and quoted names
    are not quotes)."""

    id: str
    article: str
    start: int
    end: int
    text: str = Field(description="The quoted words, without the quotation marks")
    speaker: str | None = Field(default=None, description="Entity id (corpus stage)")
    speaker_text: str | None = Field(description="The speaker as written, or a description")
    speaker_mention: int | None = None
    verb: str | None = Field(description="The reporting verb's lemma: say, tell, add, ...")


Stance = Literal[
    "demand", "offer", "reject", "deny", "support", "oppose", "condition", "propose", "warn"
]


class Position(Record):
    """What a party demands, offers, rejects, denies, supports or conditions on."""

    id: str
    article: str
    start: int
    end: int
    actor: str | None = Field(default=None, description="Entity id (corpus stage)")
    actor_text: str
    actor_mention: int | None = None
    stance: Stance
    text: str = Field(description="The sentence stating the position")
    content: str = Field(description="What is demanded, offered, rejected, ...")
    speaker_text: str | None = Field(
        default=None, description="Who reports the position when it is not the actor itself"
    )


class AnnotatedArticle(Record):
    """An article with everything the per-document stages found in it."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    roles: list[RoleMention]
    times: list[TimeMention]
    claims: list[Claim]
    tenure_ended: list[TenureEnd] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)


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


AnnotatedArticle.model_rebuild()
