"""A pair found close in meaning is one fact only when its anchors agree and something specific
is shared. Sentences written for the test; entity ids set by hand (as resolution would)."""

from __future__ import annotations

from typing import Any

from claim_builders import article, qty, says, when
from crosscheck.claims.match_anchors import anchored_same, shared_anchors
from crosscheck.claims.value_agreement import unit_of
from crosscheck.corpus import Corpus, build_corpus
from crosscheck.records import AnnotatedArticle, Event, Mention, Story
from crosscheck.resolve.resolver import Resolution

HELD = "The third round of talks was held in Muscat on April 26, 2025, with Oman mediating."
BEGAN = "The third round of indirect negotiations began on April 26, 2025 in Muscat."
OTHER_DAY = "The third round of indirect negotiations began on April 19, 2025 in Muscat."
OTHER_ROUND = "The second round of indirect negotiations began on April 26, 2025 in Muscat."
ENGLISH = "The earthquake killed 632 people in the province of Al Haouz, the ministry said."
FRENCH = "Le séisme a fait 632 morts dans la province d'Al Haouz, selon le ministère."
OTHER_TOLL = "Le séisme a fait 296 morts dans la province d'Al Haouz, selon le ministère."
NOT_HELD = "The third round of talks was not held in Muscat on April 26, 2025, officials said."


def _one_claim(aid: str, text: str, language: str = "en", **fields: Any) -> AnnotatedArticle:
    """An article of one claim whose place mention resolves to one entity in any language."""
    base = article(aid, aid.upper(), says(text, **fields), language=language)
    name = "Muscat" if "Muscat" in text else "Al Haouz"
    start = text.index(name)
    mention = Mention(
        article=aid, start=start, end=start + len(name), text=name, type="GPE", sentence=0
    )
    claim = base.claims[0].model_copy(update={"entities": [0], "language": language})
    return base.model_copy(update={"mentions": [mention], "claims": [claim]})


def _round(aid: str, text: str, day: str, **fields: Any) -> AnnotatedArticle:
    written = text[text.index("April") : text.index("2025") + 4]
    return _one_claim(aid, text, predicate="hold", values=[when(written, day)], **fields)


def _corpus(*articles: AnnotatedArticle) -> Corpus:
    ids = [a.article.id for a in articles]
    event = Event(
        id="ev", story="s", title="t", date=None, location=None, participants=[], articles=ids
    )
    story = Story(id="s", title="t", events=["ev"], articles=ids)
    entity_of = {(a, 0): "gpe:place" for a in ids}
    return build_corpus(
        list(articles), Resolution(entities=[], entity_of=entity_of), [story], [event], []
    )


def test_a_paraphrase_with_another_verb_states_the_same_round() -> None:
    corpus = _corpus(_round("a", HELD, "2025-04-26"), _round("b", BEGAN, "2025-04-26"))
    first, second = corpus.claims
    assert {"day", "ordinal", "place"} <= shared_anchors(first, second, corpus)
    assert anchored_same(first, second, corpus)


def test_a_french_report_of_the_same_toll_states_the_english_fact() -> None:
    corpus = _corpus(
        _one_claim("en", ENGLISH, predicate="kill"),
        _one_claim("fr", FRENCH, "fr", predicate="kill"),
    )
    assert anchored_same(*corpus.claims, corpus)


def test_the_same_shape_with_another_figure_is_not_one_fact() -> None:
    corpus = _corpus(
        _one_claim("en", ENGLISH, predicate="kill"),
        _one_claim("fr", OTHER_TOLL, "fr", predicate="kill"),
    )
    assert not anchored_same(*corpus.claims, corpus)


def test_the_same_topic_on_another_day_or_round_is_not_one_fact() -> None:
    held = _round("a", HELD, "2025-04-26")
    other_day = _corpus(held, _round("b", OTHER_DAY, "2025-04-19"))
    assert not anchored_same(*other_day.claims, other_day)
    other_round = _corpus(held, _round("b", OTHER_ROUND, "2025-04-26"))
    assert not anchored_same(*other_round.claims, other_round)


def test_a_negated_report_is_not_the_same_fact() -> None:
    corpus = _corpus(
        _round("a", HELD, "2025-04-26"),
        _round("b", NOT_HELD, "2025-04-26", polarity="negative"),
    )
    assert not anchored_same(*corpus.claims, corpus)


def test_two_different_speakers_do_not_corroborate_each_other() -> None:
    corpus = _corpus(
        _round("a", HELD, "2025-04-26", speaker="person:araghchi"),
        _round("b", BEGAN, "2025-04-26", speaker="person:witkoff"),
    )
    assert not anchored_same(*corpus.claims, corpus)


def test_a_shared_place_alone_is_not_enough() -> None:
    corpus = _corpus(
        _one_claim("a", "Rescue teams searched the rubble in Muscat for survivors overnight."),
        _one_claim("b", "The talks in Muscat were described as constructive by both sides."),
    )
    first, second = corpus.claims
    assert shared_anchors(first, second, corpus) == {"place"}
    assert not anchored_same(first, second, corpus)


def test_households_and_families_count_one_thing() -> None:
    families = qty("more than 34,000 families", 34000, "families", low=34000)
    households = qty("over 34,000 households", 34000, "households", low=34000)
    bases = qty("six air bases", 6, "air bases")
    assert unit_of(families) == unit_of(households)
    assert unit_of(bases) != unit_of(households)
