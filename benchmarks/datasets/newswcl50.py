"""NewsWCL50 reader: 10 events x 5 US outlets, concept mentions with loose coreference.

Reads ``newswcl50/cdcr_conll/NewsWCL50.conll`` (full text; keep it internal, see SOURCE.md) and
``newswcl50/original/urls.tsv`` for outlet and URL. Topic = sub-topic = the event number.
"""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.datasets.conll import read_conll
from benchmarks.datasets.records import Corpus, Document, GoldMention, make_mention

OUTLETS = {
    "LL": "HuffPost",
    "L": "The New York Times",
    "M": "USA Today",
    "R": "Fox News",
    "RR": "Breitbart",
}
# Concept types that name events/actions rather than entities (cf. event_mentions.json).
EVENT_TYPES = frozenset({"ACTION", "EVENT", "MISC"})


def folder(data_dir: Path) -> Path:
    """The NewsWCL50 folder inside the benchmarks directory."""
    return data_dir / "newswcl50"


def urls(data_dir: Path) -> dict[str, str]:
    """``<event>_<outlet>`` -> article URL."""
    path = folder(data_dir) / "original" / "urls.tsv"
    with path.open(encoding="utf-8") as handle:
        return {
            f"{row['Event ID']}_{row['Outlet']}": row["URL"]
            for row in csv.DictReader(handle, delimiter="\t")
        }


def read_corpus(data_dir: Path) -> Corpus:
    """All 50 documents with every annotated concept mention and its chain."""
    url_of = urls(data_dir)
    documents: dict[str, Document] = {}
    mentions: list[GoldMention] = []
    chains: list[str] = []
    for raw in read_conll(folder(data_dir) / "cdcr_conll" / "NewsWCL50.conll"):
        topic, _, doc_id = raw.key.split("/")
        count = max(raw.sentences) + 1
        sentences = tuple(tuple(raw.sentences.get(i, [])) for i in range(count))
        outlet = doc_id.split("_", 1)[1]
        doc = Document(
            doc_id=doc_id,
            topic=topic,
            subtopic=topic,
            sentences=sentences,
            title_index=None,  # the CoNLL text carries no separate title
            body_indexes=tuple(i for i in range(count) if sentences[i]),
            source=OUTLETS.get(outlet),
            url=url_of.get(doc_id),
        )
        documents[doc_id] = doc
        for chain, sentence, token_ids in raw.spans:
            tokens = [
                raw.token_index[sentence, t] for t in token_ids if (sentence, t) in raw.token_index
            ]
            if not tokens:
                continue
            kind = "event" if chain.rsplit("_", 1)[-1] in EVENT_TYPES else "entity"
            mentions.append(make_mention(doc, sentence, tokens, kind))
            chains.append(chain)
    return Corpus(
        name="newswcl50", documents=documents, mentions=tuple(mentions), chains=tuple(chains)
    )
