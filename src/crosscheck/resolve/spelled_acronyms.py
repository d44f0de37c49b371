"""Latin acronyms written in Arabic script letter by letter: "إي آر تي" is ERT, "سي إن إن" CNN,
"بي بي سي" BBC; and acronyms written in Cyrillic or Greek capitals, letter for letter: "НАТО"
and "ΝΑΤΟ" are NATO, "ФСБ" FSB, "ΕΡΤ" ERT.

Arabic writes a foreign acronym as the names of its Latin letters, one word each. A run of two
to six such words in an Arabic-script paragraph spells one or more acronyms (a few letter
names stand for two letters: "بي" is B or P, "جي" G or J, "اي" E or I); the run names an
organisation of the story when exactly one organisation has one of those acronyms as an
alias. The letters' names are read with or without the hamza on their alif, as writers spell
them both ways.

A Cyrillic or Greek acronym is read letter for letter with the romanisation tables of those
scripts (`cyrillic_script`, `greek_script`), and names an organisation of the story when
exactly one organisation has that acronym.

Source: the Arabic names of the Latin letters; hand-written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import product

from crosscheck.records import AnnotatedArticle, Entity, EntityMentionRef, MergeEvidence
from crosscheck.resolve.added_forms import with_added_forms
from crosscheck.resolve.cyrillic_script import RUSSIAN_LETTERS
from crosscheck.resolve.greek_script import ELOT

# the Arabic name of a Latin letter (alif without hamza) -> the letters it may stand for
LETTER_NAMES: dict[str, str] = {
    "ايه": "A", "اي": "EIA", "بي": "BP", "سي": "C", "دي": "D", "اف": "F", "جي": "GJ",
    "اتش": "H", "اتش.": "H", "اش": "H", "اتشي": "H", "آي": "I", "جاي": "J", "كي": "K",
    "كاي": "K", "ال": "L", "ام": "M", "ان": "N", "او": "O", "كيو": "Q", "آر": "R", "ار": "R",
    "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W", "اكس": "X", "واي": "Y",
    "زد": "Z", "زي": "Z",
}  # fmt: skip
# letter names that are also common Arabic words ("في" in, "ان" that, "او" or): a run of
# these alone is a phrase, not an acronym
_COMMON_WORDS = frozenset({"في", "ان", "او", "اي", "كي", "ام", "ال"})
_HAMZA_ALIF = str.maketrans({"أ": "ا", "إ": "ا"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_MIN_LETTERS, _MAX_LETTERS = 2, 6
_LATIN_ACRONYM = re.compile(r"[A-Z]{2,6}")


def spelled_acronyms(words: Sequence[str]) -> set[str]:
    """The Latin acronyms a run of Arabic letter names may spell: ["إي", "آر", "تي"] ->
    {"ERT", "IRT", "ART"}; empty when a word is no letter's name."""
    letters = [LETTER_NAMES.get(w.translate(_HAMZA_ALIF)) for w in words]
    if not all(letters):
        return set()
    return {"".join(choice) for choice in product(*(ls for ls in letters if ls))}


def _organisation_acronyms(entities: Sequence[Entity]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type == "ORG":
            for alias in entity.aliases:
                if _LATIN_ACRONYM.fullmatch(alias.replace(".", "")):
                    index[alias.replace(".", "")].add(entity.id)
    return index


_CAPITALS = re.compile(r"\b[\u0410-\u042F\u0401\u0391-\u03A9]{2,6}\b")


def script_acronym(word: str) -> str | None:
    """A Cyrillic or Greek acronym in Latin letters ("НАТО" -> "NATO", "ΕΡΤ" -> "ERT");
    None for a word not all in capitals of one of those scripts."""
    if not _CAPITALS.fullmatch(word):
        return None
    letters = [RUSSIAN_LETTERS.get(ch) or ELOT.get(ch) or "" for ch in word.lower()]
    if any(len(letter) != 1 for letter in letters):
        return None  # a letter romanised as two ("Ш" sh) is no acronym letter
    return "".join(letters).upper()


def _script_acronyms(
    text: str, start: int, end: int, index: dict[str, set[str]]
) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    for match in _CAPITALS.finditer(text, start, end):
        acronym = script_acronym(match.group(0))
        ids = index.get(acronym or "", set())
        if acronym and len(ids) == 1:
            found.append((match.start(), match.end(), next(iter(ids)), acronym))
    return found


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of adjacent Arabic letter names (one space between)."""
    runs: list[list[tuple[int, int, str]]] = []
    for match in _ARABIC_WORD.finditer(text, start, end):
        word = (match.start(), match.end(), match.group(0))
        if match.group(0).translate(_HAMZA_ALIF) not in LETTER_NAMES:
            continue
        if runs and text[runs[-1][-1][1] : word[0]] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return [r for r in runs if len(r) >= _MIN_LETTERS]


def link_spelled_acronyms(
    articles: Sequence[AnnotatedArticle], entities: list[Entity]
) -> list[Entity]:
    """The organisations with their acronyms as Arabic, Cyrillic or Greek writers spell them
    added (mention, alias and evidence each)."""
    index = _organisation_acronyms(entities)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            taken[m.article].append((m.start, m.end))
    added: dict[str, list[tuple[EntityMentionRef, MergeEvidence]]] = defaultdict(list)
    for art in articles:
        text = art.article.text
        for paragraph in art.article.paragraphs:
            if paragraph.script == "Arabic":
                runs = _runs(text, paragraph.start, paragraph.end)
                named = [hit for run in runs for hit in _named(run, index)]
            else:
                named = _script_acronyms(text, paragraph.start, paragraph.end, index)
            for start, end, entity_id, acronym in named:
                if any(a < end and start < b for a, b in taken[art.article.id]):
                    continue
                written = text[start:end]
                added[entity_id].append(_added(art.article.id, start, end, written, acronym))
    return [with_added_forms(e, added[e.id]) if e.id in added else e for e in entities]


def _named(
    run: list[tuple[int, int, str]], index: dict[str, set[str]]
) -> list[tuple[int, int, str, str]]:
    """The longest parts of a run that spell the acronym of exactly one organisation (a
    letter name may be a word of the sentence next to it: "إي آر تي إن", ERT "that")."""
    found: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(run):
        for n in range(min(_MAX_LETTERS, len(run) - i), _MIN_LETTERS - 1, -1):
            part = run[i : i + n]
            if all(w.translate(_HAMZA_ALIF) in _COMMON_WORDS for _, _, w in part):
                continue
            spelled = sorted(a for a in spelled_acronyms([w for _, _, w in part]) if a in index)
            ids = {e for acronym in spelled for e in index[acronym]}
            if len(ids) == 1:
                found.append((part[0][0], part[-1][1], next(iter(ids)), spelled[0]))
                i += n
                break
        else:
            i += 1
    return found


def _added(
    article: str, start: int, end: int, written: str, acronym: str
) -> tuple[EntityMentionRef, MergeEvidence]:
    return (
        EntityMentionRef(article=article, start=start, end=end, text=written),
        MergeEvidence(
            kind="acronym in another script",
            forms=[written, acronym],
            score=0.85,
            detail=f"{written} spells the letters {acronym} one by one, and no other"
            " organisation of the story has that acronym",
        ),
    )
