"""Whether two claims' measures of an earthquake (its magnitude, its depth, the distance of its
epicentre) are of one shock, for the claim-level figure conflicts: a story of a quake often
tells of a fresh quake or an aftershock days later ("Fresh quake rocks Nepal": magnitude 5.6
three days after the 6.4 main shock), and two shocks' measures differ without any outlet being
wrong."""

from __future__ import annotations

import re

from crosscheck.claims.another_shock import marks_another_shock
from crosscheck.claims.event_day_values import written_before
from crosscheck.claims.value_agreement import unit_of
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue

# Units of a shock's own measure, and units of length that measure a shock (its depth, its
# epicentre's distance) when the sentence speaks of the quake.
_MAGNITUDE_UNIT = re.compile(r"\b(?:magnitude|richter)\b", re.IGNORECASE)
_LENGTH_UNIT = re.compile(
    r"^(?:km|kilomet(?:er|re)s?|miles?|m|met(?:er|re)s?|mètres?|metros?|kilómetros?)$",
    re.IGNORECASE,
)
_QUAKE_WORDS = re.compile(
    r"\b(?:(?:earth)?quakes?|tremors?|shocks?|epicent(?:er|re)s?|hypocent(?:er|re)s?|depth"
    r"|séismes?|tremblements?|épicentres?|profondeur|sismos?|terremotos?|epicentros?"
    r"|profundidad|magnitudes?)\b",
    re.IGNORECASE,
)


def measures_a_shock(value: ClaimValue, claim: Claim) -> bool:
    """Whether the figure measures a shock: a magnitude, or a length in a sentence of a quake
    ("at a depth of 10 km", "169 km NW of Kathmandu")."""
    unit = unit_of(value)
    if unit is None:
        return False
    if _MAGNITUDE_UNIT.search(unit):
        return True
    return _LENGTH_UNIT.match(unit) is not None and _QUAKE_WORDS.search(claim.text) is not None


# How far around a sentence its paragraph is read, in characters.
PARAGRAPH_REACH = 300


def _sentence_and_headline(claim: Claim, corpus: Corpus) -> str:
    annotated = corpus.articles.get(claim.article)
    if annotated is None:
        return claim.text
    start = claim.sentence_start if claim.sentence_start is not None else claim.start
    end = claim.sentence_end if claim.sentence_end is not None else claim.end
    text = annotated.article.text
    # and the paragraph up to it, which may introduce the shock it measures: "A fresh quake hit
    # Jajarkot on Monday. A magnitude 5.6 was recorded." (no further than a few sentences back:
    # some pages have no paragraph breaks; a later sentence's aftershock is not this one's)
    first = max(text.rfind("\n", 0, start) + 1, start - PARAGRAPH_REACH)
    return f"{annotated.article.title or ''}\n{claim.text}\n{text[first:end]}"


def same_shock(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether two claims' measures of a shock (magnitude, depth) can be of one shock: their
    articles are not clustered into different events, neither sentence, nor the paragraph that
    leads up to it, nor its article's headline speaks of another shock ("Fresh quake rocks
    Nepal"), and neither report was published before a day the other gives."""
    events = {corpus.event_of.get(c.article) for c in (first, second)}
    if None not in events and len(events) > 1:
        return False
    if any(marks_another_shock(_sentence_and_headline(c, corpus)) for c in (first, second)):
        return False
    return not (written_before(first, second, corpus) or written_before(second, first, corpus))
