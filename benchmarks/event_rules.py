"""How right each must-link / cannot-link rule of the event clustering is, pair by pair.

A clustering score that is saturated (GVC val: B³ 1.000) says nothing about which rule would
fail on other data; counting, for every pair of documents of one topic, which rule sets them
apart (or joins them) and whether gold puts them in one event does. A rule that sets apart a
gold-same pair, or joins a gold-different one, is printed with both documents' evidence.

Development data only (ECB+ topics 1–35, GVC val, the tune story packs); never the reserved
splits.

    python -m benchmarks.event_rules [--packs iran_oman_talks morocco-quake-2023 --texts DIR]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import REPO_ROOT, default_data_dir
from benchmarks.tune_events import annotate_corpus
from crosscheck.annotate.annotator import annotate_articles
from crosscheck.cluster.events import ClusterSettings, EventEvidence, event_evidence
from crosscheck.cluster.headline import headlines_apart
from crosscheck.cluster.places import places_compatible
from crosscheck.pipeline import ingest
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities

Rule = Callable[[EventEvidence, int, int], bool]
# name, articles, gold event and topic of each article index
Labelled = tuple[str, list[AnnotatedArticle], dict[int, str], dict[int, str]]


CANNOT_LINK: dict[str, Rule] = {
    "event date": lambda e, i, j: not e.dates_compatible(i, j),
    "headline round/country": lambda e, i, j: headlines_apart(e.headlines[i], e.headlines[j]),
    "publication gap": lambda e, i, j: e.published_apart(i, j),
    "place": lambda e, i, j: not places_compatible(i, j, e.places, e.texts, e.place_names),
}
MUST_LINK: dict[str, Rule] = {"same day and place": lambda e, i, j: e.same_day_and_place(i, j)}


def rule_counts(
    name: str,
    articles: Sequence[AnnotatedArticle],
    event_of: dict[int, str],
    topic_of: dict[int, str],
    shown: int = 3,
) -> Counter[str]:
    """Counts of `rule: right/wrong` over pairs of one topic; prints the first wrong pairs."""
    evidence = event_evidence(articles, resolve_entities(articles), ClusterSettings())
    counts: Counter[str] = Counter()
    known = sorted(event_of)
    for x, i in enumerate(known):
        for j in known[x + 1 :]:
            if topic_of[i] != topic_of[j]:
                continue
            same = event_of[i] == event_of[j]
            counts["pairs same event" if same else "pairs different events"] += 1
            for rule_name, rule in [*CANNOT_LINK.items(), *MUST_LINK.items()]:
                if not rule(evidence, i, j):
                    continue
                wrong = same == (rule_name in CANNOT_LINK)
                counts[f"{rule_name}: {'WRONG' if wrong else 'right'}"] += 1
                if wrong and counts[f"{rule_name}: WRONG"] <= shown:
                    print(f"  {name} {rule_name} wrong: {_describe(articles, evidence, i, j)}")
    return counts


def _describe(articles: Sequence[AnnotatedArticle], evidence: EventEvidence, i: int, j: int) -> str:
    def one(k: int) -> str:
        dated = evidence.dates[k]
        when = f"{dated[0]} ({dated[1].text!r})" if dated else "-"
        doc = articles[k].article
        place = evidence.places[k]
        return f"{doc.source_id or doc.id}[date {when}, place {place}, pub {doc.published}]"

    return f"{one(i)} vs {one(j)}"


def _benchmark_corpora(
    data: Path,
) -> list[tuple[str, list[AnnotatedArticle], dict[int, str], dict[int, str]]]:
    out = []
    for name, corpus in (
        ("ecbplus-dev", ecbplus.read_corpus(data, "train+dev", kinds=frozenset())),
        ("gvc-val", gvc.read_corpus(data, "val")),
    ):
        articles, record_of = annotate_corpus(corpus)
        docs = [corpus.documents[record_of[a.article.id]] for a in articles]
        out.append(
            (
                name,
                articles,
                {k: d.subtopic for k, d in enumerate(docs)},
                {k: d.topic for k, d in enumerate(docs)},
            )
        )
    return out


def _pack(
    texts: Path, pack: str
) -> tuple[str, list[AnnotatedArticle], dict[int, str], dict[int, str]]:
    read = ingest([texts / f"{pack}.jsonl"])
    articles = [a for a in annotate_articles(read.articles) if isinstance(a, AnnotatedArticle)]
    gold = json.loads((REPO_ROOT / "benchmarks" / "stories" / pack / "gold.json").read_text())
    event = {a: e["id"] for e in gold["events"] for a in e["articles"]}
    event_of = {
        k: event[a.article.source_id]
        for k, a in enumerate(articles)
        if a.article.source_id in event
    }
    return pack, articles, event_of, dict.fromkeys(range(len(articles)), pack)


def main(argv: Sequence[str] | None = None) -> int:
    """Print each rule's right/wrong pair counts per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--texts", type=Path, help="story pack texts folder (for --packs)")
    parser.add_argument("--packs", nargs="*", default=[], help="tune story packs only")
    args = parser.parse_args(argv)
    corpora = _benchmark_corpora(args.data)
    corpora += [_pack(args.texts, pack) for pack in args.packs]
    for name, articles, event_of, topic_of in corpora:
        counts = rule_counts(name, articles, event_of, topic_of)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
