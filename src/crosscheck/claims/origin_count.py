"""How many independent origins a fact-checker can rely on, and how many more there may be.

`origin_groups` separates claims that certainly share an origin (one cited source, one
dispatch, copied wording). What it keeps apart is not always independent:

- an outlet or agency that states a claim in its own voice, while other articles attribute
  the same claim to a named source, a body or an official, may be restating that source
  without saying so ("Prigozhin will go to Belarus", after Peskov said it): it counts as a
  possible origin, not a certain one, unless it says its own reporter saw it
  (`claims.own_reporting`);
- when no article cites a source, outlets writing in one language have been compared word
  for word, but a text in another language may be a translation of one of them: only the
  largest set of origins in one language is certain, the others possible.

The count shown is the certain one ("at least 2"), with the possible ones named beside it
("possibly 3"): precision first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.claims.independence import claim_passage, claim_sentence, origin_groups
from crosscheck.claims.lexicon import ANONYMOUS_HEADS, BODY_HEADS
from crosscheck.claims.own_reporting import own_reporting
from crosscheck.claims.rewrite import one_source_passages
from crosscheck.claims.source_names import fold
from crosscheck.corpus import Corpus
from crosscheck.records import Claim

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
    cited = [(key, members) for key, members in groups if not is_reporter(key)]
    reporters = [key for key, _ in groups if is_reporter(key)]
    if not cited:
        return _one_language(claims, groups, corpus)
    # a country may speak through any of its bodies: it is told apart from none, so it is
    # taken last, as the one certain origin only when no other source is cited
    sources = sorted(
        (_source(key, members, claims, corpus) for key, members in cited),
        key=lambda source: (source.country, source.kind != "person", source.key),
    )
    chosen = {source.key for source in _most_distinct(sources)}
    # an outlet that says its own reporter saw it is not restating the cited source
    seen = {
        key
        for key, members in groups
        if is_reporter(key)
        and any(own_reporting(claim_sentence(claims[i], corpus)) for i in members)
    }
    possible = [source.key for source in sources if source.key not in chosen]
    possible += [key for key in reporters if key not in seen]
    return OriginCount(certain=sorted(chosen | seen), possible=sorted(possible))


_SOURCE_NOUNS = ANONYMOUS_HEADS | BODY_HEADS

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

    def distinct_from(self, other: CitedSource) -> bool:
        """Whether two cited origins are certainly different sources: two people, or two
        bodies (or two media) cited in one language, whose names share no distinctive word. A
        person may speak for a body (Peskov for the Kremlin), a medium relay either, a country
        speak through any of its bodies, and a name in another language cannot be compared
        word for word."""
        if self.country or other.country or self.kind != other.kind:
            return False
        if not self.words or not other.words or self.words & other.words:
            return False
        return self.kind == "person" or bool(self.languages & other.languages)


def _source(
    key: str, members: Sequence[int], claims: Sequence[Claim], corpus: Corpus
) -> CitedSource:
    head = key.rpartition(">")[2]
    kind, _, name = head.partition(":")
    if kind == "entity":
        entity = corpus.entities.get(name)
        kind = name.partition(":")[0]
        name = f"{name.partition(':')[2]} {entity.name if entity is not None else ''}"
    written = set(re.findall(r"[^\W\d_]+", fold(name.split("@")[0])))
    words = written - _GENERIC
    if kind == "anon" and not written & _SOURCE_NOUNS:
        words = set()  # words read as a source that name none ("the specific needs of ...")
    return CitedSource(
        key=key,
        kind="person" if kind in ("person", "named") else "medium" if kind == "media" else "body",
        country=kind == "gpe",
        words=frozenset(words),
        languages=frozenset(_language(claims[i], corpus) for i in members),
    )


def _language(claim: Claim, corpus: Corpus) -> str:
    return claim.language or corpus.articles[claim.article].article.language or "?"


def _one_language(
    claims: Sequence[Claim], groups: Sequence[tuple[str, list[int]]], corpus: Corpus
) -> OriginCount:
    """Outlets' own reports: certain are the groups written in the language most of them
    share (their wording was compared); the others may be translations."""
    languages = [{_language(claims[i], corpus) for i in members} for _, members in groups]
    spoken: Counter[str] = Counter(lang for langs in languages for lang in langs)
    if not spoken:
        return OriginCount(certain=[], possible=[])
    best = min(spoken, key=lambda lang: (-spoken[lang], lang))
    certain = [key for (key, _), langs in zip(groups, languages, strict=True) if best in langs]
    possible = [key for (key, _), langs in zip(groups, languages, strict=True) if best not in langs]
    alike = _told_alike([g for g in groups if g[0] in certain], claims, corpus)
    certain = [key for key in certain if key not in alike]
    return OriginCount(certain=sorted(certain), possible=sorted(possible + sorted(alike)))


_UNCREDITED = ("outlet:", "article:")


def _told_alike(
    groups: Sequence[tuple[str, list[int]]], claims: Sequence[Claim], corpus: Corpus
) -> set[str]:
    """Uncredited outlets (no cited source, no agency, no own reporter) whose passages around
    the claim share several long runs of words with an earlier one's (`rewrite.
    one_source_passages`): they may be told from one uncredited dispatch, so they are possible
    origins only, never a second proven one."""
    kept: list[list[int]] = []
    alike: set[str] = set()
    for key, members in sorted(groups):
        if not key.rpartition(">")[2].startswith(_UNCREDITED) or any(
            own_reporting(claim_sentence(claims[i], corpus)) for i in members
        ):
            continue
        if any(_passages_alike(members, other, claims, corpus) for other in kept):
            alike.add(key)
        else:
            kept.append(members)
    return alike


def _passages_alike(
    first: Sequence[int], second: Sequence[int], claims: Sequence[Claim], corpus: Corpus
) -> bool:
    return any(
        claims[i].article != claims[j].article
        and one_source_passages(claim_passage(claims[i], corpus), claim_passage(claims[j], corpus))
        for i in first
        for j in second
    )
