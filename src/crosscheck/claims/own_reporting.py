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


def _forms(variant: str) -> tuple[str, str]:
    """A wire agency's name as written: without "the", and an acronym also capitalised as in
    Spanish copy ("Efe")."""
    plain = variant.removeprefix("the ")
    return plain, plain.capitalize() if plain.isupper() and len(plain) > 2 else plain


# every way of writing a wire agency's name, with its key
_WIRE_KEYS = {
    form.casefold(): f"agency:{code}"
    for code, (_, variants) in AGENCIES.items()
    for variant in variants
    for form in _forms(variant)
}
_WIRE_NAMES = "|".join(
    sorted(
        {
            re.escape(form)
            for _, variants in AGENCIES.values()
            for v in variants
            for form in _forms(v)
        },
        key=len,
        reverse=True,
    )
)
# "told AFP", "said in an interview with Reuters", "seen by Reuters", "an AFP reporter saw",
# "according to an AFP tally": the agency named obtained the fact itself (an interview, a
# visit, a count); a mere "according to Reuters" only relays it and is not read here
_INTERVIEW = (
    r"(?i:told|tells|telling|said\s+to|speaking\s+to|interviewed\s+by|seen\s+by|witnessed\s+by"
    r"|visited\s+by|counted\s+by|confirmed\s+to|in\s+an?\s+(?:\w+\s+)?interview\s+with"
    # French and Spanish: "a déclaré à Reuters", "dijo a Reuters", "en declaraciones a Efe"
    r"|a\s+(?:déclaré|dit|indiqué|confié|affirmé|expliqué|précisé)\s+à|(?:dijo|declaró|explicó"
    r"|aseguró|confirmó|indicó|afirmó)\s+a|en\s+declaraciones\s+a)"
    r"\s+(?i:the\s+|l['’]\s*|la\s+|el\s+)?"
)
_AGENCY_INTERVIEW = re.compile(
    rf"\b{_INTERVIEW}(?:{_WIRE_NAMES})\b(?!\s+(?:reported|said|says|quoted|cited))"
)
# what the agency saw or counted itself, not what someone told it
_AGENCY_OBSERVED = re.compile(
    rf"\b(?i:seen|witnessed|visited|counted)\s+by\s+(?i:the\s+)?(?:{_WIRE_NAMES})\b"
    rf"|\b(?i:an?|the)\s+(?:{_WIRE_NAMES})\s+(?i:{_STAFF}|tally|count|survey)\b"
    rf"|\b(?:{_WIRE_NAMES})\s+(?i:{_STAFF})\s+(?i:saw|counted|witnessed|visited|found|reached)\b",
)
_AGENCY_NAME = re.compile(rf"\b({_WIRE_NAMES})\b")


def reporting_agency(sentence: str, interviews: bool = True) -> str | None:
    """The agency the sentence says obtained the fact itself ("a resident told AFP", "houses
    seen by Reuters", "an AFP correspondent counted"), as its origin key; None when no agency
    is named so (an agency that only relays, "according to Reuters", is not). Without
    `interviews`, only what the agency saw or counted counts: "he told Reuters" may be a
    source other articles name."""
    found = _AGENCY_OBSERVED.search(sentence)
    if found is None and interviews:
        found = _AGENCY_INTERVIEW.search(sentence)
    if found is None:
        return None
    name = _AGENCY_NAME.search(found.group(0))
    return _WIRE_KEYS.get(name.group(1).casefold()) if name is not None else None


def told_outlet(sentence: str, outlet: str | None) -> bool:
    """Whether the sentence says someone spoke to the outlet itself ("told The Moscow Times"
    in The Moscow Times, "in an interview with the BBC" on the BBC): its own interview."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", outlet or "").strip()
    name = re.sub(r"^(?:the|la|le|el)\s+", "", name, flags=re.IGNORECASE)
    if len(name) < 3:
        return False
    return re.search(rf"\b{_INTERVIEW}{re.escape(name)}\b", sentence, re.IGNORECASE) is not None


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


def own_reporter(text: str, start: int, end: int, interviews: bool = True) -> str | None:
    """Who saw or asked for itself what the sentence text[start:end] reports: the origin key
    of a wire agency whose staff, interview (unless `interviews` is False) or count it names
    ("told AFP", "seen by Reuters", also in an earlier sentence of its paragraph), "" for the
    outlet's own staff ("our correspondent"), None when it names no such reporting. Every
    outlet relaying one agency's interview names that agency: they are one origin, the
    agency's."""
    paragraph = text.rfind("\n", 0, start) + 1
    for passage in (text[start:end], text[paragraph:start]):
        agency = reporting_agency(passage, interviews)
        if agency is not None:
            return agency
    return "" if reported_by_own_staff(text, start, end) else None
