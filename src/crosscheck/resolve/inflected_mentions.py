"""People named in an inflected form in paragraphs of languages that decline names: "Roberta
Fica", "Ficovi" in a Slovak report of a story whose other reports write "Robert Fico".

The tagger reads no such paragraph (it is not English), and a declined name is not written as
any name of the story, so these mentions are found at the story level, once the people are
known: a run of one to three capitalised words of such a paragraph names a person when each
word, read back by `inflections.story_form`, is a word of that person's name, at least one
word was declined, and exactly one person of the story has those words (a surname two people
share names neither). Words already inside a mention are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle, Entity, EntityMentionRef, MergeEvidence
from crosscheck.resolve.added_forms import with_added_forms
from crosscheck.resolve.inflections import INFLECTING, StoryNames, story_form
from crosscheck.resolve.names import fold, person_name_tokens

Key = tuple[str, ...]
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 3


def _person_keys(entities: Sequence[Entity]) -> dict[Key, set[str]]:
    """Each person's alias words, surname, and first name with surname -> the persons."""
    index: dict[Key, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for alias in entity.aliases:
            tokens = person_name_tokens(alias)
            if not tokens:
                continue
            index[tokens].add(entity.id)
            if len(tokens) >= 2:
                index[tokens[-1:]].add(entity.id)
                index[(tokens[0], tokens[-1])].add(entity.id)
    return index


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words separated by one space."""
    runs: list[list[tuple[int, int, str]]] = []
    for match in _WORD.finditer(text, start, end):
        word = (match.start(), match.end(), match.group(0))
        if not word[2][:1].isupper():
            continue
        if runs and text[runs[-1][-1][1] : word[0]] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _read(
    run: list[tuple[int, int, str]], language: str, names: StoryNames
) -> tuple[Key, bool] | None:
    """The story's words a run writes, and whether one of them was declined."""
    words: list[str] = []
    declined = False
    for _, _, written in run:
        folded = fold(written)
        found = story_form(folded, language, names)
        if found is None and folded not in names.words:
            return None
        declined = declined or found is not None
        words.append(found or folded)
    return tuple(words), declined


def link_inflected_names(
    articles: Sequence[AnnotatedArticle], entities: list[Entity]
) -> list[Entity]:
    """The people with their declined mentions in paragraphs of languages that inflect
    names added (mention, alias and evidence each)."""
    index = _person_keys(entities)
    names = StoryNames(word for key in index for word in key)
    added: dict[str, list[tuple[EntityMentionRef, MergeEvidence]]] = defaultdict(list)
    for art in articles:
        text = art.article.text
        taken = [(m.start, m.end) for m in art.mentions]
        for paragraph in art.article.paragraphs:
            language = paragraph.language
            if language not in INFLECTING or paragraph.script != "Latin":
                continue
            for run in _runs(text, paragraph.start, paragraph.end):
                for found in _matches(run, language, names, index):
                    start, end, entity_id, key = found
                    if any(a < end and start < b for a, b in taken):
                        continue
                    written = text[start:end]
                    added[entity_id].append(_added(art.article.id, start, end, written, key))
    return [with_added_forms(e, added[e.id]) if e.id in added else e for e in entities]


def _matches(
    run: list[tuple[int, int, str]],
    language: str,
    names: StoryNames,
    index: dict[Key, set[str]],
) -> list[tuple[int, int, str, Key]]:
    """The longest sub-runs that name exactly one person with a declined word."""
    found: list[tuple[int, int, str, Key]] = []
    i = 0
    while i < len(run):
        for n in range(min(_MAX_WORDS, len(run) - i), 0, -1):
            read = _read(run[i : i + n], language, names)
            ids = index.get(read[0], set()) if read is not None and read[1] else set()
            if read is not None and len(ids) == 1:
                found.append((run[i][0], run[i + n - 1][1], next(iter(ids)), read[0]))
                i += n
                break
        else:
            i += 1
    return found


def _added(
    article: str, start: int, end: int, written: str, key: Key
) -> tuple[EntityMentionRef, MergeEvidence]:
    return (
        EntityMentionRef(article=article, start=start, end=end, text=written),
        MergeEvidence(
            kind="declined name",
            forms=[written, " ".join(key)],
            score=0.8,
            detail=f"{written} is {' '.join(key)} with the case endings of its language,"
            " and no other person of the story has that name",
        ),
    )
