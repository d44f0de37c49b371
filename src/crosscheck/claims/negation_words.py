"""Negation read from the words of a sentence the parser cannot read.

A claim in a language without a parse (Spanish, Portuguese, Italian, German, Arabic ... read by
an English pipeline) has no negated verb to find; its polarity is unknown. Two such claims, or
one of them and an English claim, can state one fact only when both or neither carry a
negation word of their language: "no hubo víctimas" is not "there were victims", whatever the
embedding says. The lists hold each language's closed class of negators (no content words).
"""

from __future__ import annotations

import re

from crosscheck.records import Claim

_NEGATORS = {
    "en": "not no never none nobody nothing neither nor without n't cannot",
    "es": "no nunca jamás ningún ninguno ninguna nadie nada ni tampoco sin",
    "pt": "não nao nunca jamais nenhum nenhuma ninguém nada nem tampouco sem",
    "it": "non mai nessun nessuno nessuna niente nulla né senza",
    "fr": "ne n' pas jamais aucun aucune rien ni sans",
    "ca": "no mai cap ningú res ni sense",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder ohne",
    "ar": "لا لم لن ليس ليست لستم دون بدون",
}
_WORD = re.compile(r"n['’]|\w+(?:n['’]t)?", re.UNICODE)


def _negators(language: str | None) -> frozenset[str]:
    if language and language in _NEGATORS:
        return frozenset(_NEGATORS[language].split())
    return frozenset(w for words in _NEGATORS.values() for w in words.split())


def negation_words(text: str, language: str | None) -> int:
    """How many negation words of `language` (of any listed language when it is unknown) the
    text holds."""
    negators = _negators(language)
    count = 0
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        if word in negators or word.endswith("n't"):
            count += 1
    return count


def unparsed(claim: Claim) -> bool:
    """A claim read as a whole sentence, without a parse (no main verb)."""
    return not claim.predicate


def negation_differs(first: Claim, second: Claim) -> bool:
    """When either claim is unparsed: one carries negation words and the other none (the
    polarity of an unparsed claim is not known, so its words decide). Parsed pairs are left to
    their polarity."""
    if not (unparsed(first) or unparsed(second)):
        return False
    a = negation_words(first.text, first.language) > 0
    b = negation_words(second.text, second.language) > 0
    return a != b
