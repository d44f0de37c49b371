"""Whether a person attended a meeting, as an article states it, in English and French:
"Putin did not attend the talks", "the meeting, which was attended by envoy Steve Witkoff",
"Lavrov took part in the negotiations", "Poutine n'a pas participé aux pourparlers".

Only the meeting itself counts: the attendance must be of talks, a meeting, a round or a
summit (not a funeral or a war), and plans ("will attend", "is expected to take part"),
conditions and questions ("whether he would attend") are left out. The places the sentence
names and whether the meeting is one "with" someone are kept, to tell this meeting from
another one of the same days (talks with a third party elsewhere)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims import slot_lexicon as lex
from crosscheck.records import AnnotatedArticle, Span
from crosscheck.records.annotations import Mention

_MEETING = (
    r"(?:talks|negotiations|meeting|round|session|summit|discussions|consultations|"
    r"pourparlers|négociations|réunion|rencontre|sommet|discussions)"
)
_OBJECT = rf"(?:\s+(?:in\s+|at\s+|aux\s+|à\s+la\s+|au\s+)?(?:the\s+|les\s+|la\s+|le\s+)?(?:[\w-]+\s+){{0,3}}?{_MEETING}\b)"  # noqa: E501
PRESENT_AFTER = re.compile(
    rf"^\s*(?:attended{_OBJECT}|took part in{_OBJECT}|participated in{_OBJECT}|"
    rf"was present at{_OBJECT}|joined{_OBJECT}|a participé{_OBJECT}|a pris part{_OBJECT}|"
    rf"était présent{_OBJECT})",
    re.IGNORECASE,
)
ABSENT_AFTER = re.compile(
    rf"^\s*(?:did not|didn['’]t|does not|doesn['’]t)\s+(?:attend|take part in|participate in|"
    rf"join){_OBJECT}|^\s*(?:was|were)\s+(?:absent from|not present at){_OBJECT}|"
    rf"^\s*(?:skipped|stayed away from|boycotted){_OBJECT}|"
    rf"^\s*n['’](?:a|ont) pas (?:participé|pris part|assisté){_OBJECT}",
    re.IGNORECASE,
)
# "the meeting, which was attended by Steve Witkoff", "talks attended by".
PRESENT_BEFORE = re.compile(
    rf"\b{_MEETING}\b[^.;]{{0,40}}?\b(?:was |were )?attended by\s+(?:[\w.'’-]+\s+){{0,5}}?$"
    rf"|\b{_MEETING}\b[^.;]{{0,40}}?\ben présence de\s+(?:[\w.'’-]+\s+){{0,5}}?$",
    re.IGNORECASE,
)
NOT_A_REPORT = re.compile(
    r"\b(?:will|would|could|should|might|(?-i:may)|expected|expects?|plans?|planned|set to|"
    r"due to|intends?|whether|if|unless|hopes?|invited|ready to|willing|refused to say|"
    r"next|upcoming|previous|earlier|last (?:week|month|year)|in 20\d\d|in 19\d\d|"
    r"devrait|pourrait|prochaine?|précédente?)\b",
    re.IGNORECASE,
)
PRESENT, ABSENT = "attended", "did not attend"
_WITH_SOMEONE = re.compile(rf"\b{_MEETING}\s+with\s+[A-Z]|\bavec\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Attendance:
    """One article's statement that a person attended a meeting or did not."""

    person: int  # index of the person's mention in the article
    presence: str  # PRESENT or ABSENT
    places: frozenset[str]  # places the sentence names (lower case)
    with_someone: bool  # "talks with Erdogan": a meeting of its own
    span: Span


def _presence(text: str, mention: Mention, sentence_start: int, sentence_end: int) -> str | None:
    after = text[mention.end : sentence_end]
    if ABSENT_AFTER.match(after):
        return ABSENT
    if PRESENT_AFTER.match(after):
        return PRESENT
    before = text[sentence_start : mention.start]
    return PRESENT if PRESENT_BEFORE.search(before) else None


def attendances(annotated: AnnotatedArticle, year: int | None) -> list[Attendance]:
    """Every statement in the article that a named person attended a meeting or did not. A
    sentence naming a year before `year` speaks of an earlier meeting."""
    text = annotated.article.text
    found: list[Attendance] = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not re.search(
            r"attend|part|present|absent|skipped|stayed away|boycott|présence", words, re.I
        ):
            continue
        if NOT_A_REPORT.search(words):
            continue
        if year is not None and any(int(y) < year for y in lex.YEAR.findall(words)):
            continue
        inside = [
            (i, m)
            for i, m in enumerate(annotated.mentions)
            if sentence.start <= m.start < sentence.end
        ]
        places = frozenset(m.text.lower() for _, m in inside if m.type in ("GPE", "LOC", "FAC"))
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        for index, mention in inside:
            if mention.type != "PERSON" or mention.kind != "name":
                continue
            presence = _presence(text, mention, sentence.start, sentence.end)
            if presence is not None:
                found.append(
                    Attendance(index, presence, places, bool(_WITH_SOMEONE.search(words)), span)
                )
    return found
