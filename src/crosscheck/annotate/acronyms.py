"""Acronyms the small model leaves out: one the article defines in brackets after the
spelled-out name ("the International Federation for Red Cross and Red Crescent Societies
(IFRC)"), with its later uses, and a country's acronym the gazetteer knows ("the UAE").

A defined acronym takes the type of its expansion (an organisation unless the tagger or the
gazetteer says otherwise); `resolve.defined_acronyms` later joins the two on the evidence of
the brackets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.annotate.gazetteer import country_of
from crosscheck.records import EntityType

Span = tuple[int, int, EntityType]

# Words an acronym may skip or keep ("Plan of Action" gives JCPOA, "Federation for Red
# Cross" gives IFRC): English and French function words and name particles.
SKIPPED_WORDS = frozenset(
    "of and for the on in de du la des le et e i o ul ud ur un al el bin ibn wa".split()
)
_DEFINITION = re.compile(r"\(([A-Z]{2,6})\)")
# Up to twelve words right before the bracket, on one line.
_WORDS_BEFORE = re.compile(r"(?:[\w’'.-]+[ \t]+){0,11}[\w’'.-]+[ \t]*$")
_WORD = re.compile(r"[\w’'.-]+")
_CAPITALS = re.compile(r"(?<![\w.&-])[A-Z]{2,6}(?![\w&-]|\.\w)")


def abbreviates(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters`` abbreviate ``words``: the initials read in order from the first
    word, skipping words (IFRC, JCPOA), or the content words' initials in another language's
    order (UME for "Military Emergency Unit", from the Spanish name). Every content word is
    capitalised and at least half of them give a letter."""
    content = [w for w in words if not _skipped(w)]
    if len(content) < 2 or len(letters) < 2 or not all(w[:1].isupper() for w in content):
        return False
    letters = letters.upper()
    if sorted(letters) == sorted(w[0].upper() for w in content):
        return True
    if _skipped(words[0]) or words[0][0].upper() != letters[0]:
        return False
    if _with_inner_acronyms(content) == letters:
        return True  # "UN Development Programme" gives UNDP
    matched, initials = 0, iter(w[0].upper() for w in words)
    for letter in letters:
        if not any(initial == letter for initial in initials):
            return False
        matched += 1
    return matched * 2 >= len(content)


def _skipped(word: str) -> bool:
    """A function word an acronym skips; "UN" in capitals is an acronym, not French "un"."""
    return word.lower() in SKIPPED_WORDS and not word.isupper()


def _with_inner_acronyms(content: Sequence[str]) -> str:
    """Initials of the content words, an acronym among them ("UN", "EU") giving all its
    letters."""
    return "".join(w if w.isupper() and 2 <= len(w) <= 4 else w[0].upper() for w in content)


def _expansion(text: str, bracket: int, letters: str) -> tuple[int, int] | None:
    """The longest run of words ending right before ``bracket`` that ``letters`` abbreviate."""
    line_start = text.rfind("\n", 0, bracket) + 1
    before = _WORDS_BEFORE.search(text, max(line_start, bracket - 200), bracket)
    if before is None:
        return None
    words = list(_WORD.finditer(text, before.start(), bracket))
    names = [w.group(0).rstrip(".") for w in words]
    for i in range(len(words) - 1):
        opener = names[i][:1].isupper() and names[i].lower() not in SKIPPED_WORDS
        if opener and abbreviates(letters, names[i:]):
            return words[i].start(), words[-1].start() + len(names[-1])
    return None


def _place(text: str, span: Span, spans: list[Span]) -> list[Span] | None:
    """``spans`` with ``span`` in place of the tagger's spans inside it (a leading "the"
    aside); None when a tagger's span reaches outside it (the tagger saw a longer name)."""
    start, end, _ = span
    hit = [s for s in spans if s[0] < end and start < s[1]]
    outside = [s for s in hit if s[1] > end or (s[0] < start and not _the(text, s[0], start))]
    if outside:
        return None
    return [s for s in spans if s not in hit] + [span]


def _the(text: str, start: int, end: int) -> bool:
    return text[start:end].lower() == "the "


def _label_of(text: str, start: int, end: int, spans: list[Span]) -> EntityType:
    """The expansion's type: the tagger's when it tagged exactly this name, a country's when
    the gazetteer knows it, else an organisation."""
    for s in spans:
        if (s[0], s[1]) == (start, end):
            return s[2]
    return "GPE" if country_of(text[start:end]) else "ORG"


def _inside(position: int, allowed: Sequence[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in allowed)


def defined_acronyms(
    text: str, spans: list[Span], allowed: Sequence[tuple[int, int]]
) -> list[Span]:
    """``spans`` with every acronym defined in brackets after its spelled-out name added, the
    name too, and the acronym's other uses in the text (only in ``allowed`` ranges)."""
    result = list(spans)
    defined: dict[str, EntityType] = {}
    for match in _DEFINITION.finditer(text):
        letters, bracket = match.group(1), match.start()
        found = _expansion(text, bracket, letters) if _inside(bracket, allowed) else None
        if found is None:
            continue
        label = _label_of(text, *found, result)
        placed = _place(text, (*found, label), result)
        if placed is not None:
            placed = _place(text, (match.start(1), match.end(1), label), placed)
        if placed is not None:
            result = placed
            defined.setdefault(letters, label)
    for match in _CAPITALS.finditer(text):
        use = defined.get(match.group(0)) or _known_country_acronym(text, match)
        taken = any(s[0] < match.end() and match.start() < s[1] for s in result)
        if use is not None and not taken and _inside(match.start(), allowed):
            result.append((match.start(), match.end(), use))
    return sorted(result)


def _known_country_acronym(text: str, match: re.Match[str]) -> EntityType | None:
    """GPE for a country's acronym of three or more letters ("UAE") written in a line that is
    not all capitals (a shouted headline's words are not acronyms)."""
    word = match.group(0)
    if len(word) < 3 or country_of(word) is None:
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return "GPE" if any(ch.islower() for ch in line) else None
