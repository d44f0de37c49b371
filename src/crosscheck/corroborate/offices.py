"""Conflicts over who holds an office, and articles that contradict themselves about it.

A conflict needs one single-holder office at overlapping times: a role stated as past
("former", "ousted", "then", a background paragraph about the 2000 talks) is not a claim about
today's holder. Two holders who share a surname but not a first name are an identity conflict
(one person named two ways) rather than two office-holders.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from crosscheck.annotate.office_lexicon import is_single_holder
from crosscheck.annotate.tenure import reference_year, role_is_past
from crosscheck.claims.findings import (
    conflict,
    internal_inconsistency,
    origins_text,
    stated_origins,
)
from crosscheck.corpus import Corpus
from crosscheck.records import Finding, FindingKind, FindingValue, Span

_HOLDING = ("current", "interim", "acting")
# Reports further apart may name a successor: a handover, not a conflict.
MAX_AS_OF_GAP_DAYS = 7


@dataclass(frozen=True, slots=True)
class Holding:
    """One article naming one entity as the present holder of an office."""

    entity: str
    article: str
    country: str | None
    office: str
    as_of: date | None
    year: int | None
    evidence: Span


def _office_label(country: str | None, office: str) -> str:
    return f"{office} of {country}" if country else office


def holdings(corpus: Corpus) -> list[Holding]:
    """Every present holding of a single-holder office the articles state."""
    found = []
    for article in corpus.articles.values():
        aid = article.article.id
        for role in article.roles:
            entity = corpus.entity(aid, role.mention)
            if entity is None or role.status not in _HOLDING:
                continue
            # Only a person named as holder ("VGTRK, the Turkish Foreign Minister" is a
            # misread apposition), and named, not inferred ("its foreign minister").
            if corpus.entities[entity].type != "PERSON":
                continue
            if article.mentions[role.mention].kind != "name":
                continue
            if not (is_single_holder(role.office) or role.office == "envoy"):
                continue
            if role_is_past(role, article):
                continue
            found.append(
                Holding(
                    entity,
                    aid,
                    role.country,
                    role.office,
                    article.article.published,
                    reference_year(article),
                    role.evidence,
                )
            )
    return _specific_envoys(found, corpus)


def _specific_envoys(found: list[Holding], corpus: Corpus) -> list[Holding]:
    """A bare "US envoy" in a story whose only US envoy post named is "special envoy to Syria"
    is taken to be that post; otherwise a bare envoy is no single-holder office."""
    posts: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for h in found:
        if h.office.startswith("special envoy to "):
            posts[(corpus.story_of.get(h.article, ""), h.country)].add(h.office)
    kept = []
    for h in found:
        if h.office == "envoy":
            only = posts.get((corpus.story_of.get(h.article, ""), h.country), set())
            if len(only) != 1:
                continue
            h = replace(h, office=next(iter(only)))
        kept.append(h)
    return kept


def may_overlap(a: Holding, b: Holding) -> bool:
    """Whether two statements may speak of one time: dated within a week, or, undated, not
    set in different years by the dates they mention."""
    if a.as_of is not None and b.as_of is not None:
        return abs((a.as_of - b.as_of).days) <= MAX_AS_OF_GAP_DAYS
    return a.year is None or b.year is None or a.year == b.year


def _surname(name: str) -> str:
    words = name.lower().replace("-", " ").split()
    return words[-1] if words else ""


def _name_words(name: str) -> set[str]:
    return {
        w for w in name.lower().replace("-", " ").split() if len(w) > 2 and w not in {"al", "el"}
    }


def _maybe_one_person(names: dict[str, str]) -> dict[str, str]:
    """Holders whose names share a word but not the surname ("Recep Tayyip" / "Recep Tayyip
    Erdoğan", "Said Badr" / "Badr Albusaidi") may be one person written two ways the resolver
    did not join: each is mapped to the first of its group, so they never conflict."""
    leader: dict[str, str] = {}
    for entity in sorted(names, key=lambda e: -len(names[e])):
        leader[entity] = entity
        for other in list(leader)[:-1]:
            a, b = names[entity], names[other]
            if _surname(a) != _surname(b) and _name_words(a) & _name_words(b):
                leader[entity] = leader[other]
                break
    return leader


def office_conflicts(corpus: Corpus) -> list[Finding]:
    """Different people named as the present holder of one single-holder office in one story,
    at overlapping times; the origins are the outlets (copies counted once)."""
    by_office: dict[tuple[str, str, str], dict[str, list[Holding]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for h in holdings(corpus):
        if h.country:
            key = (corpus.story_of.get(h.article, ""), h.country, h.office)
            by_office[key][h.entity].append(h)
    findings = []
    for (story, country, office), found in sorted(by_office.items()):
        leader = _maybe_one_person({e: corpus.entities[e].name for e in found})
        by_holder: dict[str, list[Holding]] = defaultdict(list)
        for entity, hs in found.items():
            by_holder[leader[entity]].extend(hs)
        people = list(by_holder.items())
        if not any(
            may_overlap(a, b)
            for i, (_, xs) in enumerate(people)
            for _, ys in people[i + 1 :]
            for a in xs
            for b in ys
        ):
            continue
        names = {e: corpus.entities[e].name for e in by_holder}
        values = [
            FindingValue(
                value=names[e],
                articles=sorted({h.article for h in hs}),
                evidence=[h.evidence for h in hs],
                origins=stated_origins(
                    [(h.evidence, corpus.own_origin(h.article)) for h in hs], corpus
                ),
            )
            for e, hs in sorted(by_holder.items(), key=lambda kv: (-len(kv[1]), names[kv[0]]))
        ]
        kind: FindingKind = (
            "identity_conflict"
            if len({_surname(n) for n in names.values()}) == 1
            else "office_conflict"
        )
        label = _office_label(country, office)
        lead = "different first names for the" if kind == "identity_conflict" else "different"
        summary = f"Outlets name {lead} holders of the office of {label}: " + "; ".join(
            f"{v.value} ({origins_text(v, corpus)})" for v in values
        )
        findings.append(conflict(kind, ("office", story, country, office), summary + ".", values))
    return findings


def self_contradictions(corpus: Corpus) -> list[Finding]:
    """Articles that name someone as holding an office and also say that person is out of
    power, or name two different present holders of one office."""
    by_article: dict[str, dict[str, list[Holding]]] = defaultdict(lambda: defaultdict(list))
    for h in holdings(corpus):
        by_article[h.article][h.entity].append(h)
    findings: list[Finding] = []
    for aid in corpus.articles:
        mine = by_article.get(aid, {})
        findings.extend(_out_of_power(aid, mine, corpus))
        findings.extend(_two_holders(aid, mine, corpus))
    return findings


def _out_of_power(aid: str, mine: dict[str, list[Holding]], corpus: Corpus) -> list[Finding]:
    found = []
    for ended in corpus.articles[aid].tenure_ended:
        entity = corpus.entity(aid, ended.mention)
        held = [h for h in mine.get(entity, []) if h.country] if entity else []
        if entity is None or not held:
            continue  # "President Nixon" in a story about his resignation is a title, not a claim
        role = held[0]
        office = _office_label(role.country, role.office)
        name = corpus.entities[entity].name
        found.append(
            internal_inconsistency(
                aid,
                ("tenure", entity),
                f"The article calls {name} {office} (\u201c{role.evidence.text}\u201d) but also "
                f"says they are out of power (\u201c{ended.evidence.text}\u201d).",
                [
                    FindingValue(
                        value=f"in office: {office}", articles=[aid], evidence=[role.evidence]
                    ),
                    FindingValue(value="out of power", articles=[aid], evidence=[ended.evidence]),
                ],
                corpus.own_origin(aid),
            )
        )
    return found


def _two_holders(aid: str, mine: dict[str, list[Holding]], corpus: Corpus) -> list[Finding]:
    # An office named without its country may belong to different countries: skip those.
    by_office: dict[tuple[str, str], dict[str, Span]] = defaultdict(dict)
    for entity, held in mine.items():
        for h in held:
            if h.country is not None:
                by_office[(h.country, h.office)].setdefault(entity, h.evidence)
    found = []
    for (country, office_name), holders in by_office.items():
        if len(holders) < 2:
            continue
        office = _office_label(country, office_name)
        names = [corpus.entities[e].name for e in holders]
        found.append(
            internal_inconsistency(
                aid,
                ("holders", office),
                f"The article names {len(holders)} different current holders of the office of "
                f"{office}: " + ", ".join(names) + ".",
                [
                    FindingValue(value=corpus.entities[e].name, articles=[aid], evidence=[s])
                    for e, s in holders.items()
                ],
                corpus.own_origin(aid),
            )
        )
    return found
