"""Cited sources as far as telling one from another: a person, a body or a medium, the
distinctive words of its name, the offices a person holds, and the largest set of sources
certainly different from one another (`claims.origin_count` counts them as origins)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.claims.lexicon import MEDIA_HEADS
from crosscheck.claims.source_names import fold
from crosscheck.corpus import Corpus
from crosscheck.records import Claim

# Above this many cited sources, the largest set of certainly different ones is found greedily.
_EXACT = 10


def most_distinct(sources: Sequence[CitedSource]) -> list[CitedSource]:
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


def cited_source(
    key: str, members: Sequence[int], claims: Sequence[Claim], corpus: Corpus
) -> CitedSource:
    """The cited origin of an origin key, read from its name, the words the member claims
    (by index) write for it, their languages and, for a person, the entity's offices."""
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
        languages=frozenset(claim_language(claims[i], corpus) for i in members),
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


def claim_language(claim: Claim, corpus: Corpus) -> str:
    """The claim's language, else its article's, else "?"."""
    return claim.language or corpus.articles[claim.article].article.language or "?"
