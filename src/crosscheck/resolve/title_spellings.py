"""A title before a given name in another romanisation: "Said Badr" for "Sayyid Badr", the
Omani title written like the given name Said.

"Said" is also a name (Edward Said, Said Jalili), so the reading is taken only when everything
else agrees: the first word has the transliteration skeleton of a title used before given
names (`honorifics.GIVEN_NAME_HONORIFICS`), the second word is the given name of exactly one
person of the story and the surname of nobody, the two-word name joined no one as a full
name, and both hold the same office of the same country (roles from the articles).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.honorifics import GIVEN_NAME_HONORIFICS
from crosscheck.resolve.names import person_name_tokens, similar_words, skeleton
from crosscheck.resolve.state import MentionKey, MergeState

# Only the titles whose romanisations wander ("Sayyid", "Sayed", "Said", "Seyed"; "Sheikh",
# "Shaykh", "Shaik"): "Amir" and "Imam" have the skeletons of given names ("Amr").
_TITLE_SKELETONS = frozenset(
    skeleton(title) for title in GIVEN_NAME_HONORIFICS if title.startswith(("s", "sh"))
)
Office = tuple[str, str | None]


def _offices(articles: Sequence[AnnotatedArticle]) -> dict[MentionKey, set[Office]]:
    offices: dict[MentionKey, set[Office]] = defaultdict(set)
    for art in articles:
        for role in art.roles:
            if role.country:
                offices[(art.article.id, role.mention)].add((role.office, role.country))
    return offices


def link_title_spellings(
    articles: Sequence[AnnotatedArticle],
    full: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join "Said Badr" (``full``: the story's person names of two words or more) to the one
    person whose given name is Badr and who holds the office the article gives Said Badr."""
    offices = _offices(articles)
    people: dict[MentionKey, list[tuple[str, ...]]] = defaultdict(list)
    for key in full:
        people[state.uf.find(key)].append(person_name_tokens(text_of[key]))
    for root, names in list(people.items()):
        tokens = names[0]
        if len(set(names)) != 1 or len(tokens) != 2 or skeleton(tokens[0]) not in _TITLE_SKELETONS:
            continue
        others = {r: n for r, n in people.items() if r != root}
        given = tokens[1]
        if any(similar_words(given, n[-1])[0] for ns in others.values() for n in ns):
            continue  # someone's surname: "Said Badr" may be a Mr Badr
        named = [r for r, ns in others.items() if any(similar_words(given, n[0])[0] for n in ns)]
        if len(named) != 1 or not _held(root, full, state, offices) & _held(
            named[0], full, state, offices
        ):
            continue
        target = state.uf.find(named[0])
        state.merge(
            target,
            root,
            "title in another spelling",
            (text_of[target], text_of[root]),
            0.7,
            f"{tokens[0].title()} read as a title before the given name; both hold the same office",
        )


def _held(
    root: MentionKey,
    full: Sequence[MentionKey],
    state: MergeState,
    offices: dict[MentionKey, set[Office]],
) -> set[Office]:
    """The offices (with their countries) the articles give a person's mentions."""
    return set().union(*(offices[k] for k in full if state.uf.find(k) == root))
