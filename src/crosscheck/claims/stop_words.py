"""The stop words of a claim's language, from spaCy's per-language lists (shipped with spaCy,
no model needed): the content words of a Spanish or Portuguese sentence are not "de", "la" and
"que", which any two sentences of the language share."""

from __future__ import annotations

import importlib
from functools import lru_cache


@lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop words of `language` (lowercased), empty when spaCy has no list for it."""
    if not language or not language.isalpha():
        return frozenset()
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    words: set[str] = getattr(module, "STOP_WORDS", set())
    return frozenset(w.lower() for w in words)
