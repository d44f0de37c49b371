"""A monarch's or pope's given name after a regnal title ("el rey Felipe", "King Felipe",
the mention "Felipe") is the one person of the story named with it and a regnal number
("Felipe VI", "Charles III").

Only after such a title (a villager quoted as "Mohammed" is not King Mohammed VI), and only
when the story gives that regnal name to exactly one person and writes the word in no other
person's full name: "el rey Felipe" beside "Felipe VI" and "Felipe González" stays alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.names import name_tokens, person_name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["link_regnal_names", "regnal_given_name"]

_NUMERAL = re.compile(r"[ivx]{1,4}")
# Titles written before a regnal name, folded ("König" is "konig")
_REGNAL_TITLES = frozenset(
    "king queen pope prince princess emperor empress sultan emir rey reina roi reine re regina"
    " rei rainha papa pape konig konigin papst".split()
)


def regnal_given_name(text: str) -> str | None:
    """The given name of a regnal name, a title before it allowed: "King Felipe VI" ->
    "felipe", "Charles III" -> "charles"; None for any other name."""
    tokens = name_tokens(text)
    if len(tokens) == 3 and tokens[0] in _REGNAL_TITLES:
        tokens = tokens[1:]
    if len(tokens) == 2 and _NUMERAL.fullmatch(tokens[1]) and tokens[0] not in _REGNAL_TITLES:
        return tokens[0]
    return None


def link_regnal_names(
    articles: Sequence[AnnotatedArticle],
    full: Sequence[MentionKey],
    short: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join each one-word person mention (``short``) to the one regnal name of ``full`` (the
    story's person names of two words or more) whose name it is."""
    regnal: dict[str, set[MentionKey]] = defaultdict(set)
    other_words: set[str] = set()
    for key in full:
        given = regnal_given_name(text_of[key])
        if given is not None:
            regnal[given].add(state.uf.find(key))
        else:
            other_words.update(person_name_tokens(text_of[key]))
    by_id = {art.article.id: art for art in articles}
    for key in short:
        (word,) = person_name_tokens(text_of[key])
        if word not in regnal or not _after_regnal_title(by_id[key[0]], key[1]):
            continue
        roots = {state.uf.find(k) for k in regnal.get(word, ())}
        if len(roots) != 1 or word in other_words:
            continue
        root = next(iter(roots))
        if root != state.uf.find(key):
            state.merge(
                root,
                key,
                "regnal name alone",
                (text_of[root], text_of[key]),
                0.85,
                "the story gives this name with a regnal number to one person only",
            )


def _after_regnal_title(article: AnnotatedArticle, index: int) -> bool:
    """Whether the mention is written right after a regnal title ("el rey Felipe")."""
    start = article.mentions[index].start
    before = name_tokens(article.article.text[max(0, start - 12) : start])
    return bool(before) and before[-1] in _REGNAL_TITLES
