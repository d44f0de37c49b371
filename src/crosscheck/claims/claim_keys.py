"""What a claim's typed values are values *of*, read from the claim's structure rather than from
its wording: the predicate (folded into a small class of verbs that report one happening: kill
and die, arrest and detain, hold and meet), the counted head noun of a figure, and the role a
place plays (in, at, to, from). Two claims that agree on these and state incompatible values
disagree, whatever else their words say (`corroborate/typed_conflicts.py`).

Also the guard rails that keep a value out of every such comparison: what is expected, hedged,
negated, a caption, a background paragraph about an earlier year, a breakdown by subgroup, or a
sentence that marks another event of the kind ("a new quake", "another round")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crosscheck.claims.another_shock import ANOTHER_EVENT_WORD
from crosscheck.claims.hedge_words import foreign_breakdown, foreign_hedged
from crosscheck.claims.match_lexical import factual, hedged, is_negated
from crosscheck.claims.negation_words import negation_words, unparsed
from crosscheck.claims.value_agreement import fold_place, unit_of, values_of
from crosscheck.claims.verb_classes import CLASS_OF_OUTCOME, verb_classes
from crosscheck.records import Claim, ClaimValue

# Verbs that report one happening from its two sides, or in two registers.
PREDICATE_CLASSES = {
    "kill": "die",
    "die": "die",
    "perish": "die",
    "injure": "injure",
    "wound": "injure",
    "hurt": "injure",
    "arrest": "detain",
    "detain": "detain",
    "evacuate": "evacuate",
    "rescue": "evacuate",
    "hold": "meet",
    "meet": "meet",
    "convene": "meet",
    "release": "release",
    "free": "release",
    "exchange": "release",
    "swap": "release",
    "send": "send",
    "dispatch": "send",
    "deploy": "send",
}
# Verbs of saying and empty verbs: a day or place beside them is the saying's ("said on
# Monday in Paris"), not the happening's; they key no day or place.
SAYING_VERBS = frozenset(
    """say tell add state announce report note describe confirm declare claim write post
    explain stress insist warn accuse urge call be have do""".split()
)
_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking) place\b", re.IGNORECASE)
# Words that open a breakdown of a count ("among them 99 women", "including 12 children"): a
# figure of a subgroup is not the figure of the whole.
_BREAKDOWN = re.compile(
    r"\b(?:among|including|includ(?:e|es|ed)|of (?:them|whom)|of which|alone|respectively)\b",
    re.IGNORECASE,
)
# A year written in the sentence, to tell background paragraphs about earlier years.
_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d)")
# "in Jajarkot", "at the district's Ramidanda", "in West Rukum": a name where something happened.
_NAMED_AFTER = re.compile(
    r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:\w+['’]s\s+)?"
    r"(?P<name>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))*)",
    re.IGNORECASE,
)
# The same in the other languages of the news, after a preposition of place as in English (not
# "de"/"di"/"von": "del Ministerio de Defensa" names a source): "en Paiporta", "à Valence",
# "nella Valencia", "im Osten", "em Paiporta" (Arabic places come typed from the mentions).
_NAMED_AFTER_FOREIGN = re.compile(
    r"\b(?:en|em|no|na|nos|nas|à|a|au|aux|dans|in|nel|nella|nei|nelle|im|bei)\s+"
    r"(?:(?:el|la|los|las|le|les|l['’]|o|os|as|il|lo|der|die|das|dem|den)\s*)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w-]+))*)",
    re.IGNORECASE,
)
_PLACE_ROLES = {"in": "in", "at": "in", "inside": "in", "to": "to", "into": "to", "from": "from"}
# The same roles in the other languages of the news, from their unambiguous prepositions only
# ("à" and "a" are both "in" and "to"; "de" is "of" as often as "from").
_PLACE_ROLES.update(
    dict.fromkeys("en em na nas nos nel nella nei nelle im dans في".split(), "in")
    | dict.fromkeys("hacia vers verso nach إلى".split(), "to")
    | dict.fromkeys("desde depuis aus dalla dal من".split(), "from")
)
_SKIPPED_BEFORE_PLACE = frozenset(
    """the city of capital town village la el le les l la ciudad cidade ville città stadt
    capitale hauptstadt de di der die""".split()
)


def predicate_class(claim: Claim) -> str | None:
    """The claim's verb folded into its class ("killed" and "died" are one), None when it has
    none; "took place" is a meeting's verb, as "was held" is."""
    verb = claim.predicate.strip().lower()
    if not verb:
        return _unparsed_class(claim)
    if verb.split()[0] == "take" and _TAKE_PLACE.search(claim.text):
        return "meet"
    return PREDICATE_CLASSES.get(verb, verb)


def _unparsed_class(claim: Claim) -> str | None:
    """The class of a sentence no parser reads: of the happening verbs it holds in its language
    (`claims/verb_classes`) and of the outcomes its figures count ("95 muertos": die), the one
    class, or "die" for a toll of the dead and injured ("1037 morts, 1204 blessés"); None
    when it holds none or classes of two happenings."""
    classes = set(verb_classes(claim.text, claim.language))
    for value in values_of(claim.values, "quantity"):
        outcome = CLASS_OF_OUTCOME.get(unit_of(value) or "")
        if outcome is not None:
            classes.add(outcome)
    if classes == {"die", "injure"} or classes == {"die", "injure", "evacuate"}:
        return "die"
    return classes.pop() if len(classes) == 1 else None


def comparable_claim(claim: Claim, present_year: int | None) -> bool:
    """Whether the claim states what happened, in the article's present: factual, not negated,
    not hedged, not of another event of the kind, no year before `present_year` written in it
    (a background paragraph). A sentence no parser reads is read with its language's negation
    and hedge words."""
    if not factual(claim) or is_negated(claim) or hedged(claim):
        return False
    if unparsed(claim) and (
        negation_words(claim.text, claim.language) or foreign_hedged(claim.text, claim.language)
    ):
        return False
    if ANOTHER_EVENT_WORD.search(claim.text):
        return False
    return not (present_year is not None and _earlier_year(claim.text, present_year))


@lru_cache(maxsize=1 << 16)
def _earlier_year(text: str, present_year: int) -> bool:
    return any(int(m.group(1)) < present_year for m in _YEAR.finditer(text))


def counted_figures(claim: Claim) -> dict[str, ClaimValue]:
    """Unit -> the one figure the claim gives of it. A unit counted twice (a breakdown by place
    or by hour), and every figure of a sentence that breaks a count down by subgroup, are left
    out: which figure answers another claim's cannot be told."""
    if _BREAKDOWN.search(claim.text):
        return {}
    if unparsed(claim) and foreign_breakdown(claim.text, claim.language):
        return {}
    by_unit: dict[str, list[ClaimValue]] = {}
    for value in values_of(claim.values, "quantity"):
        unit = unit_of(value)
        if unit:
            by_unit.setdefault(unit, []).append(value)
    return {unit: found[0] for unit, found in by_unit.items() if len(found) == 1}


def place_scope(claim: Claim) -> frozenset[str]:
    """The places a claim names, folded, whether the annotator typed them as places or not
    ("in the district's Ramidanda"): a figure is compared only with figures of the same places
    ("92 deaths in Jajarkot" is not the country's toll)."""
    typed = {fold_place(v.value) for v in values_of(claim.values, "place")}
    named = {fold_place(m.group("name")) for m in _NAMED_AFTER.finditer(claim.text)}
    if unparsed(claim):
        found = _NAMED_AFTER_FOREIGN.finditer(claim.text)
        named |= {fold_place(m.group("name")) for m in found}
    return frozenset(_unaccented(name) for name in typed | named)


def _unaccented(name: str) -> str:
    """A name without its accents: "València", "Valência" and "Valencia" are one place."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def place_role(value: ClaimValue, sentence: str, offset: int) -> str | None:
    """The role a place plays, from the preposition just before it in the sentence (which
    starts at char `offset`): "in"/"at" (where), "to", "from"; None for a place without one (a
    country named as an actor, a dateline). "In the capital" and "in the city of" are read
    through their article."""
    before = sentence[max(0, value.start - offset - 40) : value.start - offset]
    words = re.findall(r"[\w'’]+", before.lower())[-3:]
    while words and words[-1] in _SKIPPED_BEFORE_PLACE:
        words.pop()
    return _PLACE_ROLES.get(words[-1]) if words else None
