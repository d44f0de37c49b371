"""Independence follows provenance: the origin of a claim is the innermost identifiable source
of its chain, and independent sources are distinct origins, not distinct outlets.

- a cited named source, document, official body or medium: that source, whoever relays it
  (two outlets quoting one official are one origin);
- an anonymous source described specifically ("a diplomatic source in Damascus"): that source;
  a generic one ("sources", "an official", "he"): whoever relays it, the agency or else the
  outlet (its own sourcing is its own reporting; two outlets' "sources" cannot be shown one);
- an agency dispatch: the agency (four rewrites of one AFP dispatch are one origin);
- otherwise the outlet's own reporting, with near-duplicate copies of one text as one outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck.claims.credits import agency_origin, relayed_agency, sole_cited_agency
from crosscheck.claims.dispatch import MIN_SENTENCES, copied_sentences
from crosscheck.claims.own_reporting import own_staff
from crosscheck.claims.source_names import fold
from crosscheck.claims.spun import spun_pairs
from crosscheck.records import Article, Claim, DuplicateSet, SourceLink
from crosscheck.resolve.union_find import DisjointSets

# Outlets that are themselves wire agencies: their own reporting is the agency's dispatch.
_AGENCY_OUTLETS = {
    "afp": "agency:afp",
    "agence france-presse": "agency:afp",
    "agence france presse": "agency:afp",
    "reuters": "agency:reuters",
    "ap": "agency:ap",
    "associated press": "agency:ap",
    "the associated press": "agency:ap",
    "dpa": "agency:dpa",
    "anadolu agency": "agency:anadolu",
    "xinhua": "agency:xinhua",
    "efe": "agency:efe",
    "ansa": "agency:ansa",
}
_CITED = ("named_source", "anonymous_source", "document", "official_body", "media")
# Words that say nothing about which anonymous source is meant.
_GENERIC_WORDS = frozenset(
    "a an the some several two three informed senior sources source official officials"
    " person people familiar with matter close to knowledgeable".split()
)


def article_label(article: Article) -> str:
    """A short human label: the outlet, else the file name, else the title."""
    if article.outlet:
        return article.outlet
    if article.path:
        return Path(article.path).name
    return (article.title or article.id)[:40]


def agency_of_article(article: Article) -> str | None:
    """The agency whose dispatch the article is: credited by the outlet's name, a dateline or a
    closing credit, cited as the one agency reporting it, or the outlet is the agency itself."""
    relayed = relayed_agency(article)
    if relayed is not None:
        return relayed
    outlet = re.sub(r"\([^()]*\)\s*$", "", article.outlet or "").strip()
    if outlet and len(outlet.split()) <= 4:
        return _AGENCY_OUTLETS.get(outlet.lower()) or agency_origin(outlet)
    return None


def _outlet_key(article: Article) -> str:
    agency = agency_of_article(article)
    if agency:
        return agency
    if not article.outlet:
        return f"article:{article.id}"
    name = article.outlet.strip().lower()
    return _AGENCY_OUTLETS.get(name, f"outlet:{name}")


@dataclass(frozen=True, slots=True)
class OutletMap:
    """Each article's own-reporting origin (outlet, or its near-duplicate group) and label."""

    source_of: dict[str, str]
    label_of: dict[str, str]

    def name(self, key: str) -> str:
        """A readable name for an origin key: the outlet's label for an outlet's own
        reporting, else the cited source ('agency:afp' -> 'afp')."""
        head = key.rpartition(">")[2]
        if head.startswith("article:"):
            return self.label_of.get(head.partition(":")[2], head)
        return origin_label(key)

    def independent(self, article_ids: Iterable[str]) -> int:
        """How many distinct outlets (copies counted once) stand behind these articles."""
        return len({self.source_of[a] for a in article_ids})


def build_outlet_map(articles: Sequence[Article], duplicates: Sequence[DuplicateSet]) -> OutletMap:
    """One key per outlet (wire agencies keyed as the agency, relays as the agency they relay);
    copies of one text, articles that rewrite one dispatch and articles reworded from another
    sentence by sentence (`claims.spun`) share one key whatever the outlet (an agency's key
    first); an article of unknown outlet is its own."""
    own = {a.id: _outlet_key(a) for a in articles}
    groups: DisjointSets[str] = DisjointSets()
    for article in articles:
        groups.find(article.id)
    for group in duplicates:
        for member in group.members:
            groups.union(group.representative, member)
    copied = copied_sentences(articles)
    for (first, second), sentences in copied.items():
        if sentences >= MIN_SENTENCES:
            groups.union(first, second)
    spun = spun_pairs(articles)  # reworded sentence by sentence: one text too
    for first, second in spun:
        groups.union(first, second)
    cited = _relayed_through_copies(articles, [*copied, *spun])
    source_of: dict[str, str] = {}
    for members in groups.clusters():
        # the agency a member's text says reported it is the dispatch the others relay too
        named: Counter[str] = Counter(c for m in members if (c := cited[m]))
        key = min(
            (own[m] for m in members),
            key=lambda k: (-named[k], not k.startswith("agency:"), k),
        )
        if named and named[key] == 0 and len(named) == 1:
            key = next(iter(named))
        source_of.update(dict.fromkeys(members, key))
    return OutletMap(source_of=source_of, label_of={a.id: article_label(a) for a in articles})


def _relayed_through_copies(
    articles: Sequence[Article], copied: list[tuple[str, str]]
) -> dict[str, str | None]:
    """The agency each article's text says reported it; an article that copies a sentence of
    one relaying agency X relays X too (followed until nothing changes)."""
    cited = {a.id: sole_cited_agency(a.text) for a in articles}
    changed = True
    while changed:
        changed = False
        for first, second in copied:
            if bool(cited[first]) != bool(cited[second]):
                cited[first] = cited[second] = cited[first] or cited[second]
                changed = True
    return cited


def is_specific_anonymous(link: SourceLink) -> bool:
    """Whether an anonymous source's description singles one source out ("a diplomatic source
    in Damascus") rather than any source ("sources", "an official")."""
    words = link.key.partition(":")[2].split() or link.name.lower().split()
    return len([w for w in words if w not in _GENERIC_WORDS]) >= 2


def _link_key(link: SourceLink) -> str:
    if link.kind in ("media", "official_body", "agency"):
        agency = agency_origin(link.name)  # "the official MAP agency", "Qatar News Agency"
        if agency is not None:
            return agency
    return f"entity:{link.entity}" if link.entity and link.kind != "anonymous_source" else link.key


def origin_of(claim: Claim, outlet_key: str) -> str:
    """The key of the claim's origin: the innermost identifiable source of its provenance chain,
    else its agency, else the outlet's own reporting (`outlet_key`)."""
    chain = claim.origins
    agency = next((link for link in reversed(chain) if link.kind == "agency"), None)
    cited = next((link for link in reversed(chain) if link.kind in _CITED), None)
    if cited is not None and (cited.kind != "anonymous_source" or is_specific_anonymous(cited)):
        return _link_key(cited)
    if agency is not None and not outlet_key.startswith("agency:"):
        return agency.key
    # an article relaying an agency as a whole: its key already joins the other relays and
    # rewrites of that dispatch
    return outlet_key


def origin_label(key: str) -> str:
    """A readable form of an origin key: 'agency:afp' -> 'afp'."""
    return key.rpartition(">")[2].partition(":")[2] or key


def _fold(text: str) -> str:
    # one folding for every key, so a chain's key and an attribution's key meet
    return fold(text)


def agency_key(name: str) -> str | None:
    """'agency:afp' for a wire agency's name ('Agence France-Presse', 'AFP', 'Reuters')."""
    return _AGENCY_OUTLETS.get(name.strip().lower())


def attributed_origin(
    attribution: str, cited: Sequence[tuple[str, str, str]], outlet_key: str
) -> str:
    """The origin of a claim whose provenance chain is not known, from the words that attribute
    it: a cited person or body (`cited`: entity id, name, type of the mentions inside the
    attribution), else an anonymous source described by those words."""
    # "Lt. Gregg Hastings of the Oregon State Police": the person speaks, not the body;
    # "Putin's press secretary Dmitry Peskov": the secretary speaks, not the one named before
    for wanted in ("PERSON", "ORG"):
        named = sorted(
            (c for c in cited if c[2] == wanted),
            key=lambda c: re.search(rf"{re.escape(c[1])}\s*['’]s\b", attribution) is not None,
        )
        for entity, name, _ in named:
            return agency_key(name) or f"entity:{entity}"
    if own_staff(attribution):  # "our correspondent": the outlet's own reporting
        return outlet_key
    statement = _STATEMENT.match(attribution)
    if statement:  # "a statement from the president's office": that office, as when it speaks
        return f"body:{fold(attribution[statement.end() :])}"
    if is_specific_description(attribution):
        return f"anon:{_fold(_head(attribution))}"
    return outlet_key


_STATEMENT = re.compile(
    r"(?:in\s+)?(?:an?|the|its)\s+(?:\w+\s+)?(?:statement|communiqu[ée]|press release)\s+"
    r"(?:from|by|of|issued by)\s+",
    re.IGNORECASE,
)


def _head(description: str) -> str:
    # "The source, who preferred not to disclose his identity": the description is its head
    return re.split(r",|\bwho\b|\bwhich\b|\bthat\b|\bspeaking\b", description)[0]


def is_specific_description(description: str) -> bool:
    """Whether the words that describe an unnamed source single one out."""
    key = f"anon:{_fold(_head(description))}"
    return is_specific_anonymous(SourceLink(kind="anonymous_source", name=description, key=key))
