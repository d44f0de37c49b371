"""Whether a round of talks was direct: one outlet reports "direct and indirect discussions",
another calls the same round "indirect negotiations" or says it was "conducted indirectly".
Both cannot be the whole truth about one meeting, so the two descriptions are a conflict.

Only reports of the event itself count: sentences about a plan or a stance ("would be
indirect", "has authorized direct and indirect discussions", "insisted"), about another
meeting (a day other than the event's, "last weekend", expert-level talks) are left out, and
only articles one event groups together are compared, by different outlets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.findings import conflict, evidence_side
from crosscheck.corpus import Corpus
from crosscheck.records import Finding, Span

_TALKS = (
    r"(?:talks|negotiations|discussions|dialogue|exchanges|contacts|meetings?|pourparlers|"
    r"négociations|discussions|échanges|entretiens)"
)
# "both direct and indirect discussions", "Sunday's "direct and indirect" discussions",
# "des échanges directs et indirects".
BOTH = re.compile(
    r"\b(?:direct and indirect|indirect and direct|directs? et indirects?|"
    r"directes? et indirectes?|indirect(?:e?s)? et direct(?:e?s)?)\b",
    re.IGNORECASE,
)
# "indirect negotiations", "described the talks as indirect", "conducted indirectly",
# "des pourparlers indirects".
INDIRECT = re.compile(
    rf"\bindirect\s+{_TALKS}\b|\b{_TALKS}\s+(?:were\s+|as\s+|remained\s+)?indirect\b|"
    r"\b(?:conducted|held|took place|carried out)\s+indirectly\b|"
    rf"\b{_TALKS}\s+indirect(?:e?s)?\b|\bde (?:manière|façon) indirecte\b",
    re.IGNORECASE,
)
# Plans, stances and permissions are no report of how a meeting went; other meetings are
# another event's. "may" only in lower case: "on May 11" is a date.
_NOT_A_REPORT = re.compile(
    r"\b(?:(?-i:may)|will|would|could|might|should|shall|expected|expects?|plans?|planned|"
    r"scheduled|set to|agreed to|aims?|wants?|seeks?|insist(?:s|ed)?|authori[sz]ed|ready to|"
    r"willing|possibility|possible|arrangements|ahead of|preparations?|next|upcoming|"
    r"last (?:week|weekend|month|year)|previous|earlier|first round|since|"
    r"expert|experts|technical|techniques?|doit|devrait|pourrait|prochain|prochaine|"
    r"prévus?|prévues?)\b",
    re.IGNORECASE,
)
# Talks over two days may be reported by either day.
MAX_DAY_GAP = 1
# A heading ("Indirect Talks") states no report of its own.
MIN_WORDS = 5
DIRECT = "direct and indirect"
INDIRECT_ONLY = "indirect only"


@dataclass(frozen=True, slots=True)
class FormatReport:
    """One sentence describing how a meeting of an event was held."""

    event: str
    form: str  # DIRECT or INDIRECT_ONLY
    span: Span
    outlet: str
    origin: str


def format_of(sentence: str) -> str | None:
    """DIRECT or INDIRECT_ONLY when the sentence reports how talks were held, else None."""
    if len(sentence.split()) < MIN_WORDS or _NOT_A_REPORT.search(sentence):
        return None
    if BOTH.search(sentence):
        return DIRECT
    if INDIRECT.search(sentence):
        return INDIRECT_ONLY
    return None


def _days_fit(days: set[date], anchor: date | None) -> bool:
    """A sentence naming a day far from the event's speaks of another meeting."""
    if not days:
        return True
    return anchor is not None and all(abs((d - anchor).days) <= MAX_DAY_GAP for d in days)


def format_reports(corpus: Corpus) -> list[FormatReport]:
    """Every sentence of an article of an event saying the event's talks were direct and
    indirect, or indirect."""
    found = []
    for article_id, annotated in corpus.articles.items():
        event_id = corpus.event_of.get(article_id)
        if event_id is None or event_id not in corpus.events:
            continue
        event = corpus.events[event_id]
        anchor = event.date or corpus.published(article_id)
        text = annotated.article.text
        for sentence in annotated.sentences:
            words = text[sentence.start : sentence.end]
            form = format_of(words)
            days = {
                t.day
                for t in annotated.times
                if t.day is not None and sentence.start <= t.start < sentence.end
            }
            if form is None or not _days_fit(days, anchor):
                continue
            span = Span(article=article_id, start=sentence.start, end=sentence.end, text=words)
            found.append(
                FormatReport(
                    event_id, form, span, corpus.label(article_id), corpus.own_origin(article_id)
                )
            )
    return found


def _event_label(corpus: Corpus, event_id: str) -> str:
    """ "in Muscat", or the event's title when its place is unknown (the event's date is often
    its first report's, not the meeting's, so it is not shown)."""
    event = corpus.events[event_id]
    return f"in {event.location}" if event.location else f"({event.title})"


def format_conflicts(corpus: Corpus) -> list[Finding]:
    """Events one outlet reports as direct and indirect talks and another as indirect."""
    by_event: dict[str, dict[str, list[FormatReport]]] = defaultdict(lambda: defaultdict(list))
    for report in format_reports(corpus):
        by_event[report.event][report.form].append(report)
    findings = []
    for event_id, by_form in sorted(by_event.items()):
        direct, indirect = by_form.get(DIRECT, []), by_form.get(INDIRECT_ONLY, [])
        if not any(d.outlet != i.outlet for d in direct for i in indirect):
            continue
        values = [
            evidence_side(form, [(r.span, r.origin) for r in reports], corpus)
            for form, reports in ((DIRECT, direct), (INDIRECT_ONLY, indirect))
        ]
        summary = (
            f"Outlets disagree on whether the talks {_event_label(corpus, event_id)} were "
            "direct: "
            f"direct and indirect ({len(values[0].origins)} source"
            f"{'s' * (len(values[0].origins) > 1)}); indirect only "
            f"({len(values[1].origins)} source{'s' * (len(values[1].origins) > 1)})."
        )
        findings.append(conflict("conflict", ("talks format", event_id), summary, values))
    return findings
