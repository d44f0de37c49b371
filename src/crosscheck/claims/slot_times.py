"""The clock time a sudden event happened at, in English and French: "struck just before
midnight", "a frappé peu avant 23 h", "enregistrée à 23h11 heure locale". The value is the span
of minutes of the day the words allow, so "23:11" and "just before midnight" cannot both be
true while "23:11" and "around 23:00" can. Times given in another zone (GMT, UTC, Paris time)
are left out: they are not comparable with local times."""

from __future__ import annotations

import re

from crosscheck.records import ClaimValue

# Events that happen at one moment; talks or visits have a start and an end, and a plan.
_EVENT = (
    r"(?:earthquake|quake|tremor|s[ée]isme|tremblement de terre|secousse|explosion|blast|"
    r"attack|attaque|attentat|crash|collapse|effondrement|landslide|glissement de terrain)"
)
_HAPPENED = (
    r"(?:struck|hit|rocked|jolted|shook|occurred|happened|took place|was recorded|was felt|"
    r"collapsed|exploded|a frappé|a touché|a secoué|s'est produit|s’est produit|est survenue?|"
    r"a été enregistrée?|a été ressentie?|s'est effondrée?|s’est effondrée?)"
)
_MODIFIER = (
    r"(?P<mod>just before|shortly before|a little before|juste avant|peu avant|just after|"
    r"shortly after|juste après|peu après|around|about|approximately|vers|aux alentours de|"
    r"environ)?"
)
_CLOCK = (
    r"(?P<clock>(?P<hour>\d{1,2})(?:\s*[h:]\s*(?P<minute>\d{2})|\s*h\b)(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    r"|(?P<h12>\d{1,2})\s*(?P<ampm2>[ap])\.?m\.?|(?P<word>midnight|minuit|noon|midi))"
)
# Words of one clause: no sentence stop, but the point of a figure ("magnitude 5.6").
_CLAUSE = r"(?:[^.;!?]|(?<=\d)\.(?=\d))"
EVENT_TIME = re.compile(
    rf"\b{_EVENT}\b{_CLAUSE}{{0,60}}?\b{_HAPPENED}\b(?P<between>{_CLAUSE}{{0,90}}?)"
    rf"(?:\b(?:at|à|a partir de|à partir de)\s+)?{_MODIFIER}\s*(?<!\w){_CLOCK}",
    re.IGNORECASE,
)
# A zone named right after the time (seconds may come between: "04:38:20 (IST)"); the local
# time is written without one, or with "local time"/"heure locale"/"hora local".
_OTHER_ZONE = re.compile(
    r"^(?::\d{2})?\s*\(?\s*(?:GMT|UTC|Z\b|CET|CEST|EST|EDT|PST|IST|BST|MSK|heure de|"
    r"Paris time|hora de|[A-Z]{2,4}\b(?<!PM)(?<!AM))"
)
# "11:47 p.m. local time", "23h47 heure locale": the event's own zone, said.
_LOCAL = re.compile(
    r"^(?::\d{2})?\s*\(?\s*(?:local time|heure locale|hora local|ora locale|ortszeit|"
    r"lokal tid|heure de [A-Z]\w+ locale)",
    re.IGNORECASE,
)
LOCAL_UNIT, ANY_ZONE_UNIT = "local minute of the day", "minute of the day"
# Time zones are whole quarters of an hour apart: two exact times a whole number of quarters
# apart may be one instant told in two zones ("11:47 pm" in Nepal is "11:32 pm" in India).
ZONE_STEP = 15
_REPORTING = re.compile(r"\b(?:according to|said|announced|selon|a annoncé|a indiqué)\b", re.I)
_BEFORE = ("just before", "shortly before", "a little before", "juste avant", "peu avant")
_AFTER = ("just after", "shortly after", "juste après", "peu après")
NEAR_MINUTES = 30  # "just before 23:00" is after 22:30
ROUND_MINUTES = 15  # "at 23 h", "around 23:11": a quarter of an hour either side


def _minute_of_day(match: re.Match[str], before: bool) -> tuple[int, bool] | None:
    """(minute of the day, whether minutes were written); None for an impossible time."""
    word = (match.group("word") or "").lower()
    if word in ("midnight", "minuit"):
        return (24 * 60 if before else 0), True
    if word in ("noon", "midi"):
        return 12 * 60, True
    hour = int(match.group("hour") or match.group("h12"))
    minute = int(match.group("minute") or 0)
    ampm = (match.group("ampm") or match.group("ampm2") or "").lower()
    if ampm:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute, match.group("minute") is not None


# Nepali and Hindi: "आज राती ११ बजेर ४९ मिनेटमा गएको भूकम्प", "रात 11 बजकर 32 मिनट पर आए भूकंप";
# the part of the day the hour is of comes first (night, evening, afternoon, morning).
_DEVANAGARI_TIME = re.compile(
    r"(?P<part>राती|राति|रात|मध्यरात|बेलुका|साँझ|शाम|दिउँसो|दोपहर|बिहान|सुबह)\s*"
    r"(?P<about>(?:करिब|करीब|लगभग)\s*)?(?P<hour>\d{1,2})\s*बजे?(?:र|कर|को)?\s*(?P<minute>\d{1,2})\s*(?:मिनेट|मिनट)"
)
_DEVANAGARI_QUAKE = re.compile(r"भ[ूु]क(?:म्प|ंप)")
_AFTERNOON_PARTS = ("बेलुका", "साँझ", "शाम", "दिउँसो", "दोपहर")


def _devanagari_times(text: str, offset: int) -> list[ClaimValue]:
    """The clock times a Nepali or Hindi sentence about a quake gives, as exact minutes."""
    if not _DEVANAGARI_QUAKE.search(text):
        return []
    found: list[ClaimValue] = []
    for match in _DEVANAGARI_TIME.finditer(text):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        part = match.group("part")
        if hour > 12 or minute > 59:
            continue
        evening = part in _AFTERNOON_PARTS or (part in ("राती", "राति", "रात") and hour >= 6)
        at = (hour % 12 + (12 if evening else 0)) * 60 + minute
        found.append(
            ClaimValue(
                kind="time",
                value=f"{at // 60:02d}:{at % 60:02d}",
                text=match.group(),
                start=offset + match.start(),
                end=offset + match.end(),
                unit=ANY_ZONE_UNIT,
                low=float(at - (ROUND_MINUTES if match.group("about") else 0)),
                high=float(at + (ROUND_MINUTES if match.group("about") else 0)),
            )
        )
    return found


def event_times(text: str, offset: int) -> list[ClaimValue]:
    """The clock times a sentence gives for a sudden event ("the earthquake struck ... just
    before midnight"), as minute spans."""
    found: list[ClaimValue] = _devanagari_times(text, offset)
    for match in EVENT_TIME.finditer(text):
        if _REPORTING.search(match.group("between")) or _OTHER_ZONE.search(text[match.end() :]):
            continue
        mod = (match.group("mod") or "").lower()
        minute = _minute_of_day(match, mod in _BEFORE)
        if minute is None:
            continue
        at, exact = minute
        if mod in _BEFORE:
            low, high = at - NEAR_MINUTES, at - 1
        elif mod in _AFTER:
            low, high = at + 1, at + NEAR_MINUTES
        elif (match.group("word") or "").lower() in ("midnight", "minuit"):
            # "on Friday midnight" is loose: around the turn of the day, either side
            low, high = 24 * 60 - NEAR_MINUTES, 24 * 60 + NEAR_MINUTES
        elif mod or not exact:
            low, high = at - ROUND_MINUTES, at + ROUND_MINUTES
        else:
            low = high = at
        start = match.start("mod") if match.group("mod") else match.start("clock")
        found.append(
            ClaimValue(
                kind="time",
                value=f"{at // 60:02d}:{at % 60:02d}",
                text=text[start : match.end()],
                start=offset + start,
                end=offset + match.end(),
                unit=LOCAL_UNIT if _LOCAL.search(text[match.end() :]) else ANY_ZONE_UNIT,
                low=float(low),
                high=float(high),
            )
        )
    return found


def times_compatible(first: ClaimValue, second: ClaimValue) -> bool:
    """Whether two event times can both be true: their spans meet, or both are exact minutes a
    whole number of quarters of an hour apart and one of them does not say it is the event's
    local time (an outlet may give the time of its own zone without saying so)."""
    a_low, a_high = first.low or 0.0, first.high or 0.0
    b_low, b_high = second.low or 0.0, second.high or 0.0
    if a_low <= b_high and b_low <= a_high:
        return True
    both_local = first.unit == LOCAL_UNIT and second.unit == LOCAL_UNIT
    exact = a_low == a_high and b_low == b_high
    return exact and not both_local and (a_low - b_low) % ZONE_STEP == 0
