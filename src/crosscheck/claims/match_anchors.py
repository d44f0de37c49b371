"""When two claims close in meaning state one fact: their anchors agree.

The multilingual embedding finds paraphrases and translations ("The third round was held on
Saturday, April 26, in Muscat" / "the talks began today, April 26, in Muscat"), but it also puts
any two sentences on one topic close together. A pair it proposes is one fact only when what a
reader can check agrees, and something specific is shared:

- nothing disagrees: the same figures (a figure on one side has a counterpart the other side
  allows; days of a month are moments, not figures), the same day and sequence ("the second
  round" is not "the third"), the same truth (no negation or denial on one side only), facts
  with facts, no two different speakers, no person on each side that the other does not name,
  no page furniture or boilerplate, and the reports do not place the claims at two moments;
- enough is shared: three kinds of anchor among a day, a figure, an ordinal, a party (person,
  organisation, group), a place, the main verb's class and (same language) most of the content
  words ("were very positive and constructive" / "described as positive and constructive"),
  one of them more than a place or a verb; a pair very close in meaning needs two, one of them
  a day, figure, ordinal or the content words.

Embeddings alone never decide: a pair with nothing specific in common is not a corroboration,
however close its vectors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.annotate.office_lexicon import OFFICE_HEADS, TITLE_MODIFIERS
from crosscheck.claims.figures import _month_days, figures_of
from crosscheck.claims.match_confirmed import same_day
from crosscheck.claims.match_lexical import factual, opposite, same_verb
from crosscheck.claims.negation_words import negation_differs
from crosscheck.claims.same_proposition import _not_apart as not_apart
from crosscheck.claims.same_proposition import (
    boilerplate,
    own_moments,
    page_furniture,
    same_figures,
    same_speaker_side,
)
from crosscheck.claims.stop_words import stop_words
from crosscheck.claims.value_agreement import same_moment, sequence_marks, values_of
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.records import Claim
from crosscheck.resolve.demonyms import title_nationalities

# Auxiliaries, reporting verbs and words every report of a story repeats: a sentence's shape.
_SHAPE_WORDS = frozenset(
    "did does do doe has have had was were is are be been being will would could should may"
    " might must can said say says told tell added add stated state noted note also according"
    " report reported".split()
)
_PLACE_PREFIXES = ("gpe:", "loc:", "fac:")
# share of the smaller side's content words the other must hold, and how many at least
MIN_CONTENT_SHARE = 0.5
MIN_CONTENT_WORDS = 3
MIN_ANCHORS = 3
# a pair at least this close in meaning needs two kinds of anchor only
CLOSE_COSINE = 0.93
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_EMPTY_VERBS = frozenset("say tell be have do add state note report".split())


def _entities(claim: Claim, corpus: Corpus, people_only: bool = False) -> frozenset[str]:
    mentions = corpus.articles[claim.article].mentions
    ids = set()
    for index in claim.entities:
        entity = corpus.entity(claim.article, index)
        if entity and (not people_only or mentions[index].type == "PERSON"):
            ids.add(entity)
    return frozenset(ids)


def _names(claim: Claim, corpus: Corpus) -> frozenset[str]:
    """The analysed words of the claim's mentions and places: who and where, not what."""
    mentions = corpus.articles[claim.article].mentions
    words = {w for i in claim.entities for w in _words(mentions[i].text)}
    words |= {w for v in values_of(claim.values, "place", "participant") for w in _words(v.text)}
    return frozenset(words)


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> frozenset[str]:
    return frozenset(analyse(text))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return _words(" ".join(OFFICE_HEADS | TITLE_MODIFIERS))


def content_words(claim: Claim, corpus: Corpus) -> frozenset[str]:
    """The claim's words without names, titles ("foreign minister", "special envoy"), places,
    figures and sentence shape: who is named is not what is said."""
    text = _without_stop_words(claim.text, claim.language)
    words = _words(text) - _SHAPE_WORDS - _names(claim, corpus) - _title_words()
    return frozenset(w for w in words if not w.isdigit())


@lru_cache(maxsize=1 << 16)
def _without_stop_words(text: str, language: str | None) -> str:
    """The text without its language's stop words (English ones are dropped by `analyse`)."""
    if language in (None, "en"):
        return text
    stops = stop_words(language)
    return " ".join(w for w in re.findall(r"\w+", text.lower()) if w not in stops)


def content_shared(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Most content words of the shorter claim are the other's (same language only)."""
    if first.language != second.language:
        return False
    a, b = content_words(first, corpus), content_words(second, corpus)
    shared = len(a & b)
    return (
        bool(a and b)
        and shared >= MIN_CONTENT_WORDS
        and shared / min(len(a), len(b)) >= MIN_CONTENT_SHARE
    )


def _days(claim: Claim, corpus: Corpus) -> set[str]:
    """Full days the claim names (ISO), and days of a month written in its text."""
    days = {d for d in own_moments(claim, corpus) if len(d) == 10}
    days |= {f"{month}-{day}" for month, day in _month_days(claim.text)}
    return days


def _figures(claim: Claim) -> set[tuple[float, float]]:
    return {f.bounds for f in figures_of(claim)}


def shared_anchors(first: Claim, second: Claim, corpus: Corpus) -> frozenset[str]:
    """The kinds of specific things both claims state: a day, a figure, an ordinal, a party
    (person, organisation, group), a place, the main verb's class, most content words."""
    shared = _entities(first, corpus) & _entities(second, corpus)
    ordinals = sequence_marks(first.text) & sequence_marks(second.text)
    figures = _figures(first) & _figures(second)
    found = {
        "day": bool(_days(first, corpus) & _days(second, corpus)),
        "figure": bool(figures),
        "ordinal": bool(ordinals & _ORDINALS),
        "party": any(not e.startswith(_PLACE_PREFIXES) for e in shared),
        "place": bool(_places(first, corpus) & _places(second, corpus)),
        "verb": _verb_shared(first, second),
        "words": content_shared(first, second, corpus),
    }
    return frozenset(kind for kind, present in found.items() if present)


def _places(claim: Claim, corpus: Corpus) -> frozenset[str]:
    """The places a claim names; "Russian" in "Russian President" is the person's, not one."""
    memo = corpus.memo.setdefault("title_nationalities", {})
    if claim.article not in memo:
        memo[claim.article] = title_nationalities(corpus.articles[claim.article])
    titled = memo[claim.article]
    ids = {corpus.entity(claim.article, i) for i in claim.entities if i not in titled}
    return frozenset(e for e in ids if e and e.startswith(_PLACE_PREFIXES))


def _verb_shared(first: Claim, second: Claim) -> bool:
    verb = first.predicate.split()[0] if first.predicate else ""
    return bool(verb) and verb not in _EMPTY_VERBS and same_verb(first, second)


def _other_people(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Both name people, and not the same ones: another act or meeting, or a sentence about
    someone else that names the other's subject on the side ("Witkoff headed the US delegation,
    while Araghchi led the Iranian side" / "Araghchi headed the Iranian delegation")."""
    a = _entities(first, corpus, people_only=True)
    b = _entities(second, corpus, people_only=True)
    return bool(a and b) and a != b


def _modality_agrees(first: Claim, second: Claim) -> bool:
    if factual(first) != factual(second):
        return False
    return factual(first) or first.modality == second.modality


def _not_shown(claim: Claim, corpus: Corpus) -> bool:
    return boilerplate(claim) or page_furniture(claim, corpus)


def nothing_disagrees(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """No checkable part of one claim contradicts or differs from the other's."""
    return (
        not opposite(first, second)
        and not negation_differs(first, second)
        and _modality_agrees(first, second)
        and same_moment(first, second)
        and same_day(first, second, corpus)
        and same_figures(first, second, corpus)
        and same_speaker_side(first, second, corpus)
        and not _other_people(first, second, corpus)
        and not_apart(first, second, corpus)
        and not (_not_shown(first, corpus) or _not_shown(second, corpus))
    )


def anchored_same(first: Claim, second: Claim, corpus: Corpus, cosine: float = 0.0) -> bool:
    """Whether two claims found close in meaning (at `cosine`) state one fact: nothing
    disagrees, and they share enough specific anchors."""
    if first.article == second.article:
        return False
    return enough(shared_anchors(first, second, corpus), cosine) and nothing_disagrees(
        first, second, corpus
    )


def enough(anchors: frozenset[str], cosine: float = 0.0) -> bool:
    """Three kinds of anchor, one of them more than a place or a verb; or, for a pair very
    close in meaning, two kinds, one of them a day, figure, ordinal or most content words. A
    party named on both sides does not count then: a story's protagonists are named in most of
    its sentences."""
    if len(anchors) >= MIN_ANCHORS and anchors - {"place", "verb"}:
        return True
    specific = anchors & {"day", "figure", "ordinal", "words"}
    return cosine >= CLOSE_COSINE and bool(specific) and len(anchors - {"party"}) >= 2
