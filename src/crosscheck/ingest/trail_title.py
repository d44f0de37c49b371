"""The headline a removed breadcrumb trail ends in, for a page whose only headline is there.

Some sites print their trail and the headline on one line ("Home » Flashpoints – Senior US
diplomat holds talks"). The line is navigation and goes, but the headline at its end is the
article's title: without it the article has no title, and the event clustering, which reads
titles, loses its strongest words.
"""

from __future__ import annotations

import re

from crosscheck.ingest.junk import NAVIGATION
from crosscheck.records import RemovedLine

_LAST_STEP = re.compile(r"[❯›»>/]\s*(?P<tail>[^❯›»>/]+)$")
# "Flashpoints – Senior US diplomat ...": a section name (one or two capitalised words) and a dash.
_SECTION = re.compile(r"^[^\W\d_][\w'’.]*(?:\s+[^\W\d_a-z][\w'’.]*)?\s+[–—-]\s+")
_MIN_HEADLINE_WORDS = 5


def headline_after_trail(removed: list[RemovedLine], first_kept_line: int | None) -> str | None:
    """The headline ending a navigation line removed above the first kept line, when that end
    reads as a headline (five words or more, no closing full stop); None otherwise."""
    for line in removed:
        if first_kept_line is not None and line.line > first_kept_line:
            break
        if line.reason != NAVIGATION:
            continue
        found = _LAST_STEP.search(line.text)
        if found is None:
            continue
        tail = found.group("tail").strip()
        section = _SECTION.match(tail)
        if section is not None and len(tail[section.end() :].split()) >= _MIN_HEADLINE_WORDS:
            tail = tail[section.end() :]
        if len(tail.split()) >= _MIN_HEADLINE_WORDS and not tail.endswith("."):
            return tail
    return None
