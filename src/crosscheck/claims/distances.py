"""How far an event happened from a named place: "about 70 kilometers (43 miles) southwest of
Marrakech", "à quelque 500 kilomètres à l'ouest de Katmandou", "a unos 400 kilómetros al noreste
de Katmandú", "300 miles west of the capital, Kathmandu", in digits or words ("some five miles
south of Valencia"). The value is in kilometres (miles are
converted) and the slot names the reference place, so only distances from one place are
compared; a distance is a rough figure, so it is read with a margin (`DISTANCE_MARGIN`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.slot_figures import parse_number
from crosscheck.records import ClaimValue

KM_PER_MILE = 1.609344
# A distance is a rough figure: "500 km" and "300 miles" (483 km) are one distance, "about 250
# miles" (402 km) and "300 miles" are two.
DISTANCE_MARGIN = 0.05
_UNIT = (
    r"(?P<unit>km|kms|kilomet(?:er|re)s?|kilomètres|kilómetros|quil[óô]metros|kilometern|"
    r"chilometri|miles?|milles|millas|milhas|meilen)"
)
_DIRECTION = (
    r"(?:(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west|[NSEW]{1,2})\s+of"
    r"|(?:à l['’]|au |al |a |ao |)\s*(?P<dir2>nord-est|nord-ouest|sud-est|sud-ouest|noroeste|"
    r"nordeste|noreste|sureste|sudeste|suroeste|sudoeste|nord|sud|est|ouest|norte|sur|sul|"
    r"este|leste|oeste)\s+(?:de|du|d['’]|da|do)"
    r"|(?:from|de|du|d['’]|von|da|do|dal|from the))"
)
_POINTS = {
    "n": "north nord norte", "s": "south sud sur sul", "e": "east est este leste",
    "w": "west ouest oeste", "ne": "northeast nordeste noreste", "nw": "northwest noroeste",
    "se": "southeast sudeste sureste", "sw": "southwest sudoeste suroeste",
}  # fmt: skip
_POINT_OF = {word: point for point, words in _POINTS.items() for word in words.split()}
_BEARINGS = {"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315}


def bearing(direction: str) -> int | None:
    """The compass bearing a direction word names: "west" 270, "nord-est" 45, "NW" 315."""
    word = re.sub(r"[^a-z]", "", direction.lower().replace("ouest", "west"))
    word = word.replace("nordest", "northeast").replace("sudwest", "southwest")
    word = word.replace("nordwest", "northwest").replace("sudest", "southeast")
    point = word if word in _BEARINGS else _POINT_OF.get(word)
    return None if point is None else _BEARINGS[point]


def bearings_compatible(a: float, b: float) -> bool:
    """Two directions one place can lie in: at most one compass point apart ("north" and
    "north-west" of Moscow), unlike "west" and "north-east"."""
    apart = abs(a - b) % 360
    return min(apart, 360 - apart) <= 45


DISTANCE = re.compile(
    rf"(?P<number>\d[\d,.]*|\b[^\W\d_]+)\s*(?i:{_UNIT})\b(?:\s*\([^()]{{1,20}}\))?\s*,?\s*"
    rf"(?i:{_DIRECTION})\s*"
    r"(?i:(?:the|la|el|a)\s+(?:\w+\s+)?(?:capital|capitale|ciudad|city|town|village)"
    r"(?:\s+\w+){0,3}?,?\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# Where the event was: a distance of a place the sentence merely names is of something else.
_EVENT_WORDS = re.compile(
    r"\b(?:epicent(?:er|re|ro)|épicentre|hypocent\w*|struck|hit|occurred|happened|located|"
    r"lies|took place|tuvo lugar|a eu lieu|se trouve|se situe|situé|localisé|ubicado|localizó|"
    r"se encuentra|se produjo|"
    r"s['’]est produit|ocurrió|crashed|s['’]est écrasé|se estrelló)\b",
    re.IGNORECASE,
)
# Distances at which the event was felt, or a radius, are not where it happened.
_NOT_WHERE = re.compile(r"\b(?:felt|ressenti|sintió|sentido|radius|rayon|radio)\b", re.I)


def place_key(name: str) -> str:
    """A place name folded across languages: "Kathmandu", "Katmandou" and "Katmandú" are one
    key, and so are "Moscow", "Moscou" and "Moscú" (accents, "h", "ou"/"u", "w"/"u")."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"[^a-z ]", "", plain).replace("h", "").replace("w", "u").replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", plain).strip()


def event_distances(
    sentence: str, offset: int, language: str | None
) -> Iterator[tuple[str, ClaimValue, int]]:
    """(slot, distance in km, where the place is named) for each distance from a named place
    the sentence gives for where its event happened, or for how far away a place it was felt
    in lies ("felt in New Delhi, some 500 km away")."""
    yield from felt_distances(sentence, offset, language)
    if not _EVENT_WORDS.search(sentence) or _NOT_WHERE.search(sentence):
        return
    for match in DISTANCE.finditer(sentence):
        if not match.group("place")[0].isupper():
            continue
        number = _spelled_or_digits(match.group("number"), language)
        if number is None:
            continue
        modifier = lex.MODIFIER_BEFORE.search(sentence[: match.start()])
        start = modifier.start() if modifier else match.start()
        direction = match.group("dir") or match.group("dir2")
        towards = None if direction is None else bearing(direction)
        if direction is not None and towards is not None:
            yield (
                f"direction|{place_key(match.group('place'))}",
                ClaimValue(
                    kind="quantity",
                    value=direction,
                    text=sentence[
                        match.start("dir" if match.group("dir") else "dir2") : match.end("place")
                    ],
                    start=offset + match.start(),
                    end=offset + match.end("place"),
                    unit="bearing",
                    low=float(towards),
                    high=float(towards),
                ),
                offset + match.start("place"),
            )
        yield (
            f"distance|{place_key(match.group('place'))}",
            _kilometres(
                number, match.group("unit"), modifier, (start, match.end("unit")), sentence, offset
            ),
            offset + match.start("place"),
        )


def _kilometres(
    number: float,
    unit: str,
    modifier: re.Match[str] | None,
    span: tuple[int, int],
    sentence: str,
    offset: int,
) -> ClaimValue:
    """A distance in km (miles converted), read with a margin and its bound ("more than")."""
    km = number * KM_PER_MILE if unit.lower().startswith(("mil", "mei")) else number
    mod = (modifier.group("mod") if modifier else "").lower()
    low: float | None = km * (1 - DISTANCE_MARGIN)
    high: float | None = km * (1 + DISTANCE_MARGIN)
    if mod in lex.LOWER:
        high = None
    elif mod in lex.UPPER:
        low = None
    return ClaimValue(
        kind="quantity",
        value=f"{km:.0f}",
        text=sentence[span[0] : span[1]],
        start=offset + span[0],
        end=offset + span[1],
        unit="km",
        low=low,
        high=high,
    )


# How far away a place where the event was felt lies: "felt in the Indian capital New Delhi,
# some 500 kilometres away", "ressentie à New Delhi, en Inde, à plus de 500 miles de là",
# "se sintió en Nueva Delhi, a unos 500 kilómetros de distancia". The distance must close
# the phrase ("away", "de là"): a figure in the middle of it may be of something else.
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*"
_BOUND = "|".join(re.escape(m) for m in sorted(lex.LOWER + lex.UPPER + lex.ABOUT, key=len)[::-1])
_CAPITAL = r"(?:[A-Z][\w'’-]+\s+|[A-Z]\w+['’]s\s+)?(?i:capital|capitale)(?:\s+[a-zé]+)?,?\s+"
FELT_DISTANCE = re.compile(
    r"\b(?i:felt|ressentie?s?|sentido|sentida|se sintió)\b[^.;:]{0,40}?"
    r"\b(?i:in|at|à|en|em|dans|as far(?: away)? as|jusqu['’]à|hasta|até)\s+"
    rf"(?:(?i:the|la|le|l['’])\s*)?(?:{_CAPITAL})?"
    rf"(?P<place>{_NAME}),(?:\s*(?i:en|in|au|aux|dans)\s+{_NAME},)?\s*"
    r"(?:(?i:à|a|at|situated|located|située?|ubicada)\s+)?"
    rf"(?:(?i:{_BOUND})\s+)?(?P<number>\d[\d,.]*|[^\W\d_]+(?:\s+(?i:cents?|hundred))?)\s*(?i:{_UNIT})\b"
    r"(?:\s*\([^()]{1,20}\))?\s+(?i:away|de là|de distance|de distancia|from there|distant)\b"
    # "felt in New Delhi, 500 km away from Kathmandu": the distance between two places
    r"(?!\s+(?i:from|de|del|of|da|do)\s+[A-Z])"
)
_HUNDREDS = re.compile(r"^(?P<times>\S+)\s+(?:cents?|hundred)$", re.IGNORECASE)


def _spelled_or_digits(words: str, language: str | None) -> float | None:
    """A figure written in digits, in words ("dix"), or in hundreds ("cinq cents")."""
    if words[0].isdigit():
        return parse_number(words.rstrip(",."), language)
    table = lex.SPELLED_NUMBERS.get((language or "en").split("-")[0], {})
    hundreds = _HUNDREDS.match(words)
    if hundreds is not None:
        times = table.get(hundreds.group("times").lower())
        return None if times is None else float(times * 100)
    found = table.get(words.lower())
    return None if found is None else float(found)


def felt_distances(
    sentence: str, offset: int, language: str | None
) -> Iterator[tuple[str, ClaimValue, int]]:
    """(slot, distance in km, where the place is named) for each place the sentence says the
    event was felt in, with how far away it lies."""
    for match in FELT_DISTANCE.finditer(sentence):
        number = _spelled_or_digits(match.group("number"), language)
        if number is None:
            continue
        modifier = lex.MODIFIER_BEFORE.search(sentence[: match.start("number")])
        start = modifier.start() if modifier else match.start("number")
        yield (
            f"distance|{place_key(match.group('place'))}",
            _kilometres(
                number, match.group("unit"), modifier, (start, match.end("unit")), sentence, offset
            ),
            offset + match.start("place"),
        )
