"""Event frames: who met whom, where, when, mediated by whom — from the member articles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from crosscheck.annotate.gazetteer import COUNTRIES
from crosscheck.cluster.events import EVENT_TRIGGERS, EVENT_TYPES, ArticleGroups
from crosscheck.ids import content_id
from crosscheck.records import (
    AnnotatedArticle,
    Entity,
    Event,
    FrameEvidence,
    FrameRole,
    Span,
    Story,
    TimeMention,
)
from crosscheck.resolve.demonyms import CountryReading
from crosscheck.resolve.resolver import Resolution

_MEDIATION = re.compile(
    r"\b(mediated|brokered|hosted|facilitated|sponsored)\s+by\s+([\w.'’-]+\s+){0,4}$|"
    r"\bmediation\s+of\s+([\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(r"\b(in|at)\s+(the\s+)?([\w'’-]+,?\s+){0,3}$", re.IGNORECASE)


LEAD_PARAGRAPHS = 4
# Sentences kept as evidence for each part of a frame.
EVIDENCE_PER_ROLE = 3
# Words that say who took part, wherever they stand in the article.
PARTICIPATION = frozenset({"participated", "attended", "joined", "took", "participate", "attend"})


def _trigger_sentences(article: AnnotatedArticle) -> list[tuple[int, int]]:
    """Sentences of the lead that speak of an event and do not deny it ("X was not involved"):
    news tells the event first; later paragraphs give background."""
    text = article.article.text
    paragraphs = article.article.paragraphs
    lead_end = paragraphs[min(LEAD_PARAGRAPHS, len(paragraphs)) - 1].end if paragraphs else 0
    negated = {(c.start, c.end) for c in article.claims if c.polarity == "negative"}
    return [
        (s.start, s.end)
        for s in article.sentences
        if (words := set(text[s.start : s.end].lower().split()))
        and ((s.start < lead_end and words & EVENT_TRIGGERS) or words & PARTICIPATION)
        and not any(a <= s.start < b for a, b in negated)
    ]


def _cited_sources(articles: Sequence[AnnotatedArticle], resolution: Resolution) -> set[str]:
    """Entities the articles cite as their source ("Yedioth Ahronoth revealed", "according to
    Reuters"): outlets and spokespeople of the reporting, not parties to the event."""
    cited: set[str] = set()
    for article in articles:
        for claim in article.claims:
            if not claim.attribution:
                continue
            for index in claim.entities:
                mention = article.mentions[index]
                entity = resolution.entity_of.get((article.article.id, index))
                if (
                    entity
                    and mention.type in ("PERSON", "ORG")
                    and mention.text in claim.attribution
                ):
                    cited.add(entity)
    return cited


def _event_type(articles: Sequence[AnnotatedArticle]) -> str | None:
    votes: Counter[str] = Counter()
    for article in articles:
        lead = article.article.text[:600].lower().split()
        for kind, words in EVENT_TYPES.items():
            votes[kind] += sum(1 for w in lead if w.strip(".,;:") in words)
    if not votes or votes.most_common(1)[0][1] == 0:
        return None
    return votes.most_common(1)[0][0]


def build_frames(
    articles: Sequence[AnnotatedArticle],
    groups: ArticleGroups,
    resolution: Resolution,
    entities: dict[str, Entity],
) -> tuple[list[Story], list[Event]]:
    """Stories and events with titles, dates, places, participants and mediators."""
    events: list[Event] = []
    story_of_event: dict[int, int] = {}
    story_index = {i: s for s, members in enumerate(groups.stories) for i in members}
    for number, members in enumerate(groups.events):
        story_of_event[number] = story_index[members[0]]
        events.append(_frame(articles, members, groups, resolution, entities))
    stories = []
    for s, members in enumerate(groups.stories):
        story_events = [events[e].id for e in story_of_event if story_of_event[e] == s]
        titles = [t for i in members if (t := articles[i].article.title)]
        story_id = content_id("s", *sorted(articles[i].article.id for i in members))
        stories.append(
            Story(
                id=story_id,
                title=titles[0] if titles else articles[members[0]].article.text[:80],
                events=story_events,
                articles=[articles[i].article.id for i in members],
            )
        )
    story_ids = {s: stories[s].id for s in range(len(stories))}
    events = [
        e.model_copy(update={"story": story_ids[story_of_event[k]]}) for k, e in enumerate(events)
    ]
    return stories, events


@dataclass(slots=True)
class _RoleVotes:
    """How often each entity was read in each frame role, and the sentences it was read from."""

    participants: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    mediators: Counter[str] = field(default_factory=Counter)
    # (role, entity id) -> the sentences it was read from
    found_in: dict[tuple[FrameRole, str], list[Span]] = field(default_factory=dict)

    def add_evidence(
        self, role: FrameRole, entity_id: str, article: str, text: str, window: tuple[int, int]
    ) -> None:
        """Keep the sentence as evidence of the role, up to `EVIDENCE_PER_ROLE` sentences."""
        spans = self.found_in.setdefault((role, entity_id), [])
        if len(spans) >= EVIDENCE_PER_ROLE or any(
            (s.article, s.start) == (article, window[0]) for s in spans
        ):
            return
        start, end = window
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append(Span(article=article, start=start, end=end, text=text[start:end]))


def _role(
    entity: Entity, mention_type: str, left: str, votes: _RoleVotes, skip: set[str]
) -> FrameRole | None:
    """The role a mention plays in its event sentence, counted in `votes` (None: no role)."""
    if entity.type in ("GPE", "LOC", "FAC") and _LOCATIVE.search(left):
        # a city is a better answer to "where" than its country
        votes.places[entity.id] += 1 if entity.name in COUNTRIES else 2
        return "location"
    if entity.type in ("PERSON", "ORG") and _MEDIATION.search(left):
        votes.mediators[entity.id] += 1
        return "mediator"
    if entity.id in skip:
        return None  # who reported the event is not who took part in it
    if entity.type in ("PERSON", "ORG") or (
        mention_type == "NORP" and entity.name in COUNTRIES  # "Israeli and Syrian officials"
    ):
        votes.participants[entity.id] += 1
        return "participant"
    return None


def _read_roles(
    member_articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    entities: dict[str, Entity],
) -> _RoleVotes:
    """Participants, places and mediators named in the members' event sentences."""
    votes = _RoleVotes()
    sources = _cited_sources(member_articles, resolution)
    countries = CountryReading(entities.values())  # "Syrian officials": Syria takes part
    for article in member_articles:
        text = article.article.text
        windows = _trigger_sentences(article)
        seen_here: set[str] = set()
        for index, mention in enumerate(article.mentions):
            entity_id = countries.entity(resolution.entity_of.get((article.article.id, index)))
            window = next((w for w in windows if w[0] <= mention.start < w[1]), None)
            if entity_id is None or window is None:
                continue
            left = text[max(0, mention.start - 40) : mention.start]
            role = _role(entities[entity_id], mention.type, left, votes, seen_here | sources)
            if role is None:
                continue
            if role == "participant":
                seen_here.add(entity_id)
            votes.add_evidence(role, entity_id, article.article.id, text, window)
    return votes


def _event_day(
    articles: Sequence[AnnotatedArticle], members: list[int], groups: ArticleGroups
) -> tuple[date | None, list[Span]]:
    """The event date most members state, and the mentions that state it."""
    dated: list[tuple[date, TimeMention, str]] = [
        (d[0], d[1], articles[i].article.id)
        for i in members
        if (d := groups.event_dates[i]) is not None
    ]
    day_votes = Counter(d for d, _, _ in dated)
    event_day = day_votes.most_common(1)[0][0] if day_votes else None
    evidence = [
        Span(article=a, start=t.start, end=t.end, text=t.text)
        for d, t, a in dated
        if d == event_day
    ]
    return event_day, evidence


def _frame(
    articles: Sequence[AnnotatedArticle],
    members: list[int],
    groups: ArticleGroups,
    resolution: Resolution,
    entities: dict[str, Entity],
) -> Event:
    member_articles = [articles[i] for i in members]
    votes = _read_roles(member_articles, resolution, entities)
    event_day, evidence = _event_day(articles, members, groups)
    location = votes.places.most_common(1)[0][0] if votes.places else None
    mediator = votes.mediators.most_common(1)[0][0] if votes.mediators else None
    needed = 1 if len(members) < 3 else 2
    order = {"PERSON": 0, "GPE": 1, "ORG": 2}
    chosen = [e for e, c in votes.participants.most_common(8) if c >= needed and e != mediator]
    people = sorted(chosen, key=lambda e: order.get(entities[e].type, 3))
    central = max(member_articles, key=lambda a: (a.article.title is not None, len(a.article.text)))
    title = central.article.title or central.article.text.split("\n", 1)[0][:120]
    frame_evidence = [FrameEvidence(role="date", span=span) for span in evidence]
    roles: list[tuple[FrameRole, list[str]]] = [
        ("location", [location] if location else []),
        ("participant", people),
        ("mediator", [mediator] if mediator else []),
    ]
    frame_evidence.extend(
        FrameEvidence(role=role, entity=entity_id, span=span)
        for role, chosen_ids in roles
        for entity_id in chosen_ids
        for span in votes.found_in.get((role, entity_id), [])
    )
    return Event(
        id=content_id("ev", *sorted(a.article.id for a in member_articles)),
        story="",
        title=title,
        type=_event_type(member_articles),
        date=event_day,
        date_text=evidence[0].text if evidence else None,
        location=entities[location].name if location else None,
        participants=people,
        mediator=mediator,
        articles=[a.article.id for a in member_articles],
        evidence=evidence,
        frame_evidence=frame_evidence,
    )
