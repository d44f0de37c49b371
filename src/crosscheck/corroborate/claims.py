"""Claims matched across the articles of one story: corroboration, conflicts found by the
detectors, self-contradiction, single source.

A matcher (by name; `lexical` by default) proposes pairs inside a story and judges each. A claim
that reports an event is compared only with claims from reports of the same event. Pairs judged
the same proposition are clustered into corroborations; pairs about the same thing go to the
conflict detectors; an article that states and negates one proposition in one voice contradicts
itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from crosscheck.claims.detect import (
    DETECTORS,
    ClaimGroup,
    ClaimPair,
    ConflictDetector,
    reports_event,
)
from crosscheck.claims.findings import corroboration, self_contradicting_claims, single_source
from crosscheck.claims.independence import claim_origin, independent_origins
from crosscheck.claims.match_anchors import anchored_same
from crosscheck.claims.match_confirmed import MeaningSettings, meaning_pairs
from crosscheck.claims.match_lexical import factual
from crosscheck.claims.propositional import not_a_proposition
from crosscheck.claims.relation import ClaimMatcher, Relation, get_matcher
from crosscheck.claims.same_proposition import corroborates, page_furniture
from crosscheck.claims.told_elsewhere import (
    ToldElsewhere,
    ToldElsewhereSettings,
)
from crosscheck.claims.uniqueness import Uniqueness, UniquenessSettings
from crosscheck.cluster.linkage import average_link
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, Finding
from crosscheck.resolve.union_find import UnionFind


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Which matcher, and how alike two claims must be for each use."""

    matcher: str = "lexical"
    threshold: float = 0.30
    conflict_threshold: float = 0.45
    internal_threshold: float = 0.55
    min_words: int = 6
    # reports published further apart speak of different moments of a story
    max_days_apart: int = 30
    # how far an unpaired claim must be from every other article to be called single-source
    # (None: every unpaired checkable claim is, as before)
    uniqueness: UniquenessSettings | None = field(default_factory=UniquenessSettings)
    # paraphrases and translations found by meaning (multilingual embeddings) and kept only
    # when their anchors agree (claims/match_anchors.py); None turns the pass off
    meaning: MeaningSettings | None = field(default_factory=MeaningSettings)
    # a fact shown as told by few articles only when no other article likely tells it in other
    # words or another language (claims/told_elsewhere.py); None turns the search off
    told_elsewhere: ToldElsewhereSettings | None = field(default_factory=ToldElsewhereSettings)


@runtime_checkable
class CorpusAware(Protocol):
    """A matcher that reads the resolved corpus (entity ids, places) before matching."""

    def use_corpus(self, corpus: Corpus) -> None:
        """Read what it needs from the corpus."""
        ...


def _checkable(claim: Claim, settings: MatchSettings) -> bool:
    return bool(claim.entities) and len(claim.text.split()) >= settings.min_words


def _comparable(a: Claim, b: Claim, corpus: Corpus, settings: MatchSettings) -> bool:
    """Claims of reports published close together; a claim that reports an event only with
    claims of the same event."""
    day_a, day_b = corpus.published(a.article), corpus.published(b.article)
    if day_a and day_b and abs((day_a - day_b).days) > settings.max_days_apart:
        return False
    if not (reports_event(a) or reports_event(b)):
        return True
    return corpus.event_of.get(a.article) == corpus.event_of.get(b.article)


def _same_voice(a: Claim, b: Claim) -> bool:
    """Both in the article's own voice, or both put in one speaker's mouth."""
    if a.speaker or b.speaker:
        return a.speaker == b.speaker
    return (a.speaker_text or a.attribution) == (b.speaker_text or b.attribution)


def _content_key(claim: Claim, corpus: Corpus) -> int:
    """An id shared by claims that say the same thing the same way, whatever their article:
    every field a backend reads, and the entities the claim's mentions resolve to."""
    fields = claim.model_dump_json(
        exclude={"id", "article", "start", "end", "sentence_start", "sentence_end"}
    )
    entities = tuple(corpus.entity(claim.article, i) for i in claim.entities)
    return hash((fields, entities))


def _may_corroborate(a: Claim, b: Claim, corpus: Corpus) -> bool:
    """Whatever the backend, a pair is shown as corroboration only when it passes every rule of
    `same_proposition.corroborates` (moment, subject, predicate, figures, speaker side)."""
    return corroborates(a, b, corpus)


def _judged(
    matcher: ClaimMatcher, claims: list[Claim], corpus: Corpus, settings: MatchSettings
) -> list[tuple[int, int, ClaimPair]]:
    blocks = [corpus.story_of.get(c.article) for c in claims]
    low = min(settings.threshold, settings.internal_threshold)
    judged = []
    # Syndicated copies repeat a claim word for word in many articles: a pair of claims with
    # the same content is judged once and the verdict carried to its copies.
    content = [_content_key(c, corpus) for c in claims]
    verdicts: dict[tuple[int, int, float], Relation] = {}
    # whether two claims are comparable depends on their articles and on whether each reports
    # an event: asked once per such combination, not once per candidate pair
    events = [reports_event(c) for c in claims]
    comparable: dict[tuple[str, str, bool, bool], bool] = {}
    for candidate in matcher.candidates(claims, blocks, low):
        a, b = claims[candidate.first], claims[candidate.second]
        seen = (a.article, b.article, events[candidate.first], events[candidate.second])
        if seen not in comparable:
            comparable[seen] = _comparable(a, b, corpus, settings)
        if not comparable[seen]:
            continue
        key = (content[candidate.first], content[candidate.second], candidate.similarity)
        relation = verdicts.get(key)
        if relation is None:
            relation = matcher.relate(a, b).relation
            verdicts[key] = relation
        # the rules read each claim's article (its event, its date): not carried to copies
        if relation == Relation.SAME and not _may_corroborate(a, b, corpus):
            relation = Relation.RELATED
        pair = ClaimPair(a, b, candidate.similarity, relation)
        judged.append((candidate.first, candidate.second, pair))
    return judged


def _groups(n: int, pairs: list[tuple[int, int, ClaimPair]]) -> list[ClaimGroup]:
    """Connected claims about the same thing, with the pairs among them."""
    sets = UnionFind(n)
    for i, j, _ in pairs:
        sets.union(i, j)
    by_root: dict[int, list[ClaimPair]] = {}
    for i, _, pair in pairs:
        by_root.setdefault(sets.find(i), []).append(pair)
    groups = []
    for group_pairs in by_root.values():
        claims = {c.id: c for p in group_pairs for c in (p.first, p.second)}
        groups.append(ClaimGroup(claims=list(claims.values()), pairs=group_pairs))
    return groups


def claim_findings(
    corpus: Corpus,
    settings: MatchSettings = MatchSettings(),
    detectors: Sequence[ConflictDetector] = DETECTORS,
) -> list[Finding]:
    """Corroborated, conflicting, self-contradicted and single-source claims of the corpus."""
    claims = corpus.claims
    if not claims:
        return []
    matcher = get_matcher(settings.matcher)
    if isinstance(matcher, CorpusAware):
        matcher.use_corpus(corpus)
    judged = _judged(matcher, claims, corpus, settings)
    findings = [
        self_contradicting_claims(p.first, p.second, corpus)
        for _, _, p in judged
        if p.first.article == p.second.article
        and p.relation == Relation.CONTRADICTS
        and p.similarity >= settings.internal_threshold
        and _same_voice(p.first, p.second)
    ]
    cross = [
        (i, j, p)
        for i, j, p in judged
        if p.first.article != p.second.article and p.similarity >= settings.threshold
    ]
    about_same = [
        (i, j, p)
        for i, j, p in cross
        if p.relation != Relation.UNRELATED and p.similarity >= settings.conflict_threshold
    ]
    for about in _groups(len(claims), about_same):
        for detector in detectors:
            findings.extend(detector.detect(about, corpus))
    in_conflict = {c for f in findings for c in f.claims}
    same = {(i, j): p.similarity for i, j, p in cross if p.relation == Relation.SAME}
    same.update(_by_meaning(claims, corpus, settings, judged, in_conflict))
    alone: list[list[Claim]] = []
    relayed: list[list[Claim]] = []
    for members in _complete(average_link(len(claims), same, settings.threshold), same, claims):
        group = [claims[i] for i in members]
        if len({c.article for c in group}) > 1:
            finding = corroboration(group, corpus)
            if finding.kind == "corroborated":
                findings.append(finding)
            elif finding.possible_origins:
                relayed.append(group)  # "at least 1, possibly 3": widened by who else tells it
            else:
                alone.append(group)  # copies of one source: single-source if nobody else says it
        elif len(group) == 1 and _single_candidate(group[0], settings, in_conflict, corpus):
            alone.append(group)
    findings.extend(_single_sources(alone, corpus, settings))
    findings.extend(_widened_relays(relayed, corpus, settings))
    return findings


def _by_meaning(
    claims: list[Claim],
    corpus: Corpus,
    settings: MatchSettings,
    judged: list[tuple[int, int, ClaimPair]],
    in_conflict: set[str],
) -> dict[tuple[int, int], float]:
    """Same-proposition pairs the matcher did not propose: found by meaning, confirmed by the
    claims' values, entities and moment. A pair the matcher found contradictory, or a claim
    already in a conflict, is left as it is; a pair it called related only because the words
    or verbs differ is what this pass is for."""
    if settings.meaning is None:
        return {}
    seen = {(i, j) for i, j, p in judged if p.relation == Relation.CONTRADICTS}

    def comparable(a: Claim, b: Claim) -> bool:
        one_story = corpus.story_of.get(a.article) == corpus.story_of.get(b.article)
        return (one_story or a.language != b.language) and _comparable(a, b, corpus, settings)

    found = meaning_pairs(claims, corpus, comparable, settings.meaning, confirm=anchored_same)
    return {
        (i, j): cosine
        for (i, j), cosine in found.items()
        if (i, j) not in seen
        and claims[i].id not in in_conflict
        and claims[j].id not in in_conflict
    }


def _single_candidate(
    claim: Claim, settings: MatchSettings, in_conflict: set[str], corpus: Corpus
) -> bool:
    """A checkable fact (not what is expected or demanded) that no conflict already shows, read
    from the article's prose (not a caption or credit line), and a proposition of its own (not
    a question, an attribution line or a quote fragment leaning on its context)."""
    return (
        _checkable(claim, settings)
        and factual(claim)
        and not not_a_proposition(claim)
        and claim.id not in in_conflict
        and not page_furniture(claim, corpus)
    )


def _single_sources(
    groups: list[list[Claim]], corpus: Corpus, settings: MatchSettings
) -> list[Finding]:
    """Claims told by one article, or by copies of one source, that no other article of their
    story tells in any words or language; the others are not shown (they may well be)."""
    told_alone = [True] * len(groups)
    if settings.uniqueness:
        relays = _relays_by_origin(corpus)
        uniqueness = Uniqueness(corpus, settings.uniqueness)
        carried = [_carriers(g, relays, corpus) for g in groups]
        told_alone = uniqueness.unique(
            [(g[0], own) for g, own in zip(groups, carried, strict=True)]
        )
        if settings.told_elsewhere:
            elsewhere = ToldElsewhere(corpus, settings.told_elsewhere)
            told_alone = [
                ok and not elsewhere.told_elsewhere(g, own, uniqueness.scope(g[0]))
                for ok, g, own in zip(told_alone, groups, carried, strict=True)
            ]
    return [
        single_source(g[0], corpus) if len(g) == 1 else corroboration(g, corpus)
        for g, ok in zip(groups, told_alone, strict=True)
        if ok
    ]


def _widened_relays(
    groups: list[list[Claim]], corpus: Corpus, settings: MatchSettings
) -> list[Finding]:
    """Relays whose further origins are undetermined ("at least 1, possibly 3"), each with the
    outlets of the other articles that tell the fact in like words added to its possible
    origins: they may report it independently, so a range that left them out would be too
    narrow. A relay that other articles likely tell in other words or languages
    (`claims/told_elsewhere`) is not shown: its articles are not the fact's only carriers."""
    if not groups or not settings.uniqueness:
        return [corroboration(g, corpus) for g in groups]
    relays = _relays_by_origin(corpus)
    uniqueness = Uniqueness(corpus, settings.uniqueness)
    carried = [_carriers(g, relays, corpus) for g in groups]
    if settings.told_elsewhere:
        elsewhere = ToldElsewhere(corpus, settings.told_elsewhere)
        kept = [
            not elsewhere.told_elsewhere(g, own, uniqueness.scope(g[0]))
            for g, own in zip(groups, carried, strict=True)
        ]
        groups = [g for g, ok in zip(groups, kept, strict=True) if ok]
        carried = [own for own, ok in zip(carried, kept, strict=True) if ok]
    echoes = uniqueness.echoing_articles(
        [(g[0], own) for g, own in zip(groups, carried, strict=True)]
    )
    return [
        corroboration(g, corpus, also=sorted({corpus.own_origin(a) for a in echo}))
        for g, echo in zip(groups, echoes, strict=True)
    ]


def _relays_by_origin(corpus: Corpus) -> dict[str, frozenset[str]]:
    """Origin key -> the articles with a claim resting on it (an agency, a cited source)."""
    found: dict[str, set[str]] = {}
    for claim in corpus.claims:
        found.setdefault(claim_origin(claim, corpus), set()).add(claim.article)
    return {key: frozenset(articles) for key, articles in found.items()}


def _carriers(
    group: list[Claim], relays: dict[str, frozenset[str]], corpus: Corpus
) -> frozenset[str]:
    """The articles that carry a claim: its own, and, for copies of one source, every other
    article relaying that source (another relay of the dispatch telling it is no second
    source; only an article of another origin telling it is)."""
    own = frozenset(c.article for c in group)
    if len(own) < 2:
        return own
    origins = independent_origins(group, corpus)
    if len(origins) != 1:
        return own
    return own | relays.get(origins[0], frozenset())


def _complete(
    clusters: list[list[int]], same: dict[tuple[int, int], float], claims: list[Claim]
) -> list[list[int]]:
    """Clusters split so that every two members of different articles were judged the same
    proposition: average linkage may chain "24 dead" to "26 dead" through a claim without
    a figure."""
    out: list[list[int]] = []
    for members in clusters:
        parts: list[list[int]] = []
        for i in members:
            home = next((p for p in parts if all((min(i, j), max(i, j)) in same for j in p)), None)
            if home is None:
                parts.append([i])
            else:
                home.append(i)
        out.extend(parts)
    return out
