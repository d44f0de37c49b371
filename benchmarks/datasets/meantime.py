"""MEANTIME English reader: 120 Wikinews articles in 4 story corpora, cross-document instances.

Mentions (``ENTITY_MENTION``, ``EVENT_MENTION``) point to corpus-level instances through
``REFERS_TO`` relations; the instance id is the gold chain, and a mention with no instance is a
singleton. Topic = sub-topic = the corpus (airbus, apple, gm, stock). The publication date is
the document creation time (TIMEX3 with ``functionInDocument="CREATION_TIME"``). See
``shared/benchmarks/meantime-en/SOURCE.md``.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

from benchmarks.datasets.records import Corpus, Document, GoldMention, clean_token, make_mention

MENTION_KINDS = {"ENTITY_MENTION": "entity", "EVENT_MENTION": "event"}


def folder(data_dir: Path) -> Path:
    """The MEANTIME annotation folder inside the benchmarks directory."""
    return data_dir / "meantime-en" / "intra_cross-doc_annotation"


def corpora(data_dir: Path) -> list[str]:
    """Names of the story corpora (``airbus``, ``apple``, ...)."""
    return sorted(p.name.removeprefix("corpus_") for p in folder(data_dir).glob("corpus_*"))


def _read_file(path: Path, topic: str) -> tuple[Document, list[tuple[GoldMention, str]]]:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem
    sentences: dict[int, list[str]] = {}
    position: dict[str, tuple[int, int]] = {}
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        words = sentences.setdefault(sentence, [])
        text = clean_token(token.text or "")
        if text is not None:
            position[token.get("t_id", "")] = (sentence, len(words))
            words.append(text)
    count = max(sentences) + 1
    all_sentences = tuple(tuple(sentences.get(i, [])) for i in range(count))
    markables = root.find("Markables")
    elements = [] if markables is None else list(markables)
    published, date_line = None, None
    for element in elements:
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            published = element.get("value") or None
            anchored = [
                position[a.get("t_id", "")]
                for a in element.findall("token_anchor")
                if a.get("t_id", "") in position
            ]
            # Drop the dateline sentence when it holds nothing but the date.
            if anchored:
                line = anchored[0][0]
                covered = {i for s, i in anchored if s == line}
                rest = [t for i, t in enumerate(all_sentences[line]) if i not in covered]
                if all(t in string.punctuation for t in rest):
                    date_line = line
    present = [i for i in range(count) if all_sentences[i] and i != date_line]
    doc = Document(
        doc_id=doc_id,
        topic=topic,
        subtopic=topic,
        sentences=all_sentences,
        title_index=present[0],
        body_indexes=tuple(present[1:]),
        published=published,
        source="Wikinews",
        url=root.get("url"),
    )
    instance_of: dict[str, str] = {}
    for element in elements:
        if element.tag in {"ENTITY", "EVENT"} and element.get("instance_id"):
            instance_of[element.get("m_id", "")] = element.get("instance_id", "")
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in [] if relations is None else relations.findall("REFERS_TO"):
        target = relation.find("target")
        chain = instance_of.get("" if target is None else target.get("m_id", ""))
        if chain is None:
            continue
        for source in relation.findall("source"):
            chain_of[source.get("m_id", "")] = chain
    mentions: list[tuple[GoldMention, str]] = []
    for element in elements:
        kind = MENTION_KINDS.get(element.tag)
        anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
        located = [position[a] for a in anchors if a in position]
        if kind is None or not located:
            continue
        sentence = located[0][0]
        m_id = element.get("m_id", "")
        chain = chain_of.get(m_id, f"{doc_id}:single:{m_id}")
        indexes = [i for s, i in located if s == sentence]
        mentions.append((make_mention(doc, sentence, indexes, kind), chain))
    return doc, mentions


def read_corpus(
    data_dir: Path,
    kinds: frozenset[str] = frozenset({"entity", "event"}),
    corpus_names: tuple[str, ...] | None = None,
) -> Corpus:
    """All (or some) MEANTIME story corpora with gold mentions of the requested kinds."""
    documents: dict[str, Document] = {}
    mentions: list[GoldMention] = []
    chains: list[str] = []
    for name in corpus_names or tuple(corpora(data_dir)):
        for path in sorted((folder(data_dir) / f"corpus_{name}").glob("*.xml")):
            doc, doc_mentions = _read_file(path, name)
            documents[doc.doc_id] = doc
            for mention, chain in doc_mentions:
                if mention.kind in kinds:
                    mentions.append(mention)
                    chains.append(chain)
    return Corpus(
        name="meantime-en", documents=documents, mentions=tuple(mentions), chains=tuple(chains)
    )
