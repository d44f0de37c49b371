"""Modality and polarity of a proposition: asserted, reported, expected, denied, hypothetical,
demanded; negated or not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosscheck.claims.lexicon import (
    DEMAND_VERBS,
    DENIAL_VERBS,
    EXPECT_VERBS,
    FUTURE_MODALS,
    HYPOTHETICAL_MODALS,
    NEGATORS,
    REPORTED_ADVERBS,
    REPORTING_VERBS,
)
from crosscheck.records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
# "not the jet being down, but why": a contrast, not a negation of the clause.
_CONTRAST = re.compile(r"\bnot\s+(?:the|a|an|only|just|merely|so much)\b[^.;]*?\bbut\b", re.I)


def _auxes(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _conditional(verb: Token) -> bool:
    """Whether the clause carries an "if"/"unless" condition or hangs from one."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
        ):
            return True
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children)


def modality(verb: Token, frame: str | None, has_speaker: bool) -> Modality:
    """The modality of the proposition headed by `verb`, given the lemma of the verb that
    frames it ("said", "denied", "demands", "is expected to") and whether a source is cited."""
    if frame in DENIAL_VERBS:
        return "denied"
    if frame in DEMAND_VERBS:
        return "demanded"
    auxes = _auxes(verb)
    reported_past = frame in REPORTING_VERBS and "would" in auxes
    if (auxes & HYPOTHETICAL_MODALS and not reported_past) or _conditional(verb):
        return "hypothetical"
    if auxes & FUTURE_MODALS or reported_past or frame in EXPECT_VERBS:
        return "expected"
    if verb.head.lemma_.lower() in EXPECT_VERBS and verb.dep_ == "xcomp":
        return "expected"
    if "going" in auxes or (frame == "go" and verb.dep_ == "xcomp"):
        return "expected"
    if frame in REPORTING_VERBS or has_speaker:
        return "reported"
    if any(c.lower_ in REPORTED_ADVERBS for c in verb.children):
        return "reported"
    return "asserted"


def negated(verb: Token, sentence_text: str) -> bool:
    """Whether the clause headed by `verb` is negated ("did not attend", "no one attended")."""
    if _CONTRAST.search(sentence_text):
        return False
    if any(
        c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det"))
        for c in verb.children
    ):
        return True
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and any(
        t.lower_ in ("no", "nobody", "none", "neither") for t in subject.subtree
    )
