"""The one definition of the words that mark another shock, or another event of a kind, than
the one a story began with: "another 5.6 magnitude earthquake", "a fresh quake", "une nouvelle
secousse", "nuevo sismo", "an aftershock". The slot readers, the claim detectors' one-shock test
and the event-day test all import it, so the three levels keep one shock's figures apart from
another's in the same way."""

from __future__ import annotations

import re

# Words saying an event is not the first of its kind in the story, in the languages the
# lexicons read: alone ("a new attack", "la segunda ronda") ...
_ANOTHER_ALONE = (
    r"another|new|fresh|second|third|fourth|further|latest"
    r"|nouveau|nouvelle|nouvel|autre|deuxième|seconde?|troisième"
    r"|nuevo|nueva|otro|otra|segundo|segunda|outro|outra|novo|nova"
    r"|weiteres|neues|erneutes|altro|nuovo"
)
# ... and before a plural noun ("other quakes", "de nouvelles secousses"), or "today's" for a
# shock reported as the day's news of a story begun earlier.
ANOTHER_WORDS = (
    _ANOTHER_ALONE + r"|today['’]s|nouveaux|nouvelles|autres|nuevos|nuevas|otros|otras"
    r"|segundos|segundas|outros|outras|novos|novas"
    # Nepali and Hindi: "again", "another", "new" ("जाजरकोटमा फेरि भूकम्प गएको छ")
    r"|फेरि|अर्को|नयाँ|फिर से|एक और|नया"
)
# Names of a shock, in the same languages.
SHOCK_NOUNS = (
    r"(?:earth)?quakes?|tremors?|shocks?|séismes?|tremblements?|secousses?|sismos?"
    r"|terremotos?|temblor(?:es)?|erdbeben|beben|scossa"
    # Nepali and Hindi, with the case endings written onto the noun
    r"|भूकम्प(?:को|ले|मा)?|भूकंप(?:के|का|की)?"
)
AFTERSHOCK_WORDS = (
    r"aftershocks?|répliques?|secousses? secondaires?|réplicas?|nachbeben"
    r"|scosse di assestamento|etterskjelv"
    # Arabic: the adjective "ارتدادي" (rebounding) alone names an aftershock, whatever the
    # noun before it and its vowel marks ("هزّات ارتدادية", "الهزات الارتدادية")
    r"|(?:ال)?ارتدادي(?:ة|ات)?"
)
# Up to two lowercase words may come between the marker and the noun ("another strong quake",
# "a fresh 5.6 magnitude quake"), not a name ("New Delhi feels quake") nor a phrase of its own
# ("new details of quake").
_NOT_LINK = r"(?!(?:of|on|about|in|after|from|for|the|to|by|at|de|du|des|la|le|del|en)\s)"
_BETWEEN = _NOT_LINK + r"[a-zà-ÿ\d.,-]+\s+"
# In a headline written in title case ("Another Strong Quake Hits Nepal") the words between
# are capitalised too.
_BETWEEN_ANY_CASE = r"(?i:" + _NOT_LINK + r"[\w.,'’-]+\s+)"


def another_of(nouns: str, *, any_case: bool = False) -> re.Pattern[str]:
    """The pattern of a marker of another event followed by one of `nouns` (an alternation):
    `another_of(SHOCK_NOUNS)` finds "a fresh quake", "un nouveau séisme". With `any_case` the
    up to two words between may be capitalised (a title-case headline)."""
    between = _BETWEEN_ANY_CASE if any_case else _BETWEEN
    return re.compile(rf"\b(?i:{ANOTHER_WORDS})\s+(?:{between}){{0,2}}?(?i:{nouns})\b")


# Another shock than the story's main one, named with a marker ("another earthquake").
ANOTHER_SHOCK = another_of(SHOCK_NOUNS)
# An aftershock, by name: a lesser shock of the main one.
AFTERSHOCK = re.compile(rf"\b(?i:{AFTERSHOCK_WORDS})\b")
# Another shock, or an aftershock: a measure given with either is not the main shock's.
# (case matters between the marker and the noun: no flag on the whole)
ANOTHER_OR_AFTERSHOCK = re.compile(f"{ANOTHER_SHOCK.pattern}|{AFTERSHOCK.pattern}")
# A marker alone, of an event of any kind ("the second round", "a new attack", "une
# réplique"): a claim giving a day with one may speak of another event than the story's.
ANOTHER_EVENT_WORD = re.compile(rf"\b(?:{_ANOTHER_ALONE}|aftershocks?|répliques?)\b", re.IGNORECASE)


def marks_another_shock(text: str) -> bool:
    """Whether the text speaks of another shock than the story's first ("a fresh quake", "an
    aftershock", "une nouvelle secousse")."""
    return ANOTHER_OR_AFTERSHOCK.search(text) is not None
