"""One national news agency under its names: its own ("Maghreb Arabe Presse"), in English
("Maghreb Arab News Agency"), its acronym ("MAP") and its country's with "news agency"
("Moroccan News Agency"), from the gazetteer `annotate.news_agencies`. A country's name
with "news agency" joins only when the gazetteer gives that country one agency."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.news_agencies import NATIONAL_NEWS_AGENCIES
from crosscheck.resolve.institutions import institution_words
from crosscheck.resolve.names import name_tokens, without_corporate_suffix
from crosscheck.resolve.state import MentionKey, MergeState

Agency = tuple[str, int]
_DESCRIBED = frozenset(
    {
        ("news", "agency"),
        ("press", "agency"),
        ("state", "news", "agency"),
        ("official", "news", "agency"),
        ("national", "news", "agency"),
        ("state", "press", "agency"),
    }
)


def organisation_key(name: str) -> str:
    """An organisation's name as `resolve.named` keys it."""
    return " ".join(institution_words(without_corporate_suffix(name_tokens(name))))


@lru_cache(maxsize=1)
def _agency_names() -> dict[str, Agency]:
    return {
        organisation_key(name): (country, i)
        for country, agencies in NATIONAL_NEWS_AGENCIES.items()
        for i, names in enumerate(agencies)
        for name in names
    }


def agency_of(norm: str) -> Agency | None:
    """The national agency a keyed organisation name names: by one of its names, or by its
    country and "news agency" when the country has one agency."""
    named = _agency_names().get(norm)
    if named is not None:
        return named
    words = tuple(norm.split())
    for cut in (1, 2, 3):
        country = country_of(" ".join(words[:cut]))
        if country and words[cut:] in _DESCRIBED:
            agencies = NATIONAL_NEWS_AGENCIES.get(country, ())
            return (country, 0) if len(agencies) == 1 else None
    return None


def link_national_news_agencies(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join the names of each national news agency the story uses."""
    names: dict[Agency, list[str]] = defaultdict(list)
    for norm in by_key:
        agency = agency_of(norm)
        if agency is not None:
            names[agency].append(norm)
    for (country, _), norms in names.items():
        state.merge_into_first(
            [by_key[norm][0] for norm in norms],
            text_of,
            "national news agency",
            0.85,
            f"two names of {country}'s national news agency",
        )
