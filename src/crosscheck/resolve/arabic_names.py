"""Names in Arabic-script paragraphs, found by the story's own English names (the matching
is shared with other scripts: `link_script_names`, `ScriptReader`).

No Arabic NER model runs offline, so the story's entities are the gazetteer: each English
alias is reduced to consonant classes (`arabic_script.latin_key`), and runs of one to three
Arabic words with the same classes name that entity. A run is taken only when exactly one
entity of the story has its key ("باراك" stays unlinked when the story has both an Ehud
Barak and a Tom Barrack), and a single word only when it has three consonants or more.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise, product

from crosscheck.records import AnnotatedArticle, Entity, EntityMentionRef, MergeEvidence
from crosscheck.resolve.added_forms import with_added_forms
from crosscheck.resolve.arabic_script import arabic_readings, arabic_words, latin_key
from crosscheck.resolve.names import name_tokens, person_name_tokens, without_fused_article

Key = tuple[str, ...]
Readings = Callable[[str], tuple[tuple[int, str], ...]]
_MIN_CLASSES = 3
_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class ScriptReader:
    """How to read names in one writing system: its paragraphs' script, its words, each
    word's readings as consonant classes (with the letters a reading leaves out at the front),
    and the evidence kind of a match."""

    script: str
    words: Callable[[str], list[tuple[int, int, str]]]
    readings: Callable[[str | None], Readings]
    kind: str
    capitalised: bool = False
    # a second check of a match: the written words and the entity's aliases
    confirm: Callable[[str, str | None, list[str]], bool] | None = None


def _latin_only(alias: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in alias)


def _alias_keys(entity: Entity) -> set[Key]:
    """Keys of an entity's Latin aliases: whole names, and a person's surname and first plus
    last name."""
    keys: set[Key] = set()
    for alias in entity.aliases:
        tokens = person_name_tokens(alias) if entity.type == "PERSON" else name_tokens(alias)
        key = tuple(latin_key(without_fused_article(t)) for t in tokens)
        if not key or not all(key) or not _latin_only(alias):
            continue
        keys.add(key)
        if entity.type == "PERSON" and len(key) >= 2:
            keys.update({key[-1:], (key[0], key[-1])})
    return keys


def _index(entities: Sequence[Entity]) -> dict[Key, set[str]]:
    index: dict[Key, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            for key in _alias_keys(entity):
                index[key].add(entity.id)
    return index


def _match(
    words: list[tuple[int, int, str]],
    text: str,
    index: dict[Key, set[str]],
    readings: Readings,
    capitalised: bool,
) -> list[tuple[int, int, str, Key]]:
    """Longest runs of adjacent words whose key names exactly one entity (in a script with
    capitals, runs that open with one)."""
    found: list[tuple[int, int, str, Key]] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a[1] : b[0]].strip() for a, b in pairwise(run)):
                continue  # not adjacent: punctuation between
            if capitalised and not run[0][2][:1].isupper():
                continue
            hit = _lookup(run, index, readings)
            if hit is not None:
                found.append(hit)
                i += n
                break
        else:
            i += 1
    return found


def _lookup(
    run: list[tuple[int, int, str]], index: dict[Key, set[str]], readings: Readings
) -> tuple[int, int, str, Key] | None:
    for read in product(*(readings(word) for _, _, word in run)):
        key = tuple(reading for _, reading in read)
        if not all(key) or sum(map(len, key)) < _MIN_CLASSES:
            continue
        ids = index.get(key, set())
        if len(ids) == 1:
            return run[0][0] + read[0][0], run[-1][1], next(iter(ids)), key
    return None


def _arabic_readings(_language: str | None) -> Readings:
    return arabic_readings


ARABIC = ScriptReader("Arabic", arabic_words, _arabic_readings, "Arabic script")


def link_arabic_script(
    articles: Sequence[AnnotatedArticle],
    entities: list[Entity],
    taken: Collection[tuple[str, int, int]] = (),
) -> list[Entity]:
    """The entities with the Arabic-script mentions of their names added (mention, alias and
    evidence each); words within ``taken`` spans (article, start, end) are read already."""
    return link_script_names(articles, entities, ARABIC, taken)


def link_script_names(
    articles: Sequence[AnnotatedArticle],
    entities: list[Entity],
    reader: ScriptReader,
    taken: Collection[tuple[str, int, int]] = (),
) -> list[Entity]:
    """The entities with the mentions of their names in ``reader``'s script added (mention,
    alias and evidence each); a run overlapping a ``taken`` span (article, start, end), read
    by an earlier pass, is left alone."""
    index = _index(entities)
    aliases = {e.id: e.aliases for e in entities}
    added: dict[str, list[tuple[str, int, int, str, Key]]] = defaultdict(list)
    for art in articles:
        text = art.article.text
        for paragraph in art.article.paragraphs:
            if paragraph.script != reader.script:
                continue
            words = [
                (paragraph.start + a, paragraph.start + b, w)
                for a, b, w in reader.words(text[paragraph.start : paragraph.end])
            ]
            readings = reader.readings(paragraph.language)
            for start, end, entity_id, key in _match(
                words, text, index, readings, reader.capitalised
            ):
                written = text[start:end]
                if any(a == art.article.id and s < end and start < e for a, s, e in taken):
                    continue
                if reader.confirm and not reader.confirm(
                    written, paragraph.language, aliases[entity_id]
                ):
                    continue
                added[entity_id].append((art.article.id, start, end, written, key))
    return [_with_script(e, added[e.id], reader.kind) if e.id in added else e for e in entities]


def _with_script(entity: Entity, found: list[tuple[str, int, int, str, Key]], kind: str) -> Entity:
    return with_added_forms(
        entity,
        (
            (
                EntityMentionRef(article=article, start=start, end=end, text=written),
                MergeEvidence(
                    kind=kind,
                    forms=[written, entity.name],
                    score=0.75,
                    detail=f"{written} has the consonants {'-'.join(key)} of {entity.name},"
                    " and no other name of the story has them",
                ),
            )
            for article, start, end, written, key in found
        ),
    )
