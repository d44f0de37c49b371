"""Documents and figures are not sources, their issuers are: "according to the latest official
toll" cites no one, "the ministry's latest toll" cites the ministry, "according to a WHO report"
cites WHO. This module tells a phrase that names a document (a toll, tally, report, update,
count, estimate, bulletin, statement, figures; "bilan", "rapport", "chiffres" in French) and
finds the body it names as the document's issuer, in the phrase or right after it ("the latest
provisional report, communicated by Morocco's Ministry of Interior")."""

from __future__ import annotations

import re

from crosscheck.claims.lexicon import BODY_HEADS

# Nouns of documents and figures, English and French, singular and plural.
DOCUMENT_HEADS = frozenset(
    """toll tolls tally tallies report reports figure figures count counts estimate estimates
    bulletin bulletins statement statements update updates document documents data number
    numbers record records assessment assessments census news communique communiqué
    communiqués release bilan bilans rapport rapports chiffre chiffres décompte décomptes
    estimation estimations comptage""".split()
)
# Words that describe a document, not its issuer: "an updated Interior ministry toll".
DOCUMENT_MODIFIERS = frozenset(
    """latest last new newest revised updated official provisional preliminary final initial
    previous earlier recent first second third fresh higher lower death casualty dernier
    dernière nouveau nouvel nouvelle provisoire officiel officielle récent récente""".split()
)
# French nouns of official bodies, beside the English ones of the lexicon.
_FRENCH_BODIES = frozenset(
    "ministère gouvernement présidence autorités armée police préfecture gendarmerie".split()
)
_DETERMINERS = frozenset("a an this that its their his her these those un une les ce cette".split())
_CONNECTORS = frozenset("of for the de du des la le and et".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# French attribution to a document: "selon le dernier bilan du ministère", "d'après les chiffres"
FRENCH_ACCORDING = re.compile(r"\b(?:[Ss]elon|[Dd]['’]après)\s+([^,.;:\n]{3,100})")
# ", communicated by Morocco's Ministry of Interior", " issued by the health ministry"
_ISSUED_BY = re.compile(
    r"^[\s,]*(?:[^\W\d_][\w-]*\s+){0,3}?(?:by|par)\s+([^,.;:\n]{2,80})", re.IGNORECASE
)


def _bare(word: str) -> str:
    """A word without a possessive ending or a French elision: "ministry's" -> "ministry",
    "l'Intérieur" -> "Intérieur"."""
    word = re.sub(r"['’]s?$", "", word)
    return re.sub(r"^[dlDL]['’]", "", word)


def is_document(phrase: str, head: str) -> bool:
    """Whether the speaker phrase names a document or figure rather than who issued it: its
    head (the parser's) or its last word is a document noun written in lower case."""
    words = _WORD.findall(phrase)
    return (head in DOCUMENT_HEADS and head.islower()) or bool(
        words and words[-1] in DOCUMENT_HEADS and words[-1].islower()
    )


def document_noun(phrase: str) -> str:
    """The document noun a phrase names, singular ("tolls" -> "toll"), or "" when none."""
    word = next((w for w in _WORD.findall(phrase) if w in DOCUMENT_HEADS), "")
    return re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")


def opens_with_document(phrase: str) -> bool:
    """Whether a phrase's first noun, past determiners and modifiers, is a document noun in
    lower case: "le dernier bilan officiel du ministère" and "les chiffres" are."""
    for word in _WORD.findall(phrase)[:5]:
        lower = word.lower()
        if lower in _DETERMINERS or lower in DOCUMENT_MODIFIERS or lower in ("le", "la", "les"):
            continue
        return word in DOCUMENT_HEADS
    return False


def body_phrase(phrase: str) -> str | None:
    """The official body a phrase names by a body noun, with the names and possessives before it
    and an "of ..." after it: "an updated Interior ministry toll" -> "Interior ministry",
    "the ministry's latest toll" -> "ministry", "du ministère de l'Intérieur" -> "ministère de
    l'Intérieur"."""
    words = _WORD.findall(phrase)
    heads = BODY_HEADS | _FRENCH_BODIES
    at = next((i for i, w in enumerate(words) if _bare(w).lower() in heads), None)
    if at is None:
        return None
    start = at
    while start > 0 and _names_issuer(words[start - 1]):
        start -= 1
    end = at + 1
    while end < len(words) and (
        words[end].lower() in _CONNECTORS or _bare(words[end])[:1].isupper()
    ):
        end += 1
    while end > at + 1 and words[end - 1].lower() in _CONNECTORS:
        end -= 1
    picked = [*words[start:at], _bare(words[at]) if words[at][-2:] in ("'s", "’s") else words[at]]
    return " ".join(picked + words[at + 1 : end])


def _names_issuer(word: str) -> bool:
    """A word before a body noun that is part of the body's name ("Morocco's", "Interior",
    "health"), not a determiner, a connector, a document noun or a document's modifier."""
    lower = word.lower()
    return not (
        lower in DOCUMENT_MODIFIERS
        or lower in _CONNECTORS
        or lower in _DETERMINERS
        or lower in DOCUMENT_HEADS
        or lower.startswith(("according", "selon"))
    )


def issued_by(text_after: str) -> str | None:
    """The issuer named right after a document phrase: ", communicated by Morocco's Ministry
    of Interior" -> "Morocco's Ministry of Interior"; None when none is named there."""
    found = _ISSUED_BY.match(text_after)
    return found.group(1).strip() if found else None


def without_modifiers(name: str) -> str:
    """A body's name without the words that describe its document: "an updated Interior
    ministry" -> "Interior ministry"."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and words[cut].lower() in DOCUMENT_MODIFIERS | {"a", "an", "the"}:
        cut += 1
    described = any(w.lower() in DOCUMENT_MODIFIERS for w in words[:cut])
    return " ".join(words[cut:]) if described else name
