"""Full names the tagger missed: an article that writes "Ten Bahadur Singh" and later
"confirmed Singh" names its own Singh, even when the tagger found no mention of the full name;
that bare "Singh" must not join another article's "Sarita Singh" as the story's only Singh.
"Esmaeil Baqaei" written where the person is known as "Esmaeil Baghaei" is the same person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosscheck.annotate.name_lexicon import OFFICE_WORDS
from crosscheck.resolve.names import full_names_compatible, person_name_tokens

# one to three capitalised words or initials on one line, none ending a sentence
_CAPITALISED = r"(?:[A-Z](?:[\w'’-]*|\.)[ \t]+){1,3}"


def _is_known(tokens: tuple[str, ...], known: set[tuple[str, ...]]) -> bool:
    """Whether the name's last two or more words are one of the ``known`` full names."""
    return any(
        full_names_compatible(tokens[-n:], name)[0]
        for n in range(2, len(tokens) + 1)
        for name in known
        if len(name) >= 2
    )


def names_another_person(text: str, surname: str, known: Iterable[str]) -> bool:
    """Whether ``text`` writes ``surname`` after capitalised words that make a full name
    other than the ``known`` full names (folded forms) of the person it would join; office
    words ("Spokesman Baqaei") make no name."""
    known_tokens = {person_name_tokens(form) for form in known}
    # the word must end the name: "Seyyed Abbas Araghchi" is no full name ending in "Abbas"
    pattern = re.compile(rf"({_CAPITALISED}){re.escape(surname)}\b(?![ \t]+[A-Z])")
    for match in pattern.finditer(text):
        tokens = person_name_tokens(match.group(0))
        words = tuple(w for w in tokens if w not in OFFICE_WORDS)
        if len(words) >= 2 and not _is_known(tokens, known_tokens):
            return True
    return False
