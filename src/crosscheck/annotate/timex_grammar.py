"""Matching context, tense cues and the rule type of the time-expression grammar."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Literal, NamedTuple

from crosscheck.annotate.timex_lexicon import (
    ED_NOT_PAST,
    MONTH_NUM,
    ORDINAL_NUM,
    PLANNED,
    STRONG_FUTURE,
    STRONG_PAST,
    TENS_NUM,
    WEAK_FUTURE,
    WEAK_PAST,
    WEEKDAY_NUM,
    Tense,
)

# --------------------------------------------------------------------------------------------
# Matching context
# --------------------------------------------------------------------------------------------

_CLAUSE_BOUNDARY = re.compile(r"[.!?;\n](?:\s|$)|,|--| _ ")
_WORD = re.compile(r"[a-z']+")
_NEXT_WORD = re.compile(r"\s*([a-z']+)")


Kind = Literal["DATE", "TIME", "DURATION", "SET"]


class Found(NamedTuple):
    """A rule's reading of one match, before overlaps are settled and the span is trimmed."""

    start: int
    end: int
    kind: Kind
    value: str
    relative: bool
    mod: str | None = None
    anchor: str | None = None


class Context:
    """The text being tagged, its reference date, the grammar, and cheap lookups around a match.

    The grammar travels with the context because a clock time reads its day phrase ("3 p.m.
    Friday") with the whole grammar, which imports the clock rules.
    """

    __slots__ = ("forced_tense", "grammar", "lower", "ref", "text")

    def __init__(
        self, text: str, ref: date | None, grammar: Sequence[Rule], forced_tense: Tense = None
    ) -> None:
        self.text = text
        self.lower = text.lower()
        self.ref = ref
        self.grammar = grammar
        self.forced_tense = forced_tense

    def words_before(self, pos: int, n: int = 1) -> list[str]:
        """The n lower-case words just before `pos` (nearest last)."""
        return _WORD.findall(self.lower[max(0, pos - 12 * n - 4) : pos])[-n:]

    def word_after(self, pos: int) -> str:
        """The lower-case word just after `pos`, "" if punctuation comes first."""
        match = _NEXT_WORD.match(self.lower, pos)
        return match.group(1) if match else ""

    def tense(self, start: int, end: int) -> Tense:
        """Past or future from cue words in the clause around the expression."""
        if self.forced_tense is not None:
            return self.forced_tense
        low = max(0, start - 120)
        cut = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(self.lower, low, start)), default=low)
        before = self._words(cut, start)[-10:]
        found = _nearest_tense(before, len(before))
        if found:
            return found
        right = self.lower[end : end + 60]
        stop = _CLAUSE_BOUNDARY.search(right)
        after = self._words(end, end + stop.start() if stop else end + 60)[:6]
        return _tense_of(after)

    def _words(self, start: int, end: int) -> list[str]:
        """The words between two offsets as written, so a name's capital can be seen."""
        words = []
        for match in _WORD.finditer(self.lower, start, end):
            cased = self.text[match.start() : match.end()]
            # Lower-casing can change the length of a text (rare letters): then keep lower case.
            words.append(cased if cased.lower() == match.group(0) else match.group(0))
        return words


def _nearest_tense(before: list[str], reach: int = 2) -> Tense:
    """The tense of the verb closest before the expression ("announced Wednesday"), if any."""
    for distance in range(1, reach + 1):
        if len(before) < distance:
            return None
        word = before[-distance].lower()
        previous = before[-distance - 1].lower() if len(before) > distance else ""
        if distance == 1 and word in ("until", "till", "by"):
            return "future"  # "closed until Friday", "returned by Jan. 14"
        if word in PLANNED and previous in ("had", "been"):
            return "past"
        found = _tense_of([before[-distance]])
        if found == "past" and previous in ("be", "to", "being"):
            continue  # "will be paid Dec. 14": the auxiliary decides
        if found:
            return found
    return None


def _tense_of(words: Iterable[str]) -> Tense:
    """The first strong cue's tense, else the first weak cue's, in the order given.

    A capitalised word ending in -ed is a name ("United Nations", "Ahmed"), not a past verb.
    """
    weak: Tense = None
    for cased in words:
        word = cased.lower()
        if word in STRONG_FUTURE:
            return "future"
        if word in STRONG_PAST:
            return "past"
        if weak is None:
            if word in WEAK_FUTURE:
                weak = "future"
            elif word in WEAK_PAST or (
                len(word) > 4
                and word.endswith("ed")
                and word not in ED_NOT_PAST
                and not cased[0].isupper()
            ):
                weak = "past"
    return weak


# --------------------------------------------------------------------------------------------
# Rules: each compiled pattern has a normaliser turning a match into expressions
# --------------------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], Context], list[Found]]


class Rule(NamedTuple):
    """A compiled pattern, the normaliser turning its matches into expressions, and `needs`:
    substrings one of which the lower-cased text must contain for the rule to be tried."""

    pattern: re.Pattern[str]
    handler: Handler
    needs: tuple[str, ...]


MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DIGITS = tuple("0123456789")
UNIT_KEYS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "centur",
    "millenni",
)


def rule(pattern: str, needs: tuple[str, ...]) -> Callable[[Handler], Rule]:
    """Make a normaliser into a rule for a pattern; `needs` is a cheap pre-filter on the text.

    The pattern only matches between word boundaries (and not after a currency sign or slash).
    """

    def make(handler: Handler) -> Rule:
        compiled = re.compile(r"(?<![\w$£€#/])(?:" + pattern + r")(?!\w)", re.IGNORECASE)
        return Rule(compiled, handler, needs)

    return make


def one(m: re.Match[str], kind: Kind, value: str, relative: bool) -> list[Found]:
    """The whole match as the one expression found."""
    return [Found(m.start(), m.end(), kind, value, relative)]


def group(m: re.Match[str], name: str) -> str:
    """A named group's text, lower-cased, "" when it did not take part."""
    return (m.group(name) or "").lower()


def month_of(token: str) -> int:
    """The month number (1-12) of a month name or abbreviation."""
    name = token.lower().rstrip(".")
    return MONTH_NUM[name] if name in MONTH_NUM else MONTH_NUM[name[:3]]


def weekday_of(token: str) -> int:
    """The weekday number (Monday 0) of a weekday name or abbreviation."""
    name = token.lower().rstrip(".")
    return WEEKDAY_NUM[name] if name in WEEKDAY_NUM else WEEKDAY_NUM[name[:3]]


def day_of(token: str) -> int:
    """The number of a day of the month or an ordinal: "7th", "the 7th of", "twenty-first"."""
    token = re.sub(r"\s+of$", "", token.lower().strip())
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group(0))
    head, _, tail = token.replace("-", " ").partition(" ")
    if tail:
        return TENS_NUM[head] + ORDINAL_NUM[tail]
    return ORDINAL_NUM[head]
