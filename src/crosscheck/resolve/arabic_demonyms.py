"""Nationality words in Arabic-script paragraphs: "الدومينيكي" (the Dominican) joins the
story's "Dominicans".

Arabic forms a nationality word by adding the nisba ending to the country's stem: ي (a man,
an adjective), ية (a woman), يون / يين (people) and يات; English and the Romance languages add
their own endings to the same stem ("-an", "-ian", "-ese", "-ain", "-ien", "-ano"). With both
endings cut, the stems are compared by their consonant classes (`arabic_script`): "دومينيك" and
"Dominic" both give d-m-n-k. A word is taken only when:

- it carries a nisba ending and its stem has three consonant classes or more (a shorter stem
  matches too many words);
- exactly one nationality entity of the story (every name of it a nationality word naming one
  country) has that stem;
- no entity already has a mention at that place (a name the script pass read stays its own).

Source: the Arabic nisba suffix and the usual Latin nationality suffixes; hand-written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle, Entity, EntityMentionRef, MergeEvidence
from crosscheck.resolve.added_forms import with_added_forms
from crosscheck.resolve.arabic_script import arabic_readings, arabic_words, latin_key
from crosscheck.resolve.names import demonym_country, fold

__all__ = ["demonym_stem_key", "link_arabic_demonyms", "nisba_stem"]

# Arabic nisba endings, longest first
_NISBA = ("يون", "يين", "يات", "ية", "ي")
# Latin nationality endings (English, French, Spanish, Italian), longest first
_LATIN_ENDINGS = (
    "iennes", "ienne", "iens", "ien", "aines", "aine", "ains", "ain", "aises", "aise", "ais",
    "ianos", "ianas", "iano", "iana", "anos", "anas", "ano", "ana", "ians", "ian", "ans", "an",
    "eses", "ese", "ish", "is", "i",
)  # fmt: skip
_MIN_CLASSES = 3
_MIN_STEM_LETTERS = 3


def nisba_stem(word: str) -> str | None:
    """The stem of an Arabic word with a nisba ending ("الدومينيكي" -> "الدومينيك"); None
    when the word has no such ending or too short a stem."""
    for ending in _NISBA:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM_LETTERS:
            return word[: -len(ending)]
    return None


def demonym_stem_key(form: str) -> str | None:
    """The consonant classes of a Latin nationality word's stem ("Dominicans" -> "dmnk");
    None when ``form`` is not a single nationality word."""
    folded = fold(form)
    if " " in folded or not demonym_country(form):
        return None
    for ending in _LATIN_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM_LETTERS:
            return latin_key(folded[: -len(ending)])
    return None


def _index(entities: Sequence[Entity]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        countries = {demonym_country(alias) for alias in entity.aliases}
        if len(countries) != 1 or None in countries:
            continue
        for alias in entity.aliases:
            key = demonym_stem_key(alias)
            if key and len(key) >= _MIN_CLASSES:
                index[key].add(entity.id)
    return index


def _taken(entities: Sequence[Entity]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            spans[mention.article].append((mention.start, mention.end))
    return spans


def _entity_of(word: str, index: dict[str, set[str]]) -> tuple[str, int] | None:
    """The one nationality entity ``word`` names, with the letters of its joined prefixes
    ("و", "ال") to leave out of the mention."""
    stem = nisba_stem(word)
    if stem is None:
        return None
    hits = {(i, cut) for cut, key in arabic_readings(stem) for i in index.get(key, ())}
    if len({i for i, _ in hits}) != 1:
        return None
    return min(hits, key=lambda hit: hit[1])


def link_arabic_demonyms(
    articles: Sequence[AnnotatedArticle], entities: list[Entity]
) -> tuple[list[Entity], list[tuple[str, int, int]]]:
    """The entities with the Arabic nationality words naming them added (mention, alias and
    evidence each), and the spans (article, start, end) of those words: read before the
    names of the story, a nationality word is not taken for a name with the consonants of
    its stem ("الدومينيكي" is not "Domingo")."""
    index = _index(entities)
    if not index:
        return entities, []
    taken = _taken(entities)
    added: dict[str, list[EntityMentionRef]] = defaultdict(list)
    for art in articles:
        text, article_id = art.article.text, art.article.id
        for paragraph in art.article.paragraphs:
            if paragraph.script != "Arabic":
                continue
            for a, b, word in arabic_words(text[paragraph.start : paragraph.end]):
                hit = _entity_of(word, index)
                start, end = paragraph.start + a, paragraph.start + b
                if hit is None or any(s < end and start < e for s, e in taken[article_id]):
                    continue
                entity_id, cut = hit
                mention = EntityMentionRef(
                    article=article_id, start=start + cut, end=end, text=word[cut:]
                )
                added[entity_id].append(mention)
    spans = [(m.article, m.start, m.end) for found in added.values() for m in found]
    return [_with_words(e, added[e.id]) if e.id in added else e for e in entities], spans


def _with_words(entity: Entity, found: list[EntityMentionRef]) -> Entity:
    return with_added_forms(
        entity,
        (
            (
                mention,
                MergeEvidence(
                    kind="Arabic nationality word",
                    forms=[mention.text, entity.name],
                    score=0.75,
                    detail=f"{mention.text} is a nationality word with the stem of"
                    f" {entity.name}, and no other nationality of the story has it",
                ),
            )
            for mention in found
        ),
    )
