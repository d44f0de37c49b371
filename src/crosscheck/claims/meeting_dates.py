"""The one calendar day an article gives for the meeting it reports, when it gives one: "the
meeting took place in the Kremlin on June 29", "As early as June 29, ... Putin met in the
Kremlin with ...". Two reports of one long-running event that date their meeting the same day
speak of one meeting, though published weeks apart or undated.

Only sentences that name a meeting and one day count, a day the sentence's parse attaches to
the meeting's words (not "Peskov said on July 10 that ..."); a day that follows "after", "before",
"since" or "following" is of another happening ("after what happened on June 24"), and plans
and other meetings (see meeting_days.NOT_THIS_MEETING) are left out."""

from __future__ import annotations

import re

from crosscheck.claims.day_attachment import attached
from crosscheck.claims.meeting_days import NOT_THIS_MEETING, report_part
from crosscheck.records import AnnotatedArticle

_MEETING = re.compile(
    r"\b(?:met|meeting|talks|negotiations|held talks|réunion|rencontre|entretien)\b", re.I
)
# The words a meeting's day hangs from in the parse: its nouns and the verbs of its holding.
_MEETING_WORDS = re.compile(
    r"\b(?:met|meeting|talks|negotiations|held|took place|réunion|rencontre|entretien|"
    r"a eu lieu|s['’]est tenue?)\b",
    re.I,
)
# "after what happened on June 24": the day of the happening the words look back to.
_LOOKS_BACK = re.compile(r"\b(?:after|before|since|following|events? of)\b[^.;,]{0,40}$", re.I)
# "the June 24 events": a day naming another happening, unless it names the meeting.
_NAMES_HAPPENING = re.compile(r"\bthe\s+$", re.I)
_NAMES_MEETING = re.compile(r"^\s+(?:\w+[\s-]+){0,2}?(?:meeting|talks)\b", re.I)
# A calendar day with or without its year: "2023-06-29", or "XXXX-06-29" in an undated report.
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(\d\d-\d\d)")


def _sentence_day(annotated: AnnotatedArticle, start: int, end: int) -> str | None:
    words = annotated.article.text
    sentence = words[start:end]
    french = annotated.article.language == "fr"
    days = {
        found.group(1)
        for t in annotated.times
        if t.kind == "DATE"
        and start <= t.start < end
        and re.search(r"\d", t.text)
        and not re.fullmatch(r"\d{4}|\d{4}-\d\d-\d\d", t.text.strip())
        and not _LOOKS_BACK.search(words[start : t.start])
        and not (
            _NAMES_HAPPENING.search(words[start : t.start])
            and not _NAMES_MEETING.match(words[t.end : end])
        )
        and (found := _DAY_VALUE.fullmatch(t.value))
        and attached(sentence, t.start - start, _MEETING_WORDS, french)
    }
    return next(iter(days)) if len(days) == 1 else None


def meeting_date(annotated: AnnotatedArticle) -> str | None:
    """The one day ("06-29", month and day: an undated report gives no year) the article's
    sentences give for a meeting, if they give exactly one."""
    text = annotated.article.text
    days = set()
    for sentence in annotated.sentences:
        words = report_part(text[sentence.start : sentence.end])
        if not _MEETING.search(words) or NOT_THIS_MEETING.search(words):
            continue
        day = _sentence_day(annotated, sentence.start, sentence.start + len(words))
        if day is not None:
            days.add(day)
    return next(iter(days)) if len(days) == 1 else None
