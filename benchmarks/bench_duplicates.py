"""Near-duplicate (syndicated copy) detection: pair precision/recall on real news, and scaling.

Labelled set, built from ECB+ topics 1–35 (train+dev) and GVC ``val`` (never ECB+ 36–45, GVC
test or NewsWCL50, which are reserved):

* positives: near-copies of real articles made with the edits syndication makes (new headline,
  last paragraphs cut, a brief keeping only the top, a middle paragraph dropped, paragraphs
  swapped, sentence tails trimmed, agency/copyright boilerplate, a few words substituted), plus
  copies that differ only in whitespace, punctuation and case (exact duplicates). Some articles
  get two copies, so copy–copy pairs (two outlets running one wire story) are scored too.
* hard negatives: two real articles about the same event (same ECB+ sub-topic / GVC incident)
  written independently; "similar event": same ECB+ topic or GVC, another event; unrelated:
  different ECB+ topics (and ECB+ vs GVC).
* The corpora themselves hold real syndicated copies. Real pairs are labelled by sentence reuse,
  a criterion independent of shingling: a pair is a *natural copy* (positive) when at least 60 %
  of the shorter article's words sit in sentences found near-verbatim (rapidfuzz ratio ≥ 90) in
  the other; *independent* (negative) when at most 15 % sit in sentences with even a loose match
  (ratio ≥ 70); anything between (rewrites, long shared quotes) is ambiguous and not scored.

Pairs are scored on the groups returned by ``find_duplicate_groups`` (two articles are predicted
duplicates when they share a group). The scaling part times an incremental ``DuplicateIndex``
over 1k–100k synthetic articles (sentences of real articles re-mixed with a fifth of their words
replaced, and one in five articles a syndicated copy of an earlier one), each size in a fresh
process so peak memory (``ru_maxrss`` above the baseline) is per size.

    python -m benchmarks.bench_duplicates                 # quality + sweep + 1k/10k/100k
    python -m benchmarks.bench_duplicates --sizes 1000,10000
"""

from __future__ import annotations

import argparse
import itertools
import math
import multiprocessing
import random
import resource
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from benchmarks.datasets import ecbplus, gvc
from benchmarks.datasets.records import default_data_dir
from benchmarks.report import RESULTS_DIR, markdown_table, update_results
from crosscheck.cluster.duplicates import (
    DEFAULT_SHINGLE_SIZE,
    DEFAULT_THRESHOLD,
    DuplicateIndex,
    normalised_words,
)

RESULTS_PATH = RESULTS_DIR / "duplicates.json"
SWEEP_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SWEEP_SHINGLE_SIZES = (3, 4, 5, 7)
DEFAULT_SIZES = (1_000, 10_000, 100_000)
MIN_SOURCE_WORDS = 50
SECOND_COPY_RATE = 0.5
EXACT_COPY_RATE = 0.1
VERBATIM_RATIO, LOOSE_RATIO = 90, 70
NATURAL_COPY_SHARE, INDEPENDENT_SHARE = 0.6, 0.15
SCALE_COPY_RATE, SCALE_WORD_NOISE, SCALE_EPOCH = 0.2, 0.2, 5_000

# --------------------------------------------------------------------------- source articles


@dataclass(frozen=True)
class Article:
    """A headline and body paragraphs (one sentence per paragraph in these corpora)."""

    title: str
    paragraphs: tuple[str, ...]

    def render(self) -> str:
        """The article as an extractor would hand it over: headline, blank line, paragraphs."""
        return "\n\n".join((self.title, *self.paragraphs))


@dataclass(frozen=True)
class Source:
    """A real article and where it comes from."""

    doc_id: str
    corpus: str  # "ecbplus" or "gvc"
    topic: str
    event: str
    article: Article


def load_sources(data_dir: Path) -> list[Source]:
    """ECB+ train+dev topics and GVC val, nothing from the reserved test parts."""
    sources: list[Source] = []
    ecb = ecbplus.read_corpus(data_dir, "train+dev", kinds=frozenset())
    gun = gvc.read_corpus(data_dir, "val")
    for name, corpus in (("ecbplus", ecb), ("gvc", gun)):
        for doc in corpus.documents.values():
            paragraphs = tuple(" ".join(doc.sentences[i]) for i in doc.body_indexes)
            article = Article(doc.title, paragraphs)
            sources.append(Source(doc.doc_id, name, doc.topic, doc.subtopic, article))
    return sources


# ------------------------------------------------------------------ natural pairs (real data)


def _sentences(article: Article) -> list[str]:
    lines = (" ".join(normalised_words(p)) for p in (article.title, *article.paragraphs))
    return [line for line in lines if line.count(" ") >= 5]


def sentence_reuse(a: list[str], b: list[str]) -> tuple[float, float]:
    """Share of the shorter text's words in sentences that reappear in the other text:
    near-verbatim (ratio ≥ 90) and loosely (ratio ≥ 70)."""
    if sum(len(s) for s in a) > sum(len(s) for s in b):
        a, b = b, a
    total = sum(s.count(" ") + 1 for s in a)
    verbatim = loose = 0
    for sentence in a:
        best = process.extractOne(sentence, b, scorer=fuzz.ratio) if b else None
        score = best[1] if best else 0.0
        words = sentence.count(" ") + 1
        verbatim += words if score >= VERBATIM_RATIO else 0
        loose += words if score >= LOOSE_RATIO else 0
    return (verbatim / total, loose / total) if total else (0.0, 0.0)


def natural_labels(sources: Sequence[Source]) -> dict[tuple[str, str], str]:
    """Label of every same-topic pair of real articles (keys sorted): ``natural-copy``,
    ``same-event``, ``similar-event`` or ``ambiguous``. Pairs not listed are unrelated."""
    by_topic: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for source in sources:
        by_topic[source.corpus, source.topic].append(source)
    sentences = {s.doc_id: _sentences(s.article) for s in sources}
    labels: dict[tuple[str, str], str] = {}
    for group in by_topic.values():
        for x, y in itertools.combinations(group, 2):
            verbatim, loose = sentence_reuse(sentences[x.doc_id], sentences[y.doc_id])
            if verbatim >= NATURAL_COPY_SHARE:
                label = "natural-copy"
            elif loose <= INDEPENDENT_SHARE:
                label = "same-event" if x.event == y.event else "similar-event"
            else:
                label = "ambiguous"
            labels[_key(x.doc_id, y.doc_id)] = label
    return labels


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


# ------------------------------------------------------------------------ syndication edits

CITIES = ("NEW YORK", "LOS ANGELES", "LONDON", "WASHINGTON", "CHICAGO", "PARIS", "HOUSTON")
AGENCIES = ("AP", "Reuters", "AFP")
NAMES = ("Maria Lopez", "John Carter", "Aisha Khan", "Tom Becker", "Li Wei", "Sarah Moss")
OUTLETS = ("The Daily Ledger", "Metro News Network", "Channel 7 Online", "The Evening Post")
HEADLINE_FORMS = ("{}", "UPDATE 2-{}", "{} - report", "{}: what we know", "WATCH: {}")
PREFIXES = (
    "{city} ({agency}) —",
    "By {name}, Associated Press",
    "Published {day} June 2014, updated 2 hours ago",
    "{city} —",
)
SUFFIXES = (
    "Copyright 2014 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Reporting by {name}; Editing by {name2}",
    "Follow {outlet} on Facebook and Twitter for the latest news.",
    "Related: {other}",
    "© 2014 {outlet}. All rights reserved.",
    "Sign up for our newsletter to get the day's top stories in your inbox.",
)
SUBSTITUTIONS = {
    "said": "told reporters",
    "percent": "per cent",
    "police": "officers",
    "us": "U.S.",
    "killed": "left dead",
    "monday": "on Monday",
    "about": "around",
    "because": "as",
    "people": "persons",
    "children": "kids",
    "announced": "said",
    "according": "citing",
}


def _words(text: str) -> list[str]:
    return text.split()


def new_headline(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """A rewritten headline: words of the old one shuffled/trimmed, or one made from the lead."""
    words = _words(article.title)
    if rng.random() < 0.5 and len(words) > 3:
        kept = [w for w in words if rng.random() > 0.3]
        rng.shuffle(kept)
        title = rng.choice(HEADLINE_FORMS).format(" ".join(kept))
    else:
        lead = _words(article.paragraphs[0]) if article.paragraphs else words
        start = rng.randrange(max(1, len(lead) - 8))
        title = rng.choice(HEADLINE_FORMS).format(" ".join(lead[start : start + rng.randint(5, 9)]))
    return Article(title, article.paragraphs)


def trim_end(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Cut the last paragraphs (10–35 % of them, at least one)."""
    paragraphs = article.paragraphs
    cut = max(1, round(len(paragraphs) * rng.uniform(0.1, 0.35)))
    return Article(article.title, paragraphs[: max(1, len(paragraphs) - cut)])


def brief(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Keep only the top 25–50 % of the story (a wire brief)."""
    paragraphs = article.paragraphs
    keep = max(2, round(len(paragraphs) * rng.uniform(0.25, 0.5)))
    return Article(article.title, paragraphs[:keep])


def drop_middle(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Drop one or two paragraphs from the middle."""
    paragraphs = list(article.paragraphs)
    for _ in range(rng.randint(1, 2)):
        if len(paragraphs) > 3:
            del paragraphs[rng.randrange(1, len(paragraphs) - 1)]
    return Article(article.title, tuple(paragraphs))


def reorder(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Swap two adjacent paragraphs after the lead, once or twice."""
    paragraphs = list(article.paragraphs)
    for _ in range(rng.randint(1, 2)):
        if len(paragraphs) > 3:
            i = rng.randrange(1, len(paragraphs) - 1)
            paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return Article(article.title, tuple(paragraphs))


def trim_sentences(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Cut the trailing clause (after the last comma) of one to three paragraphs."""
    paragraphs = list(article.paragraphs)
    with_comma = [i for i, p in enumerate(paragraphs) if " , " in p or ", " in p]
    for i in rng.sample(with_comma, min(len(with_comma), rng.randint(1, 3))):
        head = paragraphs[i].rsplit(",", 1)[0].rstrip()
        paragraphs[i] = head + " ."
    return Article(article.title, tuple(paragraphs))


def boilerplate(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Add a dateline/byline before the story and one or two footer lines after it."""
    fill = {
        "city": rng.choice(CITIES),
        "agency": rng.choice(AGENCIES),
        "name": rng.choice(NAMES),
        "name2": rng.choice(NAMES),
        "outlet": rng.choice(OUTLETS),
        "day": rng.randint(1, 28),
        # a related-stories link shows another story's headline (at most ten words)
        "other": " ".join(_words(rng.choice(others).title)[:10]) if others else "More news",
    }
    head = rng.choice(PREFIXES).format(**fill)
    feet = [s.format(**fill) for s in rng.sample(SUFFIXES, rng.randint(1, 2))]
    return Article(article.title, (head, *article.paragraphs, *feet))


def substitute(rng: random.Random, article: Article, others: Sequence[Article]) -> Article:
    """Change three to six words: house-style substitutions, else a word from elsewhere."""
    paragraphs = [_words(p) for p in article.paragraphs]
    places = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
    for i, j in rng.sample(places, min(len(places), rng.randint(3, 6))):
        word = paragraphs[i][j]
        replacement = SUBSTITUTIONS.get(word.lower())
        if replacement is None:
            k, m = rng.choice(places)
            replacement = paragraphs[k][m]
        paragraphs[i][j] = replacement
    return Article(article.title, tuple(" ".join(p) for p in paragraphs))


Edit = Callable[[random.Random, Article, Sequence[Article]], Article]
EDITS: dict[str, Edit] = {
    "headline": new_headline,
    "trim_end": trim_end,
    "brief": brief,
    "drop_middle": drop_middle,
    "reorder": reorder,
    "trim_sentences": trim_sentences,
    "boilerplate": boilerplate,
    "substitute": substitute,
}
# Relative frequency of each edit in a copy; a brief replaces trim_end.
EDIT_WEIGHTS = {
    "headline": 3,
    "trim_end": 3,
    "brief": 1,
    "drop_middle": 2,
    "reorder": 1,
    "trim_sentences": 2,
    "boilerplate": 3,
    "substitute": 3,
}


def reformat(rng: random.Random, text: str) -> str:
    """The same text with different whitespace, quotes, dashes and case (an exact duplicate)."""
    text = text.replace("\n\n", "\n" if rng.random() < 0.5 else "\n\n\n").replace(" , ", ", ")
    text = text.replace(" .", ".").replace("``", "“").replace("''", "”").replace(" - ", " – ")
    return text.upper() if rng.random() < 0.3 else "  ".join(text.split(" "))


def syndicated_copy(
    rng: random.Random, article: Article, others: Sequence[Article]
) -> tuple[str, tuple[str, ...]]:
    """Text of a syndicated copy of ``article`` and the names of the edits made."""
    if rng.random() < EXACT_COPY_RATE:
        return reformat(rng, article.render()), ("exact",)
    names = list(EDIT_WEIGHTS)
    chosen: set[str] = set()
    wanted = rng.randint(2, 4)
    while len(chosen) < wanted:
        chosen.add(rng.choices(names, weights=list(EDIT_WEIGHTS.values()))[0])
    if "brief" in chosen:
        chosen.discard("trim_end")
    for name in names:  # a fixed order: boilerplate after cuts, headline anytime
        if name in chosen:
            article = EDITS[name](rng, article, others)
    return article.render(), tuple(sorted(chosen))


# --------------------------------------------------------------------------- labelled pool


@dataclass
class Pool:
    """Texts to index, the real article each derives from, and the edits of each copy."""

    texts: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    edits: dict[str, tuple[str, ...]] = field(default_factory=dict)


def build_pool(sources: Sequence[Source], seed: int) -> Pool:
    """Every real article plus one or two syndicated copies of each long enough one."""
    rng = random.Random(seed)
    pool = Pool()
    articles = [s.article for s in sources]
    for source in sources:
        pool.texts[source.doc_id] = source.article.render()
        pool.origin[source.doc_id] = source.doc_id
        pool.edits[source.doc_id] = ()
        if len(_words(source.article.render())) < MIN_SOURCE_WORDS:
            continue
        copies = 2 if rng.random() < SECOND_COPY_RATE else 1
        for n in range(copies):
            others = rng.sample(articles, 3)
            text, edits = syndicated_copy(rng, source.article, others)
            copy_id = f"{source.doc_id}#copy{n + 1}"
            pool.texts[copy_id] = text
            pool.origin[copy_id] = source.doc_id
            pool.edits[copy_id] = edits
    return pool


def pair_category(pool: Pool, a: str, b: str, labels: dict[tuple[str, str], str]) -> str:
    """Gold category of a pair: ``copy`` / ``natural-copy`` (positives), ``same-event``,
    ``similar-event``, ``unrelated`` (negatives) or ``ambiguous`` (not scored)."""
    oa, ob = pool.origin[a], pool.origin[b]
    if oa == ob:
        return "copy"
    return labels.get(_key(oa, ob), "unrelated")


POSITIVE = ("copy", "natural-copy")
NEGATIVE = ("same-event", "similar-event", "unrelated")


def category_sizes(pool: Pool, labels: dict[tuple[str, str], str]) -> Counter[str]:
    """Number of pool pairs in each gold category."""
    per_origin = Counter(pool.origin.values())
    sizes: Counter[str] = Counter()
    sizes["copy"] = sum(n * (n - 1) // 2 for n in per_origin.values())
    for (x, y), label in labels.items():
        sizes[label] += per_origin[x] * per_origin[y]
    total = len(pool.texts) * (len(pool.texts) - 1) // 2
    sizes["unrelated"] = total - sum(sizes.values())
    return sizes


# --------------------------------------------------------------------------------- scoring


def predicted_pairs(
    pool: Pool, threshold: float, shingle_size: int
) -> tuple[set[tuple[str, str]], float]:
    """Pairs sharing a group, and the seconds taken to index the pool."""
    index = DuplicateIndex(threshold=threshold, shingle_size=shingle_size)
    start = time.perf_counter()
    for doc_id, text in pool.texts.items():
        index.add(doc_id, text)
    groups = index.groups()
    seconds = time.perf_counter() - start
    pairs = {_key(a, b) for g in groups for a, b in itertools.combinations(g.members, 2)}
    return pairs, seconds


def score(
    pool: Pool,
    labels: dict[tuple[str, str], str],
    predicted: set[tuple[str, str]],
    sizes: Counter[str],
) -> dict[str, Any]:
    """Pair precision/recall/F1 plus per-category and per-edit breakdowns."""
    hits: Counter[str] = Counter(pair_category(pool, a, b, labels) for a, b in predicted)
    tp = sum(hits[c] for c in POSITIVE)
    fp = sum(hits[c] for c in NEGATIVE)
    positives = sum(sizes[c] for c in POSITIVE)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": positives - tp,
        "recall_synthetic": hits["copy"] / sizes["copy"] if sizes["copy"] else None,
        "recall_natural": hits["natural-copy"] / sizes["natural-copy"]
        if sizes["natural-copy"]
        else None,
        "false_positive_rate": {c: hits[c] / sizes[c] if sizes[c] else None for c in NEGATIVE},
        "false_positives": {c: hits[c] for c in NEGATIVE},
        "ambiguous_flagged": hits["ambiguous"] / sizes["ambiguous"] if sizes["ambiguous"] else None,
    }
    result["recall_by_edit"] = recall_by_edit(pool, predicted)
    return result


def recall_by_edit(pool: Pool, predicted: set[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Recall on original–copy pairs by edit made, and on copy–copy pairs."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    copies: dict[str, list[str]] = defaultdict(list)
    for doc_id, origin in pool.origin.items():
        if doc_id == origin:
            continue
        copies[origin].append(doc_id)
        hit = _key(origin, doc_id) in predicted
        for edit in (*pool.edits[doc_id], "any"):
            total[edit] += 1
            found[edit] += hit
    for members in copies.values():
        for a, b in itertools.combinations(members, 2):
            total["copy-vs-copy"] += 1
            found["copy-vs-copy"] += _key(a, b) in predicted
    return {e: {"recall": found[e] / total[e], "pairs": total[e]} for e in sorted(total)}


# --------------------------------------------------------------------------------- scaling


def synthetic_corpus(sources: Sequence[Source], size: int, seed: int) -> list[tuple[str, str]]:
    """``size`` articles: remixed sentences of real ones with a fifth of their words replaced,
    and (one in five) syndicated copies of an earlier synthetic article.

    The ~20k real sentences are re-worded every ``SCALE_EPOCH`` articles (half the word types
    mapped to other words), so that, as in a growing news stream, new articles bring new text
    instead of reusing a fixed pool ever more often.
    """
    rng = random.Random(seed)
    sentences = [p for s in sources for p in s.article.paragraphs if len(_words(p)) >= 4]
    vocabulary = sorted({w for p in sentences for w in _words(p)})
    lengths = [len(s.article.paragraphs) for s in sources if len(s.article.paragraphs) >= 3]
    made: list[Article] = []
    docs: list[tuple[str, str]] = []
    rewording: dict[str, str] = {}
    for n in range(size):
        if n % SCALE_EPOCH == 0:
            rewording = {w: rng.choice(vocabulary) for w in vocabulary if n and rng.random() < 0.5}
        if made and rng.random() < SCALE_COPY_RATE:
            text, _ = syndicated_copy(rng, rng.choice(made), made[-3:])
        else:
            picked = rng.sample(sentences, rng.choice(lengths) + 1)
            noisy = [
                " ".join(
                    rewording.get(w, w)
                    if rng.random() > SCALE_WORD_NOISE
                    else rng.choice(vocabulary)
                    for w in _words(p)
                )
                for p in picked
            ]
            article = Article(noisy[0], tuple(noisy[1:]))
            made.append(article)
            text = article.render()
        docs.append((f"synthetic-{n:06d}", text))
    return docs


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return math.nan


def _measure(docs: list[tuple[str, str]], queue: Any) -> None:
    baseline = _rss_mib()
    index = DuplicateIndex()
    start, cpu_start = time.perf_counter(), time.process_time()
    for doc_id, text in docs:
        index.add(doc_id, text)
    groups = index.groups()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put(
        {
            "items": len(docs),
            "seconds": seconds,
            "cpu_seconds": cpu_seconds,
            "cpu_us_per_item": 1e6 * cpu_seconds / len(docs),
            "peak_mib_above_baseline": peak - baseline,
            "verified_pairs": index.verified_pairs,
            "groups": len(groups),
            "grouped_items": sum(len(g.members) for g in groups),
        }
    )


def scaling(sources: Sequence[Source], sizes: Sequence[int], seed: int) -> list[dict[str, Any]]:
    """Time and peak memory of indexing each corpus size, each in its own process."""
    context = multiprocessing.get_context("fork")
    rows = []
    for size in sizes:
        docs = synthetic_corpus(sources, size, seed)
        queue = context.Queue()
        worker = context.Process(target=_measure, args=(docs, queue))
        del docs  # the child has its own copy; keep the parent small
        worker.start()
        row = queue.get()
        worker.join()
        rows.append(row)
        print(f"  {size:>7} items: {row['cpu_seconds']:.1f} s CPU", flush=True)
    for previous, row in itertools.pairwise(rows):
        # Exponent of n in CPU time between consecutive sizes: 1.0 = linear.
        row["cpu_time_exponent"] = math.log(
            row["cpu_seconds"] / previous["cpu_seconds"]
        ) / math.log(row["items"] / previous["items"])
    return rows


# ------------------------------------------------------------------------------------ main


def quality(sources: Sequence[Source], seed: int) -> dict[str, Any]:
    """Pair scores at the default settings, a threshold sweep and a shingle-size sweep."""
    labels = natural_labels(sources)
    pool = build_pool(sources, seed)
    sizes = category_sizes(pool, labels)
    predicted, seconds = predicted_pairs(pool, DEFAULT_THRESHOLD, DEFAULT_SHINGLE_SIZE)
    default = score(pool, labels, predicted, sizes)
    default["index_seconds"] = seconds
    sweep = []
    for threshold in SWEEP_THRESHOLDS:
        pairs, _ = predicted_pairs(pool, threshold, DEFAULT_SHINGLE_SIZE)
        sweep.append({"threshold": threshold, **score(pool, labels, pairs, sizes)})
    shingles = []
    for size in SWEEP_SHINGLE_SIZES:
        pairs, _ = predicted_pairs(pool, DEFAULT_THRESHOLD, size)
        shingles.append({"shingle_size": size, **score(pool, labels, pairs, sizes)})
    return {
        "pool": {
            "articles": len(pool.texts),
            "real_articles": len(sources),
            "pairs_by_category": dict(sizes),
        },
        "default": default,
        "threshold_sweep": sweep,
        "shingle_size_sweep": shingles,
    }


def _fpr(result: dict[str, Any], category: str) -> str:
    value = result["false_positive_rate"][category]
    return "n/a" if value is None else f"{value:.2e}"


def print_quality(result: dict[str, Any]) -> None:
    """Markdown tables of the quality results."""
    pool = result["pool"]
    print(
        f"\n## Duplicate pairs (pool of {pool['articles']} articles, "
        f"{pool['real_articles']} real)\n"
    )
    print(markdown_table(["category", "pairs"], sorted(pool["pairs_by_category"].items())))
    headers = [
        "setting",
        "P",
        "R",
        "F1",
        "R synthetic",
        "R natural",
        "FPR same-event",
        "FPR similar",
        "FPR unrelated",
        "ambiguous flagged",
    ]

    def row(name: str, r: dict[str, Any]) -> list[object]:
        return [
            name,
            r["precision"],
            r["recall"],
            r["f1"],
            r["recall_synthetic"],
            r["recall_natural"],
            _fpr(r, "same-event"),
            _fpr(r, "similar-event"),
            _fpr(r, "unrelated"),
            r["ambiguous_flagged"],
        ]

    print(
        "\n### Threshold sweep (shingle size "
        f"{DEFAULT_SHINGLE_SIZE}; default threshold {DEFAULT_THRESHOLD})\n"
    )
    print(
        markdown_table(headers, [row(f"t={r['threshold']}", r) for r in result["threshold_sweep"]])
    )
    print(f"\n### Shingle-size sweep (threshold {DEFAULT_THRESHOLD})\n")
    print(
        markdown_table(
            headers, [row(f"k={r['shingle_size']}", r) for r in result["shingle_size_sweep"]]
        )
    )
    print("\n### Recall by edit at the defaults (original vs copy; copy vs copy)\n")
    edits = result["default"]["recall_by_edit"]
    print(
        markdown_table(
            ["edit", "pairs", "recall"], [[e, v["pairs"], v["recall"]] for e, v in edits.items()]
        )
    )


def print_scaling(rows: Sequence[dict[str, Any]]) -> None:
    """Markdown table of the scaling results."""
    print("\n## Scaling (incremental DuplicateIndex, defaults; CPU time of the indexing process)\n")
    headers = [
        "items",
        "CPU s",
        "wall s",
        "CPU µs/item",
        "peak MiB",
        "verified pairs",
        "groups",
        "CPU-time exponent",
    ]
    table = [
        [
            r["items"],
            r["cpu_seconds"],
            r["seconds"],
            r["cpu_us_per_item"],
            r["peak_mib_above_baseline"],
            r["verified_pairs"],
            r["groups"],
            r.get("cpu_time_exponent"),
        ]
        for r in rows
    ]
    print(markdown_table(headers, table))


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark, print Markdown, write benchmarks/results/duplicates.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated corpus sizes for the scaling run ('' to skip)",
    )
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    sources = load_sources(args.data)
    runs: dict[str, Any] = {}
    if not args.skip_quality:
        runs["quality"] = quality(sources, args.seed)
        print_quality(runs["quality"])
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes:
        runs["scaling"] = scaling(sources, sizes, args.seed)
        print_scaling(runs["scaling"])
    extra = {
        "benchmark": "exact and near-duplicate (syndicated copy) detection",
        "metric": "pair precision/recall/F1 over predicted groups; time and peak RSS",
        "defaults": {"threshold": DEFAULT_THRESHOLD, "shingle_size": DEFAULT_SHINGLE_SIZE},
        "data": f"ECB+ topics 1-35 (train+dev), GVC val; copies synthesised with seed {args.seed}",
    }
    update_results(RESULTS_PATH, runs, extra)
    print(f"\nresults written to {RESULTS_PATH}")


if __name__ == "__main__":
    main()
