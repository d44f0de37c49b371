"""The corpus stages: resolve, deduplicate, cluster, corroborate; annotated articles to dossier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crosscheck.cluster.duplicates import find_duplicate_groups
from crosscheck.cluster.events import ClusterSettings, group_articles
from crosscheck.cluster.frames import build_frames
from crosscheck.cluster.incremental import PreviousGroups, assign_new_articles
from crosscheck.corroborate.claims import MatchSettings, claim_findings
from crosscheck.corroborate.offices import office_conflicts, self_contradictions
from crosscheck.corroborate.sources import build_source_map
from crosscheck.records import (
    AnnotatedArticle,
    Dossier,
    DuplicateSet,
    Finding,
    OutletAgreement,
    Rejection,
    RunInfo,
)
from crosscheck.resolve.overrides import MergeOverrides
from crosscheck.resolve.resolver import resolve_entities

_FINDING_ORDER = {"conflict": 0, "internal_inconsistency": 1, "corroborated": 2, "single_source": 3}


@dataclass(frozen=True, slots=True)
class CorpusSettings:
    """Settings of the corpus stages."""

    clustering: ClusterSettings = field(default_factory=ClusterSettings)
    matching: MatchSettings = field(default_factory=MatchSettings)
    overrides: MergeOverrides = field(default_factory=MergeOverrides)


def agreement_matrix(
    findings: Sequence[Finding], label_of: dict[str, str]
) -> list[OutletAgreement]:
    """Outlet x finding stances for every finding that more than one article speaks to."""
    cells: dict[tuple[str, str], OutletAgreement] = {}
    for finding in findings:
        if finding.kind not in ("corroborated", "conflict"):
            continue
        for stance, article_ids in (
            ("supports", finding.supporting),
            ("contradicts", finding.contradicting),
        ):
            for article_id in article_ids:
                outlet = label_of[article_id]
                cells.setdefault(
                    (outlet, finding.id),
                    OutletAgreement(outlet=outlet, finding=finding.id, stance=stance),  # type: ignore[arg-type]
                )
    return sorted(cells.values(), key=lambda c: (c.outlet, c.finding))


def build_dossier(
    annotated: Sequence[AnnotatedArticle],
    rejected: Sequence[Rejection],
    run: RunInfo,
    settings: CorpusSettings = CorpusSettings(),
    previous: PreviousGroups | None = None,
) -> Dossier:
    """Run the corpus stages over all annotated articles and assemble the dossier.

    With `previous` stories and events (from the store), articles already placed keep their
    place and only new articles are assigned (incremental clustering)."""
    articles = sorted(
        annotated, key=lambda a: (a.article.path or "", a.article.source_id or "", a.article.id)
    )
    resolution = resolve_entities(articles, settings.overrides)
    entities = {e.id: e for e in resolution.entities}
    duplicates = [
        DuplicateSet(
            members=list(g.members),
            representative=g.representative,
            kind=g.kind,
            similarity=round(g.similarity, 3),
        )
        for g in find_duplicate_groups((a.article.id, a.article.text) for a in articles)
    ]
    incremental = previous is not None and any(previous.stories)
    if previous is not None and incremental:
        groups = assign_new_articles(articles, resolution, previous, settings.clustering)
        run = run.model_copy(update={"clustering": "incremental"})
    else:
        groups = group_articles(articles, resolution, settings.clustering)
    stories, events = build_frames(articles, groups, resolution, entities)
    sources = build_source_map([a.article for a in articles], duplicates)
    findings = [
        *office_conflicts(resolution.entities, stories),
        *self_contradictions(articles, resolution, resolution.entities),
        *claim_findings(articles, resolution, stories, events, sources, settings.matching),
    ]
    findings.sort(key=lambda f: (_FINDING_ORDER[f.kind], -f.independent_sources, f.id))
    return Dossier(
        run=run,
        articles=[a.article for a in articles],
        entities=resolution.entities,
        stories=stories,
        events=events,
        claims=[c for a in articles for c in a.claims],
        findings=findings,
        duplicates=duplicates,
        agreement=agreement_matrix(findings, sources.label_of),
        rejected=list(rejected),
    )
