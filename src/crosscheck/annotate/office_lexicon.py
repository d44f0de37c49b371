"""Words of office titles: the heads that name an office, the modifiers a title may carry
(with the tenure they state), office synonyms, and which offices have one holder at a time."""

from __future__ import annotations

import re
from typing import Literal

Status = Literal["current", "former", "then", "interim", "acting", "designate"]

# Words that name an office by themselves (the head of a title).
OFFICE_HEADS = frozenset(
    [
        "president",
        "minister",
        "envoy",
        "secretary",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sultan",
        "leader",
        "head",
        "chief",
        "director",
        "commander",
        "mayor",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "premier",
        "counterpart",
        "general",
        "colonel",
        "admiral",
        "marshal",
        "lieutenant",
        "major",
        "brigadier",
        "captain",
        "judge",
        "justice",
        "attorney",
        "adviser",
        "advisor",
        "coordinator",
        "negotiator",
        "mediator",
        "pope",
        "cardinal",
        "archbishop",
        "ayatollah",
        "rabbi",
        "imam",
        "editor",
        "correspondent",
        "founder",
        "official",
        "diplomat",
        "delegate",
        "commissioner",
    ]
)
# Words that may stand inside a title before the head.
TITLE_MODIFIERS = frozenset(
    [
        "vice",
        "prime",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "economy",
        "energy",
        "health",
        "justice",
        "trade",
        "state",
        "national",
        "security",
        "strategic",
        "affairs",
        "special",
        "deputy",
        "supreme",
        "crown",
        "chief",
        "general",
        "senior",
        "top",
        "military",
        "army",
        "air",
        "naval",
        "navy",
        "intelligence",
        "presidential",
        "executive",
        "first",
        "lord",
        "attorney",
        "united",
        "nations",
        "un",
        "high",
        "under",
        "assistant",
        "regional",
        "middle",
        "east",
        "envoy",
    ]
)
QUALIFIERS: dict[str, Status] = {
    "former": "former",
    "ex": "former",
    "late": "former",
    "ousted": "former",
    "deposed": "former",
    "toppled": "former",
    "overthrown": "former",
    "exiled": "former",
    "then": "then",
    "interim": "interim",
    "transitional": "interim",
    "caretaker": "interim",
    "acting": "acting",
    "incoming": "designate",
    "designate": "designate",
    "elect": "designate",
    "outgoing": "current",
    "current": "current",
    "new": "current",
    "sitting": "current",
}
TITLE_LINKS = frozenset({"of", "to", "for", "at", "on"})
# Offices with one holder at a time (per country); used to find conflicting holders.
SINGLE_HOLDER = re.compile(
    r"^(president|vice president|prime minister|premier|chancellor|king|queen|emir|sultan|"
    r"supreme leader|crown prince|secretary of state|secretary[- ]general|pope|"
    r"([a-z]+ )*minister( of [a-z ]+)?|minister of [a-z ]+|secretary of [a-z ]+|"
    r"special envoy to [a-z ]+)$"
)
OFFICE_SYNONYMS = {
    "minister of foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "defence minister": "defense minister",
    "minister of defense": "defense minister",
    "minister of defence": "defense minister",
    "premier": "prime minister",
    "head of state": "president",
}


def is_single_holder(office: str) -> bool:
    """True for offices held by one person at a time per country (president, foreign minister)."""
    return bool(SINGLE_HOLDER.match(office))
