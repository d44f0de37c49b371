"""Gun Violence Corpus reader (val and test splits of Bugert et al. 2021).

Every document is about a shooting; the sub-topic is the incident. Sentence 0 of each document
is its publication date (DCT), sentence 1 its title. See
``shared/benchmarks/gvc-gun-violence/SOURCE.md``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from benchmarks.datasets.conll import read_conll
from benchmarks.datasets.records import Corpus, Document, GoldMention, make_mention

SPLITS = ("val", "test")
TOPIC = "gun_violence"


def folder(data_dir: Path) -> Path:
    """The GVC folder inside the benchmarks directory."""
    return data_dir / "gvc-gun-violence"


def doc_to_incident(data_dir: Path) -> dict[str, str]:
    """Gold document -> incident table for all 510 GVC documents."""
    path = folder(data_dir) / "bugert2021_splits" / "gvc_doc_to_event.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["doc-id"]: row["event-id"] for row in csv.DictReader(handle)}


def read_corpus(data_dir: Path, split: str) -> Corpus:
    """Documents of a split (``val`` or ``test``) with their gold event mentions."""
    if split not in SPLITS:
        raise ValueError(f"unknown GVC split {split!r}; choose from {SPLITS}")
    base = folder(data_dir) / split
    incidents = doc_to_incident(data_dir)
    documents: dict[str, Document] = {}
    positions: dict[str, dict[tuple[int, int], int]] = {}
    for raw in read_conll(base / "dataset.conll"):
        _, incident, doc_id = raw.key.split("/")
        if incidents.get(doc_id, incident) != incident:
            raise ValueError(f"GVC incident mismatch for {doc_id}")
        count = max(raw.sentences) + 1
        sentences = tuple(tuple(raw.sentences.get(i, [])) for i in range(count))
        body = tuple(i for i in range(2, count) if sentences[i])
        documents[doc_id] = Document(
            doc_id=doc_id,
            topic=TOPIC,
            subtopic=incident,
            sentences=sentences,
            title_index=1,
            body_indexes=body,
            published=" ".join(sentences[0]) or None,
        )
        positions[doc_id] = raw.token_index
    mentions: list[GoldMention] = []
    chains: list[str] = []
    with (base / "event_mentions.json").open(encoding="utf-8") as handle:
        records = json.load(handle)
    for record in records:
        doc = documents[record["doc_id"]]
        sentence = int(record["sent_id"])
        index = positions[doc.doc_id]
        tokens = [index[sentence, t] for t in record["tokens_number"] if (sentence, t) in index]
        if not tokens:
            continue
        mentions.append(make_mention(doc, sentence, tokens, "event"))
        chains.append(str(record["coref_chain"]))
    return Corpus(
        name=f"gvc-{split}",
        documents=documents,
        mentions=tuple(mentions),
        chains=tuple(chains),
        meta={"split": split},
    )
