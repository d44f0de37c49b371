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

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.claims.independence import (
    claim_origin,
    claim_sentence,
    copied_run,
    origin_groups,
)
from crosscheck.claims.issued_figures import issued_fact
from crosscheck.claims.lexicon import MEDIA_HEADS
from crosscheck.claims.own_reporting import own_reporter, told_outlet
from crosscheck.claims.source_names import fold
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
        (_source(key, members, claims, corpus) for key, members in cited),
        key=lambda source: (source.country, source.kind != "person", source.key),
    )
    chosen = {source.key for source in _most_distinct(sources)}
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


# Above this many cited sources, the largest set of certainly different ones is found greedily.
_EXACT = 10


def _most_distinct(sources: Sequence[CitedSource]) -> list[CitedSource]:
    """The largest set of sources that are certainly different from one another (the first
    such set in the given order)."""
    if len(sources) <= _EXACT:
        for size in range(len(sources), 1, -1):
            for chosen in combinations(sources, size):
                if all(a.distinct_from(b) for a, b in combinations(chosen, 2)):
                    return list(chosen)
        return list(sources[:1])
    greedy: list[CitedSource] = []
    for source in sources:
        if all(source.distinct_from(other) for other in greedy):
            greedy.append(source)
    return greedy


# Words that name what kind of body speaks, not which one ("the Interior Ministry", "the
# National Seismological Centre"): two bodies sharing only these may still be different.
_GENERIC = frozenset(
    "the of de du des la le les el los del da do das dos der die und and for a an s ministry"
    " ministere ministerio ministerium minister office bureau service services centre center"
    " centro national nacional nationale department agency government gouvernement official"
    " officials source sources spokesperson spokesman press authorities autorites state"
    " federal public general".split()
)


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A cited origin as far as telling it apart from another: a person or a body, the words
    of its name, and the languages of the articles that cite it."""

    key: str
    # "person", "medium" (another outlet, which may relay anyone) or "body" (an official
    # body, an anonymous source, a document)
    kind: str
    country: bool
    words: frozenset[str]
    languages: frozenset[str]
    # the initials of the name's words ("united states geological survey" -> "usgs")
    initials: str = ""
    # a person's current offices as the body they speak for ("foreign minister" -> "foreign")
    # and the countries they serve
    offices: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    def distinct_from(self, other: CitedSource) -> bool:
        """Whether two cited origins are certainly different sources: two people, or two
        bodies (or two media) cited in one language, whose names share no distinctive word
        and neither is the other's acronym. A person may speak for a body (Peskov for the
        Kremlin), a medium relay either, a country speak through any of its bodies, and a name
        in another language cannot be compared word for word. A source without distinctive
        words (an unnamed source, a body named by a description: "the junta") is never shown
        to be another."""
        if self.country or other.country or self.kind != other.kind:
            return False
        if not self.words or not other.words or self.words & other.words:
            return False
        if self.initials in other.words or other.initials in self.words:
            return False
        if self.kind == "person":
            return not self.same_office(other)
        return bool(self.languages & other.languages)

    def same_office(self, other: CitedSource) -> bool:
        """Whether two people hold office in one body of one country (a foreign minister and
        his deputy foreign minister): they speak for that body, one origin. Officials of two
        bodies (the interior and the health minister) or of two countries are two."""
        if not self.offices & other.offices:
            return False
        return not (self.countries and other.countries and not self.countries & other.countries)


def _source(
    key: str, members: Sequence[int], claims: Sequence[Claim], corpus: Corpus
) -> CitedSource:
    head = key.rpartition(">")[2]
    kind, _, name = head.partition(":")
    if kind == "entity":
        entity = corpus.entities.get(name)
        kind = name.partition(":")[0]
        name = f"{name.partition(':')[2]} {entity.name if entity is not None else ''}"
    all_words = re.findall(r"[^\W\d_]+", fold(name.split("@")[0]))
    words = set(all_words) - _GENERIC
    if kind == "anon":  # an unnamed source ("a diplomatic source") may be any other source
        words = set()
    elif kind == "media":
        # "state TV", "state media", "local media": a medium described by its kind is told
        # apart by no word of that kind (a country's state TV and its state media are likely
        # one broadcaster); a title's own words still tell two media apart
        words -= _MEDIA_KIND
    elif kind in _DESCRIBED and not _named(head, members, claims):
        # a body described rather than named is told apart only by a word before its head
        # noun ("the health ministry"); "the junta" or "the military" may be any named body
        words = set(all_words[:-1]) - _GENERIC
    return CitedSource(
        key=key,
        kind="person" if kind in ("person", "named") else "medium" if kind == "media" else "body",
        country=kind == "gpe",
        words=frozenset(words),
        languages=frozenset(_language(claims[i], corpus) for i in members),
        initials="".join(w[0] for w in all_words if w not in _LINKING),
        **_offices(key, corpus),
    )


# Words of a title that say what rank someone holds, not which body they serve.
_RANKS = frozenset(
    "minister ministry deputy vice prime first acting spokesperson spokesman spokeswoman"
    " secretary undersecretary under assistant president chief head senior official director"
    " general press state of for the and affairs adviser advisor envoy special member".split()
)


def _offices(key: str, corpus: Corpus) -> dict[str, frozenset[str]]:
    """The body words of a person's current offices and the countries they serve, read from
    the roles the articles give the entity of an `entity:person:` key (none otherwise)."""
    head = key.rpartition(">")[2]
    entity = corpus.entities.get(head.partition(":")[2]) if head.startswith("entity:") else None
    if entity is None or entity.type != "PERSON":
        return {}
    current = [role for role in entity.roles if role.status == "current"]
    words = {w for r in current for w in re.findall(r"[^\W\d_]+", fold(r.office))} - _RANKS
    return {
        "offices": frozenset(words),
        "countries": frozenset(fold(r.country) for r in current if r.country),
    }


# Words that say what kind of medium speaks, not which one.
_MEDIA_KIND = MEDIA_HEADS | frozenset(
    "media outlets outlet broadcasters state local official public national news press"
    " reports reported television televisión télévision televisao tele radio medias medios"
    " channels newspapers papers dailies".split()
)
# Key kinds whose name is the words an article wrote, which may describe rather than name.
_DESCRIBED = ("body", "document")
# Words an acronym leaves out ("Conseil national pour la sauvegarde de la patrie": CNSP).
_LINKING = frozenset("of for and the de du des la le les pour et el del y da do".split())


def _named(head: str, members: Sequence[int], claims: Sequence[Claim]) -> bool:
    """Whether the articles name the body of an origin key rather than describe it: the
    words they write for it hold a capitalised word after the first ("the Interior
    Ministry", not "the junta"; a country before it names no body: "Niger's military")."""
    written = [link.name for i in members for link in claims[i].origins if link.key == head]
    written += [claims[i].attribution or "" for i in members if not written]
    for name in written:
        plain = re.sub(r"^\W*(?:the|a|an|its|their)\s+", "", name.strip(), flags=re.IGNORECASE)
        plain = re.sub(r"^[\w-]+['’]s?\s+", "", plain) if re.match(r"^[\w-]+['’]", plain) else plain
        if re.search(r"\b[A-Z]", plain):
            return True
    return False


def _language(claim: Claim, corpus: Corpus) -> str:
    return claim.language or corpus.articles[claim.article].article.language or "?"


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
    spoken: Counter[str] = Counter(_language(claims[i], corpus) for _, ms in groups for i in ms)
    languages = {_language(claims[i], corpus) for i in group[1]}
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
