"""Event-level conflicts read slot by slot across the reports of one event: who mediated it.

Each article's mediators are the people or bodies it says "mediated" or "brokered" the event
("talks mediated by U.S. envoy Tom Barak"). Two reports of one event that name different
mediators of one sort (a person against a person, a state or body against a state or body) and
share none disagree; a person and their state ("Barrack" and "the United States") do not.
"""

from __future__ import annotations

import re
from collections import defaultdict

from crosscheck.claims.findings import conflict, evidence_side, origins_text
from crosscheck.corpus import Corpus
from crosscheck.records import AnnotatedArticle, Finding, Span

_MEDIATED = re.compile(
    r"\b(mediated|brokered)\s+by\s+([\w.'’-]+\s+){0,4}$|\bmediation\s+of\s+([\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "mediated by Oman between the United States and Iran": the mediator is the first name after
# "by"; a name after one of these words is a party, not a mediator.
_PARTY_WORDS = re.compile(r"\b(between|and|with|among|for|of|on|in|to|over)\b", re.IGNORECASE)
_CUE_WORD = re.compile(r"\bby\b|\bmediation\s+of\b", re.IGNORECASE)
_SORTS = {"PERSON": "person", "ORG": "body", "GPE": "body", "NORP": "body"}


def _mediators(article: AnnotatedArticle, corpus: Corpus) -> dict[str, dict[str, Span]]:
    """sort -> entity id -> the sentence naming it as mediator."""
    aid = article.article.id
    text = article.article.text
    found: dict[str, dict[str, Span]] = defaultdict(dict)
    people = [m.start for m in article.mentions if m.type == "PERSON"]
    for index, mention in enumerate(article.mentions):
        entity = corpus.entity(aid, index)
        sort = _SORTS.get(mention.type)
        if entity is None or sort is None:
            continue
        cue = _MEDIATED.search(text[max(0, mention.start - 40) : mention.start])
        between = _CUE_WORD.split(cue.group(0), maxsplit=1)[-1] if cue else ""
        if cue is None or _PARTY_WORDS.search(between):
            continue
        if sort == "body" and any(mention.end < p <= mention.end + 40 for p in people):
            continue  # "mediated by U.S. envoy Tom Barrack": the state names the envoy's title
        sentence = next((s for s in article.sentences if s.start <= mention.start < s.end), None)
        start, end = (sentence.start, sentence.end) if sentence else (mention.start, mention.end)
        while end > start and text[end - 1].isspace():
            end -= 1
        found[sort].setdefault(
            entity, Span(article=aid, start=start, end=end, text=text[start:end])
        )
    return found


def mediator_conflicts(corpus: Corpus) -> list[Finding]:
    """Reports of one event that name different mediators."""
    findings = []
    for event in corpus.events.values():
        named: dict[str, dict[str, dict[str, Span]]] = defaultdict(dict)  # sort -> article -> ...
        for aid in event.articles:
            if aid not in corpus.articles:
                continue
            for sort, entities in _mediators(corpus.articles[aid], corpus).items():
                named[sort][aid] = entities
        for sort, by_article in sorted(named.items()):
            sets = [set(entities) for entities in by_article.values()]
            if len(sets) < 2 or set.intersection(*sets) or not _disjoint_pair(sets):
                continue
            findings.append(_finding(event.id, sort, by_article, corpus))
    return findings


def _disjoint_pair(sets: list[set[str]]) -> bool:
    return any(not a & b for i, a in enumerate(sets) for b in sets[i + 1 :])


def _finding(
    event: str, sort: str, by_article: dict[str, dict[str, Span]], corpus: Corpus
) -> Finding:
    by_entity: dict[str, list[tuple[str, Span]]] = defaultdict(list)
    for aid, entities in by_article.items():
        for entity, span in entities.items():
            by_entity[entity].append((aid, span))
    # each mediator's outlets count as the origins `findings` counts (relays of one dispatch
    # are one; uncredited outlets together one), and the wording says so
    values = [
        evidence_side(
            corpus.entities[entity].name,
            [(span, corpus.own_origin(a)) for a, span in stated],
            corpus,
        )
        for entity, stated in sorted(by_entity.items())
    ]
    names = "; ".join(f"{v.value} ({origins_text(v, corpus)})" for v in values)
    summary = f"Reports of one event name different mediators: {names}."
    return conflict("mediator_conflict", ("mediator", event, sort), summary, values)
