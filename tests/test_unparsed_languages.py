"""A story whose main language has no parser (Spanish, Portuguese, ...) still gets findings: its
sentence claims carry their names, figures and places, and two outlets telling one fact in two
such languages corroborate, while a near-miss (another figure, another day, a negation) does
not. Sentences written for the test, read by the English pipeline as the tool reads them."""

from __future__ import annotations

from claims_helpers import annotate_text
from crosscheck.claims.match_anchors import anchored_same
from crosscheck.claims.negation_words import negation_differs, negation_words
from crosscheck.claims.same_proposition import corroborates
from crosscheck.corpus import Corpus, build_corpus
from crosscheck.records import AnnotatedArticle, Event, Story
from crosscheck.resolve.resolver import Resolution

SPANISH = "Al menos 51 personas murieron en Madrid por las inundaciones del martes, según el presidente regional Carlos Mazón."
PORTUGUESE = "Pelo menos 51 pessoas morreram em Madrid nas inundações de terça-feira, disse o presidente regional Carlos Mazón."
OTHER_TOLL = "Al menos 95 personas murieron en Madrid por las inundaciones del martes, según el presidente regional Carlos Mazón."
OTHER_DAY_ES = "Al menos 51 personas murieron en Madrid el 29 de octubre, según el presidente regional Carlos Mazón."
OTHER_DAY_PT = "Pelo menos 51 pessoas morreram em Madrid a 30 de outubro, disse o presidente regional Carlos Mazón."
NEGATED = "No murieron 51 personas en Madrid por las inundaciones del martes, según el presidente regional Carlos Mazón."


def _article(nlp, text: str, item: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    return annotate_text(nlp, text, item=item)


def _corpus(*articles: AnnotatedArticle) -> Corpus:
    """One story, one event; every mention resolved by its name (as cross-language resolution
    does for a name spelled alike)."""
    ids = [a.article.id for a in articles]
    event = Event(
        id="ev", story="s", title="t", date=None, location=None, participants=[], articles=ids
    )
    story = Story(id="s", title="t", events=["ev"], articles=ids)
    entity_of = {
        (a.article.id, i): f"{'gpe' if m.type in ('GPE', 'LOC') else 'person'}:{m.text.lower()}"
        for a in articles
        for i, m in enumerate(a.mentions)
    }
    return build_corpus(
        list(articles), Resolution(entities=[], entity_of=entity_of), [story], [event], []
    )


def _claim_of(corpus: Corpus, article: AnnotatedArticle, language: str):  # type: ignore[no-untyped-def]
    return next(
        c for c in corpus.claims if c.article == article.article.id and c.language == language
    )


def test_an_unparsed_sentence_claim_carries_its_figures_and_names(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _article(nlp, SPANISH, "es")
    claim = next(c for c in annotated.claims if c.language == "es")
    assert claim.predicate == ""
    assert [v.value for v in claim.values if v.kind == "quantity"] == ["51"]
    names = {annotated.mentions[i].text for i in claim.entities}
    assert "Madrid" in names
    assert all(claim.start <= annotated.mentions[i].start < claim.end for i in claim.entities)


def test_the_same_toll_in_spanish_and_portuguese_is_one_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    es, pt = _article(nlp, SPANISH, "es"), _article(nlp, PORTUGUESE, "pt")
    corpus = _corpus(es, pt)
    first, second = _claim_of(corpus, es, "es"), _claim_of(corpus, pt, "pt")
    assert anchored_same(first, second, corpus, 0.9)


def test_another_toll_or_a_negation_is_not_the_same_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    es, pt = _article(nlp, PORTUGUESE, "pt"), _article(nlp, OTHER_TOLL, "es")
    corpus = _corpus(es, pt)
    assert not anchored_same(_claim_of(corpus, es, "pt"), _claim_of(corpus, pt, "es"), corpus, 0.9)
    day_es, day_pt = _article(nlp, OTHER_DAY_ES, "d-es"), _article(nlp, OTHER_DAY_PT, "d-pt")
    corpus = _corpus(day_es, day_pt)
    first, second = _claim_of(corpus, day_es, "es"), _claim_of(corpus, day_pt, "pt")
    assert not anchored_same(first, second, corpus, 0.95)
    assert not corroborates(first, second, corpus)
    neg = _article(nlp, NEGATED, "neg")
    corpus = _corpus(es, neg)
    first, second = _claim_of(corpus, es, "pt"), _claim_of(corpus, neg, "es")
    assert negation_differs(first, second)
    assert not anchored_same(first, second, corpus, 0.95)
    assert not corroborates(first, second, corpus)


def test_negation_words_are_read_in_the_claim_language() -> None:
    assert negation_words("No hubo víctimas en Chiva.", "es") == 1
    assert negation_words("Não houve vítimas em Chiva.", "pt") == 1
    assert negation_words("Il n'y a pas eu de victimes à Chiva.", "fr") == 2
    assert negation_words("Hubo 51 víctimas en Chiva.", "es") == 0
