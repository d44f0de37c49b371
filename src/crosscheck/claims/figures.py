"""The figures a claim states, and which of them sit in a side clause.

"Morocco accepted aid from four countries, after the quake that killed more than 2,100 people"
states one proposition about four countries; the toll rides along in a clause of its own. Two
outlets telling the acceptance are not made to disagree by a toll only one of them adds: a
figure in a side clause is compared only when the other claim states a figure of the same kind
(the same unit), which is where it would disagree. A figure of the main clause is always
compared ("sent 86 troops" / "sent a team" stay apart).

A side clause is read from the words, not from a parse (claims keep no tree): it runs from a
subordinating word met after the main clause has begun ("after", "following", "amid", "since",
"before", "in response to", a relative "which"/"who"/"that") to the end of the claim. A "that"
after a verb of saying opens what was said, not a side clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.value_agreement import interval, unit_of
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
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
_INDEFINITE = re.compile(r"^(a|an|one)\s", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a claim: the range it allows, what it counts (None when unknown), whether
    it sits in a side clause, and the typed value it was read from (None for bare digits)."""

    bounds: tuple[float, float]
    unit: str | None
    side: bool
    value: ClaimValue | None = None


def side_clause_start(text: str) -> int | None:
    """Offset in `text` where its side clause begins, or None: the first subordinating word
    after the opening words ("After the quake, ..." opens the main clause, it is not one)."""
    for found in _SIDE_MARKER.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[: found.start()].lower())
        if not before:
            continue
        if found.group().lower() == "that" and before[-1] in _NOT_RELATIVE:
            continue
        return found.start()
    return None


def figures_of(claim: Claim) -> list[Figure]:
    """The claim's figures: its typed quantities ("more than 2,100", "four") and any other
    figure written in digits (dates and bare years aside), each marked side or main."""
    side_at = side_clause_start(claim.text)

    def in_side(offset: int) -> bool:
        return side_at is not None and offset >= side_at

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
    for match in _DIGITS.finditer("".join(text)):
        if not _YEAR.match(match.group()):
            number = float(match.group().replace(",", ""))
            out.append(Figure((number, number), None, in_side(match.start())))
    return out


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
    """Both claims without the typed values of their uncompared side figures. When that would
    leave neither with a typed quantity, one keeps its own: without typed quantities on either
    side the values are compared as the numbers written in the texts, side figures included."""
    a, b = without_values(*first), without_values(*second)
    if _quantities(a) or _quantities(b):
        return a, b
    if _quantities(first[0]):
        return first[0], b
    return a, second[0]
