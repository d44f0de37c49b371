"""Page chrome that shows only in the lines around a line: lists of headline links between
chrome markers, a masthead of titles and names, labels the page repeats, a caption printed
again with its credit, bulleted breadcrumbs; and the tail of a hard-wrapped sentence that
must stay.

Each rule reads the lines and the reasons found so far (None = kept) and fills in reasons;
none of them marks a line that reads as article prose (a sentence of ten words or more).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

HEADLINE_LIST = "list of headline links"
MASTHEAD = "masthead"
REPEATED_LABEL = "repeated page label"
CAPTION = "photo caption"
NAVIGATION = "navigation menu"
PUNCTUATION = "stray punctuation"
# Reasons found from a line's words, not its place in the page: they do not show a list.
_NOT_MARKERS = frozenset({None, "promo or spam", "photo caption", "bare link", "byline"})
MIN_HEADLINES = 2
MIN_MARKERS = 2

_SENTENCE_END = re.compile(r"[.!?؟…]['\"”’)]*\s*$")
_FULL_STOP = re.compile(r"[.…]['\"”’)]*\s*$")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[).]|[-–•*]\s)")  # "1) ...", "- ...": the article's list
_BULLET = re.compile(r"^\s*[•·▪●◦*]\s*")
# Titles of a newspaper's masthead (editor-in-chief, board chairman...) in en, fr and ar.
_MASTHEAD_TITLES = re.compile(
    r"\beditor[- ]in[- ]chief\b|\bmanaging editor\b|\bchairman of the board\b|"
    r"\bpublisher\b|\brédacteur en chef\b|\bdirecteur de (?:la )?publication\b|"
    r"رئيس التحرير|مدير التحرير|رئيس مجلس الإدارة|الإشراف العام|المشرف العام|رئيس الحزب",
    re.IGNORECASE,
)


def reads_as_prose(line: str) -> bool:
    """A sentence of ten words or more that ends like one: never chrome by context."""
    return len(line.split()) >= 10 and _SENTENCE_END.search(line) is not None


def _headline_like(line: str) -> bool:
    """A related-link title: 2-20 words, no closing full stop, not an opening ("...:")."""
    words = line.split()
    stripped = line.strip()
    return (
        not _LIST_ITEM.match(stripped)
        and 2 <= len(words) <= 20
        and not _FULL_STOP.search(stripped)
        and not stripped.endswith(":")
    )


def _nonblank(lines: Sequence[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def _is_marker(line: str, reason: str | None) -> bool:
    """Chrome between the links of a list: a line found junk, or a one-word label ("TV")."""
    words = line.split()
    return reason is not None or (len(words) == 1 and words[0].isalpha() and len(words[0]) < 16)


def mark_headline_lists(lines: Sequence[str], reasons: list[str | None]) -> None:
    """After the article's last paragraph of prose, a run of lines that are either chrome or
    headline-like, with at least two of each, is a list of links ("01:53" / "Kenyan
    President condemns..."). Lists inside the article (numbered items) are left alone."""
    indices = _nonblank(lines)
    prose = [k for k, i in enumerate(indices) if reads_as_prose(lines[i])]
    if not prose:
        return
    run: list[int] = []
    for i in [*indices[prose[-1] + 1 :], -1]:
        if i >= 0 and (_is_marker(lines[i], reasons[i]) or _headline_like(lines[i])):
            run.append(i)
            continue
        _mark_list(lines, reasons, run)
        run = []


def _mark_list(lines: Sequence[str], reasons: list[str | None], run: list[int]) -> None:
    """Mark a run's headlines as links when chrome opens the run and sits among them; the
    lines before the first marker (the article's closing credits) are left as they are."""
    opened = next((n for n, k in enumerate(run) if reasons[k] not in _NOT_MARKERS), None)
    if opened is None:
        return
    run = run[opened:]
    headlines = [k for k in run if not _is_marker(lines[k], reasons[k])]
    markers = sum(1 for k in run if reasons[k] not in _NOT_MARKERS)
    if len(headlines) >= MIN_HEADLINES and markers >= MIN_MARKERS:
        for k in run:
            reasons[k] = reasons[k] or HEADLINE_LIST


def _short_unpunctuated(line: str, words: int = 6) -> bool:
    return 0 < len(line.split()) <= words and not _SENTENCE_END.search(line)


def mark_mastheads(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A run of short lines with a masthead title in it: titles and the names under them."""
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        if i >= 0 and _short_unpunctuated(lines[i]):
            run.append(i)
            continue
        if len(run) >= 2 and any(_MASTHEAD_TITLES.search(lines[k]) for k in run):
            for k in run:
                # more telling than the menu a caseless run of short lines was taken for
                reasons[k] = MASTHEAD if reasons[k] in (None, NAVIGATION) else reasons[k]
        if i >= 0 and lines[i].strip():
            run = []


def mark_repeated_labels(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A label of at most four words printed again right under itself (an image's alt text
    over its caption): the copy is chrome, the first stays. The headline is never a label."""
    indices = _nonblank(lines)
    if not indices:
        return
    keys = {i: " ".join(lines[i].split()).casefold() for i in indices}
    title = keys[indices[0]]
    for a, b in itertools.pairwise(indices):
        if keys[a] == keys[b] != title and _short_unpunctuated(lines[a], 4):
            reasons[b] = reasons[b] or REPEATED_LABEL


def mark_prefixed_headline(lines: Sequence[str], reasons: list[str | None]) -> None:
    """The page's first line is the headline again after a site name or section of at most
    four words ("Metro News Embassy attacked by protesters" over "Embassy attacked by
    protesters"): the prefixed copy is chrome, the headline under it stays."""
    indices = _nonblank(lines)
    if len(indices) < 2:
        return
    first, second = (" ".join(lines[i].split()) for i in indices[:2])
    prefix = first[: -len(second)].strip() if first.endswith(second) else ""
    site_name = prefix and len(prefix.split()) <= 4 and not _SENTENCE_END.search(first)
    if site_name and len(second.split()) >= 4:
        reasons[indices[0]] = reasons[indices[0]] or NAVIGATION


def mark_caption_echoes(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A caption printed twice, once with its credit ("... | Photo Credit: PTI", "© /Agency
    ..."): the copy without the credit is the same caption."""
    for i, line in enumerate(lines):
        text = " ".join(line.split())
        if reasons[i] is not None or len(text) < 30:
            continue
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            other = " ".join(lines[j].split())
            echoed = other.startswith(text) or other.endswith(text)  # credit after or before
            if j != i and reasons[j] == CAPTION and echoed and other != text:
                reasons[i] = CAPTION
                break


def mark_bullet_navigation(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Two or more bulleted lines without sentence punctuation, most of them one to three
    words ("• Home", "• India", "• Published"): a breadcrumb or a page's menu."""
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        line = lines[i] if i >= 0 else ""
        if i >= 0 and not line.strip():
            continue
        if _BULLET.match(line) and not _SENTENCE_END.search(line):
            run.append(i)
            continue
        short = sum(1 for k in run if len(_BULLET.sub("", lines[k]).split()) <= 3)
        if len(run) >= 2 and 2 * short > len(run):
            for k in run:
                reasons[k] = reasons[k] or NAVIGATION
        run = []


def keep_wrapped_tails(lines: Sequence[str], reasons: list[str | None]) -> None:
    """'2013.' after 'presenting the state budget ... from 2004 to' ends a hard-wrapped
    sentence: a letterless line that closes an open sentence is text, not punctuation."""
    previous = ""
    for i, line in enumerate(lines):
        if not line.strip():
            previous = ""
            continue
        closes = _SENTENCE_END.search(line) and any(ch.isdigit() for ch in line)
        if reasons[i] == PUNCTUATION and closes and previous and not _SENTENCE_END.search(previous):
            reasons[i] = None
        previous = line


def mark_context_chrome(lines: Sequence[str], reasons: list[str | None]) -> None:
    """All the context rules, in order (later rules see what earlier ones found)."""
    keep_wrapped_tails(lines, reasons)
    mark_mastheads(lines, reasons)
    mark_repeated_labels(lines, reasons)
    mark_prefixed_headline(lines, reasons)
    mark_caption_echoes(lines, reasons)
    mark_bullet_navigation(lines, reasons)
    mark_headline_lists(lines, reasons)
