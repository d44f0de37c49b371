"""Whether a headline announces a new event of a kind the story has seen before.

"Fresh quake rocks Nepal", "Yet another earthquake of 3.6 magnitude", "Second shooting in
Waterbury", "Tremor felt again": a report that says so is news of its own, not a follow-up of the
first event (`follow_ups`) nor another report of it (`recurrence`). The marker words ("another",
"fresh", "nouveau" ...) and the names of a shock are those of `claims.another_shock`, the one
definition the slot readers and claim detectors use too; the clustering adds the other kinds
of event that recur within a story (attacks, strikes, storms).
"""

from __future__ import annotations

import re

from crosscheck.claims.another_shock import SHOCK_NOUNS, another_of

# Kinds of event that recur within one story. Numbered rounds of talks are not among them: the
# headline's round number tells those apart (`headline.series_round`).
RECURRING_KINDS = (
    SHOCK_NOUNS + r"|aftershocks?|attacks?|shootings?|strikes?|bombings?|blasts?|explosions?"
    r"|storms?|floods?|attaques?|frappes?"
)
# The kind as a modifier ("quake survivors", "quake-hit villages", "strike toll") names the
# earlier event, not a new one.
_NOT_MODIFIER = (
    r"(?![\w'’]*-|\s+(?:survivors?|victims?|toll|relief|aid|zones?|areas?|damage|trials?"
    r"|cases?|suspects?))"
)
# "Fresh quake rocks Nepal", "yet another earthquake", "a second tremor", "nouveau séisme".
_ANOTHER = re.compile(
    another_of(RECURRING_KINDS, any_case=True).pattern + _NOT_MODIFIER, re.IGNORECASE
)
# "Tremor of 4.2 magnitude felt again", "quake strikes again", "séisme ... à nouveau".
_AGAIN = re.compile(
    r"\b(?:" + RECURRING_KINDS + r")\b(?:\s+[\w.'’-]+){0,4}?\s+"
    r"(?:again|once\s+more|à\s+nouveau|de\s+nouveau)\b",
    re.IGNORECASE,
)


def announces_another_event(headline: str) -> bool:
    """Whether a headline announces another event of a recurring kind: "another", "second",
    "fresh" ... quake (not as a modifier: "new quake-hit villages"), or the kind "again"."""
    return bool(_ANOTHER.search(headline) or _AGAIN.search(headline))
