"""Words that name an event: the event types of the frames and the triggers a sentence that
reports an event carries ("met", "attack", "signed", "earthquake")."""

from __future__ import annotations

# Words that name an event, by the event types of the frames (meetings and talks, attacks and
# strikes, agreements, visits, statements).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "met",
        "meet",
        "meeting",
        "meetings",
        "talks",
        "talk",
        "negotiations",
        "summit",
        "held",
        "hold",
    ),
    "attack": (
        "attack",
        "attacked",
        "strike",
        "strikes",
        "struck",
        "killed",
        "shooting",
        "shot",
        "bombing",
        "explosion",
        "clash",
        "clashes",
    ),
    "agreement": ("agreement", "deal", "signed", "sign", "ceasefire", "accord", "treaty"),
    "visit": ("visit", "visited", "trip", "travelled", "traveled"),
    "statement": ("said", "announced", "stated", "declared", "statement"),
}
EVENT_TRIGGERS = frozenset(
    word for kind, words in EVENT_TYPES.items() if kind != "statement" for word in words
) | frozenset(("election vote arrested protest protests earthquake crash fire launched").split())
