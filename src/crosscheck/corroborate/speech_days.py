"""The day someone said something, stated differently by two outlets: "On Thursday, Witkoff told
Breitbart News ... 'No enrichment. That means dismantlement'" against "Witkoff said in a Friday
interview that Iran's 'enrichment facilities have to be dismantled'".

One quote is told by its speaker (an entity) and its content (most of its word stems shared,
so a translation or a paraphrase of one remark still matches); the day is the one the sentence
names before the quote, in a sentence that reports an interview or a remark to someone, when
the sentence's parse attaches it to the speaking ("in an interview published Friday" gives the
day of the publication). Days
far apart are two remarks, and a speaker whom any one outlet quotes alike on both days said it
twice: neither is a conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import combinations

from crosscheck.claims.day_attachment import attached
from crosscheck.claims.findings import conflict, evidence_side, sides_text
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.records import Finding, Quote, Span

# One remark reported a day or two apart is a slip of the day; further apart, two remarks.
MAX_DAYS_APART = 2
SAME_REMARK_SHARE = 0.5
MIN_SHARED_STEMS = 2
STEM = 6  # "dismantlement" / "dismantled": one stem
_SPEECH = re.compile(
    r"\b(?:interview|interviewed|told|telling|entretien|interview[ée]e?)\b", re.IGNORECASE
)


# The words a remark's day hangs from ("in a Friday interview", "told ... on Thursday"), not
# the day of a publication or of another act ("in an interview published Friday").
_SPEAKING = re.compile(
    r"\b(?:interview|interviewed|told|telling|said|says|saying|remarks?|statement|"
    r"entretien|interview[ée]e?|a déclaré|a dit|a affirmé)\b",
    re.IGNORECASE,
)


def _stems(text: str) -> frozenset[str]:
    return frozenset(word[:STEM] for word in analyse(text))


def _same_remark(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    return len(shared) >= MIN_SHARED_STEMS and len(shared) / min(len(a), len(b)) >= (
        SAME_REMARK_SHARE
    )


def remark_day(quote: Quote, corpus: Corpus) -> tuple[date, Span] | None:
    """The one day the quote's sentence names before the quote, with the sentence, when the
    sentence reports an interview or a remark told to someone."""
    annotated = corpus.articles[quote.article]
    sentence = next((s for s in annotated.sentences if s.start <= quote.start < s.end), None)
    if sentence is None:
        return None
    text = annotated.article.text
    lead = text[sentence.start : quote.start]
    whole = text[sentence.start : sentence.end]
    french = annotated.article.language == "fr"
    days = {
        t.day
        for t in annotated.times
        if t.day is not None
        and sentence.start <= t.start
        and t.end <= quote.start
        and attached(whole, t.start - sentence.start, _SPEAKING, french)
    }
    if len(days) != 1 or not _SPEECH.search(lead):
        return None
    words = text[sentence.start : max(sentence.end, quote.end)]
    return next(iter(days)), Span(
        article=quote.article, start=sentence.start, end=sentence.start + len(words), text=words
    )


Dated = tuple[Quote, date, Span, frozenset[str]]


def _dated_quotes(corpus: Corpus) -> dict[tuple[str, str], list[Dated]]:
    by_speaker: dict[tuple[str, str], list[Dated]] = defaultdict(list)
    for quote in corpus.quotes:
        story = corpus.story_of.get(quote.article)
        if quote.speaker is None or story is None:
            continue
        found = remark_day(quote, corpus)
        if found is not None:
            by_speaker[(story, quote.speaker)].append((quote, *found, _stems(quote.text)))
    return by_speaker


def _said_twice(clashing: list[Dated], remarks: list[Dated], corpus: Corpus) -> bool:
    """One outlet quoting one of the remarks alike on two days: the speaker made it twice."""
    return any(
        corpus.label(x[0].article) == corpus.label(y[0].article)
        and x[1] != y[1]
        and _same_remark(x[3], y[3])
        for x in clashing
        for y in remarks
    )


def _clashes(remarks: list[Dated], corpus: Corpus) -> list[Dated]:
    """The remarks of one speaker that some other outlet dates a day or two apart."""
    clashing: dict[str, Dated] = {}
    for x, y in combinations(remarks, 2):
        if (
            corpus.label(x[0].article) != corpus.label(y[0].article)
            and x[1] != y[1]
            and abs((x[1] - y[1]).days) <= MAX_DAYS_APART
            and _same_remark(x[3], y[3])
        ):
            clashing[x[0].id], clashing[y[0].id] = x, y
    return list(clashing.values())


def remark_day_conflicts(corpus: Corpus) -> list[Finding]:
    """One remark of one speaker dated on different days by different outlets."""
    findings = []
    for (story, speaker), remarks in sorted(_dated_quotes(corpus).items()):
        clashing = _clashes(remarks, corpus)
        if not clashing or _said_twice(clashing, remarks, corpus):
            continue
        by_day: dict[date, list[Dated]] = defaultdict(list)
        for remark in clashing:
            by_day[remark[1]].append(remark)
        values = [
            # the outlets dating it so count as origins only when shown independent
            evidence_side(
                f"{day:%A} {day.isoformat()}",
                [(r[2], corpus.own_origin(r[0].article)) for r in items],
                corpus,
            )
            for day, items in sorted(by_day.items())
        ]
        name = corpus.entities[speaker].name if speaker in corpus.entities else speaker
        summary = f"Outlets date one remark of {name} on different days: " + sides_text(
            values, corpus
        )
        ids = ("remark day", story, speaker, *sorted(r[0].id for r in clashing))
        findings.append(conflict("date_conflict", ids, summary + ".", values))
    return findings
