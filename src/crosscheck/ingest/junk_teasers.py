"""Teaser cards of other stories: a headline printed in full and again cut short with an
ellipsis ("Pets may need to wait weeks, months for care amid US veterinarian shortage" /
"Pets may need to wait weeks, months for care amid US veterinarian..."), the way link
cards print a title and its shortened copy. An article does not print its own sentence
twice with the second one cut.

A cut line whose words open another line of the page is a teaser, and so is that other
line; the short lines between two teasers (more cards, their section's header) belong to
the same run, which stops at the first line that reads as prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

TEASER = "teaser of another story"
MIN_STEM_WORDS = 5  # "Here's the thing …" over "Here's the thing:" is the article's
_CUT = re.compile(r"(?:\.{3,}|…)\s*$")


def _stem(line: str) -> str:
    return " ".join(_CUT.sub("", line).split()).casefold().rstrip(",;:- ")


def _teaser_pairs(
    lines: Sequence[str], nonblank: list[int], prose: Callable[[str], bool]
) -> set[int]:
    """Indices of cut lines whose words open another line that is not prose, and of those
    lines (a paragraph of the article is never a card's title)."""
    folded = {i: " ".join(lines[i].split()).casefold() for i in nonblank}
    found: set[int] = set()
    for i in nonblank:
        if not _CUT.search(lines[i]):
            continue
        stem = _stem(lines[i])
        if len(stem.split()) < MIN_STEM_WORDS:
            continue
        partners = [
            k
            for k in nonblank
            if k != i
            and folded[k].startswith(stem)
            and len(folded[k].split()) > len(stem.split())
            and not prose(lines[k])
        ]
        if partners:
            found.add(i)
            found.update(partners)
    return found


def mark_teasers(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """Mark teaser pairs, and the lines that are not prose between two of them."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    teasers = _teaser_pairs(lines, nonblank, prose)
    if not teasers:
        return
    marked = sorted(teasers)

    def paragraph(k: int) -> bool:
        # a card's title cut with "...." ends with a stop but is no paragraph
        return prose(lines[k]) and not _CUT.search(lines[k])

    for i in marked:
        reasons[i] = reasons[i] or TEASER
    first, last = marked[0], marked[-1]
    for i in nonblank:
        if first < i < last and reasons[i] is None and not paragraph(i):
            # a run of cards: any prose between two teasers ends the run (body stays)
            span = [k for k in nonblank if first < k < i or i < k < last]
            if not any(paragraph(k) and k not in teasers for k in span):
                reasons[i] = TEASER
