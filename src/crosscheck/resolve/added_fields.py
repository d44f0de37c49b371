"""An organisation's name with and without one of its fields: "National Earthquake Monitoring
and Research Centre" and "National Earthquake Monitoring Centre", "Korea Institute of
Geoscience and Mineral Resources" and "Korea Institute of Geoscience".

An institution whose remit grew keeps its old name in many reports, and writers shorten a long
name by its first field. A name of three content words or more joins a longer name of the story
that is the same words with "and" and one or two words added (after any word but the first; the
head word kept: the last, or the first when "of" follows it), when exactly one entity of the
story has such a longer name. A government department (a "Ministry of ..."), or a name of two
content words, is too generic to join so: the "Ministry of Foreign Affairs" may be another
country's than the "Ministry of Foreign Affairs and Trade". "Centre for Disease Control" stays
alone beside both a "Centre for Disease Control and Prevention" and a "Centre for Disease
Control and Research".
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.resolve.names import ACRONYM_SKIPS
from crosscheck.resolve.state import MentionKey, MergeState

__all__ = ["link_added_fields", "without_added_field"]

_MIN_WORDS = 3
_OF = frozenset({"of", "for"})
# a government department is named by its portfolio, which every country has: "Ministry of
# Foreign Affairs" may be another country's than the "Ministry of Foreign Affairs and Trade"
_DEPARTMENT_HEADS = frozenset(
    "ministry ministries department secretariat office ministere ministerio ministero".split()
)
_MAX_FIELD_WORDS = 2


def without_added_field(norm: str) -> list[str]:
    """The names ``norm`` gives with an "and" and one or two words after it left out
    ("national earthquake monitoring and research centre" -> ["national earthquake monitoring
    centre", ...]), each of three content words or more ("of", "for" not counted)."""
    words = norm.split()
    shorter: list[str] = []
    if words and words[0] in _DEPARTMENT_HEADS:
        return shorter
    for i in range(1, len(words)):
        if words[i] != "and":
            continue
        for n in range(1, _MAX_FIELD_WORDS + 1):
            rest = words[:i] + words[i + 1 + n :]
            content = [w for w in rest if w not in ACRONYM_SKIPS]
            # the head stays: last ("... Monitoring and Research Centre"), or first when
            # the fields follow it ("Institute of Geoscience and Mineral Resources")
            head_kept = rest[-1] == words[-1] or words[1] in _OF
            if i + n < len(words) and len(content) >= _MIN_WORDS and head_kept:
                shorter.append(" ".join(rest))
    return shorter


def link_added_fields(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Join each organisation name (``by_key``: blocks by normalised name) to the one
    entity whose longer name adds a field to it (the module's rules)."""
    longer: dict[str, set[str]] = defaultdict(set)
    for norm in by_key:
        for short in without_added_field(norm):
            if short in by_key:
                longer[short].add(norm)
    for short, norms in sorted(longer.items()):
        roots = {state.uf.find(by_key[n][0]) for n in norms}
        if len(roots) != 1:
            continue
        target, key = by_key[sorted(norms)[0]][0], by_key[short][0]
        state.merge(
            target,
            key,
            "field added",
            (text_of[target], text_of[key]),
            0.85,
            "the story's only longer name that adds a field after 'and' to this one",
        )
