"""Who a figure is attributed to in its sentence: "2,053 people were killed, the Taliban said",
"according to the UN, 320 died", "the Red Crescent put the toll at 500", "selon le ministère de
l'Intérieur", "según la ONU", "بحسب الأمم المتحدة". A toll is that source's figure: two figures of
one moment from two sources are shown each with its source, and two sources' figures in one
sentence are two values, not a breakdown to leave out."""

from __future__ import annotations

import re
from functools import lru_cache

# Bodies named in lower case that give figures ("the ministry", "le ministère de ...").
_BODIES = (
    r"(?i:ministry|ministère|ministerio|ministério|ministero|ministerium|government|gouvernement|"
    r"gobierno|governo|regierung|authorities|autorités|autoridades|autorità|behörden|officials|"
    r"police|polizei|army|armée|ejército|exército|civil protection|protection civile|"
    r"protección civil|protezione civile|state media|state television|agency|agence|agencia|"
    r"agência|health ministry|interior ministry|red crescent|red cross|croissant-rouge|"
    r"croix-rouge|media|médias|medios|mídia|medien)"
)
_ARTICLE = r"(?i:the|la|le|les|l['’]|el|los|las|o|os|a|as|die|der|des|il|lo|gli|i)"
_CAP = r"[A-Z][\w'’.&-]*"
_LINK = r"(?:of|for|de|du|des|del|da|do|dos|das|der|des|di|della|on|and|et|y|e|und|l['’]|d['’])"
# A named source: "the Taliban", "the UN", "Taliban officials", "the Moroccan Interior
# Ministry", "le ministère de l'Intérieur", "the Afghan Red Crescent Society".
_NAME = (
    rf"(?:{_ARTICLE}\s+)?(?:{_CAP}\s+){{0,3}}(?:{_CAP}|{_BODIES})"
    rf"(?:\s+{_LINK}\s*(?:{_ARTICLE}\s*)?{_CAP}(?:\s+{_CAP}){{0,2}}){{0,2}}"
    r"(?:\s+(?:officials?|spokes(?:man|woman|person)|authorities|officers))?"
)
_ACCORDING = (
    r"(?:according to|citing|selon|d['’]après|según|segundo|de acordo com|conforme|laut|"
    r"nach angaben (?:von|der|des)|secondo|ifølge)"
)
ACCORDING_TO = re.compile(rf"\b(?i:{_ACCORDING})\s+(?P<source>{_NAME})")
_ARABIC_ACCORDING = re.compile(
    r"(?:بحسب|حسب|وفق|وفقا ل|وفقاً ل|نقلا عن)\s*(?P<source>(?:\S+\s*){1,3})"
)
_SAID = (
    r"(?:said|says|reported|announced|put|puts|placed|estimated|gave|counted|recorded|"
    r"confirmed|told|a annoncé|a indiqué|a fait état|a déclaré|dijo|informó|afirmó|"
    r"anunció|disse|informou|afirmou|anunciou|sagte|meldete|teilte mit|ha detto|"
    r"ha annunciato|sa|opplyste)"
)
# "the Red Crescent put the toll at 500", "the Taliban said 2,053 people died"
SAID_BEFORE = re.compile(rf"(?P<source>{_NAME})\s+(?:has\s+|had\s+)?{_SAID}\b[^.;]*$")
# "2,053 people were killed, the Taliban said" / ", said the UN"
SAID_AFTER = re.compile(
    rf"^[^.;]*?,\s*(?:(?P<source>{_NAME})\s+{_SAID}\b|{_SAID}\s+(?P<inverted>{_NAME}))"
)
# "..., while the UN [put it] at 320": a coordinated figure of another source.
WHILE_AT = re.compile(
    r"\b(?i:and|while|whereas|but|et|tandis que|alors que|y|mientras|e|enquanto|und|während)\s+"
    rf"(?P<source>{_NAME})\s+(?:{_SAID}\s+)?(?:(?:it|the toll|le bilan)\s+)?(?:at|à|en|em|auf)\s+$"
)
# Words a name may start with that are no source ("In", "On Sunday", ...).
_NOT_A_SOURCE = re.compile(
    r"^(?:in|on|at|by|as|it|this|that|he|she|they|we|officials|authorities|media|en|dans|"
    r"sur|il|elle|ils|on)$",
    re.IGNORECASE,
)


def _clean(source: str) -> str | None:
    """The source as shown ("the Taliban"), or None for a non-name."""
    source = source.strip(" ,.;:»”\"'")
    words = source.split()
    if not words or all(_NOT_A_SOURCE.match(w) for w in words):
        return None
    if _NOT_A_SOURCE.match(words[0]) and not re.match(_ARTICLE + r"$", words[0], re.I):
        return None
    return source


def _local_source(sentence: str, start: int, end: int, previous_end: int) -> str | None:
    """The source named around the figure itself: before it since the previous figure, or
    after it up to the next one."""
    lead, tail = sentence[previous_end:start], re.split(r"\d", sentence[end:], maxsplit=1)[0]
    for found in (
        WHILE_AT.search(lead),
        SAID_BEFORE.search(lead),
        ACCORDING_TO.search(tail),
        _ARABIC_ACCORDING.search(tail),
        SAID_AFTER.search(tail),
    ):
        if found and (
            source := _clean(found.group("source") or found.groupdict().get("inverted") or "")
        ):
            return source
    return None


@lru_cache(maxsize=4096)
def sentence_sources(sentence: str) -> frozenset[str]:
    """Every source the sentence attributes something to (cached: a sentence with several
    figures is asked once per figure)."""
    found = {
        source
        for pattern in (ACCORDING_TO, _ARABIC_ACCORDING, SAID_BEFORE)
        for match in pattern.finditer(sentence)
        if (source := _clean(match.group("source")))
    }
    after = SAID_AFTER.search(sentence)
    if after and (source := _clean(after.group("source") or after.group("inverted") or "")):
        found.add(source)
    return frozenset(found)


def figure_source(sentence: str, start: int, end: int, previous_end: int = 0) -> str | None:
    """The source a figure (at `start`:`end` of `sentence`) is attributed to: the one named
    around it (`previous_end` is where the sentence's previous figure ends: the words between
    belong to this figure), else the one source the whole sentence names."""
    local = _local_source(sentence, start, end, previous_end)
    if local is not None:
        return local
    whole = {source_key(s): s for s in sentence_sources(sentence)}
    return next(iter(whole.values())) if len(whole) == 1 else None


def source_key(source: str) -> str:
    """A source without case, articles or role words: "the Taliban" = "Taliban officials"."""
    words = re.findall(r"[^\W\d_]+", source.lower())
    skip = {"the", "la", "le", "les", "l", "el", "los", "officials", "official", "spokesman"}
    return " ".join(w for w in words if w not in skip)
