"""Links to other stories under the article: two or more headline-shaped lines in a row
after the article's last paragraph of prose, with nothing but chrome after them ("FMs meet
in Normandy format", "Iran: parts of demands not addressed in talks: FM").

A headline-shaped line has five to twenty words, mixed case, and no closing stop. One such
line alone under the article may be its last sub-heading or a credit and stays; so does a
credit ("By ...", "Source: ...", "Additional reporting by ...", "Editing by ...") and a
line most of whose words the article uses (a list of its own facts or points).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

TAIL_LINKS = "related headlines after the article"
MIN_RUN = 2
MIN_WORDS = 5
MAX_WORDS = 20
MAX_ITEM_WORDS = 30  # a bulleted link ("- <headline>") may run longer than a bare one
MAX_SHARED_WORDS = 0.6  # a run whose lines use the article's words this much is its own
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_CLOSING = re.compile(r"[.!?…؟:;,][\"'”’»)]*\s*$")
_CREDIT = re.compile(
    r"^\W*(?:by|from|source|sources|via|with|par|de|avec|selon|photo|photos|additional|"
    r"reporting|writing|editing|edited|compiled|translated|بقلم|المصدر|كتب|عن)\b",
    re.IGNORECASE,
)


_BULLET = re.compile(r"^\s*[-–—•·*▪►]\s")


def headline_shaped(line: str) -> bool:
    """Five to twenty words (thirty after a bullet), not all in capitals, no closing stop,
    no credit's opener."""
    text = line.strip()
    words = text.split()
    most = MAX_ITEM_WORDS if _BULLET.match(text) else MAX_WORDS
    return (
        MIN_WORDS <= len(words) <= most
        and not _CLOSING.search(text)
        and not text.isupper()
        # "- De las BBC en Arteixo..." is a bulleted link, not a credit ("de X")
        and (_BULLET.match(text) is not None or not _CREDIT.match(text))
    )


def _article_words(lines: Sequence[str], paragraphs: list[int]) -> set[str]:
    return {w.casefold() for i in paragraphs for w in _CONTENT_WORD.findall(lines[i])}


def _about_the_article(line: str, words: set[str]) -> bool:
    """Whether most of a line's content words are the article's own: a list of the
    article's facts or points, not links to other stories."""
    own = [w.casefold() for w in _CONTENT_WORD.findall(line)]
    return bool(own) and sum(w in words for w in own) / len(own) >= MAX_SHARED_WORDS


def mark_tail_links(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """A run of MIN_RUN or more headline-shaped lines after the last paragraph of prose,
    with only chrome (or nothing) after the run."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    paragraphs = [k for k, i in enumerate(nonblank) if prose(lines[i])]
    if not paragraphs:
        return
    last = paragraphs[-1]
    words = _article_words(lines, [nonblank[k] for k in paragraphs])
    rest = nonblank[last + 1 :]
    run = []
    for i in rest:
        if (
            reasons[i] is None
            and headline_shaped(lines[i])
            and not _about_the_article(lines[i], words)
        ):
            run.append(i)
        else:
            break
    after = rest[len(run) :]
    if len(run) >= MIN_RUN and all(reasons[i] is not None for i in after):
        for i in run:
            reasons[i] = TAIL_LINKS
