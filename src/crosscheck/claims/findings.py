"""Every `Finding` is built here: corroboration, single source, self-contradiction and each kind
of conflict, so ids, sides, evidence and the count of independent origins follow one rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TypeVar

from crosscheck.claims.chains import claim_chain
from crosscheck.claims.origin_count import OriginCount, count_origins, count_stated
from crosscheck.corpus import Corpus
from crosscheck.ids import content_id
from crosscheck.records import Claim, Finding, FindingKind, FindingValue, Span

_Item = TypeVar("_Item")
_Key = TypeVar("_Key", str, int, tuple[str, str])

T = TypeVar("T")

SUMMARY_TEXT = 160


def claim_span(claim: Claim) -> Span:
    """The claim's sentence as evidence."""
    return Span(article=claim.article, start=claim.start, end=claim.end, text=claim.text)


def _unique(items: Sequence[str]) -> list[str]:
    return sorted(set(items))


def side(value: str, claims: Sequence[Claim], corpus: Corpus) -> FindingValue:
    """One competing value with the claims stating it, their articles and the origins shown
    independent (`claims.origin_count`: outlets that may restate one another count once)."""
    count = count_origins(claims, corpus)
    return FindingValue(
        value=value,
        articles=_unique([c.article for c in claims]),
        evidence=[claim_span(c) for c in claims],
        origins=count.certain or count.possible[:1],
    )


def stated_origins(stated: Sequence[tuple[Span, str]], corpus: Corpus) -> list[str]:
    """The origins shown independent behind spans stating one value, each with the origin key
    behind it (`claims.origin_count.count_stated`)."""
    return count_stated(stated, corpus).certain


def origins_text(value: FindingValue, corpus: Corpus) -> str:
    """How many origins a side rests on: '2 sources', or 'at least 1 source across 4 outlets'
    when outlets stating it may be further origins that could not be shown independent (they
    may restate one another)."""
    shown = len(value.origins)
    text = f"{shown} source{'s' * (shown != 1)}"
    outlets = {corpus.own_origin(a) for a in value.articles}
    if len(outlets) > shown:
        return f"at least {text} across {len(outlets)} outlets"
    return text


def _strongest(values: Sequence[FindingValue]) -> FindingValue:
    return max(values, key=lambda v: (len(v.origins), len(v.articles), v.value))


def conflict(
    kind: FindingKind,
    key: Sequence[str],
    summary: str,
    values: Sequence[FindingValue],
    claims: Sequence[str] = (),
) -> Finding:
    """A disagreement: the value with the most independent origins is the supporting side, the
    articles stating only other values the contradicting side."""
    main = _strongest(values)
    supporting = main.articles
    contradicting = _unique([a for v in values if v is not main for a in v.articles])
    return Finding(
        id=content_id("f", kind, *key),
        kind=kind,
        summary=summary,
        claims=list(claims),
        supporting=supporting,
        contradicting=[a for a in contradicting if a not in supporting],
        independent_sources=len(main.origins),
        origins=main.origins,
        values=list(values),
        evidence=[span for v in values for span in v.evidence],
    )


def describe_values(values: Sequence[FindingValue], corpus: Corpus) -> str:
    """'A (2 sources: afp, Outlet X); B (at least 1 source across 3 outlets: ...)'."""
    return "; ".join(
        f"{v.value} ({origins_text(v, corpus)}: "
        + ", ".join(corpus.origin_name(o) for o in v.origins)
        + ")"
        for v in values
    )


def corroboration(group: Sequence[Claim], corpus: Corpus, also: Sequence[str] = ()) -> Finding:
    """Claims of several articles stating one proposition: corroborated when at least two
    origins are shown independent, otherwise one source relayed several times; when further
    origins may be independent or may restate these, the summary says so (`claims.origin_count`).
    `also`: origins of other articles that may tell the fact too (in other words), counted
    among the possible ones."""
    lead = group[0]
    count = count_origins(group, corpus)
    origins = count.certain or count.possible[:1]
    if also:
        count = OriginCount(count.certain, sorted({*count.possible, *also} - set(origins)))
    articles = _unique([c.article for c in group])
    ids = [c.id for c in group]
    kind: FindingKind = "corroborated" if len(origins) >= 2 else "single_source"
    summary = origins_summary(kind, origins, count.possible, len(articles), corpus)
    return Finding(
        id=content_id("f", kind, *ids),
        kind=kind,
        summary=f"{summary}: \u201c{lead.text[:SUMMARY_TEXT]}\u201d",
        claims=ids,
        supporting=articles,
        contradicting=[],
        independent_sources=len(origins),
        origins=origins,
        possible_origins=[o for o in count.possible if o not in origins],
        evidence=[claim_span(c) for c in group],
        chains=[claim_chain(c, corpus) for c in group],
    )


def origins_summary(
    kind: FindingKind,
    origins: Sequence[str],
    possible: Sequence[str],
    articles: int,
    corpus: Corpus,
) -> str:
    """How a support finding names its origins: '2 independent sources (afp, Peskov) report',
    'At least 2, possibly 3 independent sources (...; possibly also ...) report', or one
    source relayed."""
    names = ", ".join(corpus.origin_name(o) for o in origins)
    extra = [corpus.origin_name(o) for o in possible if o not in origins]
    maybe = ", ".join(extra)
    if kind == "corroborated" and not extra:
        return f"{len(origins)} independent sources ({names}) report"
    if kind == "corroborated":
        return (
            f"At least {len(origins)}, possibly {len(origins) + len(extra)} independent sources"
            f" ({names}; possibly also {maybe}, which may restate them) report"
        )
    if not extra:
        return f"Reported by {articles} articles that all go back to one source ({names})"
    return (
        f"Reported by {articles} articles resting on at least 1 source ({names}), possibly"
        f" {1 + len(extra)} ({maybe} may report it independently or restate it)"
    )


def single_source(claim: Claim, corpus: Corpus) -> Finding:
    """A checkable claim that only one article makes."""
    who = f" (attributed to {claim.attribution})" if claim.attribution else ""
    origin = corpus.origin(claim)
    return Finding(
        id=content_id("f", "single", claim.id),
        kind="single_source",
        summary=f"Only {corpus.label(claim.article)} reports{who}: "
        f"\u201c{claim.text[:SUMMARY_TEXT]}\u201d",
        claims=[claim.id],
        supporting=[claim.article],
        contradicting=[],
        independent_sources=1,
        origins=[origin],
        evidence=[claim_span(claim)],
        chains=[claim_chain(claim, corpus)],
    )


def internal_inconsistency(
    article: str, key: Sequence[str], summary: str, values: Sequence[FindingValue], origin: str
) -> Finding:
    """An article that contradicts itself; its one origin is its own voice."""
    return Finding(
        id=content_id("f", "self", article, *key),
        kind="internal_inconsistency",
        summary=summary,
        claims=[],
        supporting=[article],
        contradicting=[article],
        independent_sources=1,
        origins=[origin],
        values=list(values),
        evidence=[span for v in values for span in v.evidence],
    )


def self_contradicting_claims(first: Claim, second: Claim, corpus: Corpus) -> Finding:
    """An article that both states a proposition and negates it, in one voice."""
    positive, negative = (first, second) if first.polarity == "positive" else (second, first)
    finding = internal_inconsistency(
        first.article,
        (first.id, second.id),
        f"The article both states \u201c{positive.text[:120]}\u201d and negates it: "
        f"\u201c{negative.text[:120]}\u201d.",
        [side("affirmed", [positive], corpus), side("negated", [negative], corpus)],
        corpus.own_origin(first.article),
    )
    return finding.model_copy(update={"claims": [first.id, second.id]})


def evidence_side(value: str, stated: Sequence[tuple[Span, str]], corpus: Corpus) -> FindingValue:
    """One competing value with the spans stating it (not claims: an event slot is read from
    any sentence) and the origins shown independent behind them (`stated_origins`)."""
    spans = list({(s.article, s.start, s.end): s for s, _ in stated}.values())
    return FindingValue(
        value=value,
        articles=_unique([s.article for s in spans]),
        evidence=spans,
        origins=stated_origins(stated, corpus),
    )


def sides_by(
    items: Sequence[_Item],
    key: Callable[[_Item], _Key],
    label: Callable[[_Key, list[_Item]], str],
    stated: Callable[[_Item], tuple[Span, str]],
    corpus: Corpus,
) -> list[FindingValue]:
    """One side per value the items state (`key`), in the value's order: its label and the span
    and origin behind each item that states it."""
    groups: dict[_Key, list[_Item]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return [
        evidence_side(label(value, groups[value]), [stated(i) for i in groups[value]], corpus)
        for value in sorted(groups)
    ]


def sides_text(values: Sequence[FindingValue], corpus: Corpus) -> str:
    """The competing values of a finding as a summary reads them: each value with the outlets
    that state it ("Saturday (AFP, Reuters); Sunday (Al Jazeera)")."""
    return "; ".join(
        f"{v.value} ({', '.join(sorted({corpus.label(a) for a in v.articles}))})" for v in values
    )


def clashing_members(items: Sequence[T], clash: Callable[[T, T], bool]) -> list[T]:
    """The items that clash with at least one other item, in the order their first clash is
    found (each pair is asked once)."""
    members: dict[int, T] = {}
    for x, y in combinations(items, 2):
        if clash(x, y):
            members[id(x)], members[id(y)] = x, y
    return list(members.values())
