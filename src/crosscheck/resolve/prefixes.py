"""A short form of an Arabic-style name with its lineage cut off: "Tamim bin Hamad" is
"Tamim bin Hamad Al Thani" when it starts exactly one longer name in the corpus."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosscheck.resolve.names import person_name_tokens
from crosscheck.resolve.state import MentionKey, MergeState

# "son of" / "daughter of" / "father of" in names: after one, the next word is a father's
# name, so a name cut after it still names one person when the longer name is unique.
NASAB_PARTICLES = frozenset({"bin", "ibn", "bint", "binti", "ould", "walad"})


@dataclass(frozen=True, slots=True)
class MergeEvidenceSpec:
    """How a merge is recorded: its kind, score and the rule behind it."""

    kind: str
    score: float
    detail: str


def join_to_one_longer(
    state: MergeState,
    forms: dict[tuple[str, ...], MentionKey],
    longer_names: dict[tuple[str, ...], list[MentionKey]],
    text_of: dict[MentionKey, str],
    evidence: MergeEvidenceSpec,
) -> None:
    """Join each name form to the longer name it is part of, when it is part of exactly one
    person's (by current union-find roots); longest forms first, so that longer forms merged
    first count as one person."""
    for tokens, key in sorted(forms.items(), key=lambda item: -len(item[0])):
        longer = {state.uf.find(k) for k in longer_names.get(tokens, ())} - {state.uf.find(key)}
        if len(longer) == 1:
            target = next(iter(longer))
            state.merge(
                target,
                key,
                evidence.kind,
                (text_of[target], text_of[key]),
                evidence.score,
                evidence.detail,
            )


def link_name_prefixes(
    full: list[MentionKey], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join a name of three or more words with a lineage particle ("X bin Y") to the one
    longer person's name it starts. A prefix starting several people's names stays apart."""
    forms: dict[tuple[str, ...], MentionKey] = {}
    for k in full:
        forms.setdefault(person_name_tokens(text_of[k]), k)
    starts: dict[tuple[str, ...], list[MentionKey]] = defaultdict(list)
    for tokens, key in forms.items():
        for cut in range(3, len(tokens)):
            if NASAB_PARTICLES & set(tokens[1 : cut - 1]):
                starts[tokens[:cut]].append(key)
    join_to_one_longer(
        state,
        forms,
        starts,
        text_of,
        MergeEvidenceSpec(
            "lineage name cut short",
            0.85,
            "the name, up to a father's name after bin/ibn, starts exactly one longer name",
        ),
    )
