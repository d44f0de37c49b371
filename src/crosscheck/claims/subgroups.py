"""Counts of a subgroup of the people a toll counts, in English, French and Spanish: "Among
them, 99 are women and 58 are men", "the deceased include 27 women and 10 men", "parmi les
morts, 12 enfants", "entre los fallecidos hay 40 mujeres". Each count is a slot of its own
("killed|among women"): the number of women among the dead is compared only with the number of
women among the dead, never with the toll nor with the women among the injured.

The outcome (dead or injured) must be told by the sentence, or for "among them" by the
sentence before when that one counts a single outcome; a sentence naming both is left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims import slot_words
from crosscheck.claims.slot_figures import parse_number
from crosscheck.records import ClaimValue

# The subgroups counted, folded across languages.
_GROUPS = {
    "women": r"women|femmes|mujeres|mulheres",
    "men": r"men|hommes|hombres|homens",
    "children": r"children|minors|enfants|mineurs|niños|niñas|menores|crianças",
    "girls": r"girls|filles|chicas",
    "boys": r"boys|garçons|chicos",
    "foreigners": r"foreigners|foreign nationals|étrangers|extranjeros|estrangeiros",
}
_GROUP = "|".join(f"(?:{names})" for names in _GROUPS.values())
# "among them", "the deceased include", "parmi les morts", "entre los fallecidos": what
# opens a breakdown of a toll by subgroup.
_AMONG = (
    r"among (?:them|those|the (?:dead|deceased|victims|injured|wounded))|of (?:them|whom)"
    r"|of the (?:dead|deceased|victims|injured|wounded)"
    r"|(?:the )?(?:dead|deceased|victims|injured|wounded) (?:include|included|are|were)"
    r"|including|parmi (?:eux|elles|les (?:morts|victimes|blessés|tués))|dont"
    r"|entre (?:ellos|ellas|los (?:muertos|fallecidos|heridos|víctimas))|de (?:ellos|ellas)"
    r"|incluidos|incluidas|entre las víctimas"
)
# Each "N (are) women" of the breakdown, up to the end of the clause.
_BREAKDOWN = re.compile(rf"\b(?:{_AMONG})\b[,:]?(?P<list>[^.;()]{{0,120}})", re.IGNORECASE)
_COUNT = re.compile(
    rf"(?<![\w.,])(?P<number>\d{{1,6}}(?:,\d{{3}})*)\s+(?:(?:are|were|sont|son|eran|fueron)\s+)?"
    rf"(?P<group>{_GROUP})\b"
    # "20 women and children" is one count of two subgroups together
    rf"(?!\s+(?:and|et|y|e|or|ou|o)\s+(?:{_GROUP})\b)",
    re.IGNORECASE,
)
_OUTCOME_WORDS = {
    outcome: re.compile(
        rf"\b(?:{'|'.join(re.escape(w.replace('_', ' ')) for w in words.split())})\b",
        re.IGNORECASE,
    )
    for outcome, words in slot_words.OUTCOMES.items()
    if outcome in ("killed", "injured")
}
_DEAD_WORDS = re.compile(r"\b(?:deceased|victims|víctimas|victimes|fallecidos)\b", re.I)


def group_of(words: str) -> str | None:
    """The folded name of a subgroup ("mujeres" is "women")."""
    return next(
        (group for group, names in _GROUPS.items() if re.fullmatch(names, words, re.I)), None
    )


def _outcome(text: str) -> str | None:
    """The one outcome (killed or injured) some words count, None for none or both."""
    found = {outcome for outcome, words in _OUTCOME_WORDS.items() if words.search(text)}
    if not found and _DEAD_WORDS.search(text):
        found = {"killed"}
    return found.pop() if len(found) == 1 else None


def subgroup_counts(
    sentence: str, offset: int, before: str, language: str | None
) -> Iterator[tuple[str, ClaimValue]]:
    """("killed|among women", count) for each subgroup count of a toll's breakdown in the
    sentence; `before` is the sentence before, which "among them" may point back to."""
    for breakdown in _BREAKDOWN.finditer(sentence):
        outcome = _outcome(sentence) or (_outcome(before) if not _outcome_in(sentence) else None)
        if outcome is None or lex.HEDGE.search(sentence):
            continue
        places = {p.group("place") for p in lex.PLACE_AFTER.finditer(sentence)}
        if len(places) > 1:
            continue  # a breakdown by place as well: which place each count is of is unclear
        where = "".join(f"|{' '.join(re.findall(r'[a-zà-ÿ]+', p.lower()))}" for p in places)
        counts = list(_COUNT.finditer(breakdown.group("list")))
        groups = [group_of(c.group("group")) for c in counts]
        if len(set(groups)) != len(groups):  # "20 women in Jajarkot, 19 women in Rukum"
            continue
        for count, group in zip(counts, groups, strict=True):
            number = parse_number(count.group("number"), language)
            if number is None or group is None:
                continue
            start = offset + breakdown.start("list") + count.start()
            end = offset + breakdown.start("list") + count.end()
            yield (
                f"{outcome}|among {group}{where}",
                ClaimValue(
                    kind="quantity",
                    value=f"{number:g}",
                    text=sentence[start - offset : end - offset],
                    start=start,
                    end=end,
                    unit=group,
                    low=number,
                    high=number,
                ),
            )


def _outcome_in(sentence: str) -> bool:
    return any(words.search(sentence) for words in _OUTCOME_WORDS.values())
