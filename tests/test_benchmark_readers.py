"""Benchmark readers against the counts documented in each folder's SOURCE.md.

These tests read ``../shared/benchmarks`` (relative to the repository root) and are skipped when
it is absent. The dossier-to-clustering mapping of the event benchmark is tested on synthetic
dossiers at the end (no data needed).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

# The benchmarks package lives at the repository root, outside src/; plain `pytest` does not
# put the root on sys.path (`python -m pytest` does). Setting `pythonpath = ["."]` in the
# pytest config would make this unnecessary.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.crosscheck_runner import CrosscheckRunError, clustering_from_dossier, read_dossier
from benchmarks.datasets import ecbplus, gvc, meantime, newswcl50
from benchmarks.datasets.records import Corpus, cli_record, default_data_dir, write_jsonl

DATA = default_data_dir()


def need(folder: str) -> Path:
    if not (DATA / folder).is_dir():
        pytest.skip(f"benchmark data {DATA / folder} not present")
    return DATA


def assert_offsets_match(corpus: Corpus) -> None:
    for mention in corpus.mentions[:500]:
        if mention.char_start is None or mention.char_end is None:
            continue
        text = corpus.documents[mention.doc_id].text[mention.char_start : mention.char_end]
        # The surface text keeps only anchored tokens; contiguous mentions match exactly.
        assert text.startswith(mention.text.split(" ")[0])
        assert text.endswith(mention.text.split(" ")[-1])


@pytest.fixture(scope="module")
def ecb_all() -> Corpus:
    return ecbplus.read_corpus(need("ecbplus"), "all", validated_only=False)


def test_ecbplus_documents_and_mentions(ecb_all: Corpus) -> None:
    docs = ecb_all.documents.values()
    assert len(ecb_all.documents) == 982
    assert len({d.topic for d in docs}) == 43
    assert Counter(d.subtopic.endswith("ecbplus") for d in docs) == {False: 480, True: 502}
    kinds = Counter(m.kind for m in ecb_all.mentions)
    # README.txt "ECB+ 1.0 statistics": 15,003 action mentions; entities are
    # 9,621 human + 3,056 non-human + 2,412 time + 2,205 location = 17,294.
    assert kinds == {"event": 15003, "entity": 17294}
    cross_doc = {c for c in ecb_all.chains if ":" not in c}
    assert len(cross_doc) == 2312
    assert_offsets_match(ecb_all)


def test_ecbplus_splits_and_validated_sentences() -> None:
    data = need("ecbplus")
    sentences = ecbplus.validated_sentences(data)
    assert len(sentences) == 1840
    assert len({doc for doc, _ in sentences}) == 976
    counts = {
        split: len(ecbplus.read_corpus(data, split, kinds=frozenset()).documents)
        for split in ("train", "dev", "test")
    }
    assert counts == {"train": 575, "dev": 197, "test": 210}
    test = ecbplus.read_corpus(data, "test")
    assert all((m.doc_id, m.sentence) in sentences for m in test.mentions)


def test_ecbplus_metadata(ecb_all: Corpus) -> None:
    doc = ecb_all.documents["36_1ecbplus"]
    assert doc.url is not None and doc.url.startswith("http")
    assert doc.source == "ibtimes.com"
    assert "http" not in doc.text  # the URL sentence is metadata, not article text
    assert ecb_all.documents["1_1ecb"].source is None


@pytest.mark.parametrize(
    ("split", "docs", "incidents", "mentions", "chains"),
    [("test", 74, 34, 1008, 250), ("val", 78, 37, 977, 271)],
)
def test_gvc_split(split: str, docs: int, incidents: int, mentions: int, chains: int) -> None:
    corpus = gvc.read_corpus(need("gvc-gun-violence"), split)
    assert len(corpus.documents) == docs
    assert len({d.subtopic for d in corpus.documents.values()}) == incidents
    assert len(corpus.mentions) == mentions
    assert len(set(corpus.chains)) == chains
    assert all(
        d.published and len(d.published) == 10 and d.published[4] == "-"
        for d in corpus.documents.values()
    )
    assert_offsets_match(corpus)


def test_gvc_incident_table() -> None:
    assert len(gvc.doc_to_incident(need("gvc-gun-violence"))) == 510


def test_meantime() -> None:
    corpus = meantime.read_corpus(need("meantime-en"))
    docs = corpus.documents.values()
    assert len(corpus.documents) == 120
    assert Counter(d.topic for d in docs) == dict.fromkeys(["airbus", "apple", "gm", "stock"], 30)
    # SOURCE.md: 3,919 ENTITY_MENTION markables, one of them an empty mark with no tokens;
    # 2,699 EVENT_MENTION; 118 creation times.
    assert Counter(m.kind for m in corpus.mentions) == {"entity": 3918, "event": 2699}
    assert sum(1 for d in docs if d.published) == 118
    entity_instances = {
        c
        for c, m in zip(corpus.chains, corpus.mentions, strict=True)
        if m.kind == "entity" and ":single:" not in c
    }
    assert len(entity_instances) == 753
    assert_offsets_match(corpus)


def test_newswcl50() -> None:
    corpus = newswcl50.read_corpus(need("newswcl50"))
    assert len(corpus.documents) == 50
    assert len(set(corpus.chains)) == 170
    assert Counter(d.source for d in corpus.documents.values()) == dict.fromkeys(
        newswcl50.OUTLETS.values(), 10
    )
    # event_mentions.json holds the 1,224 non-actor concept mentions.
    assert sum(1 for m in corpus.mentions if m.kind == "event") == 1224
    assert_offsets_match(corpus)


def test_jsonl_for_cli(tmp_path: Path, ecb_all: Corpus) -> None:
    docs = [ecb_all.documents["36_1ecbplus"], ecb_all.documents["1_1ecb"]]
    path = tmp_path / "in.jsonl"
    assert write_jsonl(docs, path) == 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[0]["id"] == "36_1ecbplus"
    assert records[0]["title"] == "Warren Jeffs Found Guilty on Sexual Assault Charges"
    assert records[0]["source"] == "ibtimes.com"
    assert "published" not in records[0]
    assert set(records[1]) == {"id", "title", "text"}
    assert records[1]["text"].count("\n") == len(docs[1].body_indexes) - 1


def test_gvc_record_has_date() -> None:
    corpus = gvc.read_corpus(need("gvc-gun-violence"), "val")
    record = cli_record(next(iter(corpus.documents.values())))
    assert record["published"] == "2014-06-15"


# --- dossier -> document clustering (event benchmark), synthetic input -----------------------


def test_dossier_clustering_maps_articles_to_records() -> None:
    dossier = {
        "articles": [
            {"id": "a1", "source_id": "doc1"},
            {"id": "a2", "source_id": "doc2"},
            {"id": "a3", "source_id": "doc3"},
            {"id": "a4", "source_id": "doc4"},
        ],
        "events": [
            {"id": "e1", "articles": ["a1"]},
            {"id": "e2", "articles": ["a1", "a2", "a3"]},
        ],
    }
    result = clustering_from_dossier(dossier)
    # a1 is in two events: it stays with the larger e2; a4 is in no event (a singleton).
    assert result.labels == {"doc1": "e2", "doc2": "e2", "doc3": "e2"}
    assert (result.articles, result.events, result.multi_event_articles) == (4, 2, 1)


def test_dossier_with_unknown_article_is_an_error() -> None:
    dossier = {"articles": [], "events": [{"id": "e1", "articles": ["zz"]}]}
    with pytest.raises(CrosscheckRunError, match="unknown article"):
        clustering_from_dossier(dossier)


def test_missing_dossier_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CrosscheckRunError, match="no dossier"):
        read_dossier(tmp_path / "dossier.json")
