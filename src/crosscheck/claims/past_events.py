"""The year of an earlier disaster named by its place, as an article states it, in English,
French, Spanish, Portuguese, Italian and German: "the 1960 Agadir earthquake", "celui d'Agadir
en 1960", "en février 1969 : la catastrophe qui avait détruit Agadir". Two outlets giving the
quake of one place two different years disagree (see corroborate/past_events.py).

Background paragraphs compare today's disaster with earlier ones; each earlier one is named by
the place it struck and dated by its year. A year is paired with a place only when each is the
other's nearest in its sentence (a year and a place of a list, "Al Hoceima in 2004 ... Agadir in
1960", pair off one by one), close together, with no sentence break between. Only years before
the article's own year count (without a publication date, before the latest year it names); a
year after "since" or "depuis" ("the strongest since 1900") is a bound, not a date, unless a
name follows it ("since the 1960 Agadir earthquake"); decades
("the 1960s") and ranges are not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.routes import fold_place_name
from crosscheck.records import AnnotatedArticle, Mention, Span

QUAKE, FLOOD, STORM = "earthquake", "flood", "storm"
_KINDS = (
    (
        QUAKE,
        re.compile(
            r"\b(?:(?:earth)?quakes?|séismes?|tremblements? de terre|terremotos?|sismos?|"
            r"seísmos?|sismo|erdbeben)\b",
            re.I,
        ),
    ),
    (FLOOD, re.compile(r"\b(?:floods?|flooding|inondations?|crues?|inundaciones?)\b", re.I)),
    (
        STORM,
        re.compile(r"\b(?:cyclones?|hurricanes?|typhoons?|storms?|tempêtes?|ouragans?)\b", re.I),
    ),
)
_YEAR = re.compile(
    r"(?<![\d/.:,-])(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?![\d/:-]|\s*s\b|['’]s\b|\s*(?:GMT|UTC|hrs?|hours|heures|h\b|local))",
    re.I,
)
# "since 1900", "depuis 1960", "between 1960 and", "de 1960 à": a bound of a span, not a date.
_BOUND_BEFORE = re.compile(
    r"\b(?:since|depuis|desde|seit|dal|from|between|entre|until|jusqu['’]en|after|before|"
    r"après|avant)\s+(?:(?:the\s+|early\s+|late\s+|(?:mid|end)[- ]of\s+)?\w+\s+)?$",
    re.I,
)
# "since the 1960 Agadir earthquake": the year of a named happening, not a bound.
_NAMES_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý])", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|and|à|et|a|y)\s*(?:1[5-9]|20)\d\d\b", re.I)
# A year and its place farther apart than this are not read as one statement.
MAX_GAP = 70
# The disaster itself must be named near the pair (a noun, or a word standing for it: "celui
# d'Agadir en 1960", "the one in Agadir in 1960"), and no other act dated: "Agadir, rebuilt in
# 1962" gives the year of the rebuilding.
_NEAR_DISASTER = 60
_DISASTER_WORDS = re.compile(
    "|".join(p.pattern for _, p in _KINDS)
    + r"|\b(?:catastrophe|disaster|désastre|tragedy|tragédie|magnitude|celui|celle|the one|"
    r"that of)\b",
    re.I,
)
_OTHER_ACT = re.compile(
    r"\b(?:rebuilt|reconstructed|reconstruit\w*|rebuilding|reconstruction|built|construit\w*|"
    r"founded|fondée?|established|created|born|née?|opened|inaugurated|inaugurée?|visited|"
    r"visitée?|elected|élue?|moved|listed|classée?|inscrite?)\b",
    re.I,
)
_BREAK = re.compile(r"[.;!?]\s|\n")
_PLACE_TYPES = ("GPE", "LOC")


@dataclass(frozen=True, slots=True)
class PastEvent:
    """One article's statement of the year of an earlier disaster at a named place."""

    kind: str  # QUAKE, FLOOD, STORM
    place: str  # the place name, folded
    place_mention: int  # index of the place's mention in the article
    year: int
    words: str  # from the year to the place, or the reverse, as written
    span: Span  # the sentence


def _kind(words: str) -> str | None:
    kinds = {kind for kind, pattern in _KINDS if pattern.search(words)}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _kind_before(annotated: AnnotatedArticle, index: int) -> str | None:
    """The disaster of the sentence before, when this one starts in lower case: a sentence cut
    at a decimal comma ("atteint 6,3 de magnitude ou celui d'Agadir en 1960")."""
    text = annotated.article.text
    sentence = annotated.sentences[index]
    if index == 0 or not text[sentence.start : sentence.start + 1].islower():
        return None
    before = annotated.sentences[index - 1]
    return _kind(text[before.start : before.end])


def _years(words: str, before: int) -> list[re.Match[str]]:
    return [
        m
        for m in _YEAR.finditer(words)
        if int(m.group("year")) < before
        and not (
            _BOUND_BEFORE.search(words[: m.start()]) and not _NAMES_AFTER.match(words[m.end() :])
        )
        and not _RANGE_AFTER.match(words[m.end() :])
        and not re.search(r"(?:-|–|—|to|and|à|et)\s*$", words[: m.start()])
    ]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0], b[0]) - min(a[1], b[1])


def _pairs(
    words: str, years: list[re.Match[str]], places: list[tuple[int, Mention]], offset: int
) -> list[tuple[re.Match[str], int]]:
    """Years and place mentions that are each other's nearest, close, with no break between."""
    if not years or not places:
        return []
    spans = {i: (m.start - offset, m.end - offset) for i, m in places}
    found = []
    for year in years:
        near = min(spans, key=lambda i: _gap(year.span(), spans[i]))
        back = min(years, key=lambda y: _gap(y.span(), spans[near]))
        if back is not year or _gap(year.span(), spans[near]) > MAX_GAP:
            continue
        low = min(year.end(), spans[near][1])
        high = max(year.start(), spans[near][0])
        if _BREAK.search(words[low:high]) or (low < high and _YEAR.search(words[low:high])):
            continue
        first, last = min(year.start(), spans[near][0]), max(year.end(), spans[near][1])
        if _OTHER_ACT.search(words[max(0, first - 25) : last]):
            continue
        around = words[max(0, first - _NEAR_DISASTER) : last + _NEAR_DISASTER]
        if not _DISASTER_WORDS.search(around):
            continue
        found.append((year, near))
    return found


def _latest_year(annotated: AnnotatedArticle) -> int | None:
    if annotated.article.published is not None:
        return annotated.article.published.year
    years = [int(m.group("year")) for m in _YEAR.finditer(annotated.article.text)]
    return max(years) if years else None


def past_events(annotated: AnnotatedArticle) -> list[PastEvent]:
    """Every earlier disaster the article dates by its year and names by its place."""
    text = annotated.article.text
    now = _latest_year(annotated)
    if now is None:
        return []
    found = []
    for index, sentence in enumerate(annotated.sentences):
        words = text[sentence.start : sentence.end]
        kind = _kind(words) or _kind_before(annotated, index)
        if kind is None:
            continue
        places = [
            (i, m)
            for i, m in enumerate(annotated.mentions)
            if m.type in _PLACE_TYPES and m.kind == "name" and m.sentence == index
        ]
        for year, mention in _pairs(words, _years(words, now), places, sentence.start):
            place = annotated.mentions[mention]
            low = min(year.start(), place.start - sentence.start)
            high = max(year.end(), place.end - sentence.start)
            span = Span(
                article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
            )
            found.append(
                PastEvent(
                    kind,
                    fold_place_name(place.text),
                    mention,
                    int(year.group("year")),
                    words[low:high],
                    span,
                )
            )
    return found
