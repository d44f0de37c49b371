"""Type repair by corpus vote: one type per written name, persons the tagger called
organisations, demonyms of countries as places."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.name_lexicon import FACILITY_HEADS, PLACE_HEADS
from crosscheck.annotate.places_gazetteer import english_place_name, is_known_place
from crosscheck.records import AnnotatedArticle, EntityType, Mention
from crosscheck.resolve.honorifics import HONORIFICS
from crosscheck.resolve.names import (
    canonical_first_name,
    is_demonym,
    name_tokens,
    person_name_tokens,
    skeleton,
    surname_key,
)
from crosscheck.resolve.place_cues import place_cued_words, preposition_cued_words
from crosscheck.resolve.place_directions import direction_key
from crosscheck.resolve.regnal_names import regnal_given_name
from crosscheck.resolve.romanisation import place_skeleton, respelling_key, same_place_spelling
from crosscheck.resolve.slavic_romanisation import slavic_key
from crosscheck.resolve.state import MentionKey


@dataclass
class _Corpus:
    """What the story's own mentions say about names: the words of people's names, the
    places written with a place head, the facilities' names, the places' spellings."""

    person_words: Counter[str] = field(default_factory=Counter)
    in_full_names: set[str] = field(default_factory=set)
    full_name_keys: set[str] = field(default_factory=set)
    romanised_names: set[tuple[str, str]] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    located: set[str] = field(default_factory=set)
    facilities: set[str] = field(default_factory=set)
    broadcasters: set[str] = field(default_factory=set)
    places: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    written: Counter[str] = field(default_factory=Counter)
    as_place: Counter[str] = field(default_factory=Counter)


def _corpus(articles: Sequence[AnnotatedArticle]) -> _Corpus:
    corpus = _Corpus(
        regions=_region_names(articles),
        facilities=_facility_names(articles),
        broadcasters=_broadcaster_names(articles),
    )
    for art in articles:
        for m in art.mentions:
            toks = name_tokens(m.text)
            if m.type == "PERSON" and m.kind == "name":
                if len(toks) >= 2:
                    corpus.person_words[surname_key(toks[-1])] += 2
                    corpus.in_full_names.update(toks)
                    corpus.full_name_keys.add(spelling_key(toks))
                    corpus.romanised_names.add(romanised_name_key(person_name_tokens(m.text)))
                    corpus.given_names.add(person_name_tokens(m.text)[0])
                corpus.person_words[" ".join(toks)] += 1
            if m.kind == "name" and len(toks) == 1:
                corpus.written[toks[0]] += 1
            if m.type in ("GPE", "LOC") and m.kind == "name" and len(toks) == 1:
                corpus.places[place_skeleton(toks[0])].add(toks[0])
                corpus.as_place[toks[0]] += 1
    # "the village of Ramidanda": a place, unless a word of a person's full name
    corpus.regions |= place_cued_words(articles) - corpus.in_full_names
    # "à Chiva" tagged a person: a place, unless a word of someone's full name; "in Chiva"
    # tagged an organisation only when the name is a place elsewhere too ("in Congress")
    corpus.located = {
        word
        for word, tags in preposition_cued_words(articles).items()
        if word not in corpus.in_full_names and ("PERSON" in tags or corpus.as_place[word] > 0)
    }
    return corpus


def retype(articles: Sequence[AnnotatedArticle]) -> dict[MentionKey, EntityType]:
    """Fix the small model's type errors by corpus vote: "Sharaa" tagged ORG in one sentence
    is a person when the same name is a person elsewhere."""
    corpus = _corpus(articles)
    types: dict[MentionKey, EntityType] = {}
    for art in articles:
        for i, m in enumerate(art.mentions):
            types[(art.article.id, i)] = _repaired_type(m, corpus)
    return _vote_by_form(articles, types)


def _repaired_type(m: Mention, corpus: _Corpus) -> EntityType:
    mention_type: EntityType = m.type
    toks = name_tokens(m.text)
    if m.type in ("ORG", "FAC") and toks and len(toks) <= 3:
        # "PM Modi", "President Bazoum" tagged an organisation: the title is no part of it
        named = toks[1:] if len(toks) >= 2 and toks[0] in HONORIFICS else toks
        key = surname_key(named[-1]) if len(named) == 1 else " ".join(named)
        respelt = len(toks) >= 2 and spelling_key(toks) in corpus.full_name_keys
        if (corpus.person_words[key] >= 2 or respelt) and any(ch.isupper() for ch in m.text):
            mention_type = "PERSON"
    if _respelt_person(m, toks, corpus) or (m.kind == "name" and regnal_given_name(m.text)):
        mention_type = "PERSON"  # "King Felipe VI" tagged an organisation
    is_surname = len(toks) == 1 and corpus.person_words[surname_key(toks[0])] >= 2
    a_name_word = is_surname or (len(toks) == 1 and toks[0] in corpus.given_names)
    if _surname_as_place(m.text, m.type, toks) and a_name_word:
        mention_type = "PERSON"
    if m.type == "NORP" and country_of(m.text):
        mention_type = "GPE"
    if m.kind == "name" and len(toks) == 1 and is_demonym(m.text):
        mention_type = "GPE"  # "Nigeriens" tagged a person: a people, kept with its country's
    if m.type == "PERSON" and _country_mostly_a_place(m.text, toks, corpus):
        mention_type = "GPE"  # "Nepal" tagged a person once, a place everywhere else
    if m.kind == "name" and m.type != "LOC" and " ".join(toks) in corpus.regions:
        mention_type = "GPE"
    if m.kind == "name" and m.type in ("PERSON", "ORG") and " ".join(toks) in corpus.located:
        mention_type = "GPE"
    bare_facility = len(toks) == 1 and toks[0] in corpus.facilities
    if m.type == "PERSON" and bare_facility and toks[0] not in corpus.in_full_names:
        mention_type = "FAC"
    bare_broadcaster = len(toks) == 1 and toks[0] in corpus.broadcasters
    if m.type == "PERSON" and bare_broadcaster and toks[0] not in corpus.in_full_names:
        mention_type = "ORG"  # "Skai" of "Skai TV"
    other_than_place = mention_type in ("PERSON", "ORG", "FAC") and m.kind == "name"
    if other_than_place and not is_surname and _respelt_place(toks, corpus):
        mention_type = "GPE"
    return mention_type


def romanised_name_key(tokens: tuple[str, ...]) -> tuple[str, str]:
    """A two-word name's given name and surname in the keys every Latin spelling of a
    Cyrillic name shares ("Evgheny Prigozhin", "Eugène Prigojine" -> ("evgeni", "prigoʃin"))."""
    given = canonical_first_name(tokens[0]) if tokens else ""
    return slavic_key(given), slavic_key(tokens[-1]) if tokens else ""


def _respelt_person(m: Mention, tokens: tuple[str, ...], corpus: _Corpus) -> bool:
    """A two-word name typed a place or an organisation that is a person's full name of the
    story in another language's spelling ("Evgheny Prigozhin" tagged LOC beside "Evgeny
    Prigozhin" a person, "Iosif Brodsky" tagged ORG beside "Joseph Brodsky"), and no place
    the gazetteer knows."""
    return (
        m.type in ("ORG", "FAC", "LOC", "GPE")
        and m.kind == "name"
        and len(tokens) == 2
        and all(w[:1].isupper() for w in m.text.split())
        and not (is_known_place(m.text) or country_of(m.text))
        and romanised_name_key(tokens) in corpus.romanised_names
    )


def _respelt_place(tokens: tuple[str, ...], corpus: _Corpus) -> bool:
    """A one-word name, in no person's full name, that is another spelling of a place the
    story names more often as a place ("Odessa" tagged ORG beside "Odesa" written as a place
    twice, "Lugansk" beside "Luhansk"): one letter apart at most once doubled letters and
    the Ukrainian "h" are read alike. A team named after its city ("Angels" beside a
    "Angeles") is written more often than the place and stays what it is."""
    if len(tokens) != 1 or tokens[0] in corpus.in_full_names:
        return False
    word = tokens[0]
    spellings = corpus.places.get(place_skeleton(word), set()) - {word}
    return any(
        corpus.as_place[place] >= _MIN_PLACE_USES
        and corpus.as_place[place] > corpus.written[word]
        and Levenshtein.distance(respelling_key(word), respelling_key(place)) <= 1
        and same_place_spelling(word, place)[0]
        for place in spellings
    )


_MIN_PLACE_USES = 2


def spelling_key(tokens: tuple[str, ...]) -> str:
    """A full name's key up to spelling and spacing: "Rustam Umerov" and "Rustem Umerov",
    "Abdulhamid Dbeibah" and "Abdul Hamid Dbeibah" share one."""
    return skeleton("".join(tokens))


def _country_mostly_a_place(text: str, tokens: tuple[str, ...], corpus: _Corpus) -> bool:
    """A country's one-word name the story writes as a place more often than not."""
    if len(tokens) != 1 or not country_of(text) or is_demonym(text):
        return False
    return corpus.as_place[tokens[0]] * 2 > corpus.written[tokens[0]]


def _surname_as_place(text: str, label: EntityType, tokens: tuple[str, ...]) -> bool:
    """A one-word name the tagger called a place or a nationality that no gazetteer knows as
    one ("Erdogan" tagged GPE, "Tamim" tagged NORP): a person's when the story writes it in
    a person's full name, as the surname or the given name (the caller checks that)."""
    return (
        label in ("GPE", "LOC", "NORP")
        and len(tokens) == 1
        and text[:1].isupper()
        and country_of(text) is None
        and not is_known_place(text)
        and english_place_name(text) is None
    )


def _region_names(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """Names the corpus also writes as a place with a place head ("Al Haouz" of the place "Al
    Haouz Province", "Idlib" of "Idlib Governorate") or with a compass word ("Rukum" of the
    place "West Rukum"): places, whatever the tagger says of the bare name. ("Islamic
    State", an organisation, makes no place of "Islamic".)"""
    regions: set[str] = set()
    for art in articles:
        for m in art.mentions:
            toks = name_tokens(m.text)
            if m.kind != "name" or m.type not in ("GPE", "LOC") or len(toks) < 2:
                continue
            if toks[-1] in PLACE_HEADS:
                regions.add(" ".join(toks[:-1]))
            compass = direction_key(toks, m.text)
            if compass is not None:
                regions.add(compass.split(" ", 1)[1])
    return regions


def _facility_names(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """One-word names the corpus also writes with a building's or site's noun ("Tinmel" of
    "Tinmel Mosque"): the bare name, tagged a person and never part of a person's full name,
    is the facility."""
    names: set[str] = set()
    for art in articles:
        for m in art.mentions:
            toks = name_tokens(m.text)
            if (
                m.kind == "name"
                and m.type == "FAC"
                and len(toks) == 2
                and toks[1] in FACILITY_HEADS
            ):
                names.add(toks[0])
    return names


_BROADCASTER_HEADS = frozenset({"tv", "television", "radio"})


def _broadcaster_names(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """One-word names the corpus also writes as an organisation with "TV", "Television" or
    "Radio" ("Skai" of "Skai TV"): the bare name, tagged a person and never part of a
    person's full name, is the broadcaster."""
    return {
        toks[0]
        for art in articles
        for m in art.mentions
        if m.kind == "name"
        and m.type == "ORG"
        and len(toks := name_tokens(m.text)) == 2
        and toks[1] in _BROADCASTER_HEADS
    }


def _vote_by_form(
    articles: Sequence[AnnotatedArticle], types: dict[MentionKey, EntityType]
) -> dict[MentionKey, EntityType]:
    """One type per written name: a name most of whose mentions are of one type ("Betty Ford
    Center": ORG 3 times, PERSON once) takes that type everywhere, so the same name is never
    split into two entities by a tagging slip; on a tie, the type `_tie_winner` gives.
    Country names and demonyms keep their own."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    forms: dict[MentionKey, str] = {}
    for art in articles:
        for i, m in enumerate(art.mentions):
            key = (art.article.id, i)
            if m.kind != "name" or country_of(m.text):
                continue
            form = " ".join(name_tokens(m.text))
            if form:
                forms[key] = form
                votes[form][types[key]] += 1
    voted = dict(types)
    for key, form in forms.items():
        (winner, count), *_ = votes[form].most_common(1)
        if count * 2 > sum(votes[form].values()):
            voted[key] = winner
        elif (tie := _tie_winner(votes[form])) is not None:
            voted[key] = tie
    return voted


# on a tie, the more specific kind of thing: an airport tagged ORG once and LOC once is one
_TIE_ORDER: tuple[EntityType, ...] = ("FAC", "ORG", "GPE", "LOC")


def _tie_winner(votes: Counter[EntityType]) -> EntityType | None:
    """The type of a name its mentions are tagged with equally often, when none of the
    tags is a person's or a nationality's (an airport once ORG, once LOC): the first of
    `_TIE_ORDER`. A bare surname tagged a person once and an organisation once stays as
    tagged: the tagger's person is as likely right as not."""
    top = max(votes.values())
    tied = {t for t, n in votes.items() if n == top}
    if tied & {"NORP", "PERSON"}:
        return None
    return next((t for t in _TIE_ORDER if t in tied), None)


def type_of_respelled(
    keys: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    written: dict[MentionKey, str],
) -> dict[MentionKey, EntityType]:
    """A name read in English ("Maison Blanche" as "White House") takes the type the story's
    own mentions of that English name mostly have: the tagger typed the French words, not the
    institution."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for key in keys:
        if key not in written:
            votes[" ".join(name_tokens(text_of[key]))][types[key]] += 1
    retyped: dict[MentionKey, EntityType] = {}
    for key in written:
        counts = votes.get(" ".join(name_tokens(text_of[key])))
        if counts:
            (winner, count), *_ = counts.most_common(1)
            if count * 2 > sum(counts.values()):
                retyped[key] = winner
    return retyped
