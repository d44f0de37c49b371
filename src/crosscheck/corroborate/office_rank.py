"""One person given two ranks of one office by different outlets at one time: "Deputy Foreign
Minister Abbas Araghchi" in one report, "Foreign Minister Abbas Araghchi" in another. Both
cannot be true of one person at once, so it is an office conflict about that person.

Only a rank prefix ("deputy", "vice", "assistant", "under") in front of the same office is
compared: two unrelated offices of one person ("foreign minister" and "chief negotiator") may
both be true. Times follow the office-holder rule (`offices._overlap`): a promotion between two
reports more than a week apart is not a conflict, nor a role stated as past.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from crosscheck.claims.findings import conflict, origins_text, stated_origins
from crosscheck.corpus import Corpus
from crosscheck.corroborate.offices import Holding, holdings, may_overlap
from crosscheck.records import Finding, FindingValue

_RANKS = ("deputy ", "vice ", "assistant ", "under ", "under-", "vice-")


def base_office(office: str) -> tuple[str, str]:
    """(the office without its rank prefix, the prefix): "deputy foreign minister" ->
    ("foreign minister", "deputy"); ("foreign minister", "") when it has none."""
    for rank in _RANKS:
        if office.startswith(rank):
            return office[len(rank) :], rank.strip(" -")
    return office, ""


def _countries_agree(a: Holding, b: Holding) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def _clashing(xs: list[Holding], ys: list[Holding], corpus: Corpus) -> bool:
    """Some report of one rank and some report of the other, by different outlets, of one time
    and one country."""
    return any(
        corpus.label(a.article) != corpus.label(b.article)
        and _countries_agree(a, b)
        and may_overlap(a, b)
        for a in xs
        for b in ys
    )


def _side(office: str, held: list[Holding], corpus: Corpus) -> FindingValue:
    return FindingValue(
        value=office,
        articles=sorted({h.article for h in held}),
        evidence=[h.evidence for h in held],
        origins=stated_origins([(h.evidence, corpus.own_origin(h.article)) for h in held], corpus),
    )


def rank_conflicts(corpus: Corpus) -> list[Finding]:
    """One person named in one story as holding an office and, by another outlet at the same
    time, as holding a higher or lower rank of it (deputy foreign minister / foreign minister)."""
    by_person: dict[tuple[str, str, str], dict[str, list[Holding]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for h in holdings(corpus):
        base, _ = base_office(h.office)
        key = (corpus.story_of.get(h.article, ""), h.entity, base)
        by_person[key][h.office].append(h)
    findings = []
    for (story, entity, base), by_office in sorted(by_person.items()):
        if len(by_office) < 2:
            continue
        offices = sorted(by_office)
        if not any(
            _clashing(by_office[a], by_office[b], corpus) for a, b in combinations(offices, 2)
        ):
            continue
        values = sorted(
            (_side(o, by_office[o], corpus) for o in offices),
            key=lambda v: (-len(v.origins), v.value),
        )
        name = corpus.entities[entity].name
        summary = f"Outlets give {name} different ranks of one office: " + "; ".join(
            f"{v.value} ({origins_text(v, corpus)})" for v in values
        )
        findings.append(
            conflict("office_conflict", ("rank", story, entity, base), summary + ".", values)
        )
    return findings
