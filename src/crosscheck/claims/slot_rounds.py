"""Where a numbered round of talks was held, as a sentence states it, in English and French:
"the second round in Rome", "le deuxième tour à Mascate" (its city or country), "the second
round at the Ciragan Palace" (its building). Plans ("will be held in"), rounds of a sub-series
(expert talks) and of another series (a prisoner exchange, an election) are left out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from crosscheck.claims import slot_lexicon as lex
from crosscheck.records import AnnotatedArticle, ClaimValue


def _round_of_talks(match: re.Match[str], sentence: str) -> bool:
    """Whether a numbered round is one of the talks themselves: "the second round of indirect
    talks", or "the second round" in a sentence about talks and no other series."""
    series = match.group("of") or ""
    if series:
        return bool(lex.TALKS.search(series)) and not lex.SUB_SERIES.search(series)
    return bool(lex.TALKS.search(sentence)) and not lex.OTHER_SERIES.search(sentence)


def round_places(
    text: str, offset: int, annotated: AnnotatedArticle
) -> Iterator[tuple[str, ClaimValue, frozenset[str]]]:
    """(slot, the place it was held, days stated beside it) for each numbered round the
    sentence reports as held somewhere: slot "round N" for its city or country, "round N
    venue" for the building ("at the Ciragan Palace"); plans and rounds of a sub-series are
    left out."""
    rounds = list(lex.ROUND.finditer(text))
    for index, match in enumerate(rounds):
        if not _round_of_talks(match, text) or lex.PLANNED.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            continue
        end = rounds[index + 1].start() if index + 1 < len(rounds) else len(text)
        semicolon = text.find(";", match.end())
        if semicolon != -1:
            end = min(end, semicolon)
        days = frozenset(
            t.day.isoformat()
            for t in annotated.times
            if t.day is not None and offset + match.start() <= t.start < offset + end
        )
        slot = f"round {lex.ORDINALS[match.group('ordinal').lower()]}"
        city = _held_in(text, offset, (match.end("noun"), end), annotated, _CITY)
        venue = _held_in(text, offset, (match.end("noun"), end), annotated, _VENUE)
        for name, place in ((slot, city), (f"{slot} venue", venue)):
            if place is not None and not lex.PLANNED.search(
                text[match.start() : place.end - offset]
            ):
                yield name, place, days


# Where a round was held: a city or country after "in" / "à", or a building after "at".
_CITY = (("GPE", "LOC"), lex.PLACE_BEFORE)
_VENUE = (
    ("FAC",),
    re.compile(r"\b(?:at|in|inside|à|au|dans)\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.I),
)


def ascii_name(name: str) -> str:
    """A name without accents ("Çırağan" -> "Ciragan"): outlets spell buildings both ways."""
    flat = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    return "".join(c for c in flat if not unicodedata.combining(c))


def _held_in(
    text: str,
    offset: int,
    window: tuple[int, int],
    annotated: AnnotatedArticle,
    kind: tuple[tuple[str, ...], re.Pattern[str]],
) -> ClaimValue | None:
    """The first place of the given types named right after its preposition in the window."""
    types, before = kind
    start, end = window
    for index, mention in enumerate(annotated.mentions):
        if mention.kind != "name" or mention.type not in types:
            continue
        if not (offset + start <= mention.start and mention.end <= offset + end):
            continue
        if before.search(text[start : mention.start - offset]):
            return ClaimValue(
                kind="place",
                value=ascii_name(mention.text),
                text=mention.text,
                start=mention.start,
                end=mention.end,
                mention=index,
            )
    return None
