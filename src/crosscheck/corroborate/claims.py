"""Claims matched across articles of one story: support, contradiction, single source."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from crosscheck.cluster.events import EVENT_TRIGGERS
from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.similarity import Pairs, blocked_neighbours, tfidf_matrix
from crosscheck.corroborate.sources import SourceMap
from crosscheck.ids import content_id
from crosscheck.records import (
    AnnotatedArticle,
    Claim,
    Event,
    Finding,
    FindingKind,
    FindingValue,
    Span,
    Story,
)
from crosscheck.resolve.resolver import Resolution


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How alike two claims must be to state the same proposition."""

    threshold: float = 0.30
    conflict_threshold: float = 0.45
    strong_threshold: float = 0.60
    internal_threshold: float = 0.55
    entity_weight: int = 2


def _claim_document(
    claim: Claim, article: AnnotatedArticle, resolution: Resolution, weight: int
) -> str:
    tokens = []
    for index in claim.entities:
        entity = resolution.entity_of.get((article.article.id, index))
        if entity:
            tokens.append("__" + entity.replace(" ", "_"))
    body = claim.text
    if claim.attribution and claim.attribution in body:
        body = body.replace(claim.attribution, " ", 1)  # who said it is not what was said
    return " ".join([body, *(tokens * weight)])


def _reports_event(claim: Claim) -> bool:
    return bool(set(claim.text.lower().split()) & EVENT_TRIGGERS)


def _span(claim: Claim) -> Span:
    return Span(article=claim.article, start=claim.start, end=claim.end, text=claim.text)


def _checkable(claim: Claim) -> bool:
    return bool(claim.entities) and len(claim.text.split()) >= 6


def _codes(values: Sequence[Hashable]) -> npt.NDArray[np.int64]:
    """One integer per distinct value (None is a value like any other)."""
    code: dict[Hashable, int] = {}
    return np.array([code.setdefault(v, len(code)) for v in values], dtype=np.int64)


def _same(codes: npt.NDArray[np.int64], pairs: Pairs) -> npt.NDArray[np.bool_]:
    return np.asarray(codes[pairs.first] == codes[pairs.second])


def _comparable(
    claims: Sequence[Claim], event_of: dict[str, str], pairs: Pairs, settings: MatchSettings
) -> npt.NDArray[np.bool_]:
    """Pairs that may state one proposition: a claim reporting an event only with claims about
    the same event; opposite polarity is a contradiction only for one proposition, i.e. the
    same predicate and close wording, or near-identical wording."""
    reports = np.array([_reports_event(c) for c in claims], dtype=bool)
    same_event = _same(_codes([event_of.get(c.article) for c in claims]), pairs)
    either_reports = reports[pairs.first] | reports[pairs.second]
    same_polarity = _same(_codes([c.polarity for c in claims]), pairs)
    may_contradict = (pairs.similarity >= settings.strong_threshold) | (
        _same(_codes([c.predicate for c in claims]), pairs)
        & (pairs.similarity >= settings.conflict_threshold)
    )
    return np.asarray((same_event | ~either_reports) & (same_polarity | may_contradict))


def _pair_list(pairs: Pairs, mask: npt.NDArray[np.bool_]) -> list[tuple[int, int, float]]:
    return list(
        zip(
            pairs.first[mask].tolist(),
            pairs.second[mask].tolist(),
            pairs.similarity[mask].tolist(),
            strict=True,
        )
    )


def claim_findings(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    stories: Sequence[Story],
    events: Sequence[Event],
    sources: SourceMap,
    settings: MatchSettings = MatchSettings(),
) -> list[Finding]:
    """Corroborated, contradicted (conflict), self-contradicted and single-source claims.

    Claims are compared inside a story; a claim that reports an event ("officials met in
    Baku") is compared only with claims from articles about the same event, so reports of two
    different meetings never corroborate each other."""
    by_article = {a.article.id: a for a in articles}
    claims = [c for a in articles for c in a.claims]
    if not claims:
        return []
    story_of = {a: s.id for s in stories for a in s.articles}
    event_of = {a: e.id for e in events for a in e.articles}
    docs = [
        _claim_document(c, by_article[c.article], resolution, settings.entity_weight)
        for c in claims
    ]
    # Only claims of one story are ever compared, so only those pairs are computed.
    pairs = blocked_neighbours(
        tfidf_matrix(docs),
        _codes([story_of.get(c.article) for c in claims]),
        min(settings.threshold, settings.internal_threshold),
    )
    comparable = _comparable(claims, event_of, pairs, settings)
    same_article = _same(_codes([c.article for c in claims]), pairs)
    opposite = ~_same(_codes([c.polarity for c in claims]), pairs)
    findings = [
        _internal(claims[i], claims[j], value)
        for i, j, value in _pair_list(
            pairs,
            comparable
            & same_article
            & opposite
            & (pairs.similarity >= settings.internal_threshold),
        )
    ]
    cross = {
        (i, j): value
        for i, j, value in _pair_list(
            pairs, comparable & ~same_article & (pairs.similarity >= settings.threshold)
        )
    }
    clusters = average_link(len(claims), cross, settings.threshold)
    for members in clusters:
        group = [claims[i] for i in members]
        article_ids = {c.article for c in group}
        if len(article_ids) == 1:
            if len(group) == 1 and _checkable(group[0]):
                findings.append(_single(group[0], sources))
            continue
        findings.append(_compare(group, sources))
    return findings


def _internal(a: Claim, b: Claim, score: float) -> Finding:
    positive, negative = (a, b) if a.polarity == "positive" else (b, a)
    return Finding(
        id=content_id("f", "self", a.id, b.id),
        kind="internal_inconsistency",
        summary=(
            f"The article both states \u201c{positive.text[:120]}\u201d and negates it: "
            f"\u201c{negative.text[:120]}\u201d."
        ),
        claims=[a.id, b.id],
        supporting=[a.article],
        contradicting=[a.article],
        independent_sources=1,
        values=[
            FindingValue(value="affirmed", articles=[a.article], evidence=[_span(positive)]),
            FindingValue(value="negated", articles=[a.article], evidence=[_span(negative)]),
        ],
        evidence=[_span(positive), _span(negative)],
    )


def _single(claim: Claim, sources: SourceMap) -> Finding:
    who = f" (attributed to {claim.attribution})" if claim.attribution else ""
    return Finding(
        id=content_id("f", "single", claim.id),
        kind="single_source",
        summary=f"Only {sources.label_of[claim.article]} reports{who}: “{claim.text[:160]}”",
        claims=[claim.id],
        supporting=[claim.article],
        contradicting=[],
        independent_sources=1,
        evidence=[_span(claim)],
    )


def _compare(group: list[Claim], sources: SourceMap) -> Finding:
    by_polarity: dict[str, list[Claim]] = defaultdict(list)
    for claim in group:
        by_polarity[claim.polarity].append(claim)
    votes = Counter(
        {p: sources.independent({c.article for c in cs}) for p, cs in by_polarity.items()}
    )
    main = votes.most_common(1)[0][0]
    supporting = sorted({c.article for c in by_polarity[main]})
    contradicting = sorted({c.article for p, cs in by_polarity.items() if p != main for c in cs})
    contradicting = [a for a in contradicting if a not in supporting]
    lead = by_polarity[main][0]
    independent = sources.independent(supporting)
    ids = [c.id for c in group]
    evidence = [_span(c) for c in group]
    if contradicting:
        values = [
            FindingValue(
                value=("affirmed" if polarity == "positive" else "denied")
                + f": {cs[0].text[:100]}",
                articles=sorted({c.article for c in cs}),
                evidence=[_span(c) for c in cs],
            )
            for polarity, cs in by_polarity.items()
        ]
        return Finding(
            id=content_id("f", "conflict", *ids),
            kind="conflict",
            summary=(
                f"Outlets disagree: {len(supporting)} article(s) "
                f"{'affirm' if main == 'positive' else 'deny'} \u201c{lead.text[:120]}\u201d, "
                f"{len(contradicting)} say the opposite."
            ),
            claims=ids,
            supporting=supporting,
            contradicting=contradicting,
            independent_sources=independent,
            values=values,
            evidence=evidence,
        )
    names = sorted({sources.label_of[a] for a in supporting})
    kind: FindingKind = "corroborated" if independent >= 2 else "single_source"
    summary = (
        f"{independent} independent sources ({', '.join(names)}) report: “{lead.text[:160]}”"
        if kind == "corroborated"
        else f"Reported by {len(supporting)} articles that are copies of one source: "
        f"\u201c{lead.text[:160]}\u201d"
    )
    return Finding(
        id=content_id("f", kind, *ids),
        kind=kind,
        summary=summary,
        claims=ids,
        supporting=supporting,
        contradicting=[],
        independent_sources=independent,
        evidence=evidence,
    )
