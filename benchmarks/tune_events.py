"""Choose the event/story clustering settings on development data only.

Annotates ECB+ train/dev topics (1–35) and GVC ``val`` once, then re-clusters them under a grid
of settings and scores B³ F1 against gold sub-topics/incidents (events) and topics (stories).
Never run on the reserved splits (ECB+ 36–45, GVC test): that is what this script exists to avoid.

    python -m benchmarks.tune_events
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import Corpus, default_data_dir, write_jsonl
from crosscheck.annotate.annotator import annotate_articles
from crosscheck.annotate.nlp import default_model_name
from crosscheck.cluster.events import ClusterSettings, group_articles
from crosscheck.evaluation.cluster_metrics import score_clustering
from crosscheck.pipeline import annotation_version, ingest
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

CACHE = Path(__file__).resolve().parent / ".cache"


def annotate_corpus(corpus: Corpus) -> tuple[list[AnnotatedArticle], dict[str, str]]:
    """The corpus's documents through ingest and annotation, cached per annotation version."""
    version = annotation_version(default_model_name()).replace(":", "-")
    cached = CACHE / f"tune-{corpus.name}-{version}.jsonl"
    if cached.exists():
        annotated = [
            AnnotatedArticle.model_validate_json(line) for line in cached.open(encoding="utf-8")
        ]
        return annotated, {a.article.id: a.article.source_id or "" for a in annotated}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.jsonl"
        write_jsonl(corpus.documents.values(), path)
        read = ingest([path])
    annotated = [a for a in annotate_articles(read.articles) if isinstance(a, AnnotatedArticle)]
    CACHE.mkdir(exist_ok=True)
    cached.write_text("".join(a.model_dump_json() + "\n" for a in annotated), encoding="utf-8")
    return annotated, {a.article.id: a.article.source_id or "" for a in annotated}


def _labels(
    groups: list[list[int]], articles: list[AnnotatedArticle], record_of: dict[str, str]
) -> dict[str, int]:
    return {
        record_of[articles[i].article.id]: g for g, members in enumerate(groups) for i in members
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the grid of dev scores, best first."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    corpora = {
        "ecbplus-dev": ecbplus.read_corpus(args.data, "train+dev", kinds=frozenset()),
        "gvc-val": gvc.read_corpus(args.data, "val"),
    }
    prepared = {}
    for name, corpus in corpora.items():
        articles, record_of = annotate_corpus(corpus)
        resolution = resolve_entities(articles)
        prepared[name] = (corpus, articles, record_of, resolution)
        print(f"{name}: {len(articles)} articles annotated", flush=True)
    rows = []
    grid = itertools.product(
        (0.10, 0.14, 0.18), (0.0, 1.0), (0.04, 0.06), (0, 5), (0.6, 0.8), (1.0, 1.1, 1.3)
    )
    for event_t, relative, story_t, fragment, attach, margin in grid:
        settings = replace(
            ClusterSettings(),
            event_threshold=event_t,
            event_relative=relative,
            story_threshold=story_t,
            fragment_size=fragment,
            attach_factor=attach,
            attach_margin=margin,
        )
        scores = {}
        for name, (corpus, articles, record_of, resolution) in prepared.items():
            groups = group_articles(articles, resolution, settings)
            events = _labels(groups.events, articles, record_of)
            stories = _labels(groups.stories, articles, record_of)
            docs = corpus.documents.values()
            scores[f"{name} event"] = score_clustering(
                {d.doc_id: d.subtopic for d in docs}, events
            ).b3_f1
            if name.startswith("ecbplus"):
                scores[f"{name} story"] = score_clustering(
                    {d.doc_id: d.topic for d in docs}, stories
                ).b3_f1
        label = (
            f"event={event_t} relative={relative} story={story_t} "
            f"fragment={fragment} attach={attach} margin={margin}"
        )
        rows.append((sum(scores.values()) / len(scores), label, scores))
    rows.sort(key=lambda r: -r[0])
    for mean, label, scores in rows[:25]:
        detail = "  ".join(f"{k}={v:.3f}" for k, v in scores.items())
        print(f"mean={mean:.3f} {label}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
