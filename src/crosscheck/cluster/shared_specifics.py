"""Reports in other languages, or undated, joined by the specifics they share with an event.

Multilingual embeddings tell a report's story, not which of its events it reports, and a report
with no publication date cannot be placed by its day (`report_day`). What a reader uses then is
what is specific to one event: the same named place or person (not a country: every report of
the story names it) together with the same figure (the magnitude "6.4" or "6,4", the toll
"157"), written the same in any language. A report in another language, or undated, in an event
of no dated main-language report joins the one dated event (of main-language reports) whose
reports share both with it, when nothing sets it apart from any of that event's reports (a
different date, another round). Two such events, and it stays where it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from crosscheck.annotate.gazetteer import country_of
from crosscheck.cluster.multilingual import main_language
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import Resolution

Apart = Callable[[int, int], bool]

_NAMED_TYPES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# A magnitude-shaped decimal ("6.4", "6,4"), or a whole number of two to four digits not part of
# a clock time, a longer number or a decimal; \d matches Devanagari and other digits too.
_FIGURE = re.compile(r"(?<![\d.,:])(?:(\d)[.,](\d)|(\d{2,4}))(?![\d:]|[.,]\d)")
_YEARS = range(1900, 2100)


def figures(text: str) -> frozenset[str]:
    """The figures a text states, normalised across scripts and decimal marks: one-digit
    decimals ("6,4" -> "6.4") and whole numbers of 2-4 digits that are not years."""
    found = set()
    for match in _FIGURE.finditer(text):
        whole, tenth, number = match.groups()
        if number is not None:
            value = int("".join(str(unicodedata.digit(c)) for c in number))
            if value not in _YEARS:
                found.add(str(value))
        else:
            found.add(f"{unicodedata.digit(whole)}.{unicodedata.digit(tenth)}")
    return frozenset(found)


def specific_names(article: AnnotatedArticle, resolution: Resolution) -> frozenset[str]:
    """The entities (ids after resolution) the article names that are people or places below a
    country: a country is named by every report of its story."""
    found = set()
    for index, mention in enumerate(article.mentions):
        if mention.type not in _NAMED_TYPES or mention.kind != "name":
            continue
        entity = resolution.entity_of.get((article.article.id, index))
        if entity is not None and country_of(mention.text) is None:
            found.add(entity)
    return frozenset(found)


def join_on_shared_specifics(
    articles: Sequence[AnnotatedArticle],
    events: list[list[int]],
    resolution: Resolution,
    apart: Apart,
) -> dict[int, int]:
    """Article -> event (index into `events`) for reports in another language or undated, in
    events of no dated main-language report, that share a specific name and a figure with the
    one dated main-language event nothing sets them apart from (see the module docstring)."""
    main = main_language(articles)

    def anchor(i: int) -> bool:
        return articles[i].article.language == main and articles[i].article.published is not None

    anchored = [k for k, group in enumerate(events) if any(anchor(i) for i in group)]
    names = [specific_names(a, resolution) for a in articles]
    numbers = [figures(f"{a.article.title or ''}\n{a.article.text}") for a in articles]

    def shares(i: int, j: int) -> bool:
        return bool(names[i] & names[j]) and bool(numbers[i] & numbers[j])

    joined: dict[int, int] = {}
    for group in events:
        if any(anchor(i) for i in group):
            continue
        for i in group:
            fits = [
                k
                for k in anchored
                if any(shares(i, j) for j in events[k]) and not any(apart(i, j) for j in events[k])
            ]
            if len(fits) == 1:
                joined[i] = fits[0]
    return joined
