"""Statements that a person no longer holds power: "the fall of X's regime", "former leader X"."""

from __future__ import annotations

import re

from crosscheck.records import Mention, Span, TenureEnd

_NOUNS = (
    r"(fall|ouster|ousting|overthrow|toppling|removal|resignation|death|downfall|exit|"
    r"departure|defeat|assassination|execution)"
)
_BEFORE = re.compile(
    rf"(\b{_NOUNS}\s+of\s+(the\s+)?(former\s+[\w ]{{0,40}}?)?$)|"
    rf"(\b(former|ousted|deposed|toppled|overthrown|exiled|late|ex-)\s+([\w.-]+\s+){{0,4}}$)",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"^(['’]s)?\s*((regime|government|rule)\s+)?(['’]s\s+)?{_NOUNS}\b|"
    r"^(['’]s)?\s*(regime|government)\s+(fell|collapsed|was (toppled|overthrown|ousted))|"
    r"^\s+(was|had been)\s+(ousted|toppled|overthrown|deposed|removed|killed|assassinated|"
    r"forced out|driven from power)|^\s+(resigned|stepped down|fled|was (assassinated|killed))",
    re.IGNORECASE,
)


def find_tenure_ends(text: str, article_id: str, mentions: list[Mention]) -> list[TenureEnd]:
    """Mentions of people described as out of office, with the cue as evidence."""
    found: list[TenureEnd] = []
    for index, mention in enumerate(mentions):
        if mention.type not in ("PERSON", "ORG", "FAC"):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        left = text[max(line_start, mention.start - 60) : mention.start]
        right = text[mention.end : mention.end + 40]
        before = _BEFORE.search(left)
        after = _AFTER.search(right)
        if before is None and after is None:
            continue
        if before is not None:
            start, end = mention.start - len(left) + before.start(), mention.end
            cue = before.group().strip()
        else:
            assert after is not None
            start, end = mention.start, mention.end + after.end()
            cue = after.group().strip()
        found.append(
            TenureEnd(
                article=article_id,
                mention=index,
                cue=cue,
                evidence=Span(article=article_id, start=start, end=end, text=text[start:end]),
            )
        )
    return found
