"""Hand-built claims, articles and corpora for the detector and origin tests: sentences written
for the test, values set by hand, no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crosscheck.corpus import Corpus, build_corpus
from crosscheck.corroborate.claims import claim_findings
from crosscheck.ids import content_id
from crosscheck.records import (
    AnnotatedArticle,
    Article,
    Claim,
    ClaimValue,
    DuplicateSet,
    Event,
    Finding,
    Position,
    Quote,
    SourceLink,
    Story,
)
from crosscheck.resolve.resolver import Resolution


def qty(text: str, value: float, unit: str, **bounds: Any) -> ClaimValue:
    """A quantity value."""
    return ClaimValue(
        kind="quantity", value=f"{value:g}", text=text, start=0, end=len(text), unit=unit, **bounds
    )


def when(text: str, value: str, kind: str = "date") -> ClaimValue:
    """A date ('2025-07-12') or weekday ('saturday') value."""
    return ClaimValue(kind=kind, value=value, text=text, start=0, end=len(text))  # type: ignore[arg-type]


def place(name: str) -> ClaimValue:
    """A place value."""
    return ClaimValue(kind="place", value=name, text=name, start=0, end=len(name))


def who(name: str) -> ClaimValue:
    """A participant value."""
    return ClaimValue(kind="participant", value=name, text=name, start=0, end=len(name))


def link(kind: str, name: str, key: str) -> SourceLink:
    """One link of a provenance chain."""
    return SourceLink(kind=kind, name=name, key=key)  # type: ignore[arg-type]


@dataclass
class Says:
    """A sentence an article states, with the claim fields set by hand."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)


def says(text: str, **fields: Any) -> Says:
    """A claim spec: its sentence and any Claim field (values, polarity, modality, ...)."""
    return Says(text, fields)


def article(
    aid: str,
    outlet: str | None,
    *sentences: Says,
    published: date | None = date(2025, 7, 13),
    quotes: Sequence[dict[str, Any]] = (),
    positions: Sequence[dict[str, Any]] = (),
    language: str | None = None,
) -> AnnotatedArticle:
    """An annotated article whose text is the sentences, each one claim."""
    text, claims = "", []
    for spec in sentences:
        start = len(text)
        text += spec.text + " "
        fields: dict[str, Any] = {
            "subject": None,
            "predicate": "say",
            "object": None,
            "polarity": "positive",
            "attribution": None,
        }
        fields.update(spec.fields)
        claims.append(
            Claim(
                id=content_id("c", aid, str(start)),
                article=aid,
                text=spec.text,
                start=start,
                end=start + len(spec.text),
                **fields,
            )
        )
    return AnnotatedArticle(
        article=Article(id=aid, outlet=outlet, published=published, text=text, language=language),
        sentences=[],
        mentions=[],
        roles=[],
        times=[],
        claims=claims,
        quotes=[
            Quote(id=f"q-{aid}-{k}", article=aid, start=0, end=1, verb="say", **q)
            for k, q in enumerate(quotes)
        ],
        positions=[
            Position(id=f"p-{aid}-{k}", article=aid, start=0, end=1, text=p["content"], **p)
            for k, p in enumerate(positions)
        ],
    )


def corpus(
    articles: Sequence[AnnotatedArticle],
    events: Sequence[Sequence[str]] | None = None,
    duplicates: Sequence[DuplicateSet] = (),
    began: date | None = None,
) -> Corpus:
    """A corpus of one story; by default all articles report one event (of day `began`)."""
    ids = [a.article.id for a in articles]
    groups = [list(ids)] if events is None else [list(e) for e in events]
    event_records = [
        Event(
            id=f"ev{k}",
            story="s",
            title="t",
            date=began,
            location=None,
            participants=[],
            articles=members,
        )
        for k, members in enumerate(groups)
    ]
    story = Story(id="s", title="t", events=[e.id for e in event_records], articles=ids)
    return build_corpus(
        articles, Resolution(entities=[], entity_of={}), [story], event_records, duplicates
    )


def findings_of(articles: Sequence[AnnotatedArticle], **kwargs: Any) -> list[Finding]:
    """The claim findings of a corpus of these articles."""
    return claim_findings(corpus(articles, **kwargs))


def kinds(findings: Sequence[Finding]) -> list[str]:
    """The kinds of the findings, sorted."""
    return sorted(f.kind for f in findings)
