"""Named-entity mentions from a parsed document, with the small model's span errors repaired."""

from __future__ import annotations

import bisect
import importlib.util
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from crosscheck.annotate.acronyms import defined_acronyms
from crosscheck.annotate.foreign_mentions import foreign_paragraphs, foreign_spans
from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.mention_edges import trimmed_to_name
from crosscheck.annotate.name_lexicon import (
    FACILITY_HEADS,
    GROUP_HEADS,
    GROUP_OPENERS,
    HYPHEN_PARTICLES,
    INSTITUTION_HEADS,
    PLACE_HEADS,
)
from crosscheck.annotate.organisations_gazetteer import WELL_KNOWN_ORGANISATIONS
from crosscheck.annotate.places_gazetteer import english_place_name, is_known_place
from crosscheck.records import EntityType, Mention, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FRENCH_MODEL = "fr_core_news_sm"
# The French pipeline's labels; MISC (events, works, nationalities...) is left out.
_FRENCH_LABELS: dict[str, EntityType] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

_LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
}
# A possessive ends the name ("Khan's", "Reuters'"), an apostrophe inside a word does not
# ("Ja'far", "Shi'ite", "Sana'a").
_POSSESSIVE = re.compile(r"['’](?:s(?!\w)|(?!\w)).*$", re.DOTALL)
_LEADING_THE = re.compile(r"^(the|The)\s+")
_FRENCH_ARTICLE = re.compile(r"^(?:(?:le|la|les|Le|La|Les)\s+|[lL]['’](?=[A-ZÀ-Ý]))")
# Initials keep their last dot: "U.S.", "J.D."
_INITIALS_END = re.compile(r"(?:^|[\s.])[A-Za-z]\.[A-Za-z]\.$")
_DOTTED_INITIALS_PERSON = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_WORD = r"[A-Z][\w'’ʿʾ]*"
_HYPHENATED = re.compile(
    rf"\b{_WORD}(?:-(?:{'|'.join(sorted(HYPHEN_PARTICLES))})-{_WORD})+(?:[ ]{_WORD})*"
)


def mention_at(
    doc_text: str,
    article_id: str,
    span: tuple[int, int],
    entity_type: EntityType,
    sentence_starts: Sequence[int],
    kind: Literal["name", "title", "description"] = "name",
) -> Mention:
    """The mention of ``doc_text[start:end]``, numbered by the sentence it starts in.

    ``doc_text`` is the parsed document's text, read once by the caller: spaCy rebuilds
    ``Doc.text`` from its tokens at every access.
    """
    start, end = span
    return Mention(
        article=article_id,
        start=start,
        end=end,
        text=doc_text[start:end],
        type=entity_type,
        sentence=max(0, bisect.bisect_right(sentence_starts, start) - 1),
        kind=kind,
    )


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def _english_ranges(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    return [
        (p.start, p.end)
        for p in paragraphs
        if p.language in (None, "en") and p.script in (None, "Latin")
    ]


def _repair(text: str, start: int, french: bool = False) -> tuple[str, int, int] | None:
    """Cut a span at a line break and a possessive; drop a leading 'the' (and, in a French
    paragraph, 'le', 'la', 'les' or an elided 'l’')."""
    text = text.split("\n", 1)[0]
    lead = _LEADING_THE.match(text)
    if lead and len(text.split()) > 1 and text[lead.end() :][:1].isupper():
        # "the Bashar al-Assad" -> "Bashar al-Assad", "the United Nations" -> "United Nations"
        start += lead.end()
        text = text[lead.end() :]
    elided = _FRENCH_ARTICLE.match(text) if french else None
    if elided and text[elided.end() :][:1].isupper():
        # "l’Iran" -> "Iran", "la Syrie" -> "Syrie"
        start += elided.end()
        text = text[elided.end() :]
    text = _POSSESSIVE.sub("", text)
    keep_dot = bool(_INITIALS_END.search(text))
    text = text.rstrip(" ,.;:-–—") + ("." if keep_dot else "")
    if not text or not any(ch.isalpha() for ch in text):
        return None
    return text, start, start + len(text)


def _fixed_type(text: str, label: EntityType) -> EntityType:
    """The type a name's own words demand, whatever the tagger said: a country, capital or
    region is a place; a name headed by "Front", "Brigade", "Party"... is a group; "J.D.
    Vance" (initials and a surname) is a person."""
    country = country_of(text)
    if country is not None and label in ("PERSON", "ORG", "FAC"):
        # A bare demonym or country name tagged as a person or organisation.
        return "NORP" if text.lower() != country.lower() else "GPE"
    if label in ("PERSON", "ORG", "FAC", "NORP", "LOC") and is_known_place(text):
        return "GPE"
    if label == "LOC" and (country is not None or english_place_name(text)):
        return "GPE"
    words = text.lower().split()
    if label == "PERSON" and words and words[-1] in GROUP_HEADS:
        return "ORG"
    if label == "PERSON" and len(words) > 1 and words[-1] in PLACE_HEADS:
        return "GPE"
    if label in ("PERSON", "ORG") and len(words) > 1 and words[-1] in FACILITY_HEADS:
        return "FAC"
    initials_and_surname = label in ("ORG", "FAC") and _DOTTED_INITIALS_PERSON.match(text)
    if initials_and_surname and country_of(text.split()[0]) is None:
        return "PERSON"
    return label


_ACRONYM = re.compile(r"[A-Z]{3,}")


def acronym_in_running_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word of three or more capitals in a line that is not
    all capitals: an acronym (a broadcaster, an agency, a party), never a person, so never an
    office-holder, nor a nationality ("OCHA" tagged NORP). In a headline written in capitals,
    a capitalised surname is left alone; a country's acronym ("UAE") is a country."""
    if not _ACRONYM.fullmatch(text, start, end) or country_of(text[start:end]) is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(ch.islower() for ch in line)


def _hyphenated_names(
    text: str, spans: list[tuple[int, int, EntityType]], allowed: list[tuple[int, int]]
) -> list[tuple[int, int, EntityType]]:
    """Spans widened to whole hyphenated names the tagger cut ("Tehreek" of
    "Tehreek-e-Taliban Pakistan", "Majid Takht" of "Majid Takht-e-Ravanchi"), and hyphenated
    group names it missed ("Lashkar-e-Taiba"). The widened span keeps the tagger's type."""
    result = list(spans)
    for match in _HYPHENATED.finditer(text):
        start, end = match.span()
        if not any(a <= start < b for a, b in allowed):
            continue
        hit = [s for s in result if s[0] < end and start < s[1]]
        if hit:
            label = hit[0][2]
            start, end = min(start, *(s[0] for s in hit)), max(end, *(s[1] for s in hit))
        elif match.group(0).split("-")[0].lower() in GROUP_OPENERS:
            label = "ORG"
        else:
            continue
        result = [s for s in result if s not in hit] + [(start, end, label)]
    return sorted(result)


# Not run for names: one French pipeline serves names here and parses for day attachment.
FRENCH_PARSE_ONLY = ("parser", "morphologizer")


@lru_cache(maxsize=1)
def french_pipeline() -> Language | None:
    """The French spaCy pipeline (without its lemmatizer), loaded once per process; None when
    the optional package is not installed. Names are read with FRENCH_PARSE_ONLY disabled."""
    if importlib.util.find_spec(FRENCH_MODEL) is None:
        return None
    import spacy

    return spacy.load(FRENCH_MODEL, exclude=["lemmatizer"])


def _french_spans(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int, EntityType]]:
    """Names in the French paragraphs, found by the French pipeline (places are LOC here;
    `_fixed_type` makes countries, capitals and regions GPE)."""
    french = [p for p in paragraphs if p.language == "fr" and p.script in (None, "Latin")]
    nlp = french_pipeline() if french else None
    if nlp is None:
        return []
    spans: list[tuple[int, int, EntityType]] = []
    docs = nlp.pipe((text[p.start : p.end] for p in french), disable=list(FRENCH_PARSE_ONLY))
    for paragraph, doc in zip(french, docs, strict=True):
        for ent in doc.ents:
            label = _FRENCH_LABELS.get(ent.label_)
            if label is not None:
                start = paragraph.start + ent.start_char
                spans.append((start, paragraph.start + ent.end_char, label))
    return spans


_KNOWN_ORGANISATION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(WELL_KNOWN_ORGANISATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _known_organisations(
    text: str, spans: list[tuple[int, int, EntityType]], allowed: list[tuple[int, int]]
) -> list[tuple[int, int, EntityType]]:
    """Spans with well-known organisations' names (a gazetteer) as ORG: a tagger's span that
    overlaps one is replaced when it lies inside it ("Tahrir al-Sham" in "Hayat Tahrir
    al-Sham") and kept when it is longer ("UN Security Council" vs "Security Council")."""
    result = list(spans)
    for match in _KNOWN_ORGANISATION.finditer(text):
        start, end = match.span()
        if not any(a <= start < b for a, b in allowed):
            continue
        hit = [s for s in result if s[0] < end and start < s[1]]
        if any(s[0] < start or s[1] > end for s in hit):
            continue
        result = [s for s in result if s not in hit] + [(start, end, "ORG")]
    return sorted(result)


_COMPLEMENT = re.compile(r"[ \t]+(?:for the|for|of the)[ \t]+")


def _joined_institution_names(
    text: str, spans: list[tuple[int, int, EntityType]]
) -> list[tuple[int, int, EntityType]]:
    """Two organisation spans the tagger cut at "for the" or "of the" are one name when the
    first ends in an institution's head word: "United Nations Office" + "Coordination of
    Humanitarian Affairs" is the "United Nations Office for the Coordination of Humanitarian
    Affairs"."""
    result: list[tuple[int, int, EntityType]] = []
    for span in sorted(spans):
        if result and _continues(text, result[-1], span):
            result[-1] = (result[-1][0], span[1], "ORG")
        else:
            result.append(span)
    return result


def _continues(
    text: str, first: tuple[int, int, EntityType], second: tuple[int, int, EntityType]
) -> bool:
    if first[2] != "ORG" or second[2] != "ORG":
        return False
    head = text[first[0] : first[1]].split()[-1].lower()
    # the tagger may take the "the" of "for the" into the second span
    between = f"{text[first[1] : second[0]]}{_leading_the(text, second[0])}"
    named = text[second[0] + len(_leading_the(text, second[0])) : second[1]]
    if not named[:1].isupper() or named in WELL_KNOWN_ORGANISATIONS or country_of(named):
        return False  # "a letter from the Foreign Ministry for the United Nations"
    return head in INSTITUTION_HEADS and bool(_COMPLEMENT.fullmatch(between))


def _leading_the(text: str, start: int) -> str:
    return text[start : start + 4] if text[start : start + 4] in ("the ", "The ") else ""


_FACILITY_AFTER = re.compile(
    r"[ \t]+(" + "|".join(sorted(FACILITY_HEADS)) + r")(?![\w-])", re.IGNORECASE
)


def _facility_names(
    text: str, spans: list[tuple[int, int, EntityType]]
) -> list[tuple[int, int, EntityType]]:
    """A name the tagger called a person followed by a building's or site's noun ("the Tinmel
    mosque", "Jemaa el-Fna square") is that facility's name: the span takes the noun."""
    result: list[tuple[int, int, EntityType]] = []
    for start, end, label in spans:
        noun = _FACILITY_AFTER.match(text, end) if label == "PERSON" else None
        if noun is not None and not any(s[0] < noun.end() and end < s[1] for s in spans):
            start, end, label = start, noun.end(), "FAC"
        result.append((start, end, label))
    return result


_LINEAGE_CUT = re.compile(r"(?:^|\s)([A-Z][\w'’-]+)\s+$")


def _lineage_start(text: str, start: int) -> int:
    """A name the tagger began at "bin"/"ibn" ("bin Hamad Albusaidi") starts at the given
    name written before it ("Badr bin Hamad Albusaidi")."""
    if not text.startswith(("bin ", "ibn ", "bint "), start):
        return start
    before = _LINEAGE_CUT.search(text, max(0, start - 40), start)
    return before.start(1) if before else start


def extract_mentions(
    doc: Doc, article_id: str, paragraphs: list[Paragraph], sentence_starts: list[int]
) -> list[Mention]:
    """Entity mentions in the English paragraphs of `doc`, in its French paragraphs with the
    optional French pipeline, and in paragraphs of languages with no model (`foreign_mentions`);
    cleaned spans and fixed types."""
    allowed = _english_ranges(paragraphs)
    doc_text = doc.text
    spans: list[tuple[int, int, EntityType]] = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is not None and any(a <= ent.start_char < b for a, b in allowed):
            spans.append((ent.start_char, ent.end_char, label))
    spans = _known_organisations(doc_text, spans, allowed)
    spans = _joined_institution_names(doc_text, spans)
    spans = defined_acronyms(doc_text, spans, allowed)
    spans = _facility_names(doc_text, spans)
    model = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    foreign = foreign_paragraphs(paragraphs)
    spans = sorted(
        spans + _french_spans(doc_text, paragraphs) + foreign_spans(doc_text, paragraphs, model)
    )
    mentions: list[Mention] = []
    for start, end, label in _hyphenated_names(doc_text, spans, allowed):
        start = _lineage_start(doc_text, start)
        french = not any(a <= start < b for a, b in allowed)
        if not french:
            trimmed = trimmed_to_name(doc_text, start, end, label, sentence_starts)
            if trimmed is None:
                continue
            start, end = trimmed
        # "La Haya", "L'Aia": a French article's cut is for French paragraphs only
        french = french and not any(p.start <= start < p.end for p in foreign)
        repaired = _repair(doc_text[start:end], start, french)
        if repaired is None:
            continue
        text, start, end = repaired
        label = _fixed_type(text, label)
        if label in ("PERSON", "NORP") and acronym_in_running_text(doc_text, start, end):
            label = "ORG"
        mentions.append(mention_at(doc_text, article_id, (start, end), label, sentence_starts))
    return mentions
