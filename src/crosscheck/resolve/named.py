"""Resolution of organisations and places: exact names, country aliases, short forms and
acronyms."""

from __future__ import annotations

import re
from collections import defaultdict

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.name_lexicon import FACILITY_HEADS
from crosscheck.resolve.added_fields import link_added_fields
from crosscheck.resolve.country_initials import link_country_initials
from crosscheck.resolve.dropped_complements import link_dropped_complements
from crosscheck.resolve.institutions import institution_words
from crosscheck.resolve.located_facilities import facility_kind
from crosscheck.resolve.names import (
    acronym,
    demonym_country,
    fold,
    name_tokens,
    without_corporate_suffix,
)
from crosscheck.resolve.news_agencies import link_national_news_agencies
from crosscheck.resolve.org_variants import (
    link_country_prefixed,
    link_country_suffixed,
    link_news_agency_wordings,
    link_spelling_variants,
)
from crosscheck.resolve.place_directions import bare_direction_names, direction_key
from crosscheck.resolve.romanisation import link_romanisations
from crosscheck.resolve.state import MentionKey, MergeState

_PEOPLE = "people of "  # the block key of a nationality word's mentions


def resolve_named(
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
    places: bool,
    after_the: frozenset[MentionKey] = frozenset(),
) -> None:
    """Organisations and places: exact folded names (an organisation's without its legal form:
    "Microsoft Corp" is "Microsoft"), country aliases, romanisations of one place, acronyms
    (``after_the``: mentions written after "The", whose acronym may keep its T)."""
    by_key: dict[str, list[MentionKey]] = defaultdict(list)
    for k in keys:
        text = text_of[k]
        # a nationality word names a people or qualifies a noun, never the country itself:
        # "Nigeriens" join "Nigerien", not "Niger" (`demonyms.CountryReading` reads it as
        # its country where a consumer needs the country)
        people_of = demonym_country(text) if places else None
        if people_of:
            by_key[f"{_PEOPLE}{fold(people_of)}"].append(k)
            continue
        country = country_of(text) if places else None
        words = name_tokens(text)
        if not places:
            words = institution_words(facility_kind(without_corporate_suffix(words)))
        by_key[fold(country) if country else " ".join(words)].append(k)
    for norm, block in by_key.items():
        for other in block[1:]:
            a, b = text_of[block[0]], text_of[other]
            alias = places and fold(a) != fold(b) and country_of(a) and not demonym_country(a)
            kind = "country alias" if alias else "same name"
            state.merge(block[0], other, kind, (a, b), 1.0, f"both normalise to {norm!r}")
    if places:
        by_key = {norm: block for norm, block in by_key.items() if not norm.startswith(_PEOPLE)}
        link_romanisations(by_key, text_of, state)
        _link_directions(by_key, text_of, state)
        _link_formal_short_names(by_key, text_of, state)
        link_country_initials(by_key, text_of, state)
        return
    _link_short_forms(by_key, text_of, state)
    link_dropped_complements(by_key, text_of, state)
    link_added_fields(by_key, text_of, state)
    _link_bare_facilities(by_key, text_of, state)
    link_country_prefixed(by_key, text_of, state)
    link_country_suffixed(by_key, text_of, state)
    link_spelling_variants(by_key, text_of, state)
    link_news_agency_wordings(by_key, text_of, state)
    link_national_news_agencies(by_key, text_of, state)
    _link_acronyms_with_the(by_key, after_the, text_of, state)
    _link_written_acronyms(by_key, text_of, state)
    _link_reordered_words(by_key, text_of, state)
    _link_acronym_expansions(by_key, text_of, state)


def _link_acronym_expansions(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "UN" ~ "United Nations", "UN General Assembly" ~ "United Nations General Assembly":
    a word written as an acronym whose letters are words of a longer name of the story."""
    expansions: dict[str, set[str]] = defaultdict(set)
    kept = {norm: _capital_words(text_of[block[0]]) for norm, block in by_key.items()}
    for norm in by_key:
        words = tuple(norm.split())
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 6) + 1):
                expansions[acronym(words[i:j])].add(norm)
                expansions[acronym(words[i:j], kept[norm])].add(norm)
    for norm, block in by_key.items():
        toks = norm.split()
        written = set(text_of[block[0]].replace(".", "").upper().split())
        for pos, tok in enumerate(toks):
            if len(tok) < 2 or tok.upper() not in written:
                continue  # only words written as an acronym
            for long_norm in sorted(expansions.get(tok, ())):
                if long_norm != norm and _expands(toks, pos, long_norm.split(), kept[long_norm]):
                    a, b = text_of[block[0]], text_of[by_key[long_norm][0]]
                    state.merge(
                        block[0],
                        by_key[long_norm][0],
                        "acronym",
                        (a, b),
                        0.9,
                        f"{tok.upper()} abbreviates words of the longer name",
                    )


# Last words of organisation names that do not name one on their own ("Bank", "Council").
_GENERIC_ORG_WORDS = frozenset(
    "bank council party university college school ministry department agency company group"
    " union court committee commission association institute army police government house"
    " center centre office board club team league foundation corporation network".split()
)


# The last word of a group's or a broadcaster's name that writers drop ("Wagner Group" /
# "Wagner", "Skai TV" / "Skai")
_GROUP_HEADS = frozenset({"group", "movement", "tv", "television", "radio"})


def _link_bare_facilities(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """A one-word name joins the story's only facility named by it and a building's or
    site's noun ("Tinmel" and "Tinmel Mosque"), or the only group named by it and "Group",
    "Movement" ("Wagner" and "Wagner Group"), or a broadcaster's "TV", "Radio" ("Skai" and
    "Skai TV"); a word two such names share joins neither, and a country's name joins
    none."""
    facilities: dict[str, list[str]] = defaultdict(list)
    for norm in by_key:
        words = norm.split()
        if len(words) == 2 and (words[1] in FACILITY_HEADS or words[1] in _GROUP_HEADS):
            facilities[words[0]].append(norm)
    for norm, block in by_key.items():
        named = facilities.get(norm, [])
        if len(named) != 1 or country_of(norm):
            continue
        target = by_key[named[0]][0]
        state.merge(
            target,
            block[0],
            "facility short form",
            (text_of[target], text_of[block[0]]),
            0.9,
            "the only building, site or group in the story named by this word",
        )


def _link_short_forms(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """A one-word organisation name that is the last word of a longer one in the same article
    ("the Saints" after "New Orleans Saints") joins it. Mentions of one name are one entity
    already, so a short form that articles use for different longer names ("Sheriff" for the
    Knox County and the Milwaukee County Sheriff) joins none of them."""
    longer: dict[str, list[str]] = defaultdict(list)
    articles_of: dict[str, set[str]] = {}
    for norm, keys in by_key.items():
        words = norm.split()
        if len(words) >= 2:
            longer[words[-1]].append(norm)
            articles_of[norm] = {k[0] for k in keys}
    for norm, block in by_key.items():
        candidates = longer.get(norm, [])
        if " " in norm or norm in _GENERIC_ORG_WORDS or not candidates:
            continue
        targets: dict[MentionKey, MentionKey] = {}
        for key in block:
            local = {state.uf.find(by_key[c][0]) for c in candidates if key[0] in articles_of[c]}
            if len(local) > 1:
                targets.clear()
                break
            if local:
                targets[key] = next(iter(local))
        if len(set(targets.values())) != 1:
            continue
        key, target = next(iter(targets.items()))
        state.merge(
            target,
            key,
            "short form in same article",
            (text_of[target], text_of[key]),
            0.9,
            "the last word of the only longer organisation name in the article",
        )


def _capital_words(written: str) -> frozenset[str]:
    """The words of a name written as an acronym ("UN" of "UN High Commissioner"), folded."""
    return frozenset(fold(w) for w in written.replace(".", "").split() if _CAPITALS.fullmatch(w))


_CAPITALS = re.compile(r"[A-Z]{2,5}")


def _expands(short: list[str], pos: int, long: list[str], kept: frozenset[str]) -> bool:
    """`short` with its acronym at `pos` spelled out gives `long` (whose words in `kept` are
    acronyms themselves)."""
    for i in range(len(long)):
        for j in range(i + 2, len(long) + 1):
            if (
                short[pos] in (acronym(tuple(long[i:j])), acronym(tuple(long[i:j]), kept))
                and long[:i] == short[:pos]
                and long[j:] == short[pos + 1 :]
            ):
                return True
    return False


def _link_acronyms_with_the(
    by_key: dict[str, list[MentionKey]],
    after_the: frozenset[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """ "TRF" abbreviates "The Resistance Front" when the story writes that name after "The"
    and no other name of it has these initials."""
    with_the: dict[str, set[str]] = defaultdict(set)
    for norm, block in by_key.items():
        words = tuple(norm.split())
        if len(words) >= 2 and any(k in after_the for k in block):
            with_the["t" + acronym(words)].add(norm)
    for norm, block in by_key.items():
        written = text_of[block[0]].replace(".", "")
        if " " in norm or written != written.upper() or norm not in with_the:
            continue
        longer = {state.uf.find(by_key[n][0]) for n in with_the[norm]}
        if len(longer) != 1:
            continue
        long_norm = sorted(with_the[norm])[0]
        a, b = text_of[block[0]], text_of[by_key[long_norm][0]]
        state.merge(
            block[0],
            by_key[long_norm][0],
            "acronym",
            (a, b),
            0.85,
            f"{a} abbreviates The {b}, its article included",
        )


def _link_written_acronyms(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "NCS" abbreviates "National Centre for Seismology" in the words as written (the
    exact-name pass reads that name in another order) when no other organisation of the
    story has these initials."""
    initials: dict[str, set[MentionKey]] = defaultdict(set)
    for block in by_key.values():
        words = name_tokens(text_of[block[0]])
        if len(words) >= 2:
            initials[acronym(words)].add(state.uf.find(block[0]))
    for block in by_key.values():
        written = text_of[block[0]]
        found = initials.get(written.lower(), set()) - {state.uf.find(block[0])}
        if len(written) < 3 or not _CAPITALS.fullmatch(written) or len(found) != 1:
            continue
        target = next(iter(found))
        state.merge(
            target,
            block[0],
            "acronym",
            (text_of[target], written),
            0.9,
            f"{written} gives the initials of the story's only organisation name that has them",
        )


def _link_reordered_words(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "Centre national sismologique" and "Centre sismologique national": three words or
    more, the same words in another order."""
    by_words: dict[tuple[str, ...], list[MentionKey]] = defaultdict(list)
    for block in by_key.values():
        words = name_tokens(text_of[block[0]])
        if len(words) >= 3:
            by_words[tuple(sorted(words))].append(block[0])
    for firsts in by_words.values():
        state.merge_into_first(
            firsts,
            text_of,
            "same words reordered",
            0.85,
            "the same words of an organisation's name in another order",
        )


def _link_directions(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "Rukum West", "West Rukum", "Western Rukum": one compass word in any form or place."""
    by_direction: dict[str, list[MentionKey]] = defaultdict(list)
    for norm, block in by_key.items():
        key = direction_key(tuple(norm.split()), text_of[block[0]])
        if key is not None:
            by_direction[key].append(block[0])
    for key, firsts in by_direction.items():
        state.merge_into_first(
            firsts,
            text_of,
            "compass word",
            0.9,
            f"both name {key!r}: one compass word, written before or after the name",
        )
    bare = bare_direction_names({norm: text_of[block[0]] for norm, block in by_key.items()})
    for norm, key in bare.items():
        state.merge_into_first(
            [by_direction[key][0], by_key[norm][0]],
            text_of,
            "place qualifier left out",
            0.8,
            f"the story's only place named {key!r} (a compass or height word before or after"
            " the name); the story names no other place of that name",
        )


def _link_formal_short_names(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """ "the Islamic Republic" is Iran when the story's only formal name that opens with these
    words is "Islamic Republic of Iran" (two words at least: "the Republic" says too little)."""
    countries: dict[str, set[str]] = defaultdict(set)
    for norm, block in by_key.items():
        for key in block:
            words = name_tokens(text_of[key])
            if "of" in words and country_of(text_of[key]):
                countries[" ".join(words[: words.index("of")])].add(norm)
    for norm, block in by_key.items():
        found = countries.get(norm, set())
        if " " not in norm or len(found) != 1 or norm in found:
            continue
        target = by_key[next(iter(found))][0]
        state.merge(
            target,
            block[0],
            "formal name cut short",
            (text_of[target], text_of[block[0]]),
            0.85,
            "the opening words of the only formal country name in the story that has them",
        )
