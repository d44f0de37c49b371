"""Breakdowns of a count by place: "79 in Rukum West and 46 in Jajarkot", "de los cuales 62 se
registraron en Paiporta", "60 das quais em Paiporta". Such a sentence gives no one figure of the
whole (`claims/claim_keys.counted_figures` leaves it out), but each figure tied to one named
place is that place's figure: a part, compared only with the same place's figure in another
outlet, never with a total.

A part is the claim narrowed to that one figure (`place_parts`), its unit the figure's own or,
for a bare "79 in Rukum West", the one unit the sentence counts."""

from __future__ import annotations

import re
import unicodedata

from crosscheck.claims.value_agreement import fold_place, unit_of, values_of
from crosscheck.records import Claim, ClaimValue

# A figure followed, within three words, by a preposition of place and a capitalised name:
# "79 in Rukum West", "62 se registraron en Paiporta", "60 das quais em Paiporta".
_PLACE_AFTER = re.compile(
    r"[^\d.;:!?]{0,40}?\b(?:in|at|en|em|na|no|à|au|dans|nel|nella|im)\s+"
    r"(?:(?:the|el|la|le|les|o|a|il|der|die|dem)\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w-]+))*)",
    re.IGNORECASE,
)
# Words that may stand between a figure and its place (a unit, a verb, "of whom"), at most.
_MAX_WORDS_BETWEEN = 4


def place_parts(claim: Claim) -> list[tuple[str, Claim]]:
    """(folded place, the claim narrowed to that place's figure) for each figure of a breakdown
    tied to a place named once; [] when the sentence is no breakdown by place (fewer than two
    such figures) or its figures count more than one thing."""
    figures = values_of(claim.values, "quantity")
    units = {u for v in figures if (u := unit_of(v))}
    if len(units) != 1:
        return []
    (unit,) = units
    by_place: dict[str, list[ClaimValue]] = {}
    for value in figures:
        place = _place_after(claim, value)
        if place is not None:
            by_place.setdefault(place, []).append(value)
    if len(by_place) < 2:
        return []
    # a place given two figures: which is its figure cannot be told
    tied = {place: found[0] for place, found in by_place.items() if len(found) == 1}
    return [
        (place, claim.model_copy(update={"values": [_with_unit(value, unit)]}))
        for place, value in sorted(tied.items())
    ]


def _place_after(claim: Claim, value: ClaimValue) -> str | None:
    at = value.end - claim.start
    if at < 0 or at > len(claim.text):
        return None
    found = _PLACE_AFTER.match(claim.text, at)
    if found is None:
        return None
    between = claim.text[at : found.start("name")]
    if len(between.split()) > _MAX_WORDS_BETWEEN + 1:
        return None
    return _unaccented(fold_place(found.group("name")))


def _with_unit(value: ClaimValue, unit: str) -> ClaimValue:
    return value if value.unit else value.model_copy(update={"unit": unit})


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
