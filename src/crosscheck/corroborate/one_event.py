"""Statements of one event, grouped without chaining: a story may hold several events of one
description (quakes of one magnitude on different days, rounds of talks in one city), and
"A and B are one event, B and C are one event" does not make A and C one. Every two members
of a group must be able to be of one event (nothing tells them apart: `compatible`), and each
pair that disagrees is one the words show to be of one event (`same`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TypeVar

T = TypeVar("T")


def _fits(item: T, group: Sequence[T], compatible: Callable[[T, T], bool]) -> bool:
    return all(item is member or compatible(item, member) for member in group)


def one_event_groups(
    items: Sequence[T],
    same: Callable[[T, T], bool],
    clash: Callable[[T, T], bool],
    compatible: Callable[[T, T], bool] | None = None,
    joins: Callable[[T, Sequence[T]], bool] = lambda item, group: True,
) -> list[list[T]]:
    """Groups of items every two of which are `compatible` (by default `same`), each built
    from pairs that are `same` and `clash`: such a pair joins the first group all of whose
    members are compatible with both, or starts its own. Then each group takes in the other
    items compatible with all its members, `same` as one and accepted by `joins` (an outlet's
    other statements of a day in the group). Groups with the same members are given once."""
    fits = compatible or same
    groups: list[list[T]] = []
    for x, y in combinations(items, 2):
        if not (same(x, y) and clash(x, y)):
            continue
        home = next((g for g in groups if _fits(x, g, fits) and _fits(y, g, fits)), None)
        if home is None:
            groups.append([x, y])
            continue
        home.extend(item for item in (x, y) if all(item is not m for m in home))
    seen: set[frozenset[int]] = set()
    found = []
    for group in groups:
        for item in items:
            if (
                all(item is not m for m in group)
                and _fits(item, group, fits)
                and any(same(item, m) for m in group)
                and joins(item, group)
            ):
                group.append(item)
        key = frozenset(id(m) for m in group)
        if key not in seen:
            seen.add(key)
            found.append(group)
    return found
