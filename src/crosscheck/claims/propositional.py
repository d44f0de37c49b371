"""Whether a claim states a proposition a reader can check on its own, or is a piece of one:
a question, a bare attribution line ("X said in a statement on Tuesday."), or a fragment of a
quote that leans on the sentence before it ("This must end now"). Such pieces are never shown
as findings of their own: "only X reports: 'So that's just what's happening here'" tells a
fact-checker nothing to check.
"""

from __future__ import annotations

import re

from crosscheck.claims.lexicon import REPORTING_VERBS
from crosscheck.claims.stop_words import stop_words
from crosscheck.claims.uniqueness import figures
from crosscheck.records import Claim

# subjects that point back at what was said before: the claim is not a fact of its own
_DEICTIC_SUBJECTS = frozenset("this that these there so".split())
_WORD = re.compile(r"[^\W\d_]+")
# telling constructions whose verb is no reporting verb: "lets the Elysée know", "made it known"
_MAKES_KNOWN = re.compile(r"\b(?:let|lets|letting|made|makes|make)\b.{0,40}\b(?:know|known)\b")
_ACCORDING = re.compile(r",\s*according to\b[^,]*$", re.IGNORECASE)
_PRONOUNS = frozenset("he she they it we i you".split())
# a line of telling keeps its speaker, its verb and a place or time ("in a statement on
# Tuesday"): more content words than this, and something is told
MAX_ATTRIBUTION_WORDS = 4


def _head_verb(claim: Claim) -> str:
    return claim.predicate.split()[0] if claim.predicate else ""


def attribution_only(claim: Claim) -> bool:
    """A verb of telling with nothing told: "X said in a statement on Tuesday.", "He lets the
    Elysée know, according to what the media report" (what was said is in another sentence)."""
    if claim.object is not None or not claim.predicate or not _speaker_subject(claim):
        return False
    verb = _head_verb(claim)
    telling = verb in REPORTING_VERBS or (
        verb in ("let", "make") and bool(_MAKES_KNOWN.search(claim.text))
    )
    return telling and len(_told_words(claim)) <= MAX_ATTRIBUTION_WORDS


def _speaker_subject(claim: Claim) -> bool:
    """The subject is someone who can tell (a pronoun or a named entity), not what is told
    ("no injuries were reported" tells something)."""
    subject = (claim.subject or "").strip().casefold()
    return subject in _PRONOUNS or claim.subject_mention is not None


def _told_words(claim: Claim) -> list[str]:
    """The content words of the claim besides its subject and an "according to" tail."""
    text = _ACCORDING.sub("", claim.text)
    if claim.subject and claim.subject in text:
        text = text.replace(claim.subject, " ", 1)
    stop = stop_words("en") | stop_words(claim.language)
    return [w for w in _WORD.findall(text.casefold()) if w not in stop]


def quote_fragment(claim: Claim) -> bool:
    """A sentence of someone's quote whose subject only points back ("This must end now",
    "That's just what's happening here") and that gives no figure: it leans on its context."""
    if claim.quote is None or claim.subject is None:
        return False
    words = _WORD.findall(claim.subject.casefold())
    return len(words) == 1 and words[0] in _DEICTIC_SUBJECTS and not figures(claim.text)


def question(claim: Claim) -> bool:
    """A question asks; it states nothing."""
    return claim.text.rstrip(" \"'”’»").endswith(("?", "؟", "¿"))


def not_a_proposition(claim: Claim) -> bool:
    """Whether the claim is a piece of a proposition rather than one: a question, a bare
    attribution line or a quote fragment leaning on its context."""
    return question(claim) or attribution_only(claim) or quote_fragment(claim)
