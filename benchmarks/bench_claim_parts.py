"""Quotes, provenance links and positions against the hand-annotated dev set.

Gold (``benchmarks/claims_dev/*.json``) covers the five demo articles, ten MEANTIME
(Wikinews, CC BY) documents and 26 articles of the tune story packs (English, French, Arabic,
Spanish/Portuguese, German; each file names its origin); it stores ids, short evidence strings
and labels only, never the texts. Each document belongs to the ``tune``, ``test`` or ``packs``
half. Pack texts are read from ``--texts`` (``benchmarks/stories/texts``); the report packs
are never read. Pack gold has no provenance part and lists ``optional`` quoted words (short
attributed fragments, slogans) that count neither for nor against.

* quotes: a system quote matches a gold quote when the gold text (a prefix of the quoted
  words) occurs in it; "quote+speaker" also needs the gold speaker in the system's speaker as
  written or in the mention it was resolved to.
  A gold speaker "a|b" accepts either form ("Peskov|Kremlin spokesman").
  "named speaker": precision over the quotes given a speaker (a wrong name is the costly
  error; no speaker is a miss, not a mistake).
* provenance: (sentence, origin key) pairs; the gold lists every sentence that has a source.
  Article-specific suffixes of generic anonymous keys (``@a-...``) are dropped before comparing.
* positions: same sentence, same stance, the gold actor in the system actor, and the gold
  content (a short part of it) in the system content.

    python -m benchmarks.bench_claim_parts [--data ../shared/benchmarks] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets.meantime import read_corpus
from benchmarks.datasets.records import default_data_dir
from benchmarks.datasets.stories import STORIES_DIR, TEXTS_DIR, read_texts, sha256_text
from benchmarks.report import RESULTS_DIR, markdown_table, update_results
from crosscheck.annotate.annotator import annotate_doc
from crosscheck.annotate.nlp import load_pipeline
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle

GOLD = Path(__file__).resolve().parent / "claims_dev"
DEMO = Path(__file__).resolve().parent.parent / "demo"
_DETOK = [("`` ", '"'), (" ''", '"'), (" ,", ","), (" .", "."), (" 's", "'s"), (" n't", "n't"),
          ("( ", "("), (" )", ")"), (" ;", ";"), (" :", ":"), (" %", "%"), ("$ ", "$")]  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def detokenise(text: str) -> str:
    """MEANTIME's tokenised text with PTB quotes made into plain text a parser reads."""
    for old, new in _DETOK:
        text = text.replace(old, new)
    return text


def _pack_documents(texts: Path) -> dict[str, tuple[str, str | None]]:
    """The pack articles the gold names (tune packs only), as "pack:<pack>:<article>"."""
    docs: dict[str, tuple[str, str | None]] = {}
    packs = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in GOLD.glob("pack_*.json")}
    for name in sorted({doc.split(":")[1] for doc in packs}):
        path = texts / f"{name}.jsonl"
        if not path.exists():
            print(f"  ! pack texts not found: {path}")
            continue
        manifest = json.loads((STORIES_DIR / name / "manifest.json").read_text(encoding="utf-8"))
        hashes = {a["id"]: a["sha256"] for a in manifest["articles"]}
        for article, text in read_texts(path).items():
            if sha256_text(text) == hashes.get(article):  # a rebuilt copy must be exact
                docs[f"pack:{name}:{article}"] = (text, None)
    return docs


def _documents(data: Path, texts: Path = TEXTS_DIR) -> dict[str, tuple[str, str | None]]:
    docs: dict[str, tuple[str, str | None]] = _pack_documents(texts)
    for path in sorted(DEMO.glob("*.txt")):
        docs[f"demo:{path.name[:3]}"] = (path.read_text(encoding="utf-8"), "2025-07-13")
    corpus = read_corpus(data)
    for doc in corpus.documents.values():
        published = (doc.published or "")[:10] or None
        # One sentence a line in the corpus; an article has paragraphs of several sentences,
        # and quotes run across sentences: the body is read as one paragraph.
        title = " ".join(doc.sentences[doc.title_index or 0])
        body = " ".join(" ".join(doc.sentences[i]) for i in doc.body_indexes)
        docs[f"meantime:{doc.doc_id}"] = (detokenise(f"{title}\n{body}"), published)
    return docs


def _sentence(annotated: AnnotatedArticle, evidence: str) -> int | None:
    text = annotated.article.text
    at = text.find(evidence)
    if at < 0:
        return None
    return next((i for i, s in enumerate(annotated.sentences) if s.start <= at < s.end), None)


def _score(right_system: int, system: int, right_gold: int, gold: int) -> dict[str, Any]:
    p = right_system / system if system else 0.0
    r = right_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "system": system, "gold": gold}  # fmt: skip


def _speaker_ok(annotated: AnnotatedArticle, quote: Any, speaker: str | None) -> bool:
    if speaker is None:
        return quote.speaker_text is None
    said = [quote.speaker_text or ""]
    if quote.speaker_mention is not None:
        said.append(annotated.mentions[quote.speaker_mention].text)
    return any(_norm(alt) in _norm(s) for s in said if s for alt in speaker.split("|"))


def score_quotes(
    annotated: AnnotatedArticle, gold: list[dict[str, Any]], optional: Sequence[str] = ()
) -> dict[str, list[int]]:
    """Counts [right system, system, right gold, gold] for text and text+speaker; system quotes
    that are an optional fragment (and no gold quote) are left out."""

    def text_match(q: Any, g: dict[str, Any]) -> bool:
        return _norm(g["text"]) in _norm(q.text)

    def is_optional(q: Any) -> bool:
        return any(_norm(o) == _norm(q.text) for o in optional) and not any(
            text_match(q, g) for g in gold
        )

    quotes = [q for q in annotated.quotes if not is_optional(q)]

    counts: dict[str, list[int]] = {}
    for name, check in (
        ("quote", lambda q, g: text_match(q, g)),
        (
            "quote+speaker",
            lambda q, g: text_match(q, g) and _speaker_ok(annotated, q, g["speaker"]),
        ),
    ):
        right_system = sum(any(check(q, g) for g in gold) for q in quotes)
        right_gold = sum(any(check(q, g) for q in quotes) for g in gold)
        counts[name] = [right_system, len(quotes), right_gold, len(gold)]
    # Of the quotes found with a speaker named, how many name the right one.
    named = [q for q in quotes if q.speaker_text and any(text_match(q, g) for g in gold)]
    right = sum(
        any(text_match(q, g) and _speaker_ok(annotated, q, g["speaker"]) for g in gold)
        for q in named
    )
    counts["named speaker"] = [right, len(named), counts["quote+speaker"][2], len(gold)]
    return counts


def _plain_key(key: str) -> str:
    return re.sub(r"@a-[0-9a-f]+$", "", key)


def score_provenance(annotated: AnnotatedArticle, gold: list[dict[str, Any]]) -> list[int]:
    """Counts over (sentence, origin key) pairs; a gold key "a|b" accepts either form of a
    name ("named:jobs|named:steve jobs")."""
    starts = {s.start: i for i, s in enumerate(annotated.sentences)}
    system: set[tuple[int | None, str]] = set()
    for claim in annotated.claims:
        sentence = starts.get(claim.sentence_start or -1, _sentence(annotated, claim.text))
        system |= {(sentence, _plain_key(link.key)) for link in claim.origins}
    truth = [
        (_sentence(annotated, g["evidence"]), frozenset(k.split("|")))
        for g in gold
        for k in g["keys"]
    ]
    for g in gold:
        if _sentence(annotated, g["evidence"]) is None:
            print(f"  ! evidence not found: {g['evidence']!r}")
    right_system = sum(any(s == t and k in alts for t, alts in truth) for s, k in system)
    right_gold = sum(any(s == t and k in alts for s, k in system) for t, alts in truth)
    return [right_system, len(system), right_gold, len(truth)]


def score_positions(annotated: AnnotatedArticle, gold: list[dict[str, Any]]) -> list[int]:
    """Counts of positions matching on sentence, stance, actor and content."""

    def match(p: Any, g: dict[str, Any]) -> bool:
        return (
            p.stance == g["stance"]
            and g["evidence"] in p.text
            and _norm(g["actor"]) in _norm(p.actor_text)
            and _norm(g["content"]) in _norm(p.content)
        )

    right_system = sum(any(match(p, g) for g in gold) for p in annotated.positions)
    right_gold = sum(any(match(p, g) for p in annotated.positions) for g in gold)
    return [right_system, len(annotated.positions), right_gold, len(gold)]


def _annotate(nlp: Any, doc_id: str, text: str, published: str | None) -> AnnotatedArticle:
    article = clean_document(
        RawDocument(item=doc_id, format="txt", content=text, published=published)
    )
    return annotate_doc(article, nlp(article.text))


def _errors(annotated: AnnotatedArticle, gold: dict[str, Any]) -> None:
    print(f"--- {gold['doc']}")
    for q in annotated.quotes:
        print(f"  quote: {q.text[:60]!r} <- {q.speaker_text!r}")
    for g in gold["quotes"]:
        print(f"  gold quote: {g['text'][:60]!r} <- {g['speaker']!r}")
    for p in annotated.positions:
        print(f"  position: {p.actor_text} {p.stance} {p.content[:60]!r}")
    for c in annotated.claims:
        if c.origins:
            print(f"  origins: {c.text[:40]!r} {[link.key for link in c.origins]}")


def score_dev_set(
    data: Path, errors: str | None = None, texts: Path = TEXTS_DIR
) -> dict[str, dict[str, Any]]:
    """Precision and recall of each claim part on each half of the dev set; "all" is the
    demo and MEANTIME halves (as pinned before the packs half), "packs" is apart."""
    nlp = load_pipeline()
    documents = _documents(data, texts)
    totals: dict[str, dict[str, list[int]]] = {}
    absent: list[str] = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["doc"] not in documents:
            absent.append(gold["doc"])  # pack texts absent
            continue
        text, published = documents[gold["doc"]]
        annotated = _annotate(nlp, gold["doc"], text, published)
        if errors and gold["split"] == errors:
            _errors(annotated, gold)
        parts = score_quotes(annotated, gold["quotes"], gold.get("optional", ()))
        if "provenance" in gold:
            parts["provenance"] = score_provenance(annotated, gold["provenance"])
        parts["positions"] = score_positions(annotated, gold["positions"])
        halves = (gold["split"],) if gold["split"] == "packs" else (gold["split"], "all")
        for half in halves:
            for name, counts in parts.items():
                total = totals.setdefault(half, {}).setdefault(name, [0, 0, 0, 0])
                totals[half][name] = [a + b for a, b in zip(total, counts, strict=True)]
    if absent:
        # the packs half is scored whole or not at all: a part of it is another test set
        print(f"  ! packs half skipped: {len(absent)} of its articles have no exact text")
        totals.pop("packs", None)
    return {
        half: {name: _score(*counts) for name, counts in parts.items()}
        for half, parts in totals.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Score the dev set by half; print a table and write results/claim_parts.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--texts", type=Path, default=TEXTS_DIR, help="folder of <pack>.jsonl")
    parser.add_argument(
        "--errors", choices=("tune", "test", "packs"), help="print system output of a half"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    runs = score_dev_set(args.data, args.errors, args.texts)
    rows = [
        [half, name, r["precision"], r["recall"], r["f1"], r["system"], r["gold"]]
        for half, parts in runs.items()
        for name, r in parts.items()
    ]
    print(markdown_table(["half", "part", "P", "R", "F1", "system", "gold"], rows))
    update_results(
        RESULTS_DIR / "claim_parts.json",
        runs,
        {"seconds": round(time.perf_counter() - started, 1), "gold": str(GOLD.name)},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
