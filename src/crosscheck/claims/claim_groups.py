"""Claims matched across articles, as the conflict detectors see them: pairs of claims judged
to be about the same thing, groups of such pairs, the detector protocol, and whether two claims
speak of one event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from crosscheck.claims.relation import Relation
from crosscheck.cluster.events import EVENT_TRIGGERS
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, Finding, FindingKind


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """Two claims of different articles judged to be about the same thing."""

    first: Claim
    second: Claim
    similarity: float
    relation: Relation


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims about one thing, and the matched pairs among them."""

    claims: list[Claim]
    pairs: list[ClaimPair]


class ConflictDetector(Protocol):
    """Finds one kind of disagreement in a group of claims."""

    @property
    def kind(self) -> FindingKind:
        """The kind of finding it reports."""
        ...

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """The conflicts of this kind in `group`."""
        ...


def reports_event(claim: Claim) -> bool:
    """Whether the claim speaks of an event (a meeting, an attack, an agreement, ...)."""
    return _names_event(claim.text)


@lru_cache(maxsize=1 << 16)
def _names_event(text: str) -> bool:
    words = {w.strip(".,;:!?\"'“”()") for w in text.lower().split()}
    return bool(words & EVENT_TRIGGERS)


def same_event(pair: ClaimPair, corpus: Corpus) -> bool:
    """Both claims come from reports of one event and both speak of an event."""
    a = corpus.event_of.get(pair.first.article)
    return (
        a is not None
        and a == corpus.event_of.get(pair.second.article)
        and reports_event(pair.first)
        and reports_event(pair.second)
    )
