"""Whose figure a figure is, when the parse shows it: "David Garrard threw for 329 yards" is
Garrard's; in "Garrard threw an interception to Keiwan Ratliff, who returned the pick 35 yards"
the 35 yards are Ratliff's, the name the relative clause describes, not the sentence's subject.

Two figures of one slot said of two different people or bodies by name are two facts, not a
disagreement. Only English sentences are parsed here, and only a proper name counts as a
holder: a pronoun or a description ("the 23-year-old") may be anyone, so it blocks nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.claims.day_attachment import parse_heads
from crosscheck.claims.figure_guards import PlacedFigure
from crosscheck.claims.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_NAME_PARTS = ("compound", "flat", "amod")
# Verbs whose subject gives a figure rather than holds it: "the ministry counted 2,946 dead",
# "Reuters put the toll at 2,000". Two sources giving two figures are a disagreement.
_SOURCE_VERBS = REPORTING_VERBS | frozenset(
    "count put record register tally give raise revise update lower list number".split()
)
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "gave": "give"}
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def _gives_figures(verb: Token) -> bool:
    """Whether the verb (read without a lemmatizer) is one of saying or counting."""
    word = verb.lower_
    if word in _IRREGULAR or word in _SOURCE_VERBS:
        return True
    stems = {word[: -len(s)] for s in _SUFFIXES if word.endswith(s)}
    stems |= {stem[:-1] for stem in stems if len(stem) > 2 and stem[-1] == stem[-2]}
    return bool(stems & _SOURCE_VERBS) or bool({f"{stem}e" for stem in stems} & _SOURCE_VERBS)


def figure_holder(figure: PlacedFigure) -> frozenset[str] | None:
    """The words of the name the figure is said of, lower-cased, when the sentence's parse
    gives a proper name as the subject of the figure's verb."""
    doc = parse_heads(figure.sentence, french=False)
    if doc is None:
        return None
    offset = figure.value.start - figure.sentence_start
    token = next((t for t in doc if t.idx <= offset < t.idx + max(len(t.text), 1)), None)
    if token is None:
        return None
    subject = _subject_of(token)
    if subject is None or subject.pos_ != "PROPN":
        return None
    words = [t for t in subject.children if t.dep_ in _NAME_PARTS and t.pos_ == "PROPN"]
    return frozenset(t.lower_ for t in [*words, subject])


def _subject_of(token: Token) -> Token | None:
    """The subject of the first verb above the token; for a relative clause, the noun it
    describes; for a verb joined by "and", the first verb's subject."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _gives_figures(verb):
        return None
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.lower_ not in _RELATIVE:
            return subject
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ != "conj" or subject is not None:
            return None
        verb = verb.head
    return None


def held_by_others(first: PlacedFigure, second: PlacedFigure) -> bool:
    """Whether the two figures are said of two differently named holders (neither name holds
    the other's words: "Charles" and "Jamaal Charles" are one)."""
    a, b = figure_holder(first), figure_holder(second)
    return a is not None and b is not None and not (a <= b or b <= a)
