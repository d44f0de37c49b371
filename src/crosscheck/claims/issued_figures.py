"""Facts that belong to an issuing authority, whoever relays them: a death toll (a ministry's or
civil protection's count), an instrument reading (a seismological agency's magnitude), an
official act or document (a court's ruling, a government's decree or communiqué). Outlets and
agencies that state such a fact without naming its issuer do not each see it for themselves:
they relay one authority, so together they are one origin unless one of them shows its own
reporting (its correspondent counted the dead). The words are those of the languages the
story packs are written in (English, French, Spanish, Arabic)."""

from __future__ import annotations

import re

# A count of people killed, injured or missing ("2,012 people were killed", "632 morts",
# "1.037 muertos"): a number within a few words of the casualty word.
_CASUALTY = (
    r"killed|dead|deaths?|died|injured|injuries|wounded|missing|casualties|victims|"
    r"morts?|d[ée]c[èe]s|bless[ée]s?|disparus?|victimes?|"
    r"muertos?|fallecidos?|heridos?|desaparecidos?|v[íi]ctimas?|"
    r"قتيلا?|قتلى|مصابا?|جريحا?|جرحى|مفقودا?|وفاة|ضحايا"
)
# "killing at least 632 people": the number after the word counts people, not a date
_PEOPLE = r"people|persons|others|personnes|autres|personas|pessoas|شخصا|أشخاص"
_COUNT = re.compile(
    rf"\d[\d.,\s]*(?:\s+\w+){{0,3}}\s+(?:{_CASUALTY})\b"
    rf"|\b(?:{_CASUALTY}|killing)\b\D{{0,25}}\d[\d.,]*\s+(?:\w+\s+)?(?:{_PEOPLE})\b",
    re.IGNORECASE,
)
# How many people were aboard ("about 350 people were on the train", "with 242 passengers on
# board"): the operator's or airline's figure, whoever relays it.
_ON_BOARD = r"people|persons|passengers|personas|pasajeros|pessoas|passageiros|personnes|passagers"
_ABOARD = re.compile(
    rf"\d[\d.,]*\s+(?:\w+\s+){{0,2}}(?:{_ON_BOARD})\b"
    r"[^.;\n]{0,40}?\b(?:on\s+board|aboard|onboard|à\s+bord|a\s+bordo)\b"
    rf"|\d[\d.,]*\s+(?:\w+\s+){{0,2}}(?:{_ON_BOARD})\s+(?:were\s+)?on\s+(?:the|that)"
    r"\s+(?:train|plane|flight|ship|boat|ferry|bus)\b"
    rf"|\b(?:carrying|transportando|transportava|transportait)\s+(?:\w+\s+){{0,2}}"
    rf"\d[\d.,]*\s+(?:{_ON_BOARD})\b",
    re.IGNORECASE,
)
# A tally, a reading of an instrument, or an official act or document.
_ISSUED = re.compile(
    r"\b(?:(?:death\s+)?toll|tally|bilan|magnitudes?|richter|sismo\w*|seismo\w*|"
    r"ruling|verdict|sentenced?|decree|d[ée]cret|communiqu[ée]|ordinance|arr[êe]t[ée]|"
    r"jugement|sentencia|fallo|decreto|comunicado)\b|حصيلة|ريختر|درجات|مرسوم|بيان",
    re.IGNORECASE,
)


def issued_fact(sentence: str) -> bool:
    """Whether the sentence states a fact that belongs to an issuing authority: a casualty
    count, a tally, an instrument's reading, an official act or document, or how many people
    were aboard (the operator's figure)."""
    return any(found.search(sentence) is not None for found in (_ISSUED, _COUNT, _ABOARD))
