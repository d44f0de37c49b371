"""Who speaks in a sentence the outlet writes in its own voice: "Russian President Vladimir Putin
praised Prigozhin as a talented businessman", "Harish Chandra Sharma, responsable local de
Jajarkot, a déclaré ...", "Según el Servicio Geológico de Estados Unidos, ...". Such a sentence
reports someone's statement; its origin is that speaker, not the outlet that relays it, so two
outlets reporting one remark in their own words rest on one origin.

A speaker is a named person, body or country mention directly followed by a verb of saying
(after an optional apposition and auxiliary), or directly after "according to" and its
equivalents. Agencies and media outlets are carriers, not speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.claims.credits import agency_origin
from crosscheck.claims.source_names import is_media_name
from crosscheck.records import Mention

# Verbs of saying, in the languages of the story packs' outlets (past and present forms).
_SAY = (
    r"said|says|say|told|tells|stated|states|announced|announces|confirmed|confirms|added|"
    r"noted|wrote|writes|posted|tweeted|praised|described|recalled|expressed|declared|"
    r"insisted|warned|denied|explained|indicated|claimed|acknowledged|revealed|disclosed|"
    r"reported|reiterated|stressed|called|urged|"
    r"déclaré|dit|indiqué|annoncé|affirmé|confirmé|précisé|ajouté|expliqué|écrit|exprimé|"
    r"souligné|déclare|indique|annonce|affirme|confirme|précise|estime|"
    r"dijo|afirmó|declaró|anunció|señaló|indicó|confirmó|aseguró|expresó|manifestó|explicó|"
    r"informó|reportó|"
    r"disse|afirmou|declarou|anunciou|confirmou|informou|"
    r"sagte|erklärte|teilte|bestätigte|"
    r"detto|dichiarato|annunciato|affermato|confermato"
)
# After the speaker: an optional apposition (", a local official,"), an optional auxiliary
# or adverb, then the verb.
_SPEAKS_AFTER = re.compile(
    r"(?:[’']s?)?(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^,.;:!?\n]{1,70},)?\s*"
    r"(?:(?:has|had|have|was|a|avait|ha|hat|had\s+also|also|later|earlier|on\s+\w+)\s+){0,2}"
    rf"(?:{_SAY})\b",
    re.IGNORECASE,
)
# Before the speaker: "according to", "selon", "según", ... with at most a few words between.
_ACCORDING_BEFORE = re.compile(
    r"(?:according\s+to|citing|selon|d['’]apr[èe]s|según|segundo|de\s+acordo\s+com|secondo|"
    r"laut|quoted\s+by)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SPEAKER_TYPES = ("PERSON", "ORG", "GPE")


def _is_carrier(name: str) -> bool:
    return agency_origin(name) is not None or is_media_name(name)


def speaking_mention(text: str, start: int, end: int, mentions: Sequence[Mention]) -> int | None:
    """The index of the mention that speaks in the sentence text[start:end]: the last named
    person, body or country directly followed by a verb of saying, else the first one
    directly after "according to"; None when no one is reported as speaking."""
    inside = [
        (i, m)
        for i, m in enumerate(mentions)
        if start <= m.start and m.end <= end and m.type in _SPEAKER_TYPES
    ]
    speaking = [
        i for i, m in inside if _SPEAKS_AFTER.match(text, m.end, end) and not _is_carrier(m.text)
    ]
    if speaking:
        return speaking[-1]
    for i, m in inside:
        if _ACCORDING_BEFORE.search(text[max(start, m.start - 60) : m.start]) and not (
            _is_carrier(m.text)
        ):
            return i
    return None
