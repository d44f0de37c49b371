"""ECB+ reader: 982 news documents, 43 topics x 2 sub-topics, gold event and entity chains.

Folder layout and conventions: ``shared/benchmarks/ecbplus/SOURCE.md``. Topic = folder number;
sub-topic = topic + ``ecb`` (original ECB documents) or ``ecbplus`` (the added, similar but
distinct seminal event). Chains: ``CROSS_DOC_COREF`` instance ids; ``INTRA_DOC_COREF`` chains
are local to their document; a mention in no relation is a singleton.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

from benchmarks.datasets.records import Corpus, Document, GoldMention, clean_token, make_mention

DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
TEST_TOPICS = frozenset(range(36, 46))
TRAIN_TOPICS = frozenset(set(range(1, 36)) - DEV_TOPICS)
SPLITS: dict[str, frozenset[int]] = {
    "train": TRAIN_TOPICS,
    "dev": DEV_TOPICS,
    "train+dev": TRAIN_TOPICS | DEV_TOPICS,
    "test": TEST_TOPICS,
    "all": frozenset(range(1, 46)),
}
EVENT_PREFIXES = ("ACTION_", "NEG_ACTION_")
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_")
_FILE_RE = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")


def folder(data_dir: Path) -> Path:
    """The ECB+ folder inside the benchmarks directory."""
    return data_dir / "ecbplus"


def validated_sentences(data_dir: Path) -> set[tuple[str, int]]:
    """``(doc_id, sentence)`` pairs listed in ECBplus_coreference_sentences.csv."""
    path = folder(data_dir) / "ECBplus_coreference_sentences.csv"
    with path.open(encoding="utf-8") as handle:
        return {
            (f"{row['Topic']}_{row['File']}", int(row["Sentence Number"]))
            for row in csv.DictReader(handle)
        }


def _kind(tag: str) -> str | None:
    if tag.startswith(EVENT_PREFIXES):
        return "event"
    if tag.startswith(ENTITY_PREFIXES):
        return "entity"
    return None


def _parse_document(
    path: Path,
) -> tuple[Document, dict[str, tuple[int, int]], ET.Element]:
    match = _FILE_RE.match(path.name)
    if match is None:
        raise ValueError(f"unexpected ECB+ file name: {path.name}")
    topic, _, flavour = match.groups()
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    position: dict[str, tuple[int, int]] = {}
    raw_first: list[str] = []
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        words = sentences.setdefault(sentence, [])
        if sentence == 0:
            raw_first.append(token.text or "")
        text = clean_token(token.text or "")
        if text is None:
            continue  # whitespace tokens (known glitches in three files)
        position[token.get("t_id", "")] = (sentence, len(words))
        words.append(text)
    count = max(sentences) + 1
    all_sentences = tuple(tuple(sentences.get(i, [])) for i in range(count))
    present = [i for i in range(count) if all_sentences[i]]
    url = source = None
    if flavour == "ecbplus":
        # Sentence 0 of the added documents is the source URL, tokenised.
        url = "".join(t.strip() for t in raw_first)
        netloc = urlparse(url).netloc.lower()
        source = netloc.removeprefix("www.") or None
        present = [i for i in present if i != 0]
    doc = Document(
        doc_id=path.stem,
        topic=topic,
        subtopic=f"{topic}{flavour}",
        sentences=all_sentences,
        title_index=present[0],
        body_indexes=tuple(present[1:]),
        source=source,
        url=url,
    )
    return doc, position, root


def _chains(root: ET.Element, doc_id: str) -> dict[str, str]:
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is None:
        return chain_of
    for relation in relations:
        if relation.tag == "CROSS_DOC_COREF":
            chain = relation.get("note") or f"{doc_id}:cross:{relation.get('r_id')}"
        elif relation.tag == "INTRA_DOC_COREF":
            chain = f"{doc_id}:intra:{relation.get('r_id')}"
        else:
            continue
        for source in relation.findall("source"):
            chain_of[source.get("m_id", "")] = chain
    return chain_of


def read_document(path: Path) -> tuple[Document, list[tuple[GoldMention, str]]]:
    """One ECB+ XML file: the document and its gold mentions with chain ids."""
    doc, position, root = _parse_document(path)
    chain_of = _chains(root, doc.doc_id)
    mentions: list[tuple[GoldMention, str]] = []
    markables = root.find("Markables")
    for markable in [] if markables is None else list(markables):
        kind = _kind(markable.tag)
        anchors = [a.get("t_id", "") for a in markable.findall("token_anchor")]
        located = [position[a] for a in anchors if a in position]
        if kind is None or not located:
            continue  # instance descriptors have no anchors
        sentence = located[0][0]
        indexes = [i for s, i in located if s == sentence]
        m_id = markable.get("m_id", "")
        chain = chain_of.get(m_id, f"{doc.doc_id}:single:{m_id}")
        mentions.append((make_mention(doc, sentence, indexes, kind), chain))
    return doc, mentions


def _files(data_dir: Path, topics: frozenset[int]) -> list[Path]:
    root = folder(data_dir) / "ECB+"
    files = [
        path
        for topic_dir in root.iterdir()
        if topic_dir.is_dir() and topic_dir.name.isdigit() and int(topic_dir.name) in topics
        for path in topic_dir.iterdir()
        if _FILE_RE.match(path.name)
    ]
    return sorted(files, key=lambda p: _sort_key(p.name))


def _sort_key(name: str) -> tuple[int, str, int]:
    match = _FILE_RE.match(name)
    assert match is not None
    topic, number, flavour = match.groups()
    return int(topic), flavour, int(number)


def read_corpus(
    data_dir: Path,
    split: str = "all",
    kinds: frozenset[str] = frozenset({"event", "entity"}),
    validated_only: bool = True,
) -> Corpus:
    """ECB+ documents of a split with their gold mentions.

    ``validated_only`` keeps only mentions in the sentences of
    ECBplus_coreference_sentences.csv, the standard evaluation setting.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown ECB+ split {split!r}; choose from {sorted(SPLITS)}")
    keep = validated_sentences(data_dir) if validated_only else None
    documents: dict[str, Document] = {}
    mentions: list[GoldMention] = []
    chains: list[str] = []
    for path in _files(data_dir, SPLITS[split]):
        doc, doc_mentions = read_document(path)
        documents[doc.doc_id] = doc
        for mention, chain in doc_mentions:
            if mention.kind not in kinds:
                continue
            if keep is not None and (doc.doc_id, mention.sentence) not in keep:
                continue
            mentions.append(mention)
            chains.append(chain)
    return Corpus(
        name=f"ecbplus-{split}",
        documents=documents,
        mentions=tuple(mentions),
        chains=tuple(chains),
        meta={"split": split, "validated_only": str(validated_only)},
    )
