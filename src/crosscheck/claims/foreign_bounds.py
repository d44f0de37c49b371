"""The bounds a figure's modifier sets, in the other languages of the news: "al menos 45" is
no fewer than 45, "más de 200" more than 200, "unos 40" about 40, "casi 30.000" just under
30,000. The figure reader (`claims/values.py`) knows the English modifiers only; without
these, "al menos 45" and "62" would read as two exact, incompatible counts.

The lists are data: each language's words for a lower bound, an upper bound and an
approximation, as written right before the number (lowercased, multi-word entries as
phrases). A figure with a modifier already read keeps it."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.records import ClaimValue

_LOWER = {
    "es": "al menos|por lo menos|más de|mas de|como mínimo|no menos de|superior a",
    "pt": "pelo menos|ao menos|mais de|no mínimo|não menos de",
    "it": "almeno|più di|oltre|non meno di|minimo",
    "fr": "au moins|plus de|pas moins de|au minimum|plus d'|plus d’",
    "ca": "almenys|com a mínim|més de",
    "de": "mindestens|mehr als|über|wenigstens|nicht weniger als",
    "ar": "ما لا يقل عن|لا يقل عن|أكثر من|اكثر من|ما يزيد عن|ما يزيد على",
    "tr": "en az",
    "ru": "не менее|более|больше|свыше|по меньшей мере",
}
_UPPER = {
    "es": "menos de|hasta|casi|cerca de",
    "pt": "menos de|até|quase|cerca de",
    "it": "meno di|fino a|quasi",
    "fr": "moins de|jusqu'à|jusqu’à|près de|presque",
    "ca": "menys de|fins a|gairebé",
    "de": "weniger als|bis zu|fast|knapp|beinahe",
    "ar": "أقل من|حتى|قرابة",
    "tr": "neredeyse",
    "ru": "менее|меньше|до|почти",
}
_ABOUT = {
    "es": "unos|unas|alrededor de|aproximadamente|en torno a|rondaba|ronda|rondan|rondaban",
    "pt": "cerca de|uns|umas|aproximadamente|em torno de|perto de|por volta de",
    "it": "circa|intorno a|una quarantina di|all'incirca",
    "fr": "environ|quelque|quelques|autour de|à peu près|une vingtaine de",
    "ca": "uns|unes|al voltant de|aproximadament",
    "de": "rund|etwa|ungefähr|circa|zirka|gut",
    "ar": "نحو|حوالي|حوالى|قرابة|زهاء",
    "tr": "yaklaşık|civarında",
    "ru": "около|примерно|порядка|приблизительно",
}
_TABLES = {"lower": _LOWER, "upper": _UPPER, "about": _ABOUT}
# How far before the number a modifier is looked for: "al menos 45", "más de 200".
_REACH = 28


@lru_cache(maxsize=64)
def _pattern(name: str, language: str | None) -> re.Pattern[str]:
    table = _TABLES[name]
    chosen = [table[language]] if language in table else list(table.values())
    words = sorted({w for entry in chosen for w in entry.split("|")}, key=len, reverse=True)
    return re.compile(r"(?:^|[\s(«\"'—-])(?:" + "|".join(map(re.escape, words)) + r")\s*$")


def _modifier(before: str, language: str | None) -> str | None:
    """ "lower", "upper" or "about" for the modifier right before a number, None for none."""
    text = before.lower()
    for name in ("lower", "upper", "about"):
        if _pattern(name, language).search(text):
            return name
    return None


def with_foreign_bounds(value: ClaimValue, text: str, language: str | None) -> ClaimValue:
    """The figure with the bounds its modifier in `language` sets (`text` is the article text
    the value's offsets point into); unchanged when English already read one or none is
    there."""
    if value.kind != "quantity" or value.approximate or value.low != value.high:
        return value
    try:
        number = float(value.value)
    except ValueError:
        return value
    found = _modifier(text[max(0, value.start - _REACH) : value.start], language)
    if found == "lower":
        return value.model_copy(update={"low": number, "high": None})
    if found == "upper":
        return value.model_copy(update={"low": None, "high": number, "approximate": True})
    if found == "about":
        return value.model_copy(update={"approximate": True})
    return value
