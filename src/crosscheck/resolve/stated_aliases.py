"""Names the text itself says are one: an alias or gloss written right next to a name.

A writer who puts one name in quotes or brackets right after another, or writes "also known
as" between them, states that both name one thing: 'Pushpa Kamal Dahal "Prachanda"',
"Dahal, better known as Prachanda", "Prachanda (Pushpa Kamal Dahal)", 'the Russian Air
Transport Agency, "Rosaviatsia",' and "Rosaviatsia (Russian Air Transport Agency)". No
spelling rule could find these pairs; the writer's statement is the evidence.

Where a reader would not read an alias, nothing joins: a person and an organisation or
place ("Tom Fletcher (OCHA)", "Dahal (Nepal)") are an affiliation or a location; a place
in brackets ("Amizmiz (Al Haouz)", "the Red Crescent (Jajarkot)") says where; a country or a
place the gazetteer knows is never an alias; an acronym in brackets is left to
`defined_acronyms`, whose rule checks its letters; a quoted word followed by "'s" is the
start of a phrase, not a name.

A quoted nickname the tagger left out of its mentions ('Dahal "Prachanda" said') is kept as
the person's alias, and a bare mention written so elsewhere in the story joins that person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.places_gazetteer import is_known_place
from crosscheck.records import AnnotatedArticle, EntityType
from crosscheck.resolve.names import fold
from crosscheck.resolve.state import MentionKey, MergeState

_OPEN_QUOTES = "\"“‘'«„"
_CLOSE_QUOTES = "\"”’'»“"
_QUOTED_BETWEEN = re.compile(rf"[ \t]*,?[ \t]*[{_OPEN_QUOTES}][ \t]*")
_BRACKET_BETWEEN = re.compile(r"[ \t]*\([ \t]*")
# "also known as", "better known as", "a.k.a.", "alias", "nicknamed" (and French, Spanish)
_AKA_BETWEEN = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:also|better|commonly|popularly|widely|locally|formerly) known as"
    rf"|a\.?k\.?a\.?|alias|nicknamed|surnomm[ée]e?|connue? sous le nom de|conocid[oa] como"
    rf"|apodad[oa]|auch bekannt als|genannt)[ \t]*,?[ \t]*[{_OPEN_QUOTES}]?[ \t]*",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a nickname in quotes right after a person's name that the tagger did not tag
_QUOTED_NICKNAME = re.compile(
    rf"^[ \t]*[{_OPEN_QUOTES}]((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){{0,2}})[{_CLOSE_QUOTES}]"
)
_POSSESSIVE = re.compile(r"^[’']s\b")
_STATE_BODY_HEADS = frozenset(
    "agency service ministry department directorate authority office bureau commission"
    " committee inspectorate".split()
)
_NAMED_THINGS = frozenset({"ORG", "FAC", "NORP", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART"})


@dataclass(frozen=True, slots=True)
class StatedAlias:
    """Two mentions of one article that the writer presents as one name and its alias."""

    first: int
    second: int
    how: str  # "in quotes", "in brackets", "also known as"


def _kinds_agree(a: EntityType, b: EntityType, texts: tuple[str, str], bracketed: bool) -> bool:
    """Two people, or two named things; never a country or a place the gazetteer knows; in
    brackets, a place only beside a state body's name ("the Red Crescent (Jajarkot)" says
    where)."""
    if (a == "PERSON") != (b == "PERSON"):
        return False
    if a == "PERSON":
        return True
    if a not in _NAMED_THINGS or b not in _NAMED_THINGS or any(map(_a_known_place, texts)):
        return False
    if not bracketed or not {a, b} & {"GPE", "LOC"}:
        return True
    # a transliterated agency name the tagger took for a place: "the Federal Customs Service
    # (Rostamozhnya)"; a place in brackets after any other organisation says where it is
    state_body = [t for t, k in zip(texts, (a, b), strict=True) if k not in ("GPE", "LOC")]
    return len(state_body) == 1 and bool(
        _STATE_BODY_HEADS.intersection(fold(state_body[0]).split())
    )


def _a_known_place(text: str) -> bool:
    return bool(country_of(text) or is_known_place(text))


def _closes(text: str, end: int, how: str) -> bool:
    """Whether the alias ends where its quotes or brackets close (or, after "known as", where
    the name ends: not a possessive "Prachanda's")."""
    after = text[end : end + 3].lstrip(" \t")
    if how == "in brackets":
        return after.startswith(")")
    if how == "in quotes":
        return after[:1] != "" and after[:1] in _CLOSE_QUOTES and not _POSSESSIVE.match(after)
    return not _POSSESSIVE.match(after)


def _how(between: str) -> str | None:
    if _BRACKET_BETWEEN.fullmatch(between):
        return "in brackets"
    if _AKA_BETWEEN.fullmatch(between):
        return "also known as"
    if _QUOTED_BETWEEN.fullmatch(between):
        return "in quotes"
    return None


def _written_pairs(art: AnnotatedArticle) -> Iterable[StatedAlias]:
    """Neighbouring name mentions written as a name and its alias, whatever their types."""
    text = art.article.text
    names = sorted((m.start, i) for i, m in enumerate(art.mentions) if m.kind == "name")
    for (_, i), (_, j) in pairwise(names):
        a, b = art.mentions[i], art.mentions[j]
        how = _how(text[a.end : b.start])
        if how is None or not _closes(text, b.end, how):
            continue
        if how == "in brackets" and _ACRONYM.fullmatch(b.text):
            continue  # an acronym's letters are checked by `defined_acronyms`
        if fold(a.text) != fold(b.text):
            yield StatedAlias(i, j, how)


def stated_aliases(
    art: AnnotatedArticle, types: Mapping[MentionKey, EntityType]
) -> Iterable[StatedAlias]:
    """Pairs of name mentions of ``art`` that the text writes as a name and its alias, of
    kinds that can be one (``types``: the mentions' repaired types)."""
    aid = art.article.id
    for pair in _written_pairs(art):
        a, b = art.mentions[pair.first], art.mentions[pair.second]
        kinds = (types[(aid, pair.first)], types[(aid, pair.second)])
        if _kinds_agree(*kinds, (a.text, b.text), pair.how == "in brackets"):
            yield pair


def alias_types(
    articles: Sequence[AnnotatedArticle], types: Mapping[MentionKey, EntityType]
) -> dict[MentionKey, EntityType]:
    """Types the stated aliases repair, wherever the story writes the alias (never a
    country or a place the gazetteer knows): a short name (two words at most) the text gives
    a person in quotes or after "known as" is a person ("Hemedti" tagged a place)."""
    retyped: dict[str, EntityType] = {}
    for art in articles:
        for pair in _written_pairs(art):
            for one, other in ((pair.first, pair.second), (pair.second, pair.first)):
                found = _alias_type(art, one, other, pair.how, types)
                if found is not None:
                    retyped[fold(art.mentions[other].text)] = found
        for _, nickname in untagged_nicknames(art):
            retyped[fold(nickname)] = "PERSON"
    return {
        (art.article.id, i): retyped[fold(m.text)]
        for art in articles
        for i, m in enumerate(art.mentions)
        if m.kind == "name" and fold(m.text) in retyped and not _a_known_place(m.text)
    }


def _alias_type(
    art: AnnotatedArticle,
    named: int,
    alias: int,
    how: str,
    types: Mapping[MentionKey, EntityType],
) -> EntityType | None:
    """The type mention ``alias`` takes from ``named``, the name it is stated an alias of."""
    kind = types[(art.article.id, named)]
    words = fold(art.mentions[alias].text).split()
    if kind == "PERSON" and how != "in brackets" and len(words) <= 2:
        return "PERSON"
    return None


def untagged_nicknames(art: AnnotatedArticle) -> Iterable[tuple[int, str]]:
    """(person mention, nickname) for a quoted name written right after a person's name that
    is not itself a mention ('Dahal "Prachanda" has left')."""
    text = art.article.text
    starts = {m.start for m in art.mentions}
    for i, m in enumerate(art.mentions):
        if m.kind != "name" or m.type != "PERSON":
            continue
        found = _QUOTED_NICKNAME.match(text[m.end : m.end + 60])
        if found and m.end + found.start(1) not in starts:
            after = text[m.end + found.end() : m.end + found.end() + 3]
            if not _POSSESSIVE.match(after):
                yield i, found.group(1)


def link_stated_aliases(
    articles: Sequence[AnnotatedArticle],
    names: set[MentionKey],
    text_of: dict[MentionKey, str],
    types: Mapping[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """Join each name to the alias its article writes next to it (see the module's doc)."""
    nicknames: dict[str, set[MentionKey]] = defaultdict(set)
    for art in articles:
        aid = art.article.id
        for pair in stated_aliases(art, types):
            a, b = (aid, pair.first), (aid, pair.second)
            if a in names and b in names:
                state.merge(
                    a,
                    b,
                    "alias stated in text",
                    (text_of[a], text_of[b]),
                    0.95,
                    f"the article writes {text_of[b]!r} {pair.how} right after {text_of[a]!r}",
                )
        for index, nickname in untagged_nicknames(art):
            if (aid, index) in names:
                nicknames[fold(nickname)].add((aid, index))
    _join_nicknamed(articles, names, nicknames, text_of, types, state)


def _join_nicknamed(
    articles: Sequence[AnnotatedArticle],
    names: set[MentionKey],
    nicknames: dict[str, set[MentionKey]],
    text_of: dict[MentionKey, str],
    types: Mapping[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """A bare person mention written as a nickname the story gives one person joins them."""
    for art in articles:
        for i, m in enumerate(art.mentions):
            key = (art.article.id, i)
            holders = nicknames.get(fold(m.text), set())
            if key not in names or types[key] != "PERSON" or not holders:
                continue
            if len({state.uf.find(h) for h in holders}) != 1:
                continue  # two people given one nickname: say nothing
            person = min(holders)
            state.merge(
                person,
                key,
                "alias stated in text",
                (text_of[person], text_of[key]),
                0.9,
                f"an article writes {m.text!r} in quotes right after {text_of[person]!r}",
            )
