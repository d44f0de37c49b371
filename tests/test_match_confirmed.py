"""The meaning pass: a paraphrase or translation corroborates only when its checkable parts
agree. Sentences written for the test; entity ids set by hand (as resolution would)."""

from __future__ import annotations

from datetime import date
from typing import Any

from claim_builders import article, says, when
from crosscheck.claims.match_confirmed import MeaningSettings, confirmed, meaning_pairs
from crosscheck.corpus import Corpus, build_corpus
from crosscheck.records import AnnotatedArticle, Event, Mention, Story
from crosscheck.resolve.resolver import Resolution

ENGLISH = "The Interior Ministry said the earthquake killed 632 people in the province of Al Haouz."
FRENCH = (
    "Le séisme a fait 632 morts dans la province d'Al Haouz, selon le ministère de l'Intérieur."
)
OTHER_FIGURE = (
    "Le séisme a fait 296 morts dans la province d'Al Haouz, selon le ministère de l'Intérieur."
)
ROUND_2 = (
    "The second round of talks between the two delegations was held in Muscat, Oman's capital."
)
ROUND_3 = "The third round of talks between the two delegations was held in Muscat, Oman's capital."


def _with_place(
    aid: str, text: str, language: str, published: date = date(2025, 7, 13), **fields: Any
) -> AnnotatedArticle:
    """An article of one claim whose place mention resolves to one entity in any language."""
    spec = says(text, predicate="kill", **fields)
    base = article(aid, aid.upper(), spec, language=language, published=published)
    name = "Muscat" if "Muscat" in text else "Al Haouz"
    start = text.index(name)
    mention = Mention(
        article=aid, start=start, end=start + len(name), text=name, type="GPE", sentence=0
    )
    claim = base.claims[0].model_copy(update={"entities": [0], "language": language})
    return base.model_copy(update={"mentions": [mention], "claims": [claim]})


def _corpus(*articles: AnnotatedArticle) -> Corpus:
    ids = [a.article.id for a in articles]
    event = Event(
        id="ev", story="s", title="t", date=None, location=None, participants=[], articles=ids
    )
    story = Story(id="s", title="t", events=["ev"], articles=ids)
    resolution = Resolution(entities=[], entity_of={(a, 0): "e-place" for a in ids})
    return build_corpus(list(articles), resolution, [story], [event], [])


def _pairs(corpus: Corpus, settings: MeaningSettings) -> dict[tuple[int, int], float]:
    return meaning_pairs(corpus.claims, corpus, lambda a, b: True, settings)


def test_a_french_translation_with_the_same_toll_corroborates_the_english_claim() -> None:
    corpus = _corpus(_with_place("en", ENGLISH, "en"), _with_place("fr", FRENCH, "fr"))
    first, second = corpus.claims
    assert confirmed(first, second, corpus)
    # the two sentences are near in the multilingual space: a lenient cut finds the pair
    assert _pairs(corpus, MeaningSettings(other_language=0.80))


def test_the_same_sentence_with_another_toll_never_corroborates() -> None:
    corpus = _corpus(_with_place("en", ENGLISH, "en"), _with_place("fr", OTHER_FIGURE, "fr"))
    first, second = corpus.claims
    assert not confirmed(first, second, corpus)
    assert not _pairs(corpus, MeaningSettings(other_language=0.0, same_language=0.0))


def test_another_round_of_the_same_talks_never_corroborates() -> None:
    corpus = _corpus(_with_place("a", ROUND_2, "en"), _with_place("b", ROUND_3, "en"))
    first, second = corpus.claims
    assert not confirmed(first, second, corpus)
    assert not _pairs(corpus, MeaningSettings(other_language=0.0, same_language=0.0))


def test_claims_without_a_shared_entity_are_not_confirmed() -> None:
    corpus = _corpus(_with_place("en", ENGLISH, "en"), _with_place("fr", FRENCH, "fr"))
    first, second = corpus.claims
    alone = second.model_copy(update={"entities": []})
    assert not confirmed(first, alone, corpus)


def test_a_bare_weekday_is_read_back_from_its_article_date() -> None:
    met = "Both delegations met on Saturday in Muscat for indirect talks on the nuclear issue."
    dated = "Both delegations met on Saturday, April 12, 2025 in Muscat for indirect talks."
    saturday = when("Saturday", "saturday", "weekday")
    april_12 = [saturday, when("April 12, 2025", "2025-04-12")]
    weeks_later = _corpus(
        _with_place("a", met, "en", date(2025, 4, 26), values=[saturday]),
        _with_place("b", dated, "en", date(2025, 4, 30), values=april_12),
    )
    assert not confirmed(*weeks_later.claims, weeks_later)
    same_day = _corpus(
        _with_place("a", met, "en", date(2025, 4, 13), values=[saturday]),
        _with_place("b", dated, "en", date(2025, 4, 30), values=april_12),
    )
    assert confirmed(*same_day.claims, same_day)


def test_the_meaning_pass_is_skipped_above_its_claim_budget() -> None:
    corpus = _corpus(_with_place("en", ENGLISH, "en"), _with_place("fr", FRENCH, "fr"))
    lenient = MeaningSettings(other_language=0.80)
    assert _pairs(corpus, lenient)
    assert not _pairs(corpus, MeaningSettings(other_language=0.80, max_claims=1))
