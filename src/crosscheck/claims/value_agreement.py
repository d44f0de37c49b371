"""Typed claim values compared as values: quantities with their bounds and rounding, dates and
weekdays, places. The matcher uses these to refuse corroboration, the detectors to find
conflicts; both must agree on what "compatible" means, so it is said once, here."""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache

from crosscheck.annotate.gazetteer import COUNTRIES
from crosscheck.records import Claim, ClaimValue

_UNIT_SYNONYMS = {
    "dead": "killed",
    "deaths": "killed",
    "death": "killed",
    "died": "killed",
    "death toll": "killed",
    "toll": "killed",
    "fatalities": "killed",
    "lives": "killed",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "casualties": "casualties",
    "arrests": "arrested",
    "detained": "arrested",
    "killed": "killed",
    "injured": "injured",
    # one household is counted as one family ("34,000 families" / "34,000 households")
    "households": "families",
    "household": "families",
    "family": "families",
    # the bodies that call a march or sign a letter, however an outlet names them
    "associations": "organisations",
    "organizations": "organisations",
    "association": "organisations",
    "organization": "organisations",
    "organisation": "organisations",
}
# Counts that only grow as a story develops: a later, higher figure is an update, not a conflict.
RISING_UNITS = frozenset({"killed", "injured", "casualties", "arrested", "displaced", "missing"})
APPROXIMATE_MARGIN = 0.10
ROUNDED_MARGIN = 0.05
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(\.\d+)?(?![\w])")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_WEEKDAY_WORDS = frozenset(_WEEKDAYS)

_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def unit_of(value: ClaimValue) -> str | None:
    """The normalised unit of a quantity: 'dead', 'people killed' and 'deaths' are one unit."""
    if value.unit is None:
        return None
    unit = value.unit.strip().lower()
    if unit in _UNIT_SYNONYMS:
        return _UNIT_SYNONYMS[unit]
    words: list[str] = re.findall(r"[a-z]+", unit)
    for word in words:
        if word in _UNIT_SYNONYMS or word in RISING_UNITS:
            return _UNIT_SYNONYMS.get(word, word)
    return unit


def _number(value: ClaimValue) -> float | None:
    try:
        return float(value.value.replace(",", ""))
    except ValueError:
        return None


def _rounded(number: float) -> bool:
    # "350 passengers" is as round as "300": both are written for 342 or 355
    return number >= 100 and number % 50 == 0


def interval(value: ClaimValue) -> tuple[float, float] | None:
    """The range a quantity allows: its bounds, widened for "about" and for round figures."""
    base = _number(value)
    if base is None and value.low is None and value.high is None:
        return None
    if value.low is None and value.high is None:
        assert base is not None
        low = high = base
    else:
        low = value.low if value.low is not None else 0.0
        high = value.high if value.high is not None else math.inf
    margin = APPROXIMATE_MARGIN if value.approximate else 0.0
    if not value.approximate and base is not None and _rounded(base):
        margin = ROUNDED_MARGIN
    return low * (1 - margin), high * (1 + margin)


def quantities_compatible(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two figures can both be true: their ranges overlap ("more than 1,400" and
    "1,400"; "about 60" and "62"), unlike "3,000" and "300" or "24" and "26"."""
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return True
    if rounded_alike(a, b):
        return True
    return first[0] <= second[1] and second[0] <= first[1]


def _decimals(value: ClaimValue) -> int | None:
    """How many decimals a point figure is written with ("24.8": 1, "25": 0); None for a range
    or a bound."""
    if value.low is None or value.low != value.high or _number(value) is None:
        return None
    _, dot, fraction = value.value.partition(".")
    return len(fraction) if dot else 0


def rounded_alike(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether one figure may be the other rounded to fewer decimals: "24.8 miles" and "25
    miles" (a conversion's rounding), not "24.8" and "40" nor "24" and "26" (written alike,
    they are two counts). Figures under `MIN_ROUNDED` (a magnitude 6.8 against 7) are read
    as written: rounding them moves them too far to be told from another measure."""
    da, db = _decimals(a), _decimals(b)
    x, y = _number(a), _number(b)
    if da is None or db is None or da == db or x is None or y is None:
        return False
    if max(x, y) < MIN_ROUNDED or "magnitude" in (unit_of(a), unit_of(b)):
        return False
    return abs(x - y) < 10.0 ** -min(da, db)


MIN_ROUNDED = 10.0


def stated_close(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two figures state about the same number (within `APPROXIMATE_MARGIN`). Ranges
    that merely overlap can both be true, but "at least 128 died" and "at least 157 died" are
    two counts: shown as one fact they would hide that the outlets report different tolls."""
    first, second = _number(a), _number(b)
    if first is None or second is None:
        return True
    return abs(first - second) <= APPROXIMATE_MARGIN * max(abs(first), abs(second))


# Agencies measure one shock within about a degree of magnitude (6.4 / 5.6); magnitudes further
# apart are of two shocks (a quake and its aftershock), not a disagreement about one.
SHOCK_SPREAD = 1.0


def two_shocks(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two magnitudes are of different shocks: more than `SHOCK_SPREAD` apart."""
    if unit_of(a) != "magnitude" or unit_of(b) != "magnitude":
        return False
    first, second = _number(a), _number(b)
    return first is not None and second is not None and abs(first - second) > SHOCK_SPREAD


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def when_compatible(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two dates or weekdays can name one day: '2025-07' fits '2025-07-12'; Saturday
    fits 2025-07-12 (a Saturday), not 2025-07-13."""
    x, y = a.value.strip().lower(), b.value.strip().lower()
    if a.kind == "weekday" and b.kind == "weekday":
        return x == y
    if a.kind == "weekday" or b.kind == "weekday":
        weekday, other = (x, y) if a.kind == "weekday" else (y, x)
        day = _day(other)
        return day is None or weekday not in _WEEKDAYS or _WEEKDAYS[day.weekday()] == weekday
    if not (_DAY.match(x) and _DAY.match(y)):
        return True  # not a calendar value we can compare
    return x.startswith(y) or y.startswith(x)


@lru_cache(maxsize=1 << 16)
def fold_place(name: str) -> str:
    """A place name without case, articles or punctuation."""
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in ("the", "al", "el"))


def places_compatible(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two places can be one: the same name, one inside the other's name ("Baku" and
    "Baku, Azerbaijan"), or a country and a place not known to be a country (a city may lie
    in it). Two different cities, or two different countries, cannot."""
    x, y = fold_place(a.value), fold_place(b.value)
    if not x or not y or x == y or x in y or y in x:
        return True
    return (x in _FOLDED_COUNTRIES) != (y in _FOLDED_COUNTRIES)


_FOLDED_COUNTRIES = frozenset(fold_place(c) for c in COUNTRIES)


def values_of(values: list[ClaimValue], *kinds: str) -> list[ClaimValue]:
    """The values of the given kinds."""
    return [v for v in values if v.kind in kinds]


@lru_cache(maxsize=1 << 16)
def text_numbers(text: str) -> frozenset[float]:
    """Figures written in a text (digits and number words), for claims without typed values."""
    found = {float(m.group().replace(",", "")) for m in _NUMBER.finditer(text)}
    words = re.findall(r"[a-z]+", text.lower())
    return frozenset(found | {float(_NUMBER_WORDS[w]) for w in words if w in _NUMBER_WORDS})


def values_agree(first: Claim, second: Claim) -> bool:
    """Whether the two claims' figures, dates and places can all be true together. Without typed
    figures, the numbers written in the texts must not be disjoint."""
    qa, qb = values_of(first.values, "quantity"), values_of(second.values, "quantity")
    if qa and qb:
        for a in qa:
            same_unit = [b for b in qb if unit_of(b) == unit_of(a)]
            if same_unit and not any(
                quantities_compatible(a, b) and stated_close(a, b) for b in same_unit
            ):
                return False
        if not any(unit_of(a) == unit_of(b) for a in qa for b in qb):
            return False  # "six air bases" and "eight installations"
    elif not qa and not qb:
        na, nb = text_numbers(first.text), text_numbers(second.text)
        if na and nb and na != nb:
            return False
    wa, wb = values_of(first.values, "date", "weekday"), values_of(second.values, "date", "weekday")
    if wa and wb and not any(when_compatible(a, b) for a in wa for b in wb):
        return False
    if not wa and not wb:
        da = _WEEKDAY_WORDS & set(re.findall(r"[a-z]+", first.text.lower()))
        db = _WEEKDAY_WORDS & set(re.findall(r"[a-z]+", second.text.lower()))
        if da and db and not da & db:
            return False
    pa, pb = values_of(first.values, "place"), values_of(second.values, "place")
    return not (pa and pb and not any(places_compatible(a, b) for a in pa for b in pb))


# Words that place a happening in a sequence of like happenings: ordinals ("the second round")
# and words relative to the one being reported ("met again", "the next meeting", "earlier
# rounds"). "Last" is left out: "last Friday" dates, it does not count.
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_SEQUENCE_WORDS = {
    **{w: w for w in _ORDINAL_WORDS},
    **{f"{n}{_SUFFIX.get(n, 'th')}": w for n, w in enumerate(_ORDINAL_WORDS, start=1)},
    "again": "again", "previous": "previous", "prior": "previous", "earlier": "previous",
    "next": "next", "upcoming": "next",
    "another": "another",
    "premier": "first", "première": "first", "deuxième": "second", "seconde": "second",
    "troisième": "third", "quatrième": "fourth", "cinquième": "fifth", "nouveau": "another",
    "nouvelle": "another", "prochain": "next", "prochaine": "next", "précédent": "previous",
    "précédente": "previous",
    "الأولى": "first", "الأول": "first", "الثانية": "second", "الثاني": "second",
    "الثالثة": "third", "الثالث": "third", "الرابعة": "fourth", "الخامسة": "fifth",
    "المقبلة": "next", "القادمة": "next", "السابقة": "previous",
    "جديدة": "another",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+|\d+(?:st|nd|rd|th)", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def sequence_marks(text: str) -> frozenset[str]:
    """Where the text places what it reports in a sequence: ordinals, "again", "next", ..."""
    return frozenset(
        _SEQUENCE_WORDS[w] for w in _WORD.findall(text.lower()) if w in _SEQUENCE_WORDS
    )


_ORDINALS = frozenset(_ORDINAL_WORDS)


def same_moment(first: Claim, second: Claim) -> bool:
    """Whether two claims can speak of one moment of a story: not two different ordinals ("the
    second round" / "the third round"), and the same words relative to the reported moment
    ("mediated the talks" is not "mediated the talks again", nor "the previous round")."""
    a, b = sequence_marks(first.text), sequence_marks(second.text)
    if a & _ORDINALS and b & _ORDINALS and a & _ORDINALS != b & _ORDINALS:
        return False
    return a - _ORDINALS == b - _ORDINALS
