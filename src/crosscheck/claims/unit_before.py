"""A measure named before its figure rather than after it: "a magnitude of 6.4", "magnitud
preliminar de 5,6", "de magnitude 6,4", "Stärke 6,4", "magnitudo 6.4", "بقوة 6.4". The figure
readers name a unit by the noun after a number (`claims/counted_nouns`, the parse in
`claims/values`); a shock's magnitude is mostly written the other way round, and without its
unit it is never compared.

Only the noun itself and the few words that may stand between it and its figure ("of", "de",
an article, "preliminary", "was") are read: "the magnitude of the quake on the Richter scale
was recorded at 6.4" names no unit for 6.4, as the words between say more than the measure."""

from __future__ import annotations

import re

from crosscheck.claims.verb_classes import words_of

# Nouns of a shock's magnitude in the languages of the news.
_MAGNITUDE_WORDS = frozenset(
    """magnitude magnitud magnitudo magnitüd magnitüdü büyüklüğünde stärke richter
    بقوة قوتها شدته магнитудой магнитуда магнитуды""".split()
)
# Words that may stand between the noun and its figure.
_FILLER = frozenset(
    """of a an the was is at measuring de d del la le el una un du di da do della der die
    von preliminary preliminar preliminare préliminaire initial inicial iniziale vorläufige
    estimated estimada estimée was est était es fue foi war è ist""".split()
)
_LOOK_BACK = 60
_MAX_BETWEEN = 3
_DIGIT_BEFORE = re.compile(r"\d")


def unit_before(text: str, start: int) -> str | None:
    """The unit "magnitude" when the figure at char `start` of `text` follows a magnitude
    noun with at most a few filler words between; None otherwise."""
    before = text[max(0, start - _LOOK_BACK) : start]
    words = words_of(before)
    tail = before[-_LOOK_BACK:]
    for back, word in enumerate(reversed(words)):
        if word in _MAGNITUDE_WORDS:
            # no other figure between the noun and this one ("magnitude 5.6 and 4 aftershocks")
            after_noun = tail[tail.lower().rfind(word) + len(word) :]
            return None if _DIGIT_BEFORE.search(after_noun) else "magnitude"
        if back >= _MAX_BETWEEN or word not in _FILLER:
            return None
    return None
