"""A place named with a compass word before or after it, in English or French: "Rukum West",
"West Rukum", "Western Rukum" and "Rukum Ouest" are one district; "province de Karnali" is
"Karnali Province".

The compass word is read as one direction whatever its form or place; a name the gazetteer
knows as a country or a place of its own ("South Africa", "West Bank") keeps its words, so
"Southern Africa" never joins "South Africa". The bare name ("Rukum") is another place (a
larger region, or the district's neighbour "Rukum East") and is not joined here.
"""

from __future__ import annotations

import re

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.name_lexicon import PLACE_HEADS
from crosscheck.annotate.places_gazetteer import is_known_place

_DIRECTIONS = {
    **dict.fromkeys(("west", "western", "ouest", "occidental", "occidentale", "oeste"), "west"),
    **dict.fromkeys(("east", "eastern", "est", "oriental", "orientale", "este"), "east"),
    **dict.fromkeys(("north", "northern", "nord", "norte", "septentrional"), "north"),
    **dict.fromkeys(("south", "southern", "sud", "sur", "meridional"), "south"),
}
_FRENCH_DIRECTIONS = {"ouest": "West", "est": "East", "nord": "North", "sud": "South"}
_FRENCH_HEADS = {
    "province": "Province",
    "district": "District",
    "région": "Region",
    "region": "Region",
    "préfecture": "Prefecture",
    "gouvernorat": "Governorate",
    "état": "State",
}
_FRENCH_HEAD_OF = re.compile(
    r"^(?:la |le |l')?(" + "|".join(_FRENCH_HEADS) + r")\s+(?:de la |de l'|du |de |d')(.+)$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*")


def direction_key(tokens: tuple[str, ...], written: str) -> str | None:
    """ "west rukum" for every writing of Rukum West; None for names without exactly one
    compass word at an end, and for countries and places the gazetteer knows."""
    words = list(tokens)
    while len(words) > 2 and words[-1] in PLACE_HEADS:
        words.pop()
    if len(words) < 2 or country_of(written) or is_known_place(written):
        return None
    ends = [i for i in (0, len(words) - 1) if words[i] in _DIRECTIONS]
    if len(ends) != 1 or any(w in _DIRECTIONS for w in words[1:-1]):
        return None
    direction = _DIRECTIONS[words[ends[0]]]
    rest = words[1:] if ends[0] == 0 else words[:-1]
    return f"{direction} {' '.join(rest)}"


def french_place_in_english(written: str) -> str | None:
    """ "province de Karnali" -> "Karnali Province", "Rukum Ouest" -> "Rukum West"; None
    when the name has neither form."""
    text = written.strip().replace("’", "'")
    head_of = _FRENCH_HEAD_OF.match(text)
    if head_of and _CAPITALISED.fullmatch(head_of.group(2)):
        return f"{head_of.group(2)} {_FRENCH_HEADS[head_of.group(1).lower()]}"
    words = text.split()
    if len(words) == 2 and words[1].lower() in _FRENCH_DIRECTIONS and words[0][:1].isupper():
        return f"{words[0]} {_FRENCH_DIRECTIONS[words[1].lower()]}"
    return None
