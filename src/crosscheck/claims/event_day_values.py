"""Whether two matched claims' dates can be of one event, for the claim-level date conflict: a
story may hold several events of one description (quakes of one magnitude days apart, rounds
of talks in one city) that the matcher pairs, and a sentence may give the day of a saying
("a annoncé jeudi que la réunion a eu lieu") beside the event's.

Two claims' days are compared only when each day is attached to its claim's event words in
the sentence's parse (see day_attachment), neither claim marks another event ("another", "a
new quake", "an aftershock") nor names another round or magnitude than the other's, and
neither report was published before the other's day. A disagreement is one event's only when
its calendar days lie within a slip of each other: days further apart are of several events,
and which report speaks of which is for a reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import combinations

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.another_shock import ANOTHER_EVENT_WORD
from crosscheck.claims.day_attachment import attached
from crosscheck.claims.event_dates import MAGNITUDE
from crosscheck.cluster.events import EVENT_TRIGGERS
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue

# One event's day given by two outlets this far apart is a slip; further apart, two events.
MAX_SLIP_DAYS = 2
_DAY_KINDS = ("date", "weekday")
_MEETING_WORDS = (
    "talks negotiations meeting meetings met round summit discussions held took place "
    "pourparlers négociations réunion rencontre entretiens sommet lieu tenus tenue réunies "
    "débuté commencé séisme tremblement accident"
).split()
EVENT_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(w) for w in {*EVENT_TRIGGERS, *_MEETING_WORDS}), key=len)[::-1])
    + r")\b",
    re.IGNORECASE,
)
# Words that mark another event of the kind than the story's own: `another_shock` defines them.
_ANOTHER = ANOTHER_EVENT_WORD


def _calendar_day(value: ClaimValue) -> date | None:
    if value.kind != "date" or not re.fullmatch(r"\d{4}-\d\d-\d\d", value.value):
        return None
    return date.fromisoformat(value.value)


def _days_attached(claim: Claim, corpus: Corpus, kinds: tuple[str, ...] = _DAY_KINDS) -> bool:
    """Whether every value of `kinds` (days, by default) the claim states hangs from its
    event's words in the sentence."""
    annotated = corpus.articles.get(claim.article)
    if annotated is None:
        return False
    start = claim.sentence_start if claim.sentence_start is not None else claim.start
    end = claim.sentence_end if claim.sentence_end is not None else claim.end
    sentence = annotated.article.text[start:end]
    french = annotated.article.language == "fr"
    days = [v for v in claim.values if v.kind in kinds]
    return all(
        start <= v.start < end and attached(sentence, v.start - start, EVENT_WORDS, french)
        for v in days
    )


def written_before(claim: Claim, other: Claim, corpus: Corpus) -> bool:
    """Whether `other`'s report was published before a day `claim` gives."""
    published = corpus.published(other.article)
    days = [d for v in claim.values if (d := _calendar_day(v)) is not None]
    return published is not None and any(day > published for day in days)


def _told_apart(first: str, second: str) -> bool:
    """Whether the two sentences name two rounds of talks or two magnitudes: two events."""
    for read in (_rounds, _magnitudes):
        a, b = read(first), read(second)
        if a and b and not a & b:
            return True
    return False


def _rounds(text: str) -> set[int]:
    return {lex.ORDINALS[m.group("ordinal").lower()] for m in lex.ROUND.finditer(text)}


def _magnitudes(text: str) -> set[str]:
    return {(m.group(1) or m.group(2)).replace(",", ".") for m in MAGNITUDE.finditer(text)}


def days_of_one_event(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether the two claims' days can both be of one event."""
    if _ANOTHER.search(first.text) or _ANOTHER.search(second.text):
        return False
    if _told_apart(first.text, second.text):
        return False
    if written_before(first, second, corpus) or written_before(second, first, corpus):
        return False
    return _days_attached(first, corpus) and _days_attached(second, corpus)


def places_of_one_event(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether the two claims' places can both be the place of one event: neither marks
    another event, and each place hangs from its claim's event words ("the quake that struck
    Nepal"; not a dateline, "Delhi/Kathmandu, 4 Nov:", nor "the toll in Nepal")."""
    if _ANOTHER.search(first.text) or _ANOTHER.search(second.text):
        return False
    return all(_days_attached(c, corpus, ("place",)) for c in (first, second))


def one_dispute(values: Sequence[ClaimValue]) -> bool:
    """Whether the calendar days of a disagreement lie within a slip of each other: one
    event's day dated several ways, not several events."""
    days = {d for v in values if (d := _calendar_day(v)) is not None}
    return all(abs((x - y).days) <= MAX_SLIP_DAYS for x, y in combinations(days, 2))
