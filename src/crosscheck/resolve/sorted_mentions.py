"""The mentions of a story sorted for resolution: names, titles, descriptions and seat leaders."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.seat_leaders import SeatLeader, seat_leader_mentions
from crosscheck.resolve.state import MentionKey, MergeState


def sort_mentions(
    articles: Sequence[AnnotatedArticle], text_of: dict[MentionKey, str], state: MergeState
) -> tuple[list[MentionKey], list[MentionKey], list[MentionKey], dict[MentionKey, SeatLeader]]:
    """Every mention's text into `text_of`, and the mentions sorted into titles, descriptions,
    names (added to `state`) and seat leaders ("the Kremlin leader")."""
    titles: list[MentionKey] = []
    descriptions: list[MentionKey] = []
    names: list[MentionKey] = []
    seats: dict[MentionKey, SeatLeader] = {}
    for art in articles:
        for seat in seat_leader_mentions(art):
            seats[(art.article.id, seat.mention)] = seat
        for i, m in enumerate(art.mentions):
            key = (art.article.id, i)
            text_of[key] = m.text
            if key in seats:
                continue  # "the Kremlin leader" is a person's title, not the Kremlin
            if m.kind != "name":
                (titles if m.kind == "title" else descriptions).append(key)
                continue
            if not name_tokens(m.text):
                continue
            state.add(key, m.text)
            names.append(key)
    return titles, descriptions, names, seats
