"""A reader for the tab-separated CoNLL files of the Diverse_CDCR_datasets preparations.

Columns: ``doc_key, sent_id, token_id, token, coref`` (extra columns ignored). The coref column
is ``-`` or ``|``-separated parts ``(chain``, ``chain)`` or ``(chain)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.datasets.records import clean_token


@dataclass
class ConllDocument:
    """Tokens of one document (whitespace/line-break tokens dropped) and its bracketed spans."""

    key: str
    sentences: dict[int, list[str]] = field(default_factory=dict)
    # (sentence, original token id) -> index in the cleaned sentence
    token_index: dict[tuple[int, int], int] = field(default_factory=dict)
    # (chain, sentence, [original token ids])
    spans: list[tuple[str, int, list[int]]] = field(default_factory=list)


def read_conll(path: Path) -> Iterator[ConllDocument]:
    """Documents of a CoNLL file in file order."""
    doc: ConllDocument | None = None
    open_spans: dict[str, list[tuple[int, int]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#begin") or line.startswith("#end"):
                continue
            if not line.strip():
                continue
            parts = line.split("\t")
            key, sent, tok, token = parts[0], int(parts[1]), int(parts[2]), parts[3]
            coref = parts[4].strip() if len(parts) > 4 else "-"
            if doc is None or doc.key != key:
                if doc is not None:
                    yield doc
                doc = ConllDocument(key=key)
                open_spans = {}
            words = doc.sentences.setdefault(sent, [])
            text = clean_token(token)
            if text is not None:
                doc.token_index[sent, tok] = len(words)
                words.append(text)
            if coref in {"-", "_", ""}:
                continue
            for part in (p.strip() for p in coref.split("|")):
                if part.startswith("(") and part.endswith(")"):
                    doc.spans.append((part[1:-1], sent, [tok]))
                elif part.startswith("("):
                    open_spans.setdefault(part[1:], []).append((sent, tok))
                elif part.endswith(")"):
                    chain = part[:-1]
                    start_sent, start_tok = open_spans[chain].pop()
                    if start_sent == sent:
                        doc.spans.append((chain, sent, list(range(start_tok, tok + 1))))
    if doc is not None:
        yield doc
