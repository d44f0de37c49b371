"""The figures a claim states, and which of them sit in a side clause.

"Morocco accepted aid from four countries, after the quake that killed more than 2,100 people"
states one proposition about four countries; the toll rides along in a clause of its own. Two
outlets telling the acceptance are not made to disagree by a toll only one of them adds: a
figure in a side clause is compared only when the other claim states a figure of the same kind
(the same unit), which is where it would disagree. A figure of the main clause is always
compared ("sent 86 troops" / "sent a team" stay apart).

A side clause is read from the words, not from a parse (claims keep no tree): it runs from a
subordinating word met after the main clause has begun ("after", "following", "amid", "since",
"before", "in response to", a relative "which"/"who"/"that") to the next comma or the end of
the claim. A "that"
after a verb of saying opens what was said, not a side clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.value_agreement import (
    APPROXIMATE_MARGIN,
    interval,
    stated_close,
    unit_of,
    values_agree,
)
from crosscheck.records import Claim, ClaimValue

_SIDE_MARKER = re.compile(
    r"\b(after|following|amid|amidst|since|before|in response to|which|who|whose|that)\b",
    re.IGNORECASE,
)
# "said that ...", "so that ...": "that" opens the statement itself, not a side clause
_NOT_RELATIVE = frozenset(
    "said say says saying told tell tells announced announce announces reported report reports"
    " stated state states added add adds noted note notes confirmed confirm confirms claimed"
    " claim claims believe believes believed warned warns insisted insists indicated indicates"
    " explained explains revealed reveals acknowledged acknowledges agreed agree agrees hoped"
    " hope hopes so such now given"
    " is was are were be been".split()
)
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-\u2013\u2014]\s")
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
_INDEFINITE = re.compile(r"^(a|an|one)\s", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d$")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# "April 26", "26 April", "April 26, 2025": a day of a month, whether or not the date reader
# typed it, is a moment (compared by the moment rules), not a figure
_MONTH_DAY = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{_MONTHS}))\b(?:,?\s+(?:19|20)\d\d\b)?"
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a claim: the range it allows, what it counts (None when unknown), whether
    it sits in a side clause, and the typed value it was read from (None for bare digits)."""

    bounds: tuple[float, float]
    unit: str | None
    side: bool
    value: ClaimValue | None = None


def side_clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in `text` of its side clauses: each opens on a subordinating
    word met after the opening words ("After the quake, ..." opens the main clause, it is not
    one) and runs to the next comma, semicolon or dash, or to the end ("Five days after the
    mutiny, Putin met ... and 34 commanders": the 34 are the main clause's again)."""
    spans: list[tuple[int, int]] = []
    for found in _SIDE_MARKER.finditer(text):
        if spans and found.start() < spans[-1][1]:
            continue  # inside the side clause already open
        before = re.findall(r"[^\W\d_]+", text[: found.start()].lower())
        if not before:
            continue
        if found.group().lower() == "that" and before[-1] in _NOT_RELATIVE:
            continue
        stop = _CLAUSE_END.search(text, found.end())
        spans.append((found.start(), stop.start() if stop else len(text)))
    return spans


def figures_of(claim: Claim) -> list[Figure]:
    """The claim's figures: its typed quantities ("more than 2,100", "four") and any other
    figure written in digits (dates and bare years aside), each marked side or main."""
    sides = side_clauses(claim.text)

    def in_side(offset: int) -> bool:
        return any(start <= offset < end for start, end in sides)

    out = []
    text = list(claim.text)
    for value in claim.values:
        if value.kind in ("quantity", "date", "weekday"):
            for at in range(max(0, value.start - claim.start), value.end - claim.start):
                if at < len(text):
                    text[at] = " "
        if value.kind != "quantity" or _INDEFINITE.match(value.text):
            continue  # "a month after" names no figure
        if (bounds := interval(value)) is not None:
            side = in_side(value.start - claim.start)
            out.append(Figure(bounds, unit_of(value), side, value))
    for match in _DIGITS.finditer(mask_month_days("".join(text))):
        if not _YEAR.match(match.group()):
            number = float(match.group().replace(",", ""))
            out.append(Figure((number, number), None, in_side(match.start())))
    return out


def mask_month_days(text: str) -> str:
    """`text` with its days of a month ("April 26, 2025") blanked, offsets kept."""
    return _MONTH_DAY.sub(lambda m: " " * len(m.group()), text)


def _month_days(text: str) -> set[tuple[str, str]]:
    found = set()
    for match in _MONTH_DAY.finditer(text):
        month = re.search(_MONTHS, match.group())
        day = re.search(r"\d{1,2}(?!\d)", match.group())
        if month and day:
            found.add((month.group()[:3].lower(), day.group().lstrip("0")))
    return found


def month_days_agree(first: str, second: str) -> bool:
    """Whether two texts that both write days of a month share one ("April 26" and "26
    April 2025" do; "April 19" and "April 26" do not); blanked as figures, they are compared
    here as days."""
    a, b = _month_days(first), _month_days(second)
    return not (a and b and not a & b)


def compared(mine: Sequence[Figure], theirs: Sequence[Figure]) -> list[Figure]:
    """The figures of one side that must find a counterpart on the other: every main-clause
    figure, and a side-clause figure when the other side states one of the same unit."""
    units = {f.unit for f in theirs}
    return [f for f in mine if not f.side or f.unit in units]


def without_values(claim: Claim, dropped: Sequence[Figure]) -> Claim:
    """The claim with the typed values of `dropped` figures left out, for comparing the rest."""
    gone = {id(f.value) for f in dropped if f.value is not None}
    if not gone:
        return claim
    kept = [v for v in claim.values if id(v) not in gone]
    return claim.model_copy(update={"values": kept})


def _quantities(claim: Claim) -> bool:
    return any(v.kind == "quantity" for v in claim.values)


def main_values(
    first: tuple[Claim, Sequence[Figure]], second: tuple[Claim, Sequence[Figure]]
) -> tuple[Claim, Claim]:
    """Both claims without the typed values of their uncompared side figures, and without the
    days of a month in their texts. When dropping side figures would
    leave neither with a typed quantity, one keeps its own: without typed quantities on either
    side the values are compared as the numbers written in the texts, side figures included."""
    a, b = _undated(without_values(*first)), _undated(without_values(*second))
    if _quantities(a) or _quantities(b):
        return a, b
    if _quantities(first[0]):
        return _undated(first[0]), b
    return a, _undated(second[0])


def _undated(claim: Claim) -> Claim:
    """The claim with its days of a month blanked from its text: the written numbers compared
    when neither claim has typed figures must not include "26" of "April 26"."""
    masked = mask_month_days(claim.text)
    return claim if masked == claim.text else claim.model_copy(update={"text": masked})


def written_values_agree(first: Claim, second: Claim) -> bool:
    """`values_agree` with days of a month read as days: the same day ("April 26" / "April 26,
    2025"), and no number of a day compared as a figure."""
    return month_days_agree(first.text, second.text) and values_agree(
        _undated(first), _undated(second)
    )


def _stated(figure: Figure) -> float | None:
    """The number a figure states ("at least 70" states 70), None when it cannot be read."""
    low, high = figure.bounds
    return low if low == high else None


def figures_close(x: Figure, y: Figure) -> bool:
    """Whether two figures state about the same number (`value_agreement.stated_close`)."""
    if x.value is not None and y.value is not None:
        return stated_close(x.value, y.value)
    a, b = _stated(x), _stated(y)
    return a is None or b is None or abs(a - b) <= APPROXIMATE_MARGIN * max(abs(a), abs(b))
