"""An outlet's own sentence that borrows a named speaker's words: "concluded ... without
conclusive progress" written in the outlet's voice after the mediator posted "some but not
conclusive progress". A pair of ordinary words that the rest of the corpus only ever writes
inside quotation marks (or in an embedded post) is the speaker's wording; an outlet that uses it
unquoted is paraphrasing that speaker, not reporting on its own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from crosscheck.claims.rewrite import content_tokens
from crosscheck.claims.source_names import embedded_post_spans

_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|«[^»\n]{1,600}»|„[^“”\n]{1,600}[“”]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text gives someone's own words: quotations and embedded posts."""
    return [m.span() for m in _QUOTED.finditer(text)] + embedded_post_spans(text)


def _content_pairs(text: str) -> set[tuple[str, str]]:
    words = content_tokens(text)
    return {(first, second) for (first, one), (second, two) in pairwise(words) if one and two}


def _only_quoted(pair: tuple[str, str], texts: Iterable[str]) -> bool:
    """Whether the two words, side by side, occur in these texts, and only in quoted words."""
    first, second = map(re.escape, pair)
    pattern = re.compile(rf"(?<![^\W_]){first}\W+{second}(?![^\W_])", re.IGNORECASE)
    seen = False
    for text in texts:
        spans = quoted_spans(text)
        for match in pattern.finditer(text):
            if not any(s <= match.start() and match.end() <= e for s, e in spans):
                return False
            seen = True
    return seen


def echoes_speaker(own: str, speaker: str, others: Iterable[str]) -> bool:
    """Whether the outlet's own sentence `own` borrows the wording of the named speaker's
    sentence `speaker`: a pair of content words of both that the other articles (`others`)
    only ever write as someone's quoted words."""
    texts = list(others)
    return any(_only_quoted(pair, texts) for pair in _content_pairs(own) & _content_pairs(speaker))
