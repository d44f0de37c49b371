"""Incremental clustering for a growing corpus: new articles join a story and an event, or
open new ones; articles already placed keep their place and nothing is re-clustered.

The criteria are the full clustering's: a new article joins the story whose members it is most
similar to on average (>= the story threshold), then, inside that story, the event it is most
similar to (story-local IDF, >= max(event threshold, relative x story mean), dates compatible);
small groups of new articles that joined no event may then attach to one as in the full run.
The cost is that of comparing the new articles with the corpus, not of clustering it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scipy import sparse

from crosscheck.cluster.events import (
    ArticleGroups,
    ClusterSettings,
    EventEvidence,
    article_documents,
    event_evidence,
    event_threshold,
)
from crosscheck.cluster.fragments import attach_fragments
from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.similarity import tfidf_matrix
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import Resolution


@dataclass(frozen=True, slots=True)
class PreviousGroups:
    """Stories and events of an earlier run, as lists of article ids."""

    stories: list[list[str]]
    events: list[list[str]]


def _rows(matrix: sparse.csr_matrix) -> list[dict[int, float]]:
    return [
        dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))
        for lo, hi in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True)
    ]


def _best_group(
    similarities: dict[int, float], groups: list[list[int]], allowed: Sequence[int]
) -> tuple[int | None, float]:
    """The group (index into `groups`, among `allowed`) with the highest mean similarity."""
    best, best_score = None, 0.0
    for g in allowed:
        members = groups[g]
        score = sum(similarities.get(m, 0.0) for m in members) / len(members)
        if score > best_score:
            best, best_score = g, score
    return best, best_score


def _open_new(
    items: list[int], similarity: dict[int, dict[int, float]], threshold: float
) -> list[list[int]]:
    """Average-link among articles that joined no existing group."""
    position = {item: k for k, item in enumerate(items)}
    edges = {
        (min(position[a], position[b]), max(position[a], position[b])): value
        for a in items
        for b, value in similarity[a].items()
        if b in position and a != b
    }
    return [[items[k] for k in cluster] for cluster in average_link(len(items), edges, threshold)]


def _join_stories(
    new: list[int],
    similarity: dict[int, dict[int, float]],
    stories: list[list[int]],
    settings: ClusterSettings,
) -> set[int]:
    """Put each new article in its closest story or in a new one; the stories that changed."""
    touched: set[int] = set()
    homeless: list[int] = []
    for i in new:
        best, score = _best_group(similarity[i], stories, range(len(stories)))
        if best is not None and score >= settings.story_threshold:
            stories[best].append(i)
            touched.add(best)
        else:
            homeless.append(i)
    for story in _open_new(homeless, similarity, settings.story_threshold):
        touched.add(len(stories))
        stories.append(story)
    return touched


def _story_similarity(
    members: list[int], documents: list[list[str]]
) -> dict[int, dict[int, float]]:
    """Pairwise similarities of a story's members with story-local IDF."""
    local = tfidf_matrix([documents[i] for i in members])
    local_rows = _rows((local @ local.T).tocsr())
    return {
        members[k]: {members[j]: v for j, v in row.items() if j != k}
        for k, row in enumerate(local_rows)
    }


def _place_in_events(
    members: list[int],
    events: list[list[int]],
    documents: list[list[str]],
    evidence: EventEvidence,
    new_set: set[int],
    settings: ClusterSettings,
) -> None:
    """Place a story's new members in its events (or new ones), in place of its old events."""
    member_set = set(members)
    story_events = [e for e, event in enumerate(events) if event[0] in member_set]
    local_sim = _story_similarity(members, documents)
    threshold = event_threshold(local_sim, len(members), settings)
    leftovers = []
    for i in (m for m in members if m in new_set):
        compatible = [e for e in story_events if not any(evidence.apart(i, j) for j in events[e])]
        best, score = _best_group(local_sim[i], events, compatible)
        if best is not None and score >= threshold:
            events[best].append(i)
        else:
            leftovers.append(i)
    opened = _open_new(leftovers, local_sim, threshold)
    placed = attach_fragments(
        [events[e] for e in story_events] + opened,
        local_sim,
        evidence.dates,
        settings,
        movable=new_set.issuperset,
        apart=evidence.apart,
    )
    for e in sorted(story_events, reverse=True):
        del events[e]
    events.extend(placed)


def assign_new_articles(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    previous: PreviousGroups,
    settings: ClusterSettings | None = None,
) -> ArticleGroups:
    """Keep the previous stories and events; place the articles they do not contain."""
    settings = settings or ClusterSettings()
    index = {a.article.id: i for i, a in enumerate(articles)}
    stories = [kept for s in previous.stories if (kept := [index[a] for a in s if a in index])]
    events = [kept for e in previous.events if (kept := [index[a] for a in e if a in index])]
    evidence = event_evidence(articles, resolution, settings)
    dates = list(evidence.dates)
    known = {i for story in stories for i in story}
    new = [i for i in range(len(articles)) if i not in known]
    if not new:
        return ArticleGroups(stories=stories, events=events, event_dates=dates)
    documents = article_documents(articles, resolution, settings)
    matrix = tfidf_matrix(documents)
    rows = _rows((matrix[new] @ matrix.T).tocsr())
    similarity = {i: row for i, row in zip(new, rows, strict=True)}
    touched = _join_stories(new, similarity, stories, settings)
    for s in sorted(touched):
        _place_in_events(stories[s], events, documents, evidence, set(new), settings)
    return ArticleGroups(stories=stories, events=events, event_dates=dates)
