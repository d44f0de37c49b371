"""An acronym joins the name an article spells it out with: "the Military Emergency Unit
(UME)" or "the Joint Comprehensive Plan of Action (JCPOA)". The brackets right after the
name are the writer's own statement that the two are one, so initials that a plain acronym
rule cannot read (a skipped word kept, another language's word order) still join."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from crosscheck.annotate.acronyms import SKIPPED_WORDS, abbreviates
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.state import MentionKey, MergeState

# a closing quote may come between: « Conseil national de la sauvegarde de la patrie » (CNSP)
_BRACKET_OPEN = re.compile(r"[ \t\u00a0\u202f]*[»”\"]?[ \t\u00a0\u202f]*\([ \t]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Function words of the Romance and German names of institutions, and elided articles
# ("d'Afrique"), which give no letter to an acronym.
_FUNCTION_WORDS = SKIPPED_WORDS | frozenset(
    "del los las y da do das dos di della delle degli per pour au aux sur für der die das und"
    " zur zum".split()
)
_ELIDED = re.compile(r"^[dlDL]['’]")


def _definitions(art: AnnotatedArticle) -> Iterable[tuple[int, int]]:
    """Index pairs (name, acronym) of name mentions where the acronym is written in brackets
    right after the name."""
    text = art.article.text
    names = sorted((m.start, i) for i, m in enumerate(art.mentions) if m.kind == "name")
    for (_, i), (_, j) in pairwise(names):
        name, short = art.mentions[i], art.mentions[j]
        between = text[name.end : short.start]
        closed = text[short.end : short.end + 1] == ")"
        if not (closed and _BRACKET_OPEN.fullmatch(between) and _ACRONYM.fullmatch(short.text)):
            continue
        words = name.text.replace("-", " ").split()
        own_language = name.type == short.type == "ORG" and _in_own_language(short.text, words)
        if (
            own_language
            or _abbreviates_name(short.text, words)
            or _sentence_case(short.text, words)
        ):
            yield i, j


_MAX_PARENT_WORDS = 3


def _in_own_language(letters: str, words: list[str]) -> bool:
    """Whether bracketed letters may be an organisation's acronym in its own language ("the
    Ukrainian Security Service (SBU)", from Ukrainian): it opens with the initial of one of
    the name's capitalised words, and at least half its letters are such initials. (A
    person's affiliation, "Tom Fletcher (OCHA)", is never read so: both must be
    organisations.)"""
    initials = {w[0] for w in words if w[:1].isupper()}
    shared = sum(letter in initials for letter in letters)
    return letters[0] in initials and shared * 2 >= len(letters)


def _abbreviates_name(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` abbreviate the name, or the name after up to three words of the
    body it belongs to ("United Nations Office for the Coordination of Humanitarian Affairs
    (OCHA)")."""
    return any(
        abbreviates(letters, words[cut:])
        for cut in range(min(_MAX_PARENT_WORDS, len(words) - 2) + 1)
    )


def _sentence_case(letters: str, words: list[str]) -> bool:
    """Whether the letters are, in order, the initials of every content word of a name
    written in sentence case, as French and Spanish write institutions: "Conseil national de
    sauvegarde de la patrie (CNSP)". The name opens with a capital; function words
    (`annotate.acronyms.SKIPPED_WORDS`) give no letter."""
    content = [
        w for w in (_ELIDED.sub("", w) for w in words) if w and w.lower() not in _FUNCTION_WORDS
    ]
    return (
        len(content) >= 3
        and words[0][:1].isupper()
        and "".join(w[0] for w in content).upper() == letters
    )


def link_defined_acronyms(
    articles: Sequence[AnnotatedArticle], names: set[MentionKey], state: MergeState
) -> None:
    """Join each acronym to the name it is written in brackets after, when both are names
    being resolved and the acronym's letters abbreviate the name's words."""
    for art in articles:
        for i, j in _definitions(art):
            long, short = (art.article.id, i), (art.article.id, j)
            if long not in names or short not in names:
                continue
            forms = (art.mentions[i].text, art.mentions[j].text)
            state.merge(
                long,
                short,
                "acronym defined in text",
                forms,
                0.95,
                f"{forms[1]} is written in brackets right after {forms[0]}",
            )
