"""A leader named by the seat of power: "the Kremlin leader", "the Kremlin chief", "the head
of the Kremlin" are the Russian president, not the Kremlin.

Such a "Kremlin" is part of a title for a person, so it never joins the institution as a name
would; it names the one person the story gives that office: in its own article first (a
president whose country is unstated, "President Vladimir Putin", counts there), else in the
whole story (the country stated). With no such person, or two, it names no one.
`SEATS_OF_POWER` is data: the buildings whose name stands for a head of state or government
in the international press (hand-written from general knowledge). "Kremlin spokesman" or
"White House officials" keep naming the institution: only a leader's noun makes a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import fold
from crosscheck.resolve.state import MentionKey, MergeState

# seat (folded) -> (office, country) of the person it stands for
SEATS_OF_POWER: dict[str, tuple[str, str]] = {
    "kremlin": ("president", "Russia"),
    "white house": ("president", "United States"),
    "elysee": ("president", "France"),
    "elysee palace": ("president", "France"),
    "downing street": ("prime minister", "United Kingdom"),
    "blue house": ("president", "South Korea"),
    "casa rosada": ("president", "Argentina"),
    "planalto": ("president", "Brazil"),
    "bankova": ("president", "Ukraine"),
}
_LEADER_AFTER = re.compile(r"^[’']?s?\s+(?:leader|chief|boss|strongman|master)\b", re.IGNORECASE)
_LEADER_BEFORE = re.compile(
    r"\b(?:leader|chief|head|boss|master|ruler)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
Office = tuple[str, str]


@dataclass(frozen=True, slots=True)
class SeatLeader:
    """A seat of power's name written as a leader's title, with the title's whole span."""

    mention: int
    office: Office
    start: int
    end: int


def seat_leader_mentions(art: AnnotatedArticle) -> Iterable[SeatLeader]:
    """Each seat of power written as a leader's title in ``art``."""
    text = art.article.text
    for i, m in enumerate(art.mentions):
        if m.kind != "name":
            continue
        office = SEATS_OF_POWER.get(fold(m.text).removeprefix("the "))
        if office is None:
            continue
        after = _LEADER_AFTER.match(text[m.end : m.end + 20])
        before = _LEADER_BEFORE.search(text[max(0, m.start - 25) : m.start])
        if after:
            yield SeatLeader(i, office, m.start, m.end + after.end())
        elif before:
            yield SeatLeader(i, office, m.start - len(before.group(0)), m.end)


def _holders(
    art: AnnotatedArticle, office: Office, countries: tuple[str | None, ...], state: MergeState
) -> set[MentionKey]:
    aid = art.article.id
    return {
        state.uf.find((aid, r.mention))
        for r in art.roles
        if (aid, r.mention) in state.forms
        and r.office == office[0]
        and r.country in countries
        and r.status != "former"
    }


def link_seat_leaders(
    articles: Sequence[AnnotatedArticle],
    seats: dict[MentionKey, SeatLeader],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join each leader named by a seat of power (``seats``, found by
    `seat_leader_mentions`) to the one person holding that office (see the module's doc)."""
    by_article = {a.article.id: a for a in articles}
    for key, seat in seats.items():
        office = seat.office
        title = by_article[key[0]].article.text[seat.start : seat.end]
        holders = _holders(by_article[key[0]], office, (office[1], None), state)
        if not holders:
            holders = set().union(*(_holders(a, office, (office[1],), state) for a in articles))
        if len(holders) != 1:
            continue
        person = next(iter(holders))
        state.add(key, text_of[key])
        state.merge(
            person,
            key,
            "leader named by seat of power",
            (text_of[person], title),
            0.9,
            f"{text_of[key]} stands for the {office[0]} of {office[1]}, whom the story names",
        )
