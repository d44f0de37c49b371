"""Articles into stories and into distinct events.

Two articles report the same event when their words and named entities overlap strongly and
nothing a reader would use sets them apart: their event dates (when both are known) agree, their
places can be one, and their headlines do not announce different rounds of a series or events
in different countries. A story is the looser grouping of events that share actors and subject.
Two meetings in one city months apart share the city, not the date or the specifics, so they
stay two events. A report that follows an event (the charges in a shooting, a quake's toll
rising days later) may join it though dated later, unless its headline announces another
event of the kind (`follow_ups`); a date set apart is never bridged by a third, undated report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.cluster.event_evidence import EventEvidence, event_date, event_evidence
from crosscheck.cluster.event_words import EVENT_TRIGGERS, EVENT_TYPES
from crosscheck.cluster.fragments import attach_fragments, join_same_day_and_place
from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.multilingual import (
    Embed,
    default_embed,
    join_by_nearest_reports,
    join_other_languages,
    merge_joined,
)
from crosscheck.cluster.plain_join import join_across_stories
from crosscheck.cluster.report_day import (
    DatedReports,
    caching,
    join_foreign_events,
    join_on_report_day,
)
from crosscheck.cluster.settings import ClusterSettings
from crosscheck.cluster.shared_specifics import join_on_shared_specifics
from crosscheck.cluster.similarity import analyse, neighbour_graph, tfidf_matrix
from crosscheck.records import AnnotatedArticle, TimeMention
from crosscheck.resolve.resolver import Resolution

# The event words, the settings and the event evidence live in their own modules; they stay
# importable from here, where the pipeline, the claims and the tests have always found them.
__all__ = [
    "EVENT_TRIGGERS",
    "EVENT_TYPES",
    "ArticleGroups",
    "ClusterSettings",
    "EventEvidence",
    "article_documents",
    "event_date",
    "event_evidence",
    "event_threshold",
    "group_articles",
]


@dataclass(frozen=True, slots=True)
class ArticleGroups:
    """Index lists into the article sequence: stories, and events inside stories."""

    stories: list[list[int]]
    events: list[list[int]]
    event_dates: list[tuple[date, TimeMention] | None]


def _document(article: AnnotatedArticle, resolution: Resolution, weight: int) -> str:
    """Article words plus its entities as tokens, so name variants count as the same word."""
    entity_tokens = []
    for index, mention in enumerate(article.mentions):
        entity = resolution.entity_of.get((article.article.id, index))
        if entity and mention.type != "NORP":
            entity_tokens.append("__" + entity.replace(" ", "_"))
    title = article.article.title or ""
    return " ".join(
        [title, title, article.article.text, *(entity_tokens * weight), *_time_tokens(article)]
    )


def _time_tokens(article: AnnotatedArticle) -> list[str]:
    """Resolved dates as tokens ("__y2008", "__m2008-08"): events at different times share
    fewer of them. Durations and underspecified values ("XXXX-07-12") carry no time."""
    tokens = []
    for time in article.times:
        if time.kind != "DATE" or not time.value[:4].isdigit():
            continue
        tokens.append(f"__y{time.value[:4]}")
        if len(time.value) >= 7 and time.value[5:7].isdigit():
            tokens.append(f"__m{time.value[:7]}")
    return tokens


Apart = Callable[[int, int], bool]


def _drop_apart(edges: dict[tuple[int, int], float], apart: Apart) -> dict[tuple[int, int], float]:
    """Drop links between articles that cannot report one event."""
    return {(i, j): value for (i, j), value in edges.items() if not apart(i, j)}


def _relative_threshold(
    similarities: Iterable[float], members: int, settings: ClusterSettings
) -> float:
    """max(event threshold, relative x mean pairwise similarity of the story's members);
    pairs below half the event threshold count as 0."""
    floor = settings.event_threshold / 2
    pairs = members * (members - 1) / 2
    mean = sum(v for v in similarities if v >= floor) / pairs if pairs else 0.0
    return max(settings.event_threshold, settings.event_relative * mean)


def event_threshold(
    similarity: dict[int, dict[int, float]], members: int, settings: ClusterSettings
) -> float:
    """The event threshold of a story from its members' pairwise similarities (both ways)."""
    values = (v for i, row in similarity.items() for j, v in row.items() if i < j)
    return _relative_threshold(values, members, settings)


def article_documents(
    articles: Sequence[AnnotatedArticle], resolution: Resolution, settings: ClusterSettings
) -> list[list[str]]:
    """What each article is compared by, analysed once: words, entity and date tokens.

    Every report loses the English function words only. Dropping the main language's too
    (Spanish "de", "la", "que") was tried: valencia 0.572 -> 0.633 but venezuela, the next
    Spanish story, 0.752 -> 0.657; and each report losing its own language's list cost
    wagner and iran (0.806 -> 0.758, 0.870 -> 0.768)."""
    return [analyse(_document(a, resolution, settings.entity_weight)) for a in articles]


def _events_in_story(
    members: list[int],
    documents: list[list[str]],
    evidence: EventEvidence,
    settings: ClusterSettings,
) -> list[list[int]]:
    """Events inside one story, with IDF computed over the story alone: what every article of
    the story shares (its place, its main actors) stops counting, and the specifics decide."""
    if len(members) == 1:
        return [members]
    local = tfidf_matrix([documents[i] for i in members])
    edges = neighbour_graph(local, settings.event_threshold / 2, settings.top_k)
    if len(members) < settings.relative_min_members and evidence.days_agree(members):
        threshold = settings.event_threshold
    else:
        threshold = _relative_threshold(edges.values(), len(members), settings)
    local_dates = [evidence.dates[i] for i in members]

    def apart(i: int, j: int) -> bool:
        return evidence.apart(members[i], members[j])

    edges = _drop_apart(edges, apart)

    def firmly_apart(i: int, j: int) -> bool:
        return evidence.firmly_apart(members[i], members[j])

    # a date never joins through third reports; a place may (see `EventEvidence.firmly_apart`)
    clusters = average_link(len(members), edges, threshold, firmly_apart)

    def together(i: int, j: int) -> bool:
        return evidence.same_day_and_place(members[i], members[j])

    # one day and one place lower the bar to the absolute threshold, not below it
    ranked = sorted(
        (pair for pair, value in edges.items() if value >= settings.event_threshold),
        key=lambda pair: -edges[pair],
    )
    clusters = join_same_day_and_place(clusters, ranked, together, apart)
    similarity: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in edges.items():
        similarity[i][j] = similarity[j][i] = value
    clusters = attach_fragments(clusters, similarity, local_dates, settings, apart=apart)
    return [[members[i] for i in cluster] for cluster in clusters]


def _join_languages(
    articles: Sequence[AnnotatedArticle],
    stories: list[list[int]],
    events: list[list[int]],
    evidence: EventEvidence,
    embed: Embed,
) -> tuple[list[list[int]], list[list[int]]]:
    """Reports in other languages join the event they report: by the embedding alone when it
    is clear, else by their publication day (`report_day`)."""
    joined = join_other_languages(articles, events, evidence.apart, embed)
    stories, events = merge_joined(stories, events, joined)
    joined = join_by_nearest_reports(articles, events, evidence.apart, embed)
    stories, events = merge_joined(stories, events, joined)
    reports = DatedReports(
        event_days=[d[0] if d else None for d in evidence.dates],
        published=evidence.published,
        max_gap=evidence.max_gap,
    )
    for join in (join_on_report_day, join_foreign_events):
        joined = join(articles, events, reports, evidence.apart, embed)
        stories, events = merge_joined(stories, events, joined)
    return stories, events


# frozen: one instance serves every call that leaves the settings out
_DEFAULT_SETTINGS = ClusterSettings()


def group_articles(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    settings: ClusterSettings = _DEFAULT_SETTINGS,
) -> ArticleGroups:
    """Stories over all articles, then distinct events inside each story (index lists)."""
    n = len(articles)
    if n == 0:
        return ArticleGroups(stories=[], events=[], event_dates=[])
    documents = article_documents(articles, resolution, settings)
    matrix = tfidf_matrix(documents)
    edges = neighbour_graph(matrix, settings.story_threshold, settings.top_k)
    languages = {a.article.language for a in articles if a.article.language}
    undated = any(a.article.published is None for a in articles)
    wanted = settings.cross_lingual and (len(languages) > 1 or undated)
    embedder = default_embed() if wanted else None
    embed = caching(embedder) if embedder else None
    evidence = event_evidence(articles, resolution, settings, embed)
    stories = average_link(n, edges, settings.story_threshold)
    events = [
        event
        for story in stories
        for event in _events_in_story(story, documents, evidence, settings)
    ]
    events.sort(key=lambda c: c[0])
    if settings.plain_join:
        stories, events = join_across_stories(articles, stories, events, evidence.apart)
    if len(languages) > 1 and embed is not None:
        stories, events = _join_languages(articles, stories, events, evidence, embed)
    if settings.cross_lingual and len(languages) > 1:
        joined = join_on_shared_specifics(articles, events, resolution, evidence.apart)
        stories, events = merge_joined(stories, events, joined)
    return ArticleGroups(stories=stories, events=events, event_dates=list(evidence.dates))
