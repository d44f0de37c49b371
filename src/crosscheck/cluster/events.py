"""Articles into stories and into distinct events.

Two articles report the same event when their words and named entities overlap strongly and
their event dates (when both are known) agree; a story is the looser grouping of events that
share actors and subject. Two meetings in one city months apart share the city, not the date or
the specifics, so they stay two events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.similarity import neighbour_graph, tfidf_matrix
from crosscheck.records import AnnotatedArticle, TimeMention
from crosscheck.resolve.resolver import Resolution

EVENT_TRIGGERS = frozenset(
    """met meet meeting meetings talks talk held hold negotiations summit visit visited attack
    attacked strike strikes struck killed shooting shot agreement deal signed sign ceasefire
    announced election vote arrested protest protests clash clashes explosion bombing
    earthquake crash fire launched""".split()
)


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Similarity thresholds of the two groupings (chosen on ECB+ train/dev topics)."""

    event_threshold: float = 0.30
    story_threshold: float = 0.08
    max_date_gap_days: int = 3
    entity_weight: int = 2
    top_k: int = 50


@dataclass(frozen=True, slots=True)
class ArticleGroups:
    """Index lists into the article sequence: stories, and events inside stories."""

    stories: list[list[int]]
    events: list[list[int]]
    event_dates: list[tuple[date, TimeMention] | None]


def event_date(article: AnnotatedArticle) -> tuple[date, TimeMention] | None:
    """The date of the event an article reports: the first full date in a sentence that also
    names an event ("met ... on Saturday, July 12"), within the first paragraphs."""
    text = article.article.text
    lead_end = article.article.paragraphs[min(3, len(article.article.paragraphs) - 1)].end
    for sentence in article.sentences:
        if sentence.start > lead_end:
            break
        words = set(text[sentence.start : sentence.end].lower().split())
        if not words & EVENT_TRIGGERS:
            continue
        for time in article.times:
            if sentence.start <= time.start < sentence.end and time.day is not None:
                return time.day, time
    return None


def _document(article: AnnotatedArticle, resolution: Resolution, weight: int) -> str:
    """Article words plus its entities as tokens, so name variants count as the same word."""
    entity_tokens = []
    for index, mention in enumerate(article.mentions):
        entity = resolution.entity_of.get((article.article.id, index))
        if entity and mention.type != "NORP":
            entity_tokens.append("__" + entity.replace(" ", "_"))
    title = article.article.title or ""
    return " ".join([title, title, article.article.text, *(entity_tokens * weight)])


def _apply_dates(
    edges: dict[tuple[int, int], float],
    dates: list[tuple[date, TimeMention] | None],
    max_gap: int,
) -> dict[tuple[int, int], float]:
    """Drop links between articles whose event dates are both known and far apart."""
    kept = {}
    for (i, j), value in edges.items():
        di, dj = dates[i], dates[j]
        if di is not None and dj is not None and abs((di[0] - dj[0]).days) > max_gap:
            continue
        kept[(i, j)] = value
    return kept


def group_articles(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    settings: ClusterSettings = ClusterSettings(),
) -> ArticleGroups:
    """Stories and events over all articles (index lists into `articles`)."""
    n = len(articles)
    if n == 0:
        return ArticleGroups(stories=[], events=[], event_dates=[])
    matrix = tfidf_matrix([_document(a, resolution, settings.entity_weight) for a in articles])
    edges = neighbour_graph(matrix, settings.story_threshold, settings.top_k)
    dates = [event_date(a) for a in articles]
    stories = average_link(n, edges, settings.story_threshold)
    event_edges = _apply_dates(
        {k: v for k, v in edges.items() if v >= settings.event_threshold / 2},
        dates,
        settings.max_date_gap_days,
    )
    events: list[list[int]] = []
    story_of = {i: s for s, members in enumerate(stories) for i in members}
    for cluster in average_link(n, event_edges, settings.event_threshold):
        # an event never spans two stories
        by_story: dict[int, list[int]] = {}
        for i in cluster:
            by_story.setdefault(story_of[i], []).append(i)
        events.extend(by_story.values())
    events.sort(key=lambda c: c[0])
    return ArticleGroups(stories=stories, events=events, event_dates=dates)


def majority(values: Sequence[str]) -> str | None:
    """The most common value (ties: first seen), or None for no values."""
    if not values:
        return None
    return Counter(values).most_common(1)[0][0]
