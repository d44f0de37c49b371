"""Detectors of opposite claims: participation affirmed and denied for one participant of one
event, and a proposition one outlet affirms and another negates or reports as denied."""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.claims.claim_groups import ClaimGroup, same_event
from crosscheck.claims.findings import conflict, describe_values, side
from crosscheck.claims.match_lexical import factual, is_negated, opposite
from crosscheck.claims.relation import Relation
from crosscheck.claims.value_agreement import fold_place, values_of
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, ClaimValue, Finding, FindingKind


def _participants(claim: Claim, corpus: Corpus) -> dict[str, ClaimValue]:
    found = {}
    for value in values_of(claim.values, "participant"):
        entity = corpus.entity(claim.article, value.mention)
        found[entity or fold_place(value.value)] = value
    return found


@dataclass(frozen=True, slots=True)
class ParticipantDetector:
    """One outlet says someone took part in the event, another that they did not."""

    kind: FindingKind = "participant_conflict"

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Participation affirmed and denied for one participant of one event."""
        sides: dict[str, dict[bool, dict[str, Claim]]] = {}
        names: dict[str, str] = {}
        for pair in group.pairs:
            if not same_event(pair, corpus) or not opposite(pair.first, pair.second):
                continue
            if not (factual(pair.first) and factual(pair.second)):
                continue  # "is expected to attend" is no report that he did
            pa, pb = _participants(pair.first, corpus), _participants(pair.second, corpus)
            for who in pa.keys() & pb.keys():
                names.setdefault(who, pa[who].text)
                for claim in (pair.first, pair.second):
                    took_part = not is_negated(claim)
                    sides.setdefault(who, {}).setdefault(took_part, {})[claim.id] = claim
        findings = []
        for who, by_truth in sorted(sides.items()):
            values = [
                side(
                    f"{names[who]} {'took part' if truth else 'did not take part'}",
                    list(by_truth[truth].values()),
                    corpus,
                )
                for truth in (True, False)
            ]
            ids = sorted(c for v in by_truth.values() for c in v)
            summary = (
                f"Outlets disagree on whether {names[who]} took part: "
                + describe_values(values, corpus)
                + "."
            )
            findings.append(conflict(self.kind, (who, *ids), summary, values, ids))
        return findings


@dataclass(frozen=True, slots=True)
class PolarityDetector:
    """One outlet affirms a proposition that another negates or reports as denied."""

    kind: FindingKind = "conflict"

    def detect(self, group: ClaimGroup, corpus: Corpus) -> list[Finding]:
        """Contradicting pairs (participation is the participant detector's)."""
        affirmed: dict[str, Claim] = {}
        negated: dict[str, Claim] = {}
        for pair in group.pairs:
            if pair.relation != Relation.CONTRADICTS:
                continue
            if _participants(pair.first, corpus).keys() & _participants(pair.second, corpus).keys():
                continue
            for claim in (pair.first, pair.second):
                target = negated if is_negated(claim) else affirmed
                target[claim.id] = claim
        if not affirmed or not negated:
            return []
        lead = next(iter(affirmed.values()))
        values = [
            side(f"affirmed: {lead.text[:100]}", list(affirmed.values()), corpus),
            side(
                f"denied: {next(iter(negated.values())).text[:100]}", list(negated.values()), corpus
            ),
        ]
        ids = sorted([*affirmed, *negated])
        summary = (
            f"Outlets disagree on \u201c{lead.text[:120]}\u201d: "
            + describe_values(values, corpus)
            + "."
        )
        return [conflict(self.kind, ids, summary, values, ids)]
