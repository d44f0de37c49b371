"""How many independent origins a fact-checker can rely on, and how many more there may be.

`origin_groups` separates claims that certainly share an origin (one cited source, one
dispatch, copied wording). What it keeps apart is not always independent:

- an outlet or agency that states a claim in its own voice, while other articles attribute
  the same claim to a named source, a body or an official, may be restating that source
  without saying so ("Prigozhin will go to Belarus", after Peskov said it): it counts as a
  possible origin, not a certain one, unless it says its own reporter saw it
  (`claims.own_reporting`);
- when no article cites a source, independence needs positive evidence: an outlet's own
  reporter at the scene, or a credited agency's dispatch (unless the fact is an issuing
  authority's toll, reading or act, which every agency relays: `claims.issued_figures`).
  Outlets with no credit, no cited source and no own reporting are "origin undetermined":
  they may copy one uncredited dispatch, or an agency without its credit, so together they
  count as one certain origin only when nothing else is shown, never as several.

Cited sources are told apart only by distinctive words (`CitedSource.distinct_from`): a body
or medium described by its kind ("the ministry", "state TV", "state media") is no other
source's proven other; two named people are two origins unless they hold office in one body
of one country (a minister and his deputy speak for that ministry).

The count shown is the certain one ("at least 2"), with the possible ones named beside it
("possibly 3"): precision first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.cited_sources import cited_source, claim_language, most_distinct
from crosscheck.claims.independence import (
    claim_origin,
    claim_sentence,
    copied_run,
    origin_groups,
)
from crosscheck.claims.issued_figures import issued_fact
from crosscheck.claims.own_reporting import own_reporter, told_outlet
from crosscheck.corpus import Corpus
from crosscheck.records import Claim, Span

# Origin keys of an outlet's or agency's own reporting, not of a source it cites.
_REPORTERS = ("outlet:", "article:", "agency:")


@dataclass(frozen=True, slots=True)
class OriginCount:
    """The origins behind a set of claims: `certain` are shown to be independent of each other;
    `possible` may be further independent origins, or restate one of the certain ones."""

    certain: list[str]
    possible: list[str]

    @property
    def uncertain(self) -> bool:
        """Whether the true count may be higher than `len(certain)`."""
        return bool(self.possible)


def is_reporter(key: str) -> bool:
    """Whether an origin key is an outlet's or agency's own reporting rather than a source it
    cites."""
    return key.rpartition(">")[2].startswith(_REPORTERS)


def count_origins(claims: Sequence[Claim], corpus: Corpus) -> OriginCount:
    """The certain and possible origins behind claims that state one proposition."""
    groups = origin_groups(claims, corpus)
    proofs = {key: _proof(key, members, claims, corpus, True) for key, members in groups}
    # an anonymous source an agency interviewed ("a resident told AFP") is that agency's own
    # reporting, told apart from another agency's interview when no other source is cited
    interviewed = {key for key in proofs if _anonymous(key) and proofs[key].startswith("agency:")}
    reporters = [key for key, _ in groups if is_reporter(key)]
    merged = _merged_reporters(groups, claims, corpus)
    if all(is_reporter(key) or key in interviewed for key, _ in groups):
        return _reported_only(claims, groups, proofs, merged, corpus)
    # beside a cited source, what someone told an agency may be that source ("he told
    # Reuters", "an official told AFP"): only what an agency or outlet saw itself counts
    proofs = {key: _proof(key, ms, claims, corpus, False) for key, ms in groups if is_reporter(key)}
    cited = [(key, ms) for key, ms in groups if not is_reporter(key)]
    # a country may speak through any of its bodies: it is told apart from none, so it is
    # taken last, as the one certain origin only when no other source is cited
    sources = sorted(
        (cited_source(key, members, claims, corpus) for key, members in cited),
        key=lambda source: (source.country, source.kind != "person", source.key),
    )
    chosen = {source.key for source in most_distinct(sources)}
    # an outlet or agency that shows its own reporting (its reporter saw it, an agency
    # interviewed a witness) is not restating the cited source
    seen = {proofs[key] for key in reporters if proofs[key]}
    possible = [source.key for source in sources if source.key not in chosen]
    possible += [key for key in [*reporters, *merged] if not proofs.get(key) and key not in seen]
    return OriginCount(certain=sorted(chosen | seen), possible=sorted(set(possible)))


def _anonymous(key: str) -> bool:
    return key.rpartition(">")[2].startswith("anon:")


def _proof(
    key: str, members: Sequence[int], claims: Sequence[Claim], corpus: Corpus, interviews: bool
) -> str:
    """The origin a group of claims is shown to be by reporting of its own: the key of a wire
    agency whose interview, count or reporter a sentence names (every relay of that
    interview names the agency: they are one origin), the group's own key when the outlet's
    own staff saw it, "" when nothing shows it (`claims.own_reporting.own_reporter`)."""
    found = {_own_reporter(claims[i], corpus, interviews) for i in members} - {None}
    agencies = sorted(proof for proof in found if proof)
    if agencies:
        return agencies[0]
    return key if "" in found else ""


def _merged_reporters(
    groups: Sequence[tuple[str, list[int]]], claims: Sequence[Claim], corpus: Corpus
) -> set[str]:
    """Outlets and agencies taken into another's group because their sentences read alike
    without a long run of the same words: most words in order are a sign they share a text,
    not proof (a short factual sentence reads alike in independent reports: "the first
    round took place in Muscat on April 12"), so each stays a possible origin of its own."""
    found: set[str] = set()
    for key, members in groups:
        own = {i: claim_origin(claims[i], corpus) for i in members}
        for i in members:
            if own[i] == key or not is_reporter(own[i]):
                continue
            sentence = claim_sentence(claims[i], corpus)
            # a long run of the same words is a copy for certain
            if not any(
                own[j] != own[i] and copied_run(sentence, claim_sentence(claims[j], corpus))
                for j in members
            ):
                found.add(own[i])
    return found


def _reported_only(
    claims: Sequence[Claim],
    groups: Sequence[tuple[str, list[int]]],
    proofs: dict[str, str],
    merged: set[str],
    corpus: Corpus,
) -> OriginCount:
    """No article cites a source: a reporter is a certain origin only when something shows
    it saw or learnt the fact for itself (`_shown`); the others are "origin undetermined" and
    together count as one certain origin only when no reporter is shown, never as several
    (copies or rewrites of one uncredited dispatch look like several outlets)."""
    issued = any(issued_fact(claim_sentence(claims[i], corpus)) for _, ms in groups for i in ms)
    shown = {key: origin for key, _ in groups if (origin := _shown(key, proofs[key], issued))}
    certain = sorted(set(shown.values()))
    others = [group for group in groups if group[0] not in shown and group[0] not in certain]
    undetermined = {key for key, _ in others} | (merged - set(shown) - set(certain))
    if certain or not others:
        return OriginCount(certain=certain, possible=sorted(undetermined))
    first = min(others, key=lambda group: _representative(group, others, claims, corpus))
    return OriginCount(certain=[first[0]], possible=sorted(undetermined - {first[0]}))


def _shown(key: str, proof: str, issued: bool) -> str:
    """The origin a reporter's group is shown to be, "" when none: what its own reporting
    shows (`_proof`), else a credited agency's dispatch, unless the fact belongs to an
    issuing authority (a toll, a magnitude, a ruling: `claims.issued_figures`), which every
    agency relays from that authority."""
    if proof:
        return proof
    return key if not issued and key.rpartition(">")[2].startswith("agency:") else ""


def _own_reporter(claim: Claim, corpus: Corpus, interviews: bool = True) -> str | None:
    """Whose own reporting the claim's sentence shows (`claims.own_reporting.own_reporter`),
    interviews counted or not."""
    article = corpus.articles[claim.article].article
    if claim.sentence_start is None or claim.sentence_end is None:
        found = own_reporter(claim.text, 0, len(claim.text), interviews)
    else:
        found = own_reporter(article.text, claim.sentence_start, claim.sentence_end, interviews)
    if found is None and interviews and told_outlet(claim_sentence(claim, corpus), article.outlet):
        return ""  # the outlet's own interview
    return found


def _representative(
    group: tuple[str, list[int]],
    groups: Sequence[tuple[str, list[int]]],
    claims: Sequence[Claim],
    corpus: Corpus,
) -> tuple[bool, int, str]:
    """The order in which an undetermined group stands for all of them: an agency first, then
    a group written in the language most of them share, then by key."""
    spoken: Counter[str] = Counter(
        claim_language(claims[i], corpus) for _, ms in groups for i in ms
    )
    languages = {claim_language(claims[i], corpus) for i in group[1]}
    return (
        not group[0].rpartition(">")[2].startswith("agency:"),
        -max(spoken[lang] for lang in languages),
        group[0],
    )


def count_stated(stated: Sequence[tuple[Span, str]], corpus: Corpus) -> OriginCount:
    """The certain and possible origins behind spans that state one value, each with the origin
    key behind it (a conflict's side, read from any sentence). A cited source is an origin of
    its own; an outlet's or agency's own voice is one only when shown (`_shown`); the
    undetermined ones count as one certain origin only when nothing else is, never as several,
    as in `count_origins`."""
    sentences: dict[str, list[tuple[str, int, int]]] = {}
    for span, key in stated:
        sentences.setdefault(key, []).append(_sentence_of(span, corpus))
    issued = any(issued_fact(text[a:b]) for found in sentences.values() for text, a, b in found)
    shown: dict[str, str] = {}
    # beside a cited source, an interview may be of that source (`count_origins`)
    interviews = all(is_reporter(key) for key in sentences)
    for key, found in sentences.items():
        if not is_reporter(key):
            shown[key] = key
            continue
        proofs = {own_reporter(*sentence, interviews) for sentence in found} - {None}
        agencies = sorted(proof for proof in proofs if proof)
        proof = agencies[0] if agencies else key if "" in proofs else ""
        if origin := _shown(key, proof, issued):
            shown[key] = origin
    certain = sorted(set(shown.values()))
    others = sorted(key for key in sentences if key not in shown and key not in certain)
    if not certain and others:
        # an agency stands for the undetermined ones first (it may be the dispatch they copy)
        first = min(others, key=lambda k: (not k.rpartition(">")[2].startswith("agency:"), k))
        return OriginCount(certain=[first], possible=[k for k in others if k != first])
    return OriginCount(certain=certain, possible=others)


def _sentence_of(span: Span, corpus: Corpus) -> tuple[str, int, int]:
    """The article's text and the bounds of the sentence holding the span (the span itself
    when no sentence holds it)."""
    annotated = corpus.articles[span.article]
    for sentence in annotated.sentences:
        if sentence.start <= span.start < sentence.end:
            return annotated.article.text, sentence.start, max(sentence.end, span.end)
    return annotated.article.text, span.start, span.end
