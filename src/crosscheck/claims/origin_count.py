"""How many independent origins a fact-checker can rely on, and how many more there may be.

`origin_groups` separates claims that certainly share an origin (one cited source, one
dispatch, copied wording). What it keeps apart is not always independent:

- an outlet or agency that states a claim in its own voice, while other articles attribute
  the same claim to a named source, a body or an official, may be restating that source
  without saying so ("Prigozhin will go to Belarus", after Peskov said it): it counts as a
  possible origin, not a certain one;
- when no article cites a source, outlets writing in one language have been compared word
  for word, but a text in another language may be a translation of one of them: only the
  largest set of origins in one language is certain, the others possible.

The count shown is the certain one ("at least 2"), with the possible ones named beside it
("possibly 3"): precision first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.claims.independence import origin_groups
from crosscheck.corpus import Corpus
from crosscheck.records import Claim

# Origin keys of an outlet's or agency's own reporting, not of a source it cites.
_REPORTERS = ("outlet:", "article:", "agency:")


@dataclass(frozen=True, slots=True)
class OriginCount:
    """The origins behind a set of claims: `certain` are shown to be independent of each other;
    `possible` may be further independent origins, or restate one of the certain ones."""

    certain: list[str]
    possible: list[str]

    @property
    def uncertain(self) -> bool:
        """Whether the true count may be higher than `len(certain)`."""
        return bool(self.possible)


def is_reporter(key: str) -> bool:
    """Whether an origin key is an outlet's or agency's own reporting rather than a source it
    cites."""
    return key.rpartition(">")[2].startswith(_REPORTERS)


def count_origins(claims: Sequence[Claim], corpus: Corpus) -> OriginCount:
    """The certain and possible origins behind claims that state one proposition."""
    groups = origin_groups(claims, corpus)
    cited = [key for key, _ in groups if not is_reporter(key)]
    reporters = [(key, members) for key, members in groups if is_reporter(key)]
    if cited:
        return OriginCount(certain=sorted(cited), possible=sorted(k for k, _ in reporters))
    return _one_language(claims, reporters, corpus)


def _language(claim: Claim, corpus: Corpus) -> str:
    return claim.language or corpus.articles[claim.article].article.language or "?"


def _one_language(
    claims: Sequence[Claim], groups: Sequence[tuple[str, list[int]]], corpus: Corpus
) -> OriginCount:
    """Outlets' own reports: certain are the groups written in the language most of them
    share (their wording was compared); the others may be translations."""
    languages = [{_language(claims[i], corpus) for i in members} for _, members in groups]
    spoken: Counter[str] = Counter(lang for langs in languages for lang in langs)
    if not spoken:
        return OriginCount(certain=[], possible=[])
    best = min(spoken, key=lambda lang: (-spoken[lang], lang))
    certain = [key for (key, _), langs in zip(groups, languages, strict=True) if best in langs]
    possible = [key for (key, _), langs in zip(groups, languages, strict=True) if best not in langs]
    return OriginCount(certain=sorted(certain), possible=sorted(possible))
