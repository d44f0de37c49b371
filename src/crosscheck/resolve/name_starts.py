"""A short form of a name that drops its last word: "Mohammad Hassan" (often after a title,
"Mullah Mohammad Hassan") is "Mohammad Hassan Akhund" when the rest of the evidence agrees.

Afghan, Pakistani and Arab officials are often named by their first two names only. The
short form joins the longer name it starts when
- it starts exactly one person's longer name in the story (words compared up to spelling),
- no other person's name ends with its last word (then "Hassan" may be that person's
  surname), and
- the two hold the same office, as the articles state it ("Mohammad Yaqoob, the defence
  minister" / "Defence Minister Mohammad Yaqoob Mujahid"): two different people named
  "Mohammad Hassan ..." rarely hold one office in one story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import person_name_tokens, same_given_name, similar_words
from crosscheck.resolve.state import MentionKey, MergeState

Office = tuple[str, str | None]  # office, country


def _same_word(a: str, b: str) -> bool:
    return same_given_name(a, b) or similar_words(a, b)[0]


def _starts(short: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    return len(longer) > len(short) and all(
        _same_word(a, b) for a, b in zip(short, longer, strict=False)
    )


def _offices(
    articles: Sequence[AnnotatedArticle], state: MergeState
) -> dict[MentionKey, set[Office]]:
    """The offices the articles give each person (by union-find root)."""
    offices: dict[MentionKey, set[Office]] = defaultdict(set)
    for art in articles:
        for role in art.roles:
            key = (art.article.id, role.mention)
            if key in state.uf and role.status != "former":
                offices[state.uf.find(key)].add((role.office, role.country))
    return offices


def _same_office(a: set[Office], b: set[Office]) -> bool:
    return any(
        office_a == office_b and (country_a == country_b or None in (country_a, country_b))
        for office_a, country_a in a
        for office_b, country_b in b
    )


def link_name_starts(
    articles: Sequence[AnnotatedArticle],
    full: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join a two-word name to the one longer name it starts, when the office agrees."""
    forms: dict[tuple[str, ...], MentionKey] = {}
    for key in full:
        forms.setdefault(person_name_tokens(text_of[key]), key)
    offices = _offices(articles, state)
    for short, key in forms.items():
        if len(short) != 2:
            continue
        root = state.uf.find(key)
        longer = {state.uf.find(k) for tokens, k in forms.items() if _starts(short, tokens)} - {
            root
        }
        others_ending = {
            state.uf.find(k)
            for tokens, k in forms.items()
            if len(tokens) >= 2 and tokens[-1] == short[-1]
        } - {root}
        if len(longer) != 1 or others_ending:
            continue
        target = next(iter(longer))
        if not _same_office(offices.get(root, set()), offices.get(target, set())):
            continue
        state.merge(
            target,
            key,
            "name cut after its second word",
            (text_of[target], text_of[key]),
            0.8,
            "the name starts exactly one longer name of the story, no other person's name ends"
            " with its last word, and the articles give both the same office",
        )
