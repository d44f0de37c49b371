"""Organisation names a reader takes for one: a country's name or demonym before it
("Moroccan Interior Ministry" / "Interior Ministry"), and small spelling variants
("Maghreb Arabe Press" / "Maghreb Arabe Presse", "al-Qaeda" / "al-Qaida")."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz.distance import JaroWinkler

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.institutions import news_agency_key
from crosscheck.resolve.names import skeleton
from crosscheck.resolve.state import MentionKey, MergeState

_MIN_SIMILARITY = 0.88
_MIN_LENGTH = 6


def link_country_prefixed(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "Moroccan Interior Ministry" joins "Interior Ministry" when no other country's
    "… Interior Ministry" is in the story: the story then has one such ministry."""
    prefixed: dict[str, list[str]] = defaultdict(list)
    for norm in by_key:
        words = norm.split()
        if len(words) >= 3 and country_of(words[0]):
            prefixed[" ".join(words[1:])].append(norm)
    for rest, norms in prefixed.items():
        countries = {country_of(n.split()[0]) for n in norms}
        if rest not in by_key or len(countries) != 1:
            continue
        target = by_key[rest][0]
        for norm in norms:
            key = by_key[norm][0]
            state.merge(
                target,
                key,
                "country before the name",
                (text_of[target], text_of[key]),
                0.85,
                "the same name with its country said; the story names no other country's",
            )


def _country_and_rest(norm: str) -> tuple[str, str] | None:
    """ "ukrainian security service" and "security service of ukraine" -> ("Ukraine",
    "security service"); None for a name that states no country at one of its ends."""
    words = norm.split()
    if len(words) >= 3 and country_of(words[0]):
        return country_of(words[0]) or "", " ".join(words[1:])
    if len(words) >= 4 and words[-2] == "of" and country_of(words[-1]):
        return country_of(words[-1]) or "", " ".join(words[:-2])
    return None


def link_country_suffixed(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "Security Service of Ukraine" is the "Ukrainian Security Service", "Central Bank of
    Libya" the "Libyan Central Bank": one name with its country said before or after it."""
    by_country: dict[tuple[str, str], list[str]] = defaultdict(list)
    for norm in by_key:
        found = _country_and_rest(norm)
        if found is not None:
            by_country[found].append(norm)
    for norms in by_country.values():
        state.merge_into_first(
            [by_key[norm][0] for norm in norms],
            text_of,
            "country before or after the name",
            0.9,
            "the same name with its country said before it and after it",
        )


def link_spelling_variants(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Names whose words have the same skeletons and that differ by a letter or two."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for norm in by_key:
        if len(norm.replace(" ", "")) >= _MIN_LENGTH:
            blocks[" ".join(skeleton(w) for w in norm.split())].append(norm)
    for norms in blocks.values():
        for i, a in enumerate(norms):
            key_a = by_key[a][0]
            if text_of[key_a].isupper():
                continue  # acronyms are compared whole, elsewhere
            for b in norms[i + 1 :]:
                key_b = by_key[b][0]
                score = JaroWinkler.similarity(a, b)
                if score >= _MIN_SIMILARITY and not text_of[key_b].isupper():
                    state.merge(
                        key_a,
                        key_b,
                        "spelling variant",
                        (text_of[key_a], text_of[key_b]),
                        score,
                        "the same name words up to a letter or two",
                    )


def link_news_agency_wordings(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """One news agency named with "News Agency", "Press" or French "Presse" ("Maghreb Arabe
    Presse" / "Maghreb Arab News Agency"): the same other words, in English."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for norm in by_key:
        key = news_agency_key(tuple(norm.split()))
        if key:
            blocks[key].append(norm)
    for norms in blocks.values():
        state.merge_into_first(
            [by_key[norm][0] for norm in norms],
            text_of,
            "news agency wording",
            0.85,
            "the same agency name with another word for news agency",
        )
