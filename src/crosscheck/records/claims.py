"""Claims with their typed values and provenance, quotes, and positions of the parties."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from crosscheck.records.base import Record

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
