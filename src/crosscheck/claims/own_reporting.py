"""Words by which an outlet says it saw or asked for itself: "our correspondent in Marrakech
saw", "a Reuters reporter at the scene counted", "notre envoyé spécial". What the
outlet's own reporter found is an origin of its own, even when other outlets attribute the
same fact to an official (a reporter on the ground is not restating the ministry)."""

from __future__ import annotations

import re

from crosscheck.claims.lexicon import AGENCIES

_STAFF = r"(?:correspondents?|reporters?|journalists?|team|crew|photographers?)"
_AGENCY_NAMES = "|".join(
    sorted(
        (re.escape(v) for _, variants in AGENCIES.values() for v in variants if v.isupper()),
        key=len,
        reverse=True,
    )
)
OWN_STAFF = re.compile(
    rf"\b(?:our|this\s+(?:newspaper|paper|website|channel)['’]s)\s+(?:own\s+)?(?:\w+\s+)?{_STAFF}\b"
    rf"|\b(?:an?|the)\s+(?:{_AGENCY_NAMES})\s+{_STAFF}\b"
    r"|\b(?:notre|nos)\s+(?:correspondante?s?|envoyée?s?\s+spéciale?s?|journalistes?|équipe)\b"
    r"|\b(?:nuestr[oa]s?)\s+(?:corresponsal(?:es)?|enviad[oa]s?\s+especial(?:es)?|periodistas?)\b",
    re.IGNORECASE,
)
_ON_THE_SCENE = re.compile(
    r"\b(?:witnessed\s+by|at\s+the\s+scene|on\s+the\s+ground|sur\s+place|en\s+el\s+lugar)\b",
    re.IGNORECASE,
)


def own_staff(text: str) -> bool:
    """Whether the words name the outlet's or agency's own staff ("our correspondent", "an
    AFP reporter", "notre envoyé spécial")."""
    return OWN_STAFF.search(text) is not None


def own_reporting(sentence: str) -> bool:
    """Whether the sentence says the outlet (or the agency it relays) saw for itself: its
    own staff, or a reporter at the scene."""
    return own_staff(sentence) or (
        _ON_THE_SCENE.search(sentence) is not None and re.search(_STAFF, sentence) is not None
    )


def reported_by_own_staff(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is the outlet's own reporting: it says so itself,
    or an earlier sentence of its paragraph does ("Our correspondent walked through the
    village on Sunday. The old minaret has fallen ...")."""
    paragraph = text.rfind("\n", 0, start) + 1
    return own_reporting(text[start:end]) or own_staff(text[paragraph:start])
