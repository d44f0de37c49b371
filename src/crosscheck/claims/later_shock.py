"""The measures of a shock after the story's main one ("a fresh quake of magnitude 5.6 was
recorded in Nepal at 16:16"), read from a sentence of a scene that marks another shock: with
every day the sentence names (the shock's own included) and the one clock time the scene gives
for it, so that two reports' figures are compared only when they are of one shock: one day and
one instant (in one zone or two)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.slot_figures import MEASURE, sourced_figures
from crosscheck.claims.slot_times import event_times
from crosscheck.records import AnnotatedArticle, ClaimValue, Sentence


@dataclass(frozen=True, slots=True)
class LaterMeasure:
    """One measure of a later shock, with the days and the clock time told of it."""

    slot: str  # "magnitude", "depth km"
    value: ClaimValue
    days: frozenset[str]
    source: str
    moment: ClaimValue | None


def of_the_other_shock(annotated: AnnotatedArticle, sentence: Sentence, words: str) -> bool:
    """Whether a sentence of a scene marking another shock measures that shock: it names no
    aftershock (one of many), and it marks the shock itself or names no day (the sentence
    after "a fresh quake hit on Monday" may go back to Friday's main shock)."""
    if lex.AFTERSHOCK.search(words):
        return False
    if lex.ANOTHER_SHOCK.search(words):
        return True
    return not any(sentence.start <= t.start < sentence.end for t in annotated.times)


def later_shock_measures(
    annotated: AnnotatedArticle, sentence: Sentence, scene: str
) -> Iterator[LaterMeasure]:
    """The measures the sentence gives of the later shock its scene (the sentence and the one
    before) speaks of."""
    text = annotated.article.text
    words = text[sentence.start : sentence.end]
    # every day the sentence names, that of the shock itself included ("struck on Wednesday")
    days = frozenset(
        t.day.isoformat()
        for t in annotated.times
        if t.day is not None and sentence.start <= t.start < sentence.end
    )
    times = {t.value: t for t in event_times(scene, 0)}
    moment = next(iter(times.values())) if len(times) == 1 else None
    language = annotated.article.language
    for slot, family, value, source in sourced_figures(words, sentence.start, language, False):
        if family == MEASURE:
            yield LaterMeasure(slot, value, days, source, moment)
