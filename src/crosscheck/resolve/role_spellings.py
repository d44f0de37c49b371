"""One official's given name spelt two ways: "police official Narvaraj Bhattarai" and
"Namaraj Bhattarai, a police official in Rukum West" are one person to a reader.

No spelling rule may join "Narvaraj" and "Namaraj" alone (two letters apart; "Hari" and
"Harish" are two people). A reader joins them because everything else agrees, and so does
this pass: the same surname, a given name of as many words that opens with the same letter
and is close in spelling, the same stated role (the words before the name, its apposition
", a police official in ...", or the office the articles give it, read through a small
table of role nouns in English, French and Spanish) and the same place named in the
sentence. Two names one sentence writes side by side ("Namaraj and Narvaraj Bhattarai") are
two people, and a name close to two others joins neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from crosscheck.records import AnnotatedArticle, EntityType
from crosscheck.resolve.names import fold, person_name_tokens, surname_key
from crosscheck.resolve.state import MentionKey, MergeState

# role nouns (folded) -> one noun per role, across languages (data, general)
ROLE_NOUNS: dict[str, str] = {
    "official": "official", "officials": "official", "responsable": "official",
    "funcionario": "official", "functionary": "official", "fonctionnaire": "official",
    "officer": "officer", "officier": "officer", "oficial": "officer", "agent": "officer",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "porte-parole": "spokesperson", "portavoz": "spokesperson", "vocero": "spokesperson",
    "superintendent": "superintendent", "dsp": "superintendent", "ssp": "superintendent",
    "inspector": "inspector", "inspecteur": "inspector", "commander": "commander",
    "commandant": "commander", "comandante": "commander", "chief": "chief", "chef": "chief",
    "jefe": "chief", "director": "director", "directeur": "director", "directora": "director",
    "administrator": "administrator", "administrateur": "administrator", "mayor": "mayor",
    "maire": "mayor", "alcalde": "mayor", "governor": "governor", "gouverneur": "governor",
    "gobernador": "governor", "minister": "minister", "ministre": "minister",
    "ministro": "minister", "secretary": "secretary", "secretaire": "secretary",
    "secretario": "secretary", "ambassador": "ambassador", "ambassadeur": "ambassador",
    "embajador": "ambassador", "police": "police", "policia": "police", "polizei": "police",
}  # fmt: skip
_PLACES = ("GPE", "LOC")
_MIN_SIMILARITY = 0.7
_CLAUSE_START = re.compile(r"[.;:!?()\"“”«»]|,\s*(?=[A-Z])")
_APPOSITION = re.compile(r"\s*[-–—,]\s*([^,.;:()\"“”]{0,80})")
_WORD = re.compile(r"[\w-]+")
_BEFORE_WORDS = 6


@dataclass
class _Person:
    """What the story says of one resolved person: given names, roles, places, sentences."""

    given: set[tuple[str, ...]] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    places: set[MentionKey] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)


def stated_roles(art: AnnotatedArticle, index: int) -> set[str]:
    """The role nouns the article writes with a person mention: in the words right before
    it ("police official X"), in its apposition ("X, a police official in ..."), and in the
    offices the article gives it."""
    text, m = art.article.text, art.mentions[index]
    before = text[max(0, m.start - 80) : m.start]
    cut = [found.end() for found in _CLAUSE_START.finditer(before)]
    words = _WORD.findall(before[cut[-1] if cut else 0 :])[-_BEFORE_WORDS:]
    after = _APPOSITION.match(text, m.end)
    if after:
        words += _WORD.findall(after.group(1))
    words += [w for r in art.roles if r.mention == index for w in _WORD.findall(r.office)]
    return {ROLE_NOUNS[w] for w in map(fold, words) if w in ROLE_NOUNS}


def _people(
    articles: Sequence[AnnotatedArticle],
    types: Mapping[MentionKey, EntityType],
    state: MergeState,
) -> dict[MentionKey, _Person]:
    """Each resolved person (by root) with two-word names or longer, and what is said of it."""
    people: dict[MentionKey, _Person] = defaultdict(_Person)
    for art in articles:
        aid = art.article.id
        places: dict[int, set[MentionKey]] = defaultdict(set)
        for i, m in enumerate(art.mentions):
            if types.get((aid, i)) in _PLACES and (aid, i) in state.uf:
                places[m.sentence].add(state.uf.find((aid, i)))
        for i, m in enumerate(art.mentions):
            key = (aid, i)
            tokens = person_name_tokens(m.text)
            if m.kind != "name" or types.get(key) != "PERSON" or key not in state.uf:
                continue
            person = people[state.uf.find(key)]
            if len(tokens) >= 2:
                person.given.add(tokens)
            person.roles |= stated_roles(art, i)
            person.places |= places[m.sentence]
            person.sentences.add((aid, m.sentence))
    return people


def _given_close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname, as many given names, each opening with the same letter and close."""
    if len(a) != len(b) or surname_key(a[-1]) != surname_key(b[-1]) or a == b:
        return False
    return all(
        x[:1] == y[:1] and Levenshtein.normalized_similarity(x, y) >= _MIN_SIMILARITY
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )


def _same_person(a: _Person, b: _Person) -> bool:
    named_alike = any(_given_close(x, y) for x in a.given for y in b.given)
    return (
        named_alike
        and bool(a.roles & b.roles)
        and bool(a.places & b.places)
        and not a.sentences & b.sentences
    )


def link_role_spellings(
    articles: Sequence[AnnotatedArticle],
    types: Mapping[MentionKey, EntityType],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join two people of the story whose names differ only by a close spelling of the given
    name, when they have the same stated role and place (see the module's doc)."""
    people = _people(articles, types, state)
    by_surname: dict[str, set[MentionKey]] = defaultdict(set)
    for root, person in people.items():
        for tokens in person.given:
            by_surname[surname_key(tokens[-1])].add(root)
    candidates = {pair for block in by_surname.values() for pair in combinations(sorted(block), 2)}
    pairs = [(a, b) for a, b in sorted(candidates) if _same_person(people[a], people[b])]
    partners: dict[MentionKey, int] = defaultdict(int)
    for a, b in pairs:
        partners[a] += 1
        partners[b] += 1
    for a, b in pairs:
        if partners[a] == partners[b] == 1:
            roles = ", ".join(sorted(people[a].roles & people[b].roles))
            state.merge(
                a,
                b,
                "given name spelt two ways",
                (text_of[a], text_of[b]),
                0.75,
                f"same surname, close given names, the same stated role ({roles}) and place",
            )
