"""The corpus stages: resolve, deduplicate, cluster, corroborate; annotated articles to dossier."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar

from crosscheck.annotate.tenure import role_is_past
from crosscheck.cluster.duplicates import find_duplicate_groups
from crosscheck.cluster.events import ClusterSettings, group_articles
from crosscheck.cluster.frames import build_frames
from crosscheck.cluster.incremental import PreviousGroups, assign_new_articles
from crosscheck.corpus import Corpus, build_corpus
from crosscheck.corroborate.claims import MatchSettings, claim_findings
from crosscheck.corroborate.events import mediator_conflicts
from crosscheck.corroborate.hidden_conflicts import without_hidden_conflicts
from crosscheck.corroborate.office_rank import rank_conflicts
from crosscheck.corroborate.offices import office_conflicts, self_contradictions
from crosscheck.corroborate.slots import slot_conflicts
from crosscheck.corroborate.speech import misquotes, position_conflicts
from crosscheck.corroborate.speech_days import remark_day_conflicts
from crosscheck.corroborate.talks_format import format_conflicts
from crosscheck.records import (
    CONFLICT_KINDS,
    AnnotatedArticle,
    Dossier,
    DuplicateSet,
    Entity,
    Finding,
    OutletAgreement,
    Rejection,
    RunInfo,
)
from crosscheck.resolve.overrides import MergeOverrides
from crosscheck.resolve.resolver import resolve_entities

# Conflicts first (all kinds alike), then self-contradictions, corroborations, single sources.
_FINDING_ORDER = {
    **{kind: 0 for kind in CONFLICT_KINDS},
    "internal_inconsistency": 1,
    "corroborated": 2,
    "single_source": 3,
}


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
        if finding.kind != "corroborated" and finding.kind not in CONFLICT_KINDS:
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


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _heap_frozen(run: Callable[_P, _R]) -> Callable[_P, _R]:
    """`run` with the objects alive before it (the annotated articles, models, lexicons) left
    out of the garbage collector's full passes: they outlive the corpus stages, and each full
    pass walked them all again (a sixth to a fifth of the stages' time at 850 articles, more on
    larger corpora). What the stages compute is unchanged; cycles among the frozen objects
    wait for the next full pass after them. A heap frozen by the caller is left as it is."""

    @functools.wraps(run)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if gc.get_freeze_count():
            return run(*args, **kwargs)
        gc.freeze()
        try:
            return run(*args, **kwargs)
        finally:
            gc.unfreeze()

    return wrapper


@_heap_frozen
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
    corpus = build_corpus(articles, resolution, stories, events, duplicates)
    findings = corpus_findings(corpus, settings.matching)
    return Dossier(
        run=run,
        articles=[a.article for a in articles],
        entities=_dated_roles(resolution.entities, corpus),
        stories=stories,
        events=events,
        claims=corpus.claims,
        quotes=corpus.quotes,
        positions=corpus.positions,
        findings=findings,
        duplicates=duplicates,
        agreement=agreement_matrix(findings, corpus.outlets.label_of),
        rejected=list(rejected),
    )


def corpus_findings(corpus: Corpus, matching: MatchSettings | None = None) -> list[Finding]:
    """Every finding about the corpus, conflicts first."""
    findings = [
        *office_conflicts(corpus),
        *rank_conflicts(corpus),
        *self_contradictions(corpus),
        *claim_findings(corpus, matching or MatchSettings()),
        *mediator_conflicts(corpus),
        *misquotes(corpus),
        *position_conflicts(corpus),
        *format_conflicts(corpus),
        *remark_day_conflicts(corpus),
    ]
    findings.extend(slot_conflicts(corpus, findings))
    findings = without_hidden_conflicts(findings)
    findings.sort(key=lambda f: (_FINDING_ORDER[f.kind], -f.independent_sources, f.id))
    return findings


def _dated_roles(entities: list[Entity], corpus: Corpus) -> list[Entity]:
    """Entities whose roles stated for an earlier time say so ("then"), as the conflict
    detection read them."""
    past = {
        (role.article, role.evidence.start)
        for article in corpus.articles.values()
        for role in article.roles
        if role.status not in ("former", "then") and role_is_past(role, article)
    }
    if not past:
        return entities
    return [
        e.model_copy(
            update={
                "roles": [
                    r.model_copy(update={"status": "then"})
                    if (r.article, r.evidence.start) in past
                    else r
                    for r in e.roles
                ]
            }
        )
        for e in entities
    ]
