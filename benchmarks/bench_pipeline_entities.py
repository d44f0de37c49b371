"""The dossier's own entities scored against gold entity coreference (predicted mentions).

`bench_entity_coref` scores resolvers on gold mentions. This benchmark scores what a user gets:
the corpus goes through ingest and annotation (spaCy NER, titles, descriptions), and
:func:`crosscheck.resolve.resolver.resolve_entities` groups the predicted mentions into entities,
over the whole corpus at once, as ``crosscheck analyze`` does (no document groups).

A gold mention is *detected* when a predicted mention overlaps it (the most overlapping one
stands for it). On the detected gold mentions, the dossier's entities are scored as a
clustering with MUC, B³, CEAF-e and CoNLL F1, beside two baselines on exactly the same mentions
and the same predicted spans: same head word (the last word) over the corpus, and one entity
per distinct surface string (exact match, case-folded).

``--split dev``: ECB+ topics 1-35 and MEANTIME; ``--split test``: ECB+ topics 36-45 (reserved,
report only).

    python -m benchmarks.bench_pipeline_entities --split dev
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import ecbplus, meantime
from benchmarks.datasets.records import Corpus, Document, default_data_dir
from benchmarks.report import RESULTS_DIR, markdown_table, update_results
from benchmarks.tune_events import annotate_corpus
from crosscheck.evaluation.coref_metrics import CorefScores, evaluate
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import fold
from crosscheck.resolve.resolver import resolve_entities


@dataclass(frozen=True)
class Detected:
    """A gold mention with the predicted mention that stands for it."""

    gold: int  # index into corpus.mentions
    article: str
    mention: int  # index into the article's mentions


def line_offsets(article_text: str, document: Document) -> dict[int, int]:
    """Offset in ``document.text`` of each line start of ``article_text`` (kept lines, in order).

    The cleaner drops junk lines but keeps the others as they are, so every article line is
    found among the document's lines, in order.
    """
    doc_lines = document.text.split("\n")
    starts = [0]
    for line in doc_lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    offsets: dict[int, int] = {}
    position, cursor = 0, 0
    for line in article_text.split("\n"):
        for k in range(cursor, len(doc_lines)):
            if doc_lines[k] == line:
                offsets[position] = starts[k]
                cursor = k + 1
                break
        position += len(line) + 1
    return offsets


def detect(corpus: Corpus, articles: Sequence[AnnotatedArticle]) -> list[Detected]:
    """Pair each gold mention with the predicted mention overlapping it most, if any."""
    by_doc: dict[str, list[int]] = {}
    for index, gold in enumerate(corpus.mentions):
        if gold.char_start is not None:
            by_doc.setdefault(gold.doc_id, []).append(index)
    found: list[Detected] = []
    for art in articles:
        doc_id = art.article.source_id or ""
        document = corpus.documents.get(doc_id)
        if document is None or doc_id not in by_doc:
            continue
        offsets = line_offsets(art.article.text, document)
        line_starts = sorted(offsets)
        spans = []
        for i, m in enumerate(art.mentions):
            line = max((s for s in line_starts if s <= m.start), default=None)
            if line is not None:
                shift = offsets[line] - line
                spans.append((m.start + shift, m.end + shift, i))
        for g in by_doc[doc_id]:
            gold = corpus.mentions[g]
            assert gold.char_start is not None and gold.char_end is not None
            best = max(
                ((min(e, gold.char_end) - max(s, gold.char_start), i) for s, e, i in spans),
                default=(0, -1),
            )
            if best[0] > 0:
                found.append(Detected(g, art.article.id, best[1]))
    return found


def _clusters(labels: Sequence[str]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(index)
    return list(groups.values())


def score_corpus(corpus: Corpus) -> dict[str, Any]:
    """Detection recall and the three systems' scores on the detected gold mentions."""
    articles, _ = annotate_corpus(corpus)
    started = time.perf_counter()
    resolution = resolve_entities(articles)
    seconds = time.perf_counter() - started
    detected = detect(corpus, articles)
    mention_of = {a.article.id: a.mentions for a in articles}
    key = _clusters([corpus.chains[d.gold] for d in detected])
    systems: dict[str, list[str]] = {
        "crosscheck entities": [
            resolution.entity_of.get((d.article, d.mention), f"{d.article}/{d.mention}")
            for d in detected
        ],
        "same head word": [_head(mention_of[d.article][d.mention].text) for d in detected],
        "same string": [fold(mention_of[d.article][d.mention].text) for d in detected],
    }
    scored: dict[str, CorefScores] = {n: evaluate(key, _clusters(v)) for n, v in systems.items()}
    with_text = sum(1 for m in corpus.mentions if m.char_start is not None)
    return {
        "gold_mentions": len(corpus.mentions),
        "gold_mentions_in_text": with_text,
        "detected": len(detected),
        "detection_recall": len(detected) / with_text if with_text else 0.0,
        "articles": len(articles),
        "resolve_seconds": round(seconds, 1),
        "systems": {n: s.as_dict() for n, s in scored.items()},
    }


def _head(text: str) -> str:
    """The last word, case-folded: the head of an English name or noun phrase."""
    words = fold(text).split()
    return words[-1] if words else ""


def corpora(data_dir: Path, split: str) -> list[Corpus]:
    """The corpora scored for a split."""
    entities = frozenset({"entity"})
    if split == "dev":
        return [
            ecbplus.read_corpus(data_dir, "train+dev", kinds=entities),
            meantime.read_corpus(data_dir, kinds=entities),
        ]
    return [ecbplus.read_corpus(data_dir, "test", kinds=entities)]


def main(argv: Sequence[str] | None = None) -> int:
    """Score the split; Markdown to stdout, JSON to --output."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "pipeline_entities.json")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    runs: dict[str, Any] = {}
    rows: list[list[object]] = []
    for corpus in corpora(args.data, args.split):
        result = score_corpus(corpus)
        runs[f"{corpus.name}/{args.split}"] = result
        for name, metrics in result["systems"].items():
            rows.append(
                [
                    corpus.name,
                    f"{result['detected']} / {result['gold_mentions_in_text']}",
                    f"{result['detection_recall']:.3f}",
                    name,
                    metrics["muc"]["f1"] * 100,
                    metrics["b_cubed"]["f1"] * 100,
                    metrics["ceaf_e"]["f1"] * 100,
                    metrics["conll"]["f1"] * 100,
                ]
            )
    headers = ["corpus", "detected gold", "detection recall", "system", "MUC", "B³", "CEAF-e"]
    print(markdown_table([*headers, "CoNLL F1"], rows))
    update_results(args.output, runs, {"benchmark": "dossier entities, predicted mentions"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
