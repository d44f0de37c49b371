"""One day given two weekdays by two outlets, one of them against the calendar: "este lunes 8
de abril" (8 April 2025 was a Tuesday) against "desta terça-feira (8)" (a date conflict).

Whatever event each report speaks of, a date has one weekday, so the statements of one story
are grouped by the day they name; a disagreement is reported only when an outlet writes the
calendar's weekday for a day another outlet gives a different one (a slip nobody contradicts is
left alone: the finding compares outlets)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from crosscheck.claims.findings import conflict, sides_by, sides_text
from crosscheck.claims.weekday_slips import WEEKDAY_NAMES, StatedWeekday, stated_weekdays
from crosscheck.corpus import Corpus
from crosscheck.records import Finding


@dataclass(frozen=True, slots=True)
class _Stated:
    statement: StatedWeekday
    outlet: str
    origin: str


def _by_day(corpus: Corpus) -> dict[tuple[str, date], list[_Stated]]:
    found: dict[tuple[str, date], list[_Stated]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        for statement in stated_weekdays(annotated):
            stated = _Stated(statement, corpus.label(article_id), corpus.own_origin(article_id))
            found[(story, statement.day)].append(stated)
    return found


def _finding(story: str, day: date, items: list[_Stated], corpus: Corpus) -> Finding:
    values = sides_by(
        items,
        lambda i: i.statement.weekday,
        lambda weekday, _: WEEKDAY_NAMES[weekday].capitalize(),
        lambda i: (i.statement.span, i.origin),
        corpus,
    )
    named = f"{day.day} {day:%B %Y}"
    summary = (
        f"Outlets disagree on the weekday of {named}, a "
        f"{WEEKDAY_NAMES[day.weekday()].capitalize()} by the calendar: "
        + sides_text(values, corpus)
    )
    ids = ("weekday", story, day.isoformat(), *sorted(f"{i.statement.span.article}" for i in items))
    return conflict("date_conflict", ids, summary + ".", values)


def weekday_slip_conflicts(corpus: Corpus) -> list[Finding]:
    """Days of one story that one outlet gives the calendar's weekday and another a different
    one."""
    findings = []
    for (story, day), items in sorted(_by_day(corpus).items()):
        right = [i for i in items if not i.statement.slip]
        wrong = [i for i in items if i.statement.slip]
        if not wrong or not right:
            continue
        if {i.outlet for i in wrong} <= {i.outlet for i in right}:
            continue  # one outlet writing both: its own slip, not two outlets' disagreement
        findings.append(_finding(story, day, [*wrong, *right], corpus))
    return findings
