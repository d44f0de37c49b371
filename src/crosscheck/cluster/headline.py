"""What an article's headline says of its main event: which round of a series, and in which
country.

A reader tells the reports of a series of meetings apart by what their headlines announce:
"Second round of talks in Rome" and "Third round of talks begins in Muscat" are two events,
however alike their bodies (each names the other rounds as background). The headline states
the article's main event; later paragraphs recall earlier ones, so only the headline (or,
without one, the first sentence) is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.places_gazetteer import place_country
from crosscheck.records import AnnotatedArticle

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
).split()
# French and Arabic ordinals of the first six (Arabic: feminine, after الجولة "the round").
_FRENCH_ORDINALS = (
    ("premier", "première"),
    ("deuxième", "second", "seconde"),
    ("troisième",),
    ("quatrième",),
    ("cinquième",),
    ("sixième",),
)
_ARABIC_ORDINALS = ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة")
ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_WORDS, start=1)},
    **{word: n for n, words in enumerate(_FRENCH_ORDINALS, start=1) for word in words},
    **{word: n for n, word in enumerate(_ARABIC_ORDINALS, start=1)},
}
# "second round", "3rd round", "fifth session", "deuxième cycle", "الجولة الثانية": the
# ordinal of one meeting of a series.
_SERIES = re.compile(
    r"\b(?:("
    + "|".join(sorted((w for w in ORDINALS if not w.startswith("ال")), key=len, reverse=True))
    + r"|\d{1,2}(?:st|nd|rd|th|e|ème))\s+(?:round|session|cycle|tour)s?\b"
    r"|ال?جولة\s+(" + "|".join(_ARABIC_ORDINALS) + r"))",
    re.IGNORECASE,
)
# A round announced rather than reported: "agree to hold third round", "arrangements for 3rd
# round", "ahead of fifth round" (a headline's bare present "Iran, US hold second round" reports).
_ANNOUNCED = re.compile(
    r"\b((to|will)\s+(hold|host)|for|ahead\s+of|before|next|upcoming|avant|pour|prochain)"
    r"\s+((the|its|a|le|la|du|un|une)\s+)?$",
    re.IGNORECASE,
)
# "in Rome", "at Muscat": the first place the headline puts something in (up to three
# capitalised words).
_LOCATIVE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", re.IGNORECASE
)
# What may follow a country that is the event's place rather than a topic ("progress in Iran
# talks", "presence in Syria" after the place): the end, punctuation or a word that cannot go
# on the name.
_PLACE_END = re.compile(
    r"\s*$|\s*[,.;:!?)(–—|]|\s+(?:as|after|amid|on|with|and|over|despite|while|following)\b",
    re.IGNORECASE,
)
# Without a title, the first characters of the text stand for it.
LEAD_CHARS = 250


@dataclass(frozen=True, slots=True)
class Headline:
    """The round and the country of the event an article's headline reports (None: unstated)."""

    round: int | None
    country: str | None


def headline_text(article: AnnotatedArticle) -> str:
    """The headline, or the start of the lead when the article has no title (a dateline such
    as "DUBAI, May 21. /TASS/." is no sentence of its own, so a character count, not the first
    sentence)."""
    if article.article.title:
        return article.article.title
    return " ".join(article.article.text[:LEAD_CHARS].split())


def series_round(headline: str) -> int | None:
    """The ordinal of the first "Nth round/session" the headline names."""
    for found in _SERIES.finditer(headline):
        if _ANNOUNCED.search(headline[max(0, found.start() - 20) : found.start()]):
            continue
        word = (found.group(1) or found.group(2)).lower()
        return ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return None


def headline_country(headline: str) -> str | None:
    """The country of the place the headline first puts its event in ("talks in Rome" ->
    Italy), when the gazetteer knows it. A city or region counts as the longest known prefix
    of the capitalised words ("in Baku Discusses ..."); a country name only when nothing but
    punctuation or a linking word follows it ("in Iran talks" names a topic)."""
    found = _LOCATIVE.search(headline)
    if found is None or not found.group(1)[:1].isupper():
        return None
    parts = found.group(1).split()
    for size in range(len(parts), 0, -1):
        name = " ".join(parts[:size]).removesuffix("'s").removesuffix("’s")
        if city_country := place_country(name):
            return city_country
        end = found.start(1) + len(" ".join(parts[:size]))
        if (country := country_of(name)) and _PLACE_END.match(headline, end):
            return country
    return None


def read_headline(article: AnnotatedArticle) -> Headline:
    """The round and country the article's headline states."""
    text = headline_text(article)
    return Headline(round=series_round(text), country=headline_country(text))


def headlines_apart(first: Headline, second: Headline) -> bool:
    """Two headlines that announce different rounds of a series, or events in different
    countries, report different events."""
    if first.round is not None and second.round is not None and first.round != second.round:
        return True
    return (
        first.country is not None and second.country is not None and first.country != second.country
    )
