"""Conflicts over who holds an office, and articles that contradict themselves about it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.annotate.roles import is_single_holder
from crosscheck.ids import content_id
from crosscheck.records import (
    AnnotatedArticle,
    Entity,
    EntityRole,
    Finding,
    FindingValue,
    Span,
    Story,
)
from crosscheck.resolve.resolver import Resolution

_HOLDING = ("current", "interim", "acting")
MAX_AS_OF_GAP_DAYS = 180


def _office_label(country: str | None, office: str) -> str:
    return f"{office} of {country}" if country else office


def _compatible_dates(a: EntityRole, b: EntityRole) -> bool:
    if a.as_of is None or b.as_of is None:
        return True
    return abs((a.as_of - b.as_of).days) <= MAX_AS_OF_GAP_DAYS


def office_conflicts(entities: Sequence[Entity], stories: Sequence[Story]) -> list[Finding]:
    """Different people named as the current holder of one single-holder office in one story."""
    story_of = {a: s.id for s in stories for a in s.articles}
    holders: dict[tuple[str, str, str], dict[str, list[EntityRole]]] = defaultdict(
        lambda: defaultdict(list)
    )
    names = {e.id: e.name for e in entities}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for role in entity.roles:
            if role.status in _HOLDING and role.country and is_single_holder(role.office):
                key = (story_of.get(role.article, ""), role.country, role.office)
                holders[key][entity.id].append(role)
    findings: list[Finding] = []
    for (story, country, office), by_holder in sorted(holders.items()):
        if len(by_holder) < 2:
            continue
        pairs = [
            (a, b)
            for ia, (ea, roles_a) in enumerate(by_holder.items())
            for eb, roles_b in list(by_holder.items())[ia + 1 :]
            for a in roles_a
            for b in roles_b
            if _compatible_dates(a, b)
        ]
        if not pairs:
            continue
        label = _office_label(country, office)
        values = [
            FindingValue(
                value=names[entity_id],
                articles=sorted({r.article for r in roles}),
                evidence=[r.evidence for r in roles],
            )
            for entity_id, roles in sorted(by_holder.items(), key=lambda kv: -len(kv[1]))
        ]
        summary = (
            f"Outlets name different holders of the office of {label}: "
            + "; ".join(
                f"{v.value} ({len(v.articles)} article{'s' * (len(v.articles) > 1)})"
                for v in values
            )
            + "."
        )
        majority_articles = set(values[0].articles)
        others = sorted({a for v in values[1:] for a in v.articles} - majority_articles)
        findings.append(
            Finding(
                id=content_id("f", "office", story, country, office),
                kind="conflict",
                summary=summary,
                claims=[],
                supporting=sorted(majority_articles),
                contradicting=others,
                independent_sources=len(majority_articles),
                values=values,
                evidence=[e for v in values for e in v.evidence],
            )
        )
    return findings


def self_contradictions(
    articles: Sequence[AnnotatedArticle], resolution: Resolution, entities: Sequence[Entity]
) -> list[Finding]:
    """Articles that name someone as holding an office and also say that person is out of power,
    or name two different current holders of one office."""
    names = {e.id: e.name for e in entities}
    findings: list[Finding] = []
    for article in articles:
        aid = article.article.id
        current: dict[str, list[tuple[str | None, str, Span]]] = defaultdict(list)
        for role in article.roles:
            entity_id = resolution.entity_of.get((aid, role.mention))
            if entity_id and role.status in _HOLDING and is_single_holder(role.office):
                current[entity_id].append((role.country, role.office, role.evidence))
        for ended in article.tenure_ended:
            entity_id = resolution.entity_of.get((aid, ended.mention))
            if entity_id is None or entity_id not in current:
                continue
            country, office_name, role_span = current[entity_id][0]
            office = _office_label(country, office_name)
            findings.append(
                Finding(
                    id=content_id("f", "tenure", aid, entity_id),
                    kind="internal_inconsistency",
                    summary=(
                        f"The article calls {names[entity_id]} {office} "
                        f"(\u201c{role_span.text}\u201d) but also says they are out of power "
                        f"(\u201c{ended.evidence.text}\u201d)."
                    ),
                    claims=[],
                    supporting=[aid],
                    contradicting=[aid],
                    independent_sources=1,
                    values=[
                        FindingValue(
                            value=f"in office: {office}", articles=[aid], evidence=[role_span]
                        ),
                        FindingValue(
                            value="out of power", articles=[aid], evidence=[ended.evidence]
                        ),
                    ],
                    evidence=[role_span, ended.evidence],
                )
            )
        # An office named without its country may belong to different countries: skip those.
        by_office: dict[tuple[str, str], dict[str, Span]] = defaultdict(dict)
        for entity_id, offices in current.items():
            for country, office_name, span in offices:
                if country is not None:
                    by_office[(country, office_name)].setdefault(entity_id, span)
        for (country, office_name), holders in by_office.items():
            if len(holders) < 2:
                continue
            office = _office_label(country, office_name)
            spans = list(holders.values())
            findings.append(
                Finding(
                    id=content_id("f", "holders", aid, office),
                    kind="internal_inconsistency",
                    summary=f"The article names {len(holders)} different current holders of "
                    f"the office of {office}: " + ", ".join(names[e] for e in holders) + ".",
                    claims=[],
                    supporting=[aid],
                    contradicting=[aid],
                    independent_sources=1,
                    values=[
                        FindingValue(value=names[e], articles=[aid], evidence=[s])
                        for e, s in holders.items()
                    ],
                    evidence=spans,
                )
            )
    return findings
