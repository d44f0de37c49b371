"""A place named with a compass word before or after it, in English or French: "Rukum West",
"West Rukum", "Western Rukum" and "Rukum Ouest" are one district; "province de Karnali" is
"Karnali Province".

The compass word is read as one direction whatever its form or place; a name the gazetteer
knows as a country or a place of its own ("South Africa", "West Bank") keeps its words, so
"Southern Africa" never joins "South Africa".

The bare name ("Rukum", "Rukum district") may be another place: a larger region, or the
district's neighbour "Rukum East". A reader takes it for the compass-worded place only when
the story names no other: every compass-worded form of the name in the story has one
direction, no other place name of the story contains the name's words, and the bare name is
neither a country nor a place of its own in the gazetteer ("Jerusalem" and "East Jerusalem"
stay two). A height word ("High Atlas", French "Haut Atlas") is read like a compass word,
but a bare name joins it only as a mountain range ("Atlas Mountains"): "Upper Nile" is not
the Nile, nor "Lower Manhattan" Manhattan. `bare_direction_names` finds these.
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
    # a mountain range's or a river's part: "High Atlas" / "Haut Atlas", "Upper Nile"
    **dict.fromkeys(("high", "haut", "haute", "alto", "alta", "hoher", "hohe"), "high"),
    **dict.fromkeys(("upper",), "upper"),
    **dict.fromkeys(("lower", "bas", "basse", "bajo", "baja"), "lower"),
    **dict.fromkeys(("middle", "moyen", "moyenne", "medio", "media"), "middle"),
}
# nouns after a name that say what kind of place it is, left out when names are compared
_RANGE_NOUNS = frozenset({"mountains", "mountain", "range", "massif", "hills", "highlands"})
_HEADS = PLACE_HEADS | _RANGE_NOUNS
_HEIGHTS = frozenset({"high", "upper", "lower", "middle"})
_FRENCH_DIRECTIONS = {"ouest": "West", "est": "East", "nord": "North", "sud": "South"}
_FRENCH_HEIGHTS = {"haut": "High", "haute": "High", "moyen": "Middle", "bas": "Lower"}
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
    while len(words) > 2 and words[-1] in _HEADS:
        words.pop()
    if len(words) < 2 or country_of(written) or is_known_place(written):
        return None
    ends = [i for i in (0, len(words) - 1) if words[i] in _DIRECTIONS]
    if len(ends) != 1 or any(w in _DIRECTIONS for w in words[1:-1]):
        return None
    direction = _DIRECTIONS[words[ends[0]]]
    rest = words[1:] if ends[0] == 0 else words[:-1]
    return f"{direction} {' '.join(rest)}"


def _without_heads(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1] in _HEADS:
        words = words[:-1]
    return words


def bare_direction_names(norms: dict[str, str]) -> dict[str, str]:
    """For the story's place names (normalised words -> one written form), each bare name
    that names the story's only compass-worded place of that name, mapped to that place's
    direction key: {"rukum": "west rukum", "rukum district": "west rukum"}."""
    directions: dict[str, set[str]] = {}
    for norm, written in norms.items():
        key = direction_key(tuple(norm.split()), written)
        if key is not None:
            direction, rest = key.split(" ", 1)
            directions.setdefault(rest, set()).add(direction)
    found: dict[str, str] = {}
    for norm, written in norms.items():
        bare = " ".join(_without_heads(norm.split()))
        seen = directions.get(bare, set())
        if len(seen) != 1 or country_of(written) or is_known_place(written):
            continue
        if is_known_place(bare) or _named_otherwise(bare, norms):
            continue
        direction = next(iter(seen))
        if direction in _HEIGHTS and not _RANGE_NOUNS.intersection(norm.split()):
            continue  # "Upper Nile" is not "the Nile", "Lower Manhattan" not "Manhattan"
        found[norm] = f"{direction} {bare}"
    return found


def _named_otherwise(bare: str, norms: dict[str, str]) -> bool:
    """Whether a place name of the story other than ``bare`` (with a place word after it)
    and its compass-worded forms contains ``bare``'s words: "Rukum Kot" beside "Rukum"."""
    wanted = bare.split()
    for norm, written in norms.items():
        words = _without_heads(norm.split())
        if words == wanted or direction_key(tuple(norm.split()), written) is not None:
            continue
        if any(words[i : i + len(wanted)] == wanted for i in range(len(words))):
            return True
    return False


def french_place_in_english(written: str) -> str | None:
    """ "province de Karnali" -> "Karnali Province", "Rukum Ouest" -> "Rukum West", "Haut
    Atlas" -> "High Atlas"; None when the name has none of these forms."""
    text = written.strip().replace("’", "'")
    head_of = _FRENCH_HEAD_OF.match(text)
    if head_of and _CAPITALISED.fullmatch(head_of.group(2)):
        return f"{head_of.group(2)} {_FRENCH_HEADS[head_of.group(1).lower()]}"
    words = text.replace("-", " ").split()
    if len(words) == 2 and words[1].lower() in _FRENCH_DIRECTIONS and words[0][:1].isupper():
        return f"{words[0]} {_FRENCH_DIRECTIONS[words[1].lower()]}"
    if len(words) == 2 and words[0].lower() in _FRENCH_HEIGHTS and words[1][:1].isupper():
        return f"{_FRENCH_HEIGHTS[words[0].lower()]} {words[1]}"
    return None
