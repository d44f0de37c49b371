"""A square, street, avenue or bridge named in several languages: "Syntagma Square", "Piazza
Syntagma", "Praça Syntagma", "place Syntagma", "Syntagma-Platz", "Syntagma Meydanı".

Each language writes the generic noun before the name (Romance and Slavic languages) or after
it (English, German, Dutch, Turkish, Hungarian), and keeps the name itself. Two mentions join
when they have the same generic noun, once translated, and the same proper name (accents
dropped), so "Plaza de Mayo" is "Mayo Square" and never "Mayo Street". The joined mentions
are facilities, whatever the tagger said ("Praça Syntagma" tagged a person).

Source: the words for square, street, avenue and bridge in the languages read here;
hand-written.
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.records import EntityType
from crosscheck.resolve.names import name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

# generic noun -> its English word; nouns written before the name
HEADS_BEFORE: dict[str, str] = {
    "piazza": "square", "praca": "square", "plaza": "square", "place": "square",
    "placa": "square", "plac": "square", "namesti": "square", "trg": "square",
    "plateia": "square", "ploshchad": "square", "ploshcha": "square",
    "via": "street", "rua": "street", "calle": "street", "rue": "street", "carrer": "street",
    "ulica": "street", "ulitsa": "street",
    "avenida": "avenue", "avenue": "avenue", "viale": "avenue", "corso": "avenue",
    "bulevar": "avenue", "boulevard": "avenue",
    "ponte": "bridge", "puente": "bridge", "pont": "bridge",
}  # fmt: skip
# nouns written after the name
HEADS_AFTER: dict[str, str] = {
    "square": "square", "platz": "square", "plein": "square", "meydani": "square",
    "ter": "square", "street": "street", "strasse": "street", "straat": "street",
    "caddesi": "street", "utca": "street", "avenue": "avenue", "bulvari": "avenue",
    "bridge": "bridge", "brucke": "bridge", "brug": "bridge", "koprusu": "bridge",
    "hid": "bridge",
}  # fmt: skip
_LINKS = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la"})


def place_concept(text: str) -> tuple[str, str] | None:
    """ "Piazza Syntagma" -> ("square", "syntagma"), "Syntagma Square" -> the same; None for
    a name without one generic noun and a name."""
    words = [w for w in name_tokens(text.replace("-", " ")) if w != "the"]
    if len(words) < 2:
        return None
    if words[0] in HEADS_BEFORE:
        rest = words[1:]
        while rest and rest[0] in _LINKS:
            rest = rest[1:]
        if rest:
            return HEADS_BEFORE[words[0]], " ".join(rest)
    if words[-1] in HEADS_AFTER:
        return HEADS_AFTER[words[-1]], " ".join(words[:-1])
    return None


def link_translated_places(
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> dict[MentionKey, EntityType]:
    """Join the mentions that name one square, street, avenue or bridge in two languages
    (see the module's doc); returns them typed as facilities."""
    by_concept: dict[tuple[str, str], list[MentionKey]] = defaultdict(list)
    for key in keys:
        concept = place_concept(text_of[key])
        if concept is not None:
            by_concept[concept].append(key)
    retyped: dict[MentionKey, EntityType] = {}
    for (head, name), members in by_concept.items():
        if len({text_of[k] for k in members}) < 2:
            continue
        retyped.update(dict.fromkeys(members, "FAC"))
        state.merge_into_first(
            members,
            text_of,
            "translated place noun",
            0.85,
            f"the same {head} named {name!r}, with its noun in another language",
        )
    return retyped
