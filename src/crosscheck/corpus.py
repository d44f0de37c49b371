"""One resolved view of the corpus, built once and read by every later stage: articles, the
entity each mention names, the story and event each article belongs to, each article's outlet
origin, and the claims, quotes and positions with their entity ids filled in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from crosscheck.claims.origins import (
    OutletMap,
    attributed_origin,
    build_outlet_map,
    is_specific_description,
    origin_of,
)
from crosscheck.ingest.junk_credits import CAPTION, credit_reason
from crosscheck.records import (
    AnnotatedArticle,
    Claim,
    DuplicateSet,
    Entity,
    Event,
    Position,
    Quote,
    SourceLink,
    Story,
)
from crosscheck.resolve.demonyms import CountryReading
from crosscheck.resolve.resolver import Resolution

# Photo captions and credits: not claims any outlet makes about the story.
_CAPTION = re.compile(
    r"(\((AP|AFP|Reuters|Getty Images|EPA|Anadolu|SANA|file)\)\s*$)|"
    r"(^(photo|file photo|picture|image)\s*[:|])|((photo|credit)\s*:\s*[\w .-]+$)",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
# The stop a sentence's span leaves out: closing quotes or brackets, then . ! ? or …
_CLOSING_STOP = re.compile(r"[\"'”’»)\]]*[.!?…]")
MAX_LINE_WORDS = 14
# A short capitalised word that ends the span ("St", "Mt", "Gen", "Dr"): the dot after it is an
# abbreviation's, not a sentence's end.
_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z][a-z]{0,2}$")


def is_caption(claim: Claim, article_text: str | None = None) -> bool:
    """Photo captions and credits ("..., in Paris on May 7, 2025 (AP)"), and short lines that
    are no sentence: a headline or label without a full stop ("Sox Make Offer To Teixeira").
    The sentence a claim was read from decides, with the stop that ends it in the article (a
    sentence's span leaves it out), and so does the line it stands on: a credit ending the
    line marks the whole line a caption. A proposition inside a sentence ("X said that P.")
    has no full stop of its own."""
    text = claim.text.strip()
    if article_text is None or claim.sentence_start is None:
        return _caption_or_line(text)
    start = claim.sentence_start
    end = max(start, claim.sentence_end if claim.sentence_end is not None else start)
    stop = _CLOSING_STOP.match(article_text, end)
    if stop and _ABBREVIATION.search(article_text, max(start, end - 6), end):
        stop = None  # "in St." + "Petersburg": the parser cut the sentence at an abbreviation
    sentence = article_text[start : stop.end() if stop else end].strip() or text
    return _credit_line(_line_around(article_text, start, end)) or _caption_or_line(sentence)


def _line_around(text: str, start: int, end: int) -> str:
    """The whole line (paragraph) the span stands on."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)].strip()


# A line that only credits the report's makers or its source ("The Associated Press contributed
# to this report", "Fuente: EFE", "Reporting by X; Editing by Y"): body, kept by the cleaner,
# but no claim about the story.
_SOURCE_CREDIT = re.compile(
    r"^(?:[^.!?\n]{0,80}\bcontributed to this\b.{0,40}"
    r"|(?:fuente|fonte|source|sources|quelle)\s*:.{0,60}"
    r"|\(?(?:additional )?(?:reporting|writing|editing) by\b.{0,200})$",
    re.IGNORECASE,
)
# A short line (a caption) that closes with its source: "Valencia pide ... Fuente: X, Y."
_CLOSING_SOURCE = re.compile(
    r"[.!?]\s+(?:fuente|fonte|source|quelle)\s*:[^.!?]{1,80}[.!?]?$", re.IGNORECASE
)
MAX_CAPTION_CHARS = 160


@lru_cache(maxsize=1 << 12)
def _credit_line(line: str) -> bool:
    return (
        _CAPTION.search(line) is not None
        or credit_reason(line) == CAPTION
        or _SOURCE_CREDIT.match(line) is not None
        or (len(line) <= MAX_CAPTION_CHARS and _CLOSING_SOURCE.search(line) is not None)
    )


@lru_cache(maxsize=1 << 14)  # claims of one sentence, and copies of one text, ask again
def _caption_or_line(text: str) -> bool:
    if _CAPTION.search(text):
        return True
    if _SENTENCE_END.search(text):
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) <= MAX_LINE_WORDS or capitalised >= 0.6 * max(1, len(words))


@dataclass(frozen=True, slots=True)
class Corpus:
    """The resolved corpus: what the detectors and findings read instead of re-deriving it."""

    articles: dict[str, AnnotatedArticle]
    entities: dict[str, Entity]
    entity_of: dict[tuple[str, int], str]
    story_of: dict[str, str]
    event_of: dict[str, str]
    events: dict[str, Event]
    outlets: OutletMap
    claims: list[Claim]
    quotes: list[Quote]
    positions: list[Position]
    # "The source explained ...": the specific source the article named before
    antecedent: dict[str, str]
    # what later stages compute once per corpus and read many times (by the stage's own key)
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def entity(self, article: str, mention: int | None) -> str | None:
        """The entity id the mention names, if resolved."""
        return None if mention is None else self.entity_of.get((article, mention))

    def published(self, article: str) -> date | None:
        """The article's publication date, if known."""
        return self.articles[article].article.published

    def label(self, article: str) -> str:
        """The article's outlet label."""
        return self.outlets.label_of[article]

    def origin(self, claim: Claim) -> str:
        """The key of the independent origin behind the claim in its article: from its
        provenance chain, else from the words that attribute it, else the outlet."""
        outlet = self.outlets.source_of[claim.article]
        if claim.origins or not claim.attribution:
            return origin_of(claim, outlet)
        attribution = self.antecedent.get(claim.id, claim.attribution)
        return attributed_origin(attribution, self.cited(claim), outlet)

    def origin_name(self, key: str) -> str:
        """A readable name for an origin key (an entity's name, an outlet's label, ...)."""
        head = key.rpartition(">")[2]
        if head.startswith("entity:"):
            entity = self.entities.get(head.partition(":")[2])
            if entity is not None:
                return entity.name
        return self.outlets.name(key)

    def cited(self, claim: Claim) -> list[tuple[str, str, str]]:
        """(entity id, name, type) of the named mentions inside the claim's attribution."""
        if not claim.attribution:
            return []
        mentions = self.articles[claim.article].mentions
        found: list[tuple[str, str, str]] = []
        for index in claim.entities:
            entity = self.entity(claim.article, index)
            if entity and mentions[index].text in claim.attribution:
                found.append((entity, self.entities[entity].name, self.entities[entity].type))
        return found

    def own_origin(self, article: str) -> str:
        """The origin of what the article says in its own voice."""
        return self.outlets.source_of[article]


def _link(link: SourceLink, article: str, entity_of: dict[tuple[str, int], str]) -> SourceLink:
    if link.mention is None or link.entity is not None:
        return link
    return link.model_copy(update={"entity": entity_of.get((article, link.mention))})


def _fill_claim(claim: Claim, entity_of: dict[tuple[str, int], str]) -> Claim:
    def find(mention: int | None) -> str | None:
        return None if mention is None else entity_of.get((claim.article, mention))

    return claim.model_copy(
        update={
            "subject_entity": claim.subject_entity or find(claim.subject_mention),
            "object_entity": claim.object_entity or find(claim.object_mention),
            "speaker": claim.speaker or find(claim.speaker_mention),
            "origins": [_link(o, claim.article, entity_of) for o in claim.origins],
        }
    )


def build_corpus(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    stories: Sequence[Story],
    events: Sequence[Event],
    duplicates: Sequence[DuplicateSet],
) -> Corpus:
    """The resolved view: entity ids filled into claims, quotes and positions; captions dropped
    from the claims."""
    # The dossier keeps "Syrian" apart from "Syria"; the detectors read a nationality word
    # as its country ("Syrian forces" are Syria's, "Syrian officials said" cites Syria).
    entity_of = CountryReading(resolution.entities).read_all(resolution.entity_of)
    claims = [
        _fill_claim(c, entity_of)
        for a in articles
        for c in a.claims
        if not is_caption(c, a.article.text)
    ]
    quotes = [
        q.model_copy(update={"speaker": q.speaker or entity_of.get((q.article, q.speaker_mention))})
        if q.speaker_mention is not None
        else q
        for a in articles
        for q in a.quotes
    ]
    positions = [
        p.model_copy(update={"actor": p.actor or entity_of.get((p.article, p.actor_mention))})
        if p.actor_mention is not None
        else p
        for a in articles
        for p in a.positions
    ]
    return Corpus(
        articles={a.article.id: a for a in articles},
        entities={e.id: e for e in resolution.entities},
        entity_of=dict(entity_of),
        story_of={a: s.id for s in stories for a in s.articles},
        event_of={a: e.id for e in events for a in e.articles},
        events={e.id: e for e in events},
        outlets=build_outlet_map([a.article for a in articles], duplicates),
        claims=claims,
        quotes=quotes,
        positions=positions,
        antecedent=_antecedents(claims),
    )


def _antecedents(claims: Sequence[Claim]) -> dict[str, str]:
    """For a claim attributed to "the source" (a definite description that singles no source
    out), the last specific anonymous source its article named before it."""
    found: dict[str, str] = {}
    last: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: (c.article, c.start)):
        who = claim.attribution
        if not who or claim.origins:
            continue
        if is_specific_description(who):
            last[claim.article] = who
        elif who.lower().startswith("the ") and claim.article in last:
            found[claim.id] = last[claim.article]
    return found
