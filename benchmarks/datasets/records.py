"""Plain records shared by the dataset readers, and the JSONL writer for the crosscheck CLI."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_data_dir() -> Path:
    """``../shared/benchmarks`` relative to the repository root."""
    return (REPO_ROOT / ".." / "shared" / "benchmarks").resolve()


@dataclass(frozen=True)
class Document:
    """One news document: tokenised sentences plus metadata.

    ``sentences`` is indexed by the corpus's own sentence number. Some of those sentences are
    metadata (a source URL, a publication date); ``title_index`` and ``body_indexes`` say which
    sentences form the article, and :attr:`text` is the article: title line, then body lines.
    """

    doc_id: str
    topic: str
    subtopic: str
    sentences: tuple[tuple[str, ...], ...]
    title_index: int | None
    body_indexes: tuple[int, ...]
    published: str | None = None
    source: str | None = None
    url: str | None = None

    @property
    def text_indexes(self) -> tuple[int, ...]:
        """Sentence numbers of the article text, in order (title first if any)."""
        head = () if self.title_index is None else (self.title_index,)
        return head + self.body_indexes

    @property
    def title(self) -> str:
        """The title line, or the first body sentence when the corpus gives no title."""
        index = self.title_index if self.title_index is not None else self.body_indexes[0]
        return " ".join(self.sentences[index])

    @property
    def body(self) -> str:
        """Body sentences, one per line, tokens joined by spaces (the title excluded)."""
        return "\n".join(" ".join(self.sentences[i]) for i in self.body_indexes)

    @property
    def text(self) -> str:
        """Title and body, one sentence per line; mention char offsets point into this."""
        return "\n".join(" ".join(self.sentences[i]) for i in self.text_indexes)

    def char_span(self, sentence: int, start: int, end: int) -> tuple[int, int] | None:
        """Character offsets in :attr:`text` of tokens ``start:end`` of a sentence, if shown."""
        offset = 0
        for index in self.text_indexes:
            tokens = self.sentences[index]
            if index == sentence:
                begin = offset + sum(len(t) + 1 for t in tokens[:start])
                return begin, begin + len(" ".join(tokens[start:end]))
            offset += len(" ".join(tokens)) + 1
        return None


@dataclass(frozen=True)
class GoldMention:
    """A gold mention, without its gold chain (so a resolver cannot peek at it).

    ``start``/``end`` index tokens of ``sentence_tokens`` (end exclusive); ``char_start`` and
    ``char_end`` are offsets in the document's :attr:`Document.text`, or None when the mention
    lies in a metadata sentence.
    """

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    sentence_tokens: tuple[str, ...]
    kind: str
    char_start: int | None = None
    char_end: int | None = None

    @property
    def sentence_text(self) -> str:
        """The mention's sentence, tokens joined by spaces."""
        return " ".join(self.sentence_tokens)


@dataclass(frozen=True)
class Corpus:
    """Documents plus gold mentions and, parallel to them, their gold chain ids."""

    name: str
    documents: dict[str, Document]
    mentions: tuple[GoldMention, ...] = ()
    chains: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)

    def gold_clusters(self) -> list[list[int]]:
        """Gold chains as clusters of mention indexes."""
        groups: dict[str, list[int]] = {}
        for index, chain in enumerate(self.chains):
            groups.setdefault(chain, []).append(index)
        return list(groups.values())


def make_mention(
    doc: Document, sentence: int, token_indexes: Sequence[int], kind: str
) -> GoldMention:
    """Build a mention over the given token indexes of a sentence (span = min..max)."""
    tokens = doc.sentences[sentence]
    start, end = min(token_indexes), max(token_indexes) + 1
    span = doc.char_span(sentence, start, end)
    return GoldMention(
        doc_id=doc.doc_id,
        sentence=sentence,
        start=start,
        end=end,
        text=" ".join(tokens[i] for i in sorted(set(token_indexes))),
        sentence_tokens=tokens,
        kind=kind,
        char_start=None if span is None else span[0],
        char_end=None if span is None else span[1],
    )


def cli_record(doc: Document) -> dict[str, str]:
    """One input record for ``crosscheck analyze`` (JSONL line) for a document."""
    record = {"id": doc.doc_id, "title": doc.title, "text": doc.body or doc.title}
    if doc.published:
        record["published"] = doc.published
    if doc.source:
        record["source"] = doc.source
    return record


def write_jsonl(documents: Iterable[Document], path: Path) -> int:
    """Write one CLI input record per document to ``path``; returns the number written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in documents:
            out.write(json.dumps(cli_record(doc), ensure_ascii=False) + "\n")
            count += 1
    return count


def clean_token(token: str) -> str | None:
    """A token's text, or None for tokens that are only whitespace or line-break markers."""
    stripped = token.strip()
    if not stripped or stripped in {"\\n", "//n"}:
        return None
    return stripped
