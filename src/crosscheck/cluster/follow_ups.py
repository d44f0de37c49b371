"""Reports that follow an earlier event rather than report a new one.

A report of a quake's toll rising or of the rescue after it is dated later than the event it
follows, and often published days later; a reader still reads it as news of that event. What
marks such a report is its headline or the sentence that dates it: words of a disaster's
aftermath (the toll, the rescue, the survivors). An arrest, charges, a court hearing or a trial
are steps of their own on a story's timeline (the story packs' gold, and a fact-checker's
timeline, keep them apart), though GVC counts them with the incident: that costs one GVC val
incident (1.000 -> 0.991) and gives the story packs their hearings back. A headline that
announces another event of the kind ("a second quake", "fresh strikes", "another shooting")
reports a new event, not a follow-up.
"""

from __future__ import annotations

import re
from datetime import date

from crosscheck.cluster.another_event import announces_another_event
from crosscheck.records import AnnotatedArticle, TimeMention

# A disaster's toll and rescue, in English and French ("bilan": toll). Kept to these: charges,
# a trial, an inquiry, a funeral or aid offered are news of their own in a story.
FOLLOW_UP_WORDS = frozenset(
    ("toll tolls rescue rescuers rescued survivors survivor bilan secours rescapés").split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def announces_new_event(headline: str) -> bool:
    """Whether a headline announces another event of a recurring kind ("Second quake hits
    Herat", "Fresh strikes on Kyiv"): `another_event`'s one definition."""
    return announces_another_event(headline)


def _dated_sentence(article: AnnotatedArticle, dated: tuple[date, TimeMention] | None) -> str:
    if dated is None:
        return ""
    text = article.article.text
    return next(
        (text[s.start : s.end] for s in article.sentences if s.start <= dated[1].start < s.end),
        "",
    )


def reports_follow_up(article: AnnotatedArticle, dated: tuple[date, TimeMention] | None) -> bool:
    """Whether the headline or the sentence of the event date tells the aftermath of an earlier
    event (a rising toll, a rescue) and the headline announces no new one."""
    headline = article.article.title or ""
    if announces_new_event(headline):
        return False
    words = {w.lower() for w in _WORD.findall(f"{headline} {_dated_sentence(article, dated)}")}
    return bool(words & FOLLOW_UP_WORDS)
