"""Link organisation descriptions to the organisations they describe.

In order of confidence:

1. apposition in the article: "Yedioth Ahronoth, the Israeli newspaper," / "the Syrian newspaper
   'Al-Watan'";
2. the same description used with a name elsewhere in the corpus, for exactly one organisation
   ("the Israeli newspaper" is Yedioth Ahronoth in another report);
3. a press convention (`gazetteer.WELL_KNOWN_DESCRIPTIONS`: "the French news agency" is AFP);
4. a bare description ("the paper") to the one organisation its own article already described
   with a head of the same family.

Descriptions that none of these link are left out of the entities: "the company" alone names
nobody in particular.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from crosscheck.annotate.descriptions import description_family, description_key
from crosscheck.annotate.gazetteer import WELL_KNOWN_DESCRIPTIONS as CONVENTIONS
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import name_tokens

MentionKey = tuple[str, int]
_APPOSITION_AFTER = re.compile(r'^\s*,?\s*["“‘\'«]?\s*$')  # description, then the name
_APPOSITION_BEFORE = re.compile(r'^["”’\'»]?\s*,\s*$')  # the name, then ", the description"


@dataclass(frozen=True, slots=True)
class DescriptionLink:
    """One description joined to a mention (a name, or a description linked earlier)."""

    description: MentionKey
    target: MentionKey
    kind: str
    detail: str
    score: float
    name: str | None = None  # the organisation's name when it comes from a press convention


def link_descriptions(
    articles: Sequence[AnnotatedArticle],
    organisations: Mapping[MentionKey, str],
    root_of: Callable[[MentionKey], MentionKey],
) -> list[DescriptionLink]:
    """Links for the description mentions of `articles`, to be applied in order.

    `organisations` are the named organisation mentions (key -> text); `root_of` gives the
    entity a named mention was resolved to."""
    descriptions = [
        (art, i)
        for art in articles
        for i, m in enumerate(art.mentions)
        if m.kind == "description"
        or ((art.article.id, i) in organisations and description_key(m.text) in CONVENTIONS)
    ]  # a name written like a description ("French Press Agency") follows the convention too
    linked: dict[MentionKey, MentionKey] = {}  # description -> named mention
    learned: dict[str, set[MentionKey]] = defaultdict(set)
    links = _apposition_links(descriptions, organisations, root_of, linked, learned)
    links += _phrase_links(descriptions, organisations, linked, learned)
    links += _bare_links(articles, descriptions, linked)
    return links


def _apposition_links(
    descriptions: list[tuple[AnnotatedArticle, int]],
    organisations: Mapping[MentionKey, str],
    root_of: Callable[[MentionKey], MentionKey],
    linked: dict[MentionKey, MentionKey],
    learned: dict[str, set[MentionKey]],
) -> list[DescriptionLink]:
    """Descriptions written next to a name ("the agency, Reuters,"); what each phrase named is
    learned for the next pass."""
    by_article: dict[str, list[MentionKey]] = defaultdict(list)
    for key in organisations:
        by_article[key[0]].append(key)
    links = []
    for art, i in descriptions:
        target = _apposed_name(art, i, by_article[art.article.id])
        if target is not None:
            key = (art.article.id, i)
            linked[key] = target
            learned[description_key(art.mentions[i].text)].add(root_of(target))
            links.append(
                DescriptionLink(
                    key, target, "description in apposition", "written next to the name", 1.0
                )
            )
    return links


def _phrase_links(
    descriptions: list[tuple[AnnotatedArticle, int]],
    organisations: Mapping[MentionKey, str],
    linked: dict[MentionKey, MentionKey],
    learned: dict[str, set[MentionKey]],
) -> list[DescriptionLink]:
    """Descriptions another article wrote next to one name, then press conventions ("the
    French news agency" is AFP) when no apposition decided the phrase."""
    by_name = _names_index(organisations)
    convention_first: dict[str, MentionKey] = {}
    links = []
    for art, i in descriptions:
        key = (art.article.id, i)
        phrase = description_key(art.mentions[i].text)
        if key in linked or len(phrase.split()) < 2:
            continue
        roots = learned.get(phrase, set())
        if len(roots) == 1:
            linked[key] = next(iter(roots))
            links.append(
                DescriptionLink(
                    key,
                    linked[key],
                    "description used with the name elsewhere",
                    f"another article writes {phrase!r} next to this organisation's name",
                    0.8,
                )
            )
            continue
        names = CONVENTIONS.get(phrase)
        if names is None or roots:
            continue
        known = {by_name[n] for n in map(_folded, names) if n in by_name}
        if len(known) > 1:
            continue
        target = next(iter(known)) if known else convention_first.setdefault(names[0], key)
        linked[key] = target
        links.append(
            DescriptionLink(
                key,
                target,
                "press convention",
                f"{phrase!r} conventionally names {names[0]}",
                0.9,
                name=names[0],
            )
        )
    return links


def _folded(name: str) -> str:
    return " ".join(name_tokens(name))


def _names_index(organisations: Mapping[MentionKey, str]) -> dict[str, MentionKey]:
    index: dict[str, MentionKey] = {}
    for key, text in organisations.items():
        index.setdefault(_folded(text), key)
    return index


def _apposed_name(
    article: AnnotatedArticle, index: int, names: list[MentionKey]
) -> MentionKey | None:
    """The named organisation written right before or after description `index`."""
    text = article.article.text
    mention = article.mentions[index]
    for key in names:
        name = article.mentions[key[1]]
        after = text[mention.end : name.start] if name.start >= mention.end else None
        before = text[name.end : mention.start] if name.end <= mention.start else None
        if after is not None and len(after) <= 4 and _APPOSITION_AFTER.match(after):
            return key
        if before is not None and len(before) <= 4 and _APPOSITION_BEFORE.match(before):
            return key
    return None


def _bare_links(
    articles: Sequence[AnnotatedArticle],
    descriptions: list[tuple[AnnotatedArticle, int]],
    linked: dict[MentionKey, MentionKey],
) -> list[DescriptionLink]:
    """ "the paper" -> the one organisation its article described as a newspaper before."""
    links = []
    for art, i in descriptions:
        key = (art.article.id, i)
        if key in linked:
            continue
        family = description_family(art.mentions[i].text)
        earlier = {
            linked[(art.article.id, j)]
            for j, m in enumerate(art.mentions)
            if m.kind == "description"
            and (art.article.id, j) in linked
            and m.start < art.mentions[i].start
            and description_family(m.text) == family
        }
        if len(earlier) == 1:
            target = next(iter(earlier))
            linked[key] = target
            links.append(
                DescriptionLink(
                    key,
                    target,
                    "description in same article",
                    f"the article described one organisation as a {family} before",
                    0.9,
                )
            )
    return links
