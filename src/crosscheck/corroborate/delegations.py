"""Who led one side's delegation at one meeting, stated differently by two outlets: "the
Russian delegation, led by Vladimir Medinsky" against "Sergei Lavrov headed the Russian
delegation" (a participant conflict).

Statements are compared for one meeting (one numbered round of the story, or one event) and
one side. Two names of one person are no conflict: the resolver's entity decides, and names
that share a word or are spelt alike ("Araqchi" / "Araghchi") count as one person even when
the resolver kept them apart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import partial

from crosscheck.claims.delegations import LeaderStatement, delegation_leaders
from crosscheck.claims.findings import clashing_members, conflict, evidence_side, sides_text
from crosscheck.claims.slots import present_year
from crosscheck.corpus import Corpus
from crosscheck.corroborate.event_span import one_meeting_reports
from crosscheck.records import Finding

# Two spellings of one name ("Araqchi" / "Araghchi") are at least this alike.
SAME_NAME = 0.75


@dataclass(frozen=True, slots=True)
class Led:
    """A leader statement with its leader's entity and name, outlet and origin."""

    statement: LeaderStatement
    leader: str  # entity id, or the folded name when unresolved
    name: str
    outlet: str
    origin: str


def _words(name: str) -> list[str]:
    return [w for w in name.lower().replace("-", " ").split() if len(w) > 2]


def same_person(x: Led, y: Led) -> bool:
    """Whether two leaders may be one person: one entity, a shared word, or alike spellings."""
    if x.leader == y.leader:
        return True
    return any(
        a == b or SequenceMatcher(None, a, b).ratio() >= SAME_NAME
        for a in _words(x.name)
        for b in _words(y.name)
    )


def _led(corpus: Corpus) -> dict[tuple[str, str, str], list[Led]]:
    """Statements by (story, meeting, side)."""
    found: dict[tuple[str, str, str], list[Led]] = defaultdict(list)
    for article_id, annotated in corpus.articles.items():
        story = corpus.story_of.get(article_id)
        if story is None:
            continue
        event = corpus.events.get(corpus.event_of.get(article_id, ""))
        year = event.date.year if event is not None and event.date is not None else None
        for statement in delegation_leaders(annotated, present_year(annotated, year)):
            mention = annotated.mentions[statement.leader]
            entity = corpus.entity(article_id, statement.leader) or mention.text.lower()
            name = corpus.entities[entity].name if entity in corpus.entities else mention.text
            meeting = statement.meeting
            if meeting == "event":
                meeting = f"event {corpus.event_of.get(article_id)}"
            found[(story, meeting, statement.side)].append(
                Led(
                    statement,
                    entity,
                    f"{name} {mention.text}",
                    corpus.label(article_id),
                    corpus.own_origin(article_id),
                )
            )
    return found


def _comparable(x: Led, y: Led, meeting: str, corpus: Corpus) -> bool:
    if x.outlet == y.outlet:
        return False
    if not meeting.startswith("event "):
        return True
    return one_meeting_reports(x.statement.span.article, y.statement.span.article, corpus)


def _finding(story: str, meeting: str, side: str, clashing: list[Led], corpus: Corpus) -> Finding:
    by_leader: dict[str, list[Led]] = defaultdict(list)
    for item in clashing:
        by_leader[item.leader].append(item)
    values = [
        evidence_side(
            corpus.entities[leader].name if leader in corpus.entities else items[0].name,
            [(i.statement.span, i.origin) for i in items],
            corpus,
        )
        for leader, items in sorted(by_leader.items())
    ]
    team = clashing[0].statement.side_text
    where = f" at the {meeting} of talks" if meeting.startswith("round ") else ""
    summary = f"Outlets disagree on who led the {team} delegation{where}: " + sides_text(
        values, corpus
    )
    ids = ("delegation", story, meeting, side, *sorted(by_leader))
    return conflict("participant_conflict", ids, summary + ".", values)


def _clash(meeting: str, corpus: Corpus, x: Led, y: Led) -> bool:
    return _comparable(x, y, meeting, corpus) and not same_person(x, y)


def delegation_conflicts(corpus: Corpus) -> list[Finding]:
    """Sides whose delegation two outlets say was led by two different people."""
    findings = []
    for (story, meeting, side), items in sorted(_led(corpus).items()):
        clashing = clashing_members(items, partial(_clash, meeting, corpus))
        if clashing and len({i.leader for i in clashing}) > 1:
            findings.append(_finding(story, meeting, side, clashing, corpus))
    return findings
