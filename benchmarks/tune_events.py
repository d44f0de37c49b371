"""Choose the event/story clustering settings on development data only.

Annotates ECB+ train/dev topics (1–35) and GVC ``val`` once, then re-clusters them under a grid
of settings and scores B³ F1 against gold sub-topics/incidents (events) and topics (stories),
with the mean ± standard deviation over random halves of the gold events (how much a score moves
with the sample: a difference smaller than that is no reason to change a setting).
With ``--texts``, the tune story packs (``benchmarks/stories``, split ``tune`` only; the
report packs are never read) are scored too, against their gold events: real multi-outlet
stories with several distinct events, some reports in other languages.
Never run on the reserved splits (ECB+ 36–45, GVC test): that is what this script exists to avoid.
The GVC train split cannot be added: its texts are not in the shared data (only its incident
table is, ``gvc-gun-violence/bugert2021_splits``).

With ``--halves N``, GVC val stands in for the reserved GVC test (its train texts are not in the
shared data): N times, the incidents are split in two random halves; each half is clustered on
its own by crosscheck and by the plain TF-IDF baseline (sublinear tf, English stop words, title
and text, cosine average link) at the threshold picked on the other half, as the baseline's
GVC test figure is picked on val.

With ``--incidents``, GVC val is also clustered one incident at a time (each incident a story of
its own, as one whose reports link to no other incident's is), with and without the relative
bar for small stories.

    python -m benchmarks.tune_events [--texts ../main/benchmarks/stories/texts] [--incidents]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics.pairwise import cosine_distances

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import Corpus, default_data_dir, write_jsonl
from benchmarks.datasets.stories import STORIES_DIR
from benchmarks.doc_clustering import DEFAULT_THRESHOLDS, cluster_at
from crosscheck.annotate.annotator import annotate_articles
from crosscheck.annotate.nlp import default_model_name
from crosscheck.cluster.events import ClusterSettings, group_articles
from crosscheck.cluster.plain_join import plain_matrix
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


def _dossier_order(article: AnnotatedArticle) -> tuple[str, str, str]:
    return (article.article.path or "", article.article.source_id or "", article.article.id)


def tune_packs(texts: Path) -> dict[str, tuple[list[AnnotatedArticle], dict[str, str]]]:
    """The tune story packs' articles (annotated, cached) and their gold event per article id;
    a report pack's manifest is read for its split only."""
    packs = {}
    for manifest in sorted(STORIES_DIR.glob("*/manifest.json")):
        if json.loads(manifest.read_text(encoding="utf-8")).get("split") != "tune":
            continue
        name = manifest.parent.name
        version = annotation_version(default_model_name()).replace(":", "-")
        cached = CACHE / f"tune-pack-{name}-{version}.jsonl"
        if cached.exists():
            lines = cached.read_text(encoding="utf-8").splitlines()
            annotated = [AnnotatedArticle.model_validate_json(line) for line in lines]
        else:
            read = ingest([texts / f"{name}.jsonl"])
            annotated = [
                a for a in annotate_articles(read.articles) if isinstance(a, AnnotatedArticle)
            ]
            CACHE.mkdir(exist_ok=True)
            cached.write_text("".join(a.model_dump_json() + "\n" for a in annotated), "utf-8")
        # the dossier's order, which the clustering's tie-breaks follow
        annotated.sort(
            key=lambda a: (a.article.path or "", a.article.source_id or "", a.article.id)
        )
        gold = json.loads((manifest.parent / "gold.json").read_text(encoding="utf-8"))
        packs[name] = (annotated, {a: e["id"] for e in gold["events"] for a in e["articles"]})
    return packs


def _labels(
    groups: list[list[int]], articles: list[AnnotatedArticle], record_of: dict[str, str]
) -> dict[str, int]:
    return {
        record_of[articles[i].article.id]: g for g, members in enumerate(groups) for i in members
    }


def half_splits(
    gold: dict[str, str], predicted: dict[str, int], rounds: int = 20
) -> tuple[float, float]:
    """Mean and standard deviation of B³ F1 over random halves of the gold clusters: how much
    a score moves with the sample of events, to read a difference against."""
    clusters = sorted(set(gold.values()))
    scores = []
    for seed in range(rounds):
        random.Random(seed).shuffle(clusters)
        kept = set(clusters[: len(clusters) // 2])
        half = {doc: label for doc, label in gold.items() if label in kept}
        scores.append(score_clustering(half, {doc: predicted[doc] for doc in half}).b3_f1)
    return statistics.mean(scores), statistics.stdev(scores)


def one_incident_at_a_time(
    corpus: Corpus,
    articles: list[AnnotatedArticle],
    record_of: dict[str, str],
    settings: ClusterSettings,
) -> float:
    """B³ F1 of the events when each gold incident is clustered on its own: what an incident
    whose reports form a story of their own gets. A score below 1 is an
    incident split by the event stage alone."""
    gold = {d.doc_id: d.subtopic for d in corpus.documents.values()}
    incidents: dict[str, list[AnnotatedArticle]] = {}
    for article in articles:
        incidents.setdefault(gold[record_of[article.article.id]], []).append(article)
    predicted = {}
    for incident, members in incidents.items():
        groups = group_articles(members, resolve_entities(members), settings)
        for k, event in enumerate(groups.events):
            for i in event:
                predicted[record_of[members[i].article.id]] = f"{incident}-{k}"
    return score_clustering(gold, predicted).b3_f1


def _print_incident_scores(
    corpus: Corpus, articles: list[AnnotatedArticle], record_of: dict[str, str]
) -> None:
    for members in (0, ClusterSettings().relative_min_members):
        settings = replace(ClusterSettings(), relative_min_members=members)
        score = one_incident_at_a_time(corpus, articles, record_of, settings)
        print(f"gvc-val one incident at a time, relative_min_members={members}: {score:.3f}")


def _plain_scores(articles: list[AnnotatedArticle], gold: dict[str, str]) -> dict[float, float]:
    """B³ F1 of the plain TF-IDF baseline at every threshold of the sweep (gold by article id)."""
    distances = np.clip(cosine_distances(plain_matrix(articles)), 0.0, None)
    ids = [a.article.id for a in articles]
    half_gold = {i: gold[i] for i in ids}
    return {
        threshold: score_clustering(
            half_gold, dict(zip(ids, cluster_at(distances, threshold), strict=True))
        ).b3_f1
        for threshold in DEFAULT_THRESHOLDS
    }


def gvc_halves(
    corpus: Corpus, articles: list[AnnotatedArticle], record_of: dict[str, str], rounds: int
) -> tuple[float, float]:
    """Mean B³ F1 of crosscheck and of the plain baseline (threshold picked on the other half)
    over `rounds` random splits of the incidents in two halves, each half scored on its own."""
    incident = {d.doc_id: d.subtopic for d in corpus.documents.values()}
    gold = {a.article.id: incident[record_of[a.article.id]] for a in articles}
    incidents = sorted(set(gold.values()))
    ours, plain = [], []
    for seed in range(rounds):
        random.Random(seed).shuffle(incidents)
        first = set(incidents[: len(incidents) // 2])
        halves = [
            [a for a in articles if (gold[a.article.id] in first) == inside]
            for inside in (True, False)
        ]
        for picked_on, scored in (halves, halves[::-1]):
            picked = _plain_scores(picked_on, gold)
            threshold = max(picked, key=lambda t: (picked[t], -t))
            plain.append(_plain_scores(scored, gold)[threshold])
            groups = group_articles(scored, resolve_entities(scored))
            labels = {
                scored[i].article.id: k for k, event in enumerate(groups.events) for i in event
            }
            half_gold = {a.article.id: gold[a.article.id] for a in scored}
            ours.append(score_clustering(half_gold, labels).b3_f1)
    return statistics.mean(ours), statistics.mean(plain)


def _grid(defaults_only: bool) -> list[tuple[float, ...]]:
    if defaults_only:
        d = ClusterSettings()
        return [
            (
                d.event_threshold,
                d.event_relative,
                d.story_threshold,
                d.fragment_size,
                d.attach_factor,
                d.attach_margin,
            )
        ]
    return list(
        itertools.product(
            (0.10, 0.14, 0.18), (0.0, 1.0), (0.04, 0.06), (0, 5), (0.6, 0.8), (1.0, 1.1, 1.3)
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the grid of dev scores, best first."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument(
        "--defaults-only", action="store_true", help="score the default settings alone"
    )
    parser.add_argument(
        "--texts", type=Path, help="story pack texts folder: score the tune packs too"
    )
    parser.add_argument(
        "--incidents",
        action="store_true",
        help="score GVC val clustered one incident at a time, with and without the relative bar"
        " for stories of three",
    )
    parser.add_argument(
        "--halves",
        type=int,
        default=0,
        help="score crosscheck and the plain baseline on N random splits of GVC val in halves",
    )
    args = parser.parse_args(argv)
    packs = tune_packs(args.texts) if args.texts else {}
    pack_resolutions = {name: resolve_entities(articles) for name, (articles, _) in packs.items()}
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
        if args.incidents and name == "gvc-val":
            _print_incident_scores(corpus, articles, record_of)
        if args.halves and name == "gvc-val":
            ours, plain = gvc_halves(corpus, articles, record_of, args.halves)
            print(f"gvc-val halves x{args.halves}: crosscheck {ours:.3f}, plain TF-IDF {plain:.3f}")
    rows = []
    for event_t, relative, story_t, fragment, attach, margin in _grid(args.defaults_only):
        settings = replace(
            ClusterSettings(),
            event_threshold=event_t,
            event_relative=relative,
            story_threshold=story_t,
            fragment_size=int(fragment),
            attach_factor=attach,
            attach_margin=margin,
        )
        scores = {}
        spreads: dict[str, str] = {}
        for name, (corpus, articles, record_of, resolution) in prepared.items():
            groups = group_articles(articles, resolution, settings)
            events = _labels(groups.events, articles, record_of)
            stories = _labels(groups.stories, articles, record_of)
            docs = corpus.documents.values()
            event_gold = {d.doc_id: d.subtopic for d in docs}
            scores[f"{name} event"] = score_clustering(event_gold, events).b3_f1
            mean, deviation = half_splits(event_gold, events)
            spreads[f"{name} halves"] = f"{mean:.3f}±{deviation:.3f}"
            if name.startswith("ecbplus"):
                scores[f"{name} story"] = score_clustering(
                    {d.doc_id: d.topic for d in docs}, stories
                ).b3_f1
        for name, (articles, gold) in packs.items():
            groups = group_articles(articles, pack_resolutions[name], settings)
            predicted = {
                articles[i].article.source_id: k
                for k, event in enumerate(groups.events)
                for i in event
            }
            known = {a: e for a, e in gold.items() if a in predicted}
            scores[f"{name} event"] = score_clustering(
                known, {a: predicted[a] for a in known}
            ).b3_f1
        label = (
            f"event={event_t} relative={relative} story={story_t} "
            f"fragment={fragment} attach={attach} margin={margin}"
        )
        rows.append((sum(scores.values()) / len(scores), label, scores, spreads))
    rows.sort(key=lambda r: -r[0])
    for mean, label, scores, spreads in rows[:25]:
        detail = "  ".join(f"{k}={v:.3f}" for k, v in scores.items())
        spread = "  ".join(f"{k}={v}" for k, v in spreads.items())
        print(f"mean={mean:.3f} {label}  {detail}  {spread}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
