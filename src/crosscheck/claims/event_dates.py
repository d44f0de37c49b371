"""The calendar day of a story's sudden happening as each article states it: "Prigozhin's private
jet came down north-west of Moscow on 25 August", "Wednesday's plane crash", "the earthquake
that struck on Friday", "killed on August 23 ... when it crashed".

Only the happening itself counts, and only when the day is tied to its own words: the trigger
(the crash, the quake) is followed by its day with no saying, other happening or time word
between ("the ministry said Wednesday" is the day of the saying), or the day owns the trigger
("Wednesday's crash"). Plans, anniversaries, aftershocks, funerals and burials, and sentences
that look back ("since", "after") are left out. A weekday is read as the day the annotator
resolved against the article's publication date, and left out when it could not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.day_attachment import attached
from crosscheck.records import AnnotatedArticle, Span

CRASH, QUAKE = "crash", "earthquake"
_CRASH = r"crash(?:ed|es)?|came down|went down|shot down|crash-landed"
_QUAKE = r"(?:earth)?quakes?|tremors?"
# The deaths of a crash or a quake happen on its day: "were killed on August 23 ... when it
# crashed" dates the crash.
_DEATHS = r"killed|died|perished|lost their lives"
_KIND_OF = (
    (CRASH, re.compile(rf"\b(?:{_CRASH})\b", re.I)),
    (QUAKE, re.compile(rf"\b(?:{_QUAKE})\b", re.I)),
)
_QUAKE_VERB = r"struck|hit|jolted|rocked|shook|occurred|happened"
# Sentences about another moment or another happening than the day it happened.
NOT_THE_HAPPENING = re.compile(
    r"\b(?:(?-i:may)|will|would|could|might|should|expected|plans?|planned|scheduled|"
    r"anniversary|aftershocks?|funeral|buried|burial|memorial|mourning|commemorat\w*|"
    r"since|if|unless|ahead of|previous|earlier|last year|another|second|third|fourth|new|"
    r"fresh|latest|further|series|twin|first time|"
    r"tests?|drill|simulat\w*|rehears\w*|hoax|rumou?r\w*|false|denied|not)\b",
    re.I,
)
# Words in the gap between the trigger and the day that tie the day to something else.
_OTHER_ANCHOR = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|stated|added|wrote|posted|tweeted|"
    r"according|after|before|until|following|by|identified|found|recovered|arrived|"
    r"began|started|opened|held|met|and|but|while|as)\b|[;:(\"“”]",
    re.I,
)
# Late on a day is the next day's early hours further east; early on a day is the previous
# day's late hours further west: a day either side, and only that way round.
_LATE = re.compile(r"\b(?:overnight|late|night|midnight)\b", re.I)
_EARLY = re.compile(
    r"\b(?:overnight|midnight|early hours|small hours|early morning|before dawn|dawn)\b", re.I
)
_GAP = 60
MAGNITUDE = re.compile(
    r"\bmagnitude[- ](?:of\s+)?(\d(?:[.,]\d)?)\b|\b(\d[.,]\d)[- ]magnitude\b", re.I
)


def _magnitude(words: str) -> str | None:
    found = {(m.group(1) or m.group(2)).replace(",", ".") for m in MAGNITUDE.finditer(words)}
    return next(iter(found)) if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class EventDate:
    """One article's statement of the day its story's happening took place."""

    kind: str  # CRASH or QUAKE
    day: date
    words: str  # the day as written
    late: bool  # the words place it late at night or overnight: the next day further east
    span: Span  # the sentence
    sentence: int  # the sentence's index in the article
    magnitude: str | None = None  # an earthquake's magnitude as written ("6.8"), if given
    early: bool = False  # the words place it in the early hours: the previous day further west


def _kind(words: str) -> str | None:
    kinds = {kind for kind, pattern in _KIND_OF if pattern.search(words)}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _trigger(kind: str) -> re.Pattern[str]:
    own = _CRASH if kind == CRASH else rf"{_QUAKE}|{_QUAKE_VERB}"
    return re.compile(rf"\b(?:{own}|{_DEATHS})\b", re.I)


def _own_words(kind: str) -> re.Pattern[str]:
    """The happening's words its day may hang from in the parse: its trigger, its noun, and
    the verbs that tell it happened ("the crash that occurred on Wednesday")."""
    own = rf"{_CRASH}|plane|jet|aircraft" if kind == CRASH else rf"{_QUAKE}|{_QUAKE_VERB}"
    return re.compile(rf"\b(?:{own}|{_DEATHS}|occurred|happened|took place)\b", re.I)


def _dated(annotated: AnnotatedArticle, start: int, end: int) -> list[tuple[int, int, date]]:
    """The sentence's days as (start, end, day): written dates, and weekdays or "yesterday"
    resolved against the publication date; no bare year nor ISO dateline."""
    return sorted(
        (t.start, t.end, t.day)
        for t in annotated.times
        if t.day is not None
        and t.kind == "DATE"
        and start <= t.start
        and t.end <= end
        and not re.fullmatch(r"\d{4}|\d{4}-\d\d-\d\d|today|now", t.text.strip(), re.I)
    )


def _day_of_sentence(
    words: str, offset: int, kind: str, days: list[tuple[int, int, date]], french: bool = False
) -> tuple[int, int, date] | None:
    """The one day the sentence ties to its happening's own words, and the sentence's parse
    attaches to them, if any."""
    tied = []
    trigger = _trigger(kind)
    for start, end, day in days:
        before = words[: start - offset]
        owns = re.match(
            rf"['’]s\s+(?:\w+\s+){{0,2}}?(?:{_CRASH}|{_QUAKE})\b", words[end - offset :], re.I
        )
        last = next(reversed(list(trigger.finditer(before[-_GAP:]))), None)
        follows = last is not None and not _OTHER_ANCHOR.search(before[-_GAP:][last.end() :])
        if (owns or follows) and attached(words, start - offset, _own_words(kind), french):
            tied.append((start, end, day))
    return tied[0] if len({d for _, _, d in tied}) == 1 else None


def event_dates(annotated: AnnotatedArticle) -> list[EventDate]:
    """Every statement in the article of the day of a crash or an earthquake."""
    text = annotated.article.text
    found = []
    for index, sentence in enumerate(annotated.sentences):
        words = text[sentence.start : sentence.end]
        kind = _kind(words)
        if kind is None or NOT_THE_HAPPENING.search(words):
            continue
        days = _dated(annotated, sentence.start, sentence.end)
        french = annotated.article.language == "fr"
        tied = _day_of_sentence(words, sentence.start, kind, days, french) if days else None
        if tied is None:
            continue
        start, end, day = tied
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        late = bool(_LATE.search(words))
        found.append(
            EventDate(
                kind,
                day,
                text[start:end],
                late,
                span,
                index,
                _magnitude(words),
                bool(_EARLY.search(words)),
            )
        )
    return found
