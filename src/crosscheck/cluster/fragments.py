"""Stragglers of the strict event split join the event they are clearly closest to.

The strict split (a high, story-relative threshold) keeps distinct events apart but leaves
small fragments of an event on their own; a fragment joins an event when it is clearly closer
to it than to any other and nothing (date, place, headline) sets them apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from crosscheck.records import TimeMention

if TYPE_CHECKING:
    from crosscheck.cluster.events import ClusterSettings

Apart = Callable[[int, int], bool]


def dates_agree(
    first: Iterable[int],
    second: Sequence[int],
    dates: Sequence[tuple[date, TimeMention] | None],
    max_gap: int,
) -> bool:
    """No event date of `first` is more than `max_gap` days from one of `second`."""
    known = [d[0] for i in second if (d := dates[i]) is not None]
    for i in first:
        mine = dates[i]
        if mine is not None and any(abs((mine[0] - other).days) > max_gap for other in known):
            return False
    return True


def _may_join(
    fragment: list[int],
    members: list[int],
    dates: Sequence[tuple[date, TimeMention] | None],
    settings: ClusterSettings,
    apart: Apart | None,
) -> bool:
    """No pair across the two groups is set apart (by `apart`, else by event dates alone)."""
    if apart is None:
        return dates_agree(fragment, members, dates, settings.max_date_gap_days)
    return not any(apart(i, j) for i in fragment for j in members)


def attach_fragments(
    clusters: list[list[int]],
    similarity: Mapping[int, Mapping[int, float]],
    dates: Sequence[tuple[date, TimeMention] | None],
    settings: ClusterSettings,
    movable: Callable[[list[int]], bool] = lambda cluster: True,
    apart: Apart | None = None,
) -> list[list[int]]:
    """Let small clusters join the event they are clearly closest to (see `ClusterSettings`).

    Fragments are visited smallest first and only join clusters at least their size;
    `similarity[i][j]` is the pair's similarity (absent = 0), `movable` says which clusters may
    move (an incremental run never moves events placed earlier), `apart(i, j)` which items can
    never share an event.
    """
    groups: list[list[int] | None] = [list(c) for c in clusters]
    owner = {item: k for k, cluster in enumerate(clusters) for item in cluster}
    for k in sorted(range(len(clusters)), key=lambda g: len(clusters[g])):
        fragment = groups[k]
        if fragment is None or len(fragment) > settings.fragment_size or not movable(fragment):
            continue
        sums: dict[int, float] = defaultdict(float)
        for i in fragment:
            for j, value in similarity.get(i, {}).items():
                if (other := owner.get(j, k)) != k:
                    sums[other] += value
        ranked = sorted(
            ((total / (len(fragment) * len(groups[g] or ())), g) for g, total in sums.items()),
            reverse=True,
        )
        if not ranked or sum(g is not None for g in groups) < 3:
            continue
        best, target = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        members = groups[target] or []
        if (
            len(members) < len(fragment)
            or best < settings.attach_factor * settings.event_threshold
            or best < settings.attach_margin * runner_up
            or not _may_join(fragment, members, dates, settings, apart)
        ):
            continue
        members.extend(fragment)
        owner.update(dict.fromkeys(fragment, target))
        groups[k] = None
    return [sorted(g) for g in groups if g]


def join_same_day_and_place(
    clusters: list[list[int]],
    pairs: Iterable[tuple[int, int]],
    together: Apart,
    apart: Apart,
) -> list[list[int]]:
    """Join the clusters of two linked items that report one day and one place (`together`),
    unless some pair across them is set apart: a reader takes a shooting in one town on one
    day, or a meeting in one city on one day, for one event however differently worded."""
    groups = [list(c) for c in clusters]
    owner = {item: k for k, cluster in enumerate(groups) for item in cluster}
    for i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b or not together(i, j):
            continue
        if any(apart(x, y) for x in groups[a] for y in groups[b]):
            continue
        groups[a].extend(groups[b])
        owner.update(dict.fromkeys(groups[b], a))
        groups[b] = []
    return sorted((sorted(g) for g in groups if g), key=lambda g: g[0])
