"""Invisible control characters out of article text and metadata, counted by class.

Removed, because they are never body text and can disguise it:
- C0 and C1 control characters (ESC, BEL, NUL, DEL, U+0080-U+009F), except tab, line feed
  and carriage return. Those that separate text (vertical tab, form feed, the information
  separators U+001C-U+001E, next line U+0085) become a space, so words do not run together
  and line numbers stay those of the input;
- bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
  reorder how text is displayed ("Trojan source").

Kept: the directional marks U+200E, U+200F and U+061C. They are zero-width characters that
only settle the direction of neighbouring punctuation, cannot reorder runs of text, and are
needed to show mixed Arabic or Hebrew and Latin text correctly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

CONTROL = "control characters (invisible, not text)"
BIDI = "bidirectional embedding/override/isolate controls (can disguise the order of text)"

_SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85"
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Removal:
    """One class of removed characters: which code points and how many, first line seen."""

    reason: str
    counts: dict[str, int]
    line: int

    def describe(self) -> str:
        """E.g. "U+001B ×2, U+0007 ×1"."""
        return ", ".join(f"{name} ×{count}" for name, count in self.counts.items())


def strip_controls(text: str) -> tuple[str, list[Removal]]:
    """`text` without control and bidi-override characters, and what was removed by class."""
    removals: list[Removal] = []
    for pattern, reason in ((_CONTROLS, CONTROL), (_BIDI, BIDI)):
        found = pattern.search(text)
        if found is None:
            continue
        counts = Counter(f"U+{ord(char):04X}" for char in pattern.findall(text))
        line = text.count("\n", 0, found.start()) + 1
        removals.append(Removal(reason=reason, counts=dict(counts.most_common()), line=line))
        text = pattern.sub(_replacement, text)
    return text, removals


def strip_field(value: str | None) -> str | None:
    """A metadata field (title, outlet, author) without control characters; None if empty."""
    if value is None:
        return None
    cleaned = " ".join(strip_controls(replace_surrogates(value))[0].split())
    return cleaned or None


def replace_surrogates(text: str) -> str:
    """`text` with every lone surrogate (U+D800-U+DFFF) replaced by U+FFFD.

    JSON escapes and character references can smuggle them into a str; they are not
    characters, cannot be encoded as UTF-8 and make language detection or writing fail.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def has_controls(text: str) -> bool:
    """True when `text` holds a character `strip_controls` removes."""
    return bool(_CONTROLS.search(text) or _BIDI.search(text))


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group() in _SEPARATORS else ""
