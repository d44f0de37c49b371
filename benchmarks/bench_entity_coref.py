"""Cross-document coreference on gold mentions: same-head-lemma baselines vs published figures.

Validates the readers and the scorer (crosscheck.evaluation.coref_metrics) against published
numbers, and is the harness for plugging in other resolvers: add a factory to ``SYSTEMS``
taking ``(lemmatizer, group_of)`` and returning a ``Resolver`` (gold mentions -> clusters of
mention indexes), then run with ``--system NAME`` (default: every system, side by side).
``crosscheck`` is :func:`crosscheck.resolve.coref.resolve_coreference`.

``--split dev``: ECB+ topics 1–35 (entities; and all mentions per sub-topic, like the test
split's all-mention setup) and MEANTIME (development).
``--split test``: reserved data, report only — ECB+ topics 36–45 (entities; Barhom et al. 2019
CLUSTER+LEMMA 67.4), ECB+ all topics with all mentions per sub-topic (Zhukova et al. 2022,
73.37) and NewsWCL50 per topic (Zhukova et al. 2022, 46.84).

    python -m benchmarks.bench_entity_coref --split dev
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import ecbplus, meantime, newswcl50
from benchmarks.datasets.records import Corpus, GoldMention, default_data_dir
from benchmarks.head_lemma import GroupOf, HeadLemmatizer, Resolver, same_head_lemma
from benchmarks.report import RESULTS_DIR, markdown_table, update_results
from crosscheck.evaluation.coref_metrics import CorefScores, evaluate
from crosscheck.resolve.coref import LOOSE, CorefMention, CorefOptions, resolve_coreference

SystemFactory = Callable[[HeadLemmatizer, GroupOf | None], Resolver]


def crosscheck_coref(
    lemmatizer: HeadLemmatizer, group_of: GroupOf | None = None, options: CorefOptions | None = None
) -> Resolver:
    """crosscheck's resolver on gold mentions, parsed by spaCy on the corpus tokenisation.

    Only the text is used: the gold mention kind (entity/event) is not passed on.
    """

    def resolve(mentions: Sequence[GoldMention]) -> list[list[int]]:
        records = [
            CorefMention(
                doc_id=m.doc_id,
                tokens=parse.tokens,
                head=parse.head,
                lemmas=parse.lemmas,
                tags=parse.tags,
                ent_types=parse.ent_types,
                group=group_of(m) if group_of else None,
                sentence=m.sentence,
                start=m.start,
                context=m.sentence_tokens,
            )
            for m, parse in zip(mentions, lemmatizer.parses(mentions), strict=True)
        ]
        return resolve_coreference(records, options)

    return resolve


def crosscheck_loose(lemmatizer: HeadLemmatizer, group_of: GroupOf | None = None) -> Resolver:
    """crosscheck's resolver with concept (loose) identity, :data:`LOOSE`."""
    return crosscheck_coref(lemmatizer, group_of, LOOSE)


SYSTEMS: dict[str, SystemFactory] = {
    "lemma": same_head_lemma,
    "crosscheck": crosscheck_coref,
    "crosscheck-loose": crosscheck_loose,
}


@dataclass(frozen=True)
class Setup:
    """One scored configuration: corpus, document grouping, and how scores are aggregated."""

    name: str
    corpus: Corpus
    group: str | None  # "topic" / "subtopic": resolver links only within a document group
    macro: bool  # score each group separately and average CoNLL F1 (else one meta-document)
    published: dict[str, Any] | None = None


def group_function(corpus: Corpus, level: str | None) -> GroupOf | None:
    """Mention -> its document's topic or sub-topic."""
    if level is None:
        return None
    docs = corpus.documents

    def group_of(mention: GoldMention) -> str:
        doc = docs[mention.doc_id]
        return doc.topic if level == "topic" else doc.subtopic

    return group_of


def score_setup(setup: Setup, factory: SystemFactory, lemmatizer: HeadLemmatizer) -> dict[str, Any]:
    """Run the resolver on the setup's mentions and score it."""
    corpus = setup.corpus
    group_of = group_function(corpus, setup.group)
    resolver = factory(lemmatizer, group_of)
    started = time.perf_counter()
    if setup.macro and group_of is not None:
        parts: dict[str, list[int]] = {}
        for index, mention in enumerate(corpus.mentions):
            parts.setdefault(group_of(mention), []).append(index)
        per_group: dict[str, CorefScores] = {}
        for name, indexes in sorted(parts.items()):
            mentions = [corpus.mentions[i] for i in indexes]
            key: dict[str, list[int]] = {}
            for local, i in enumerate(indexes):
                key.setdefault(corpus.chains[i], []).append(local)
            per_group[name] = evaluate(key.values(), resolver(mentions))
        total = sum(per_group.values(), start=_zero())
        conll = sum(s.conll_f1 for s in per_group.values()) / len(per_group)
        result: dict[str, Any] = {
            "conll_f1": conll,
            "aggregation": f"mean of per-{setup.group} CoNLL F1 over {len(per_group)} groups",
            "micro": total.as_dict(),
        }
    else:
        scores = evaluate(corpus.gold_clusters(), resolver(corpus.mentions))
        result = {
            "conll_f1": scores.conll_f1,
            "aggregation": "one meta-document",
            "metrics": scores.as_dict(),
        }
    result.update(
        mentions=len(corpus.mentions),
        gold_chains=len(set(corpus.chains)),
        documents=len(corpus.documents),
        doc_groups=setup.group or "none",
        seconds=round(time.perf_counter() - started, 1),
    )
    if setup.published:
        result["published"] = setup.published
    return result


def _zero() -> CorefScores:
    return evaluate([], [])


BARHOM = {
    "conll_f1": 67.4,
    "system": "CLUSTER+LEMMA (predicted document clusters), entities, ECB+ test",
    "source": "Barhom et al. 2019 (ACL, P19-1409), per ecbplus/SOURCE.md",
}
ZHUKOVA_ECB = {
    "conll_f1": 73.37,
    "system": "same head lemma per sub-topic, all mentions, with singletons",
    "source": "Zhukova et al. LREC 2022, zhukova2022_summary_dataset_topics.csv",
    "note": "their ECB+ parse has 12,003 mentions; ours (validated sentences) has more",
}
ZHUKOVA_WCL = {
    "conll_f1": 46.84,
    "system": "same head lemma per topic, all mentions, with singletons",
    "source": "Zhukova et al. LREC 2022, zhukova2022_summary_dataset_topics.csv",
}


def setups(data_dir: Path, split: str) -> list[Setup]:
    """The configurations scored for a split."""
    entities = frozenset({"entity"})
    if split == "dev":
        ecb = ecbplus.read_corpus(data_dir, "train+dev", kinds=entities)
        ecb_all = ecbplus.read_corpus(data_dir, "train+dev")
        mt = meantime.read_corpus(data_dir, kinds=entities)
        return [
            Setup("ecbplus-topics1-35-entities", ecb, "topic", macro=False),
            Setup("ecbplus-topics1-35-entities", ecb, "subtopic", macro=False),
            Setup("meantime-entities", mt, "topic", macro=False),
            Setup("meantime-entities", mt, None, macro=False),
            # The test split's all-mention setup, restricted to topics 1-35.
            Setup("ecbplus-topics1-35-all-mentions", ecb_all, "subtopic", macro=True),
        ]
    ecb_test = ecbplus.read_corpus(data_dir, "test", kinds=entities)
    ecb_all = ecbplus.read_corpus(data_dir, "all")
    wcl = newswcl50.read_corpus(data_dir)
    return [
        Setup("ecbplus-test-entities", ecb_test, "topic", macro=False, published=BARHOM),
        Setup("ecbplus-test-entities", ecb_test, "subtopic", macro=False, published=BARHOM),
        Setup("ecbplus-all-mentions", ecb_all, "subtopic", macro=True, published=ZHUKOVA_ECB),
        Setup("newswcl50-all-mentions", wcl, "topic", macro=True, published=ZHUKOVA_WCL),
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="benchmarks folder (default: ../shared/benchmarks from the repo)",
    )
    parser.add_argument(
        "--split",
        choices=["dev", "test"],
        default="dev",
        help="dev: ECB+ 1-35 + MEANTIME; test: reserved data, report only",
    )
    parser.add_argument(
        "--system",
        choices=sorted(SYSTEMS),
        action="append",
        help="system to score (repeatable; default: all, side by side)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "entity_coref.json")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score every setup of the split and write Markdown to stdout and JSON to --output."""
    args = parse_args(argv)
    if not args.data.is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    lemmatizer = HeadLemmatizer()
    runs: dict[str, Any] = {}
    rows: list[list[object]] = []
    systems = args.system or list(SYSTEMS)
    for setup, system in ((s, n) for s in setups(args.data, args.split) for n in systems):
        result = score_setup(setup, SYSTEMS[system], lemmatizer)
        key = f"{setup.name}/{system}/groups={setup.group or 'none'}"
        runs[key] = result
        metrics = result.get("metrics") or result["micro"]
        published = (setup.published or {}).get("conll_f1")
        rows.append(
            [
                setup.name,
                system,
                setup.group or "none",
                result["aggregation"],
                result["mentions"],
                metrics["muc"]["f1"] * 100,
                metrics["b_cubed"]["f1"] * 100,
                metrics["ceaf_e"]["f1"] * 100,
                result["conll_f1"] * 100,
                published,
            ]
        )
    headers = [
        "setup",
        "system",
        "doc groups",
        "aggregation",
        "mentions",
        "MUC F1",
        "B³ F1",
        "CEAF-e F1",
        "CoNLL F1",
        "published CoNLL F1",
    ]
    print(markdown_table(headers, rows))
    update_results(args.output, runs, {"benchmark": "cross-document coreference, gold mentions"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
