"""Disagreements over what someone said: misquotes (one quote of one speaker, worded so that it
says something else) and positions (one party's stance reported as opposite by two outlets).

A translation or a minor rewording is the same quote: a misquote needs one quote (most of its
words shared) whose figures or negation differ.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from crosscheck.claims.findings import conflict
from crosscheck.claims.values import text_numbers
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.records import Finding, FindingValue, Position, Quote, Span

MIN_QUOTE_WORDS = 4
SAME_QUOTE_SHARE = 0.6
SAME_CONTENT_SHARE = 0.5
_NEGATORS = re.compile(r"\b(not|no|never|nothing|none|neither|nor|without)\b|n['’]t\b", re.I)
_FOR = frozenset({"support", "demand", "offer", "propose"})
_AGAINST = frozenset({"oppose", "reject", "deny"})

T = TypeVar("T", Quote, Position)


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _who(actor: str | None, text: str | None) -> str | None:
    if actor:
        return actor
    return " ".join(sorted(set(analyse(text)))) if text else None


def _by_speaker(items: Sequence[T], key: Callable[[T], str | None]) -> dict[str, list[T]]:
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        who = key(item)
        if who:
            groups[who].append(item)
    return groups


def _negations(text: str) -> int:
    return len(_NEGATORS.findall(text)) % 2


def _materially_different(a: Quote, b: Quote) -> bool:
    na, nb = text_numbers(a.text), text_numbers(b.text)
    return (bool(na) and bool(nb) and na != nb) or _negations(a.text) != _negations(b.text)


def _span(item: Quote | Position) -> Span:
    return Span(article=item.article, start=item.start, end=item.end, text=item.text)


def _value(value: str, items: Sequence[Quote | Position], corpus: Corpus) -> FindingValue:
    return FindingValue(
        value=value,
        articles=sorted({i.article for i in items}),
        evidence=[_span(i) for i in items],
        origins=sorted({corpus.own_origin(i.article) for i in items}),
    )


def misquotes(corpus: Corpus) -> list[Finding]:
    """One speaker's quote that outlets give with different figures or opposite negation."""
    findings = []
    groups = _by_speaker(corpus.quotes, lambda q: _who(q.speaker, q.speaker_text))
    for who, quotes in sorted(groups.items()):
        words = [set(analyse(q.text)) for q in quotes]
        for i, a in enumerate(quotes):
            for j in range(i + 1, len(quotes)):
                b = quotes[j]
                if a.article == b.article or min(len(words[i]), len(words[j])) < MIN_QUOTE_WORDS:
                    continue
                if _share(words[i], words[j]) < SAME_QUOTE_SHARE or not _materially_different(a, b):
                    continue
                speaker = a.speaker_text or b.speaker_text or who
                values = [_value(a.text, [a], corpus), _value(b.text, [b], corpus)]
                summary = (
                    f"Outlets quote {speaker} differently: \u201c{a.text[:120]}\u201d vs "
                    f"\u201c{b.text[:120]}\u201d."
                )
                findings.append(conflict("misquote", (a.id, b.id), summary, values))
    return findings


def _side(stance: str) -> bool | None:
    return True if stance in _FOR else False if stance in _AGAINST else None


def position_conflicts(corpus: Corpus) -> list[Finding]:
    """One party's stance on one matter reported as for it by one outlet, against by another."""
    findings = []
    groups = _by_speaker(corpus.positions, lambda p: _who(p.actor, p.actor_text))
    for _, positions in sorted(groups.items()):
        words = [set(analyse(p.content)) for p in positions]
        for i, a in enumerate(positions):
            for j in range(i + 1, len(positions)):
                b = positions[j]
                sa, sb = _side(a.stance), _side(b.stance)
                if a.article == b.article or sa is None or sb is None or sa == sb:
                    continue
                shared = words[i] & words[j]
                if len(shared) < 2 or _share(words[i], words[j]) < SAME_CONTENT_SHARE:
                    continue
                values = [_value(f"{p.stance}: {p.content[:100]}", [p], corpus) for p in (a, b)]
                summary = (
                    f"Outlets report opposite positions of {a.actor_text}: "
                    f"{a.stance} \u201c{a.content[:100]}\u201d vs {b.stance} "
                    f"\u201c{b.content[:100]}\u201d."
                )
                findings.append(conflict("position_conflict", (a.id, b.id), summary, values))
    return findings
