"""Who read out an event's statement, as an article states it, in English and French: "It was
read by ECOWAS Commission chairperson, Omar Touray", "a joint statement read out at the end of
the crisis meeting by Nigerian president and ECOWAS chairman Bola Tinubu", "Omar Touray, who
read the communiqué", "the chairman ... read the final communiqué", "le communiqué lu par
X". A "by" after another act ("the resolutions read at the summit chaired by X") is not the
reader.

The reader is a person mention: the first after "read (out) ... by", or the one just before
"who read" or before "read a statement" (no other person between). The sentence, or the one
before it when the sentence says only "it was read", names a document of the whole meeting (a
communiqué, a joint or final statement, a resolution): a party's own statement is not one.
Plans and hedges ("will read", "is expected to read") are not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.records import AnnotatedArticle, Mention, Span

# A document of the meeting as a whole, which one person reads out: at talks between two
# parties each may read a statement of its own ("Medinsky read a statement").
_STATEMENT = re.compile(
    r"\b(?:communiqu[ée]s?|(?:joint|final|closing)\s+(?:statement|declaration|communiqu[ée])|"
    r"resolutions?|résolutions?|déclaration\s+(?:finale|commune)|communiqué\s+final)\b",
    re.I,
)
_PRONOUN_READ = re.compile(
    r"^\s*(?:it|they|il|elle)\s+(?:(?:was|were)\s+read|(?:a|ont) été lue?s?)\b", re.I
)
# "the resolutions read at the end of the summit chaired by X": the "by" is another act's.
_OTHER_ACT = re.compile(r"\b\w+(?:ed|ée?s?)\b", re.I)
# "read (out) ... by Bola Tinubu", "lu par Omar Touray"
_READ_BY = re.compile(r"\b(?:read(?: out)?|lue?s?)\b(?P<gap>[^.;]{0,80}?)\b(?:by|par)\s", re.I)
# "Omar Touray, who read the communiqué", "Touray, qui a lu"
_WHO_READ = re.compile(r"^\s*,?\s*(?:who|qui)\s+(?:read|a lu)\b", re.I)
# "Tchiani, head of the guard, read a statement", "X a lu le communiqué"
_READ_A = re.compile(
    r"\b(?:read(?: out)?|a lu)\s+(?:a|the|an|un|le|la|une)\s+(?:\w+\s+){0,2}?"
    r"(?:statement|communiqu[ée]|declaration|déclaration|resolution|résolution)\b",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|might|should|expected|to read|plans?|scheduled|lira|va lire)\b", re.I
)
# How far around the reading a plan or a hedge is read as its own.
_PLAN_REACH = 30
# How far before "read a statement" its reader may be named (an apposition between).
_SUBJECT_REACH = 90


@dataclass(frozen=True, slots=True)
class StatementReader:
    """One article's statement of who read out a statement."""

    mention: int  # the reader's mention in the article
    name: str  # as written
    span: Span  # the sentence


def _people(annotated: AnnotatedArticle, start: int, end: int) -> list[tuple[int, Mention]]:
    return [
        (i, m)
        for i, m in enumerate(annotated.mentions)
        if m.type == "PERSON" and start <= m.start < end
    ]


def _not_done(words: str, at: int) -> bool:
    """Whether the reading at `at` is a plan or a hedge ("is expected to read")."""
    return bool(_NOT_DONE.search(words[max(0, at - _PLAN_REACH) : at + _PLAN_REACH // 2]))


def _reader(words: str, start: int, people: list[tuple[int, Mention]]) -> int | None:
    """The one person the sentence says read the statement."""
    found = set()
    for match in _READ_BY.finditer(words):
        if re.search(r"\b(?:by|par)\b", match.group("gap"), re.I) or _OTHER_ACT.search(
            match.group("gap")
        ):
            continue
        if _not_done(words, match.start()):
            continue
        after = [(i, m) for i, m in people if m.start - start >= match.end()]
        if after and after[0][1].start - start - match.end() <= 80:
            found.add(after[0][0])
    for i, m in people:
        if _WHO_READ.match(words[m.end - start :]) and not _not_done(words, m.end - start + 12):
            found.add(i)
    for match in _READ_A.finditer(words):
        if _not_done(words, match.start()):
            continue
        before = [(i, m) for i, m in people if m.end - start <= match.start()]
        if before and match.start() - (before[-1][1].end - start) <= _SUBJECT_REACH:
            found.add(before[-1][0])
    return next(iter(found)) if len(found) == 1 else None


def statement_readers(annotated: AnnotatedArticle) -> list[StatementReader]:
    """Every person the article says read out a statement."""
    text = annotated.article.text
    found = []
    for index, sentence in enumerate(annotated.sentences):
        words = text[sentence.start : sentence.end]
        named = _STATEMENT.search(words)
        if not named and _PRONOUN_READ.match(words) and index > 0:
            before = annotated.sentences[index - 1]
            named = _STATEMENT.search(text[before.start : before.end])
        if not named:
            continue
        people = _people(annotated, sentence.start, sentence.end)
        reader = _reader(words, sentence.start, people)
        if reader is None:
            continue
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        found.append(StatementReader(reader, annotated.mentions[reader].text, span))
    return found
