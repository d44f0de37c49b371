"""The words that say which slot of an event a figure or a place fills, in English and French:
what a quake measured (magnitude, depth), how many were killed or injured, where a numbered
round of talks was held; and the words that make a figure partial, hedged or historical."""

from __future__ import annotations

import re

from crosscheck.claims import another_shock
from crosscheck.claims import slot_words as words

# Bounds and hedges written before a figure ("more than 1,400", "au moins 632").
LOWER, UPPER, ABOUT = words.LOWER, words.UPPER, words.ABOUT
CLOSE_BELOW = words.CLOSE_BELOW
SPELLED_NUMBERS = words.SPELLED_NUMBERS
_MODIFIER = "|".join(re.escape(m) for m in sorted(LOWER + UPPER + ABOUT, key=len, reverse=True))
MODIFIER_BEFORE = re.compile(rf"\b(?P<mod>{_MODIFIER})\s+$", re.IGNORECASE)

# A figure with digits: "1,204", "1204", "1 305" and "2.012" (French thousands), "6,8", "7.2",
# "५ दशमलव ८" (Nepali "5 point 8", also misspelled "दशलमव").
DECIMAL_WORD = re.compile(r"दश(?:मल|लम)व")
NUMBER = re.compile(
    r"(?<![\w.,])(\d+\s*दश(?:मल|लम)व\s*\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])"
    r"|\d{1,3}(?:[.,\u066c]\d{3})+(?![\d.,\u066c]\d)|\d+(?:[.,\u066b]\d+)?)(?![^\W\d_])"
)

# What a figure measures, read from the words right after it or right before it.
_MAGNITUDE = r"(?:magnitude|magnitud|magnitudo|stärke|styrke|بقوة|قوته|قوتها)"
_RICHTER = (
    r"(?:degrees\s+)?on the richter scale|(?:degrés\s+)?sur l['’]échelle de richter"
    r"|(?:grados\s+)?en la escala (?:de )?richter|(?:graus\s+)?na escala (?:de )?richter"
    r"|auf der richter-?skala|(?:gradi\s+)?della scala richter|på richters skala"
    r"|(?:درجات|درجة)\s+(?:على|بمقياس)\s+(?:مقياس\s+)?ريختر"
)
MEASURE_AFTER = {
    "magnitude": re.compile(
        r"^(?:\s*-\s*|\s+(?:de\s+)?)(?:magnitude|magnitud)\b"
        rf"|^\s+(?:{_RICHTER})"
        # Nepali and Hindi: "५.८ रेक्टर स्केलको", "6.4 तीव्रता"
        r"|^\s+(?:(?:रेक्टर|रिक्टर)\s+स्केल|म्याग्निच्युड|तीव्रता)",
        re.IGNORECASE,
    ),
}
MEASURE_BEFORE = {
    "magnitude": re.compile(
        rf"\b{_MAGNITUDE}(?:\s*-\s*|\s+(?:of|de|von|di|på)\s+|\s+)$", re.IGNORECASE
    ),
    "depth": re.compile(
        r"\b(?:depth|profondeur|profundidad|profundidade|tiefe|profondità|dybde)\s+"
        r"(?:of|de|von|di|på)\s+$|عمق\s+$",
        re.IGNORECASE,
    ),
}
# Any magnitude a sentence gives, however written ("Magnitude: 3.6", "a 4.2-magnitude tremor"),
# to tell the story's main shock from lesser ones.
ANY_MAGNITUDE = re.compile(
    rf"\b{_MAGNITUDE}\s*(?::|of|de|von|di|på)?\s*(?P<after>\d(?:[.,]\d+)?)(?![\d.,]*\d)"
    r"|(?<![\d.,])(?P<before>\d(?:[.,]\d+)?)[\s-]*(?i:magnitude|magnitud|magnitudo)\b",
    re.IGNORECASE,
)
# A depth is a figure in kilometres or miles; the unit is part of the slot.
DEPTH_UNIT = re.compile(
    r"^\s*(km|kilomet(?:er|re)s?|kilomètres|kilómetros|quil[óô]metros|kilometern|chilometri"
    r"|miles?|كيلومترات|كيلومترا|كلم|كم)(?!\w)",
    re.IGNORECASE,
)

_OUTCOMES = words.OUTCOMES
OUTCOME_OF = {
    word.lower().replace("_", " "): slot
    for slot, names in _OUTCOMES.items()
    for word in names.split()
}
_OUTCOME_WORDS = "|".join(sorted(OUTCOME_OF, key=len, reverse=True))
# "632 deaths", "296 people killed", "721 others injured", "2,421 others were injured",
# "296 personnes ont été tuées", "1037 morts", "2,171 injured people".
_PEOPLE = "|".join(words.PEOPLE)
_AUXILIARIES = "|".join(sorted(words.AUXILIARIES, key=len, reverse=True))
COUNT_AFTER = re.compile(
    rf"^\s+(?:(?:{_PEOPLE})\s+)?"
    rf"(?:(?:{_AUXILIARIES})\s+)?"
    r"(?:(?:still|toujours|portée?s)\s+)?"
    rf"(?P<outcome>{_OUTCOME_WORDS})\b",
    re.IGNORECASE,
)
# "killing 1,000 people", "the earthquake killed 296 people", "la mort de 296 personnes",
# "claiming the lives of 1,037 people", "the death toll ... has risen to 632", "the injured to
# 5,530" (the figure is told by the words before it).
# The flag: whether the people counted must be named after the figure.
_TOLL = (
    r"death toll|toll|bilan|balance|cifra de (?:muertos|fallecidos)|número de (?:muertos|mortos|"
    r"vítimas)|balanço|zahl der (?:toten|todesopfer)|opferzahl|bilancio|dødstallet|حصيلة|"
    r"عدد القتلى|عدد الضحايا|عدد الوفيات"
)
_TOLL_TO = r"to|at|reached|reaches|of|à|de|a|en|para|auf|bei|på|a quota|إلى|الى|ب"
COUNT_BEFORE = (
    (
        re.compile(
            r"\b(?:killing|killed|matando a|mató a|matou|tötete|töteten|uccidendo|مقتل|مصرع)\s+$",
            re.IGNORECASE,
        ),
        "killed",
        True,
    ),
    (
        re.compile(
            r"\b(?:injuring|wounding|hiriendo a|ferindo|verletzte|ferendo|وإصابة|إصابة|وأصيب|أصيب)"
            r"\s+$",
            re.IGNORECASE,
        ),
        "injured",
        True,
    ),
    (
        re.compile(
            r"\b(?:the lives of|the deaths? of|la mort de|la muerte de|la vida de|la vida a|"
            r"a morte de|a vida de|den tod von|la morte di|la vita a|بحياة)\s+$",
            re.IGNORECASE,
        ),
        "killed",
        True,
    ),
    (
        re.compile(rf"\b(?:{_TOLL})\b[^.;:,()]{{0,60}}?\b(?:{_TOLL_TO})\s+$", re.IGNORECASE),
        "killed",
        False,
    ),
    (re.compile(r"\bthe (?:injured|wounded) (?:to|at)\s+$", re.IGNORECASE), "injured", False),
    (
        # "the number of injured stands at 166", "el número total de heridos se sitúa en 166"
        re.compile(
            r"\b(?:number|número|nombre|zahl|numero)\s+(?:total\s+)?(?:of|de|der|dei)\s+"
            r"(?:the\s+|los\s+|des\s+)?(?:injured|wounded|heridos|blessés|feridos|verletzten|"
            r"feriti)\b[^.;:,()\d]{0,40}?\b(?:to|at|en|à|a|auf|em|is|est|es)\s+$",
            re.IGNORECASE,
        ),
        "injured",
        False,
    ),
)
# After "killing 1,000" the people counted must follow ("killing 3 of them" is a part).
PEOPLE_AFTER = re.compile(
    r"^\s+(?:people|persons|others|civilians|residents|personnes|lives|personas|pessoas|"
    r"menschen|personen|persone|personer|mennesker|شخصا|أشخاص|مواطنا|آخرين)(?!\w)",
    re.IGNORECASE,
)
LIVES_AFTER = re.compile(r"^\s+lives\b", re.IGNORECASE)

# A part of a total: "including 721", "721 of whom", "dont 721", "among them 484".
PART_BEFORE = re.compile(
    rf"\b(?:{'|'.join(words.PART_BEFORE)})\s+$",
    re.IGNORECASE,
)
PART_AFTER = re.compile(
    r"^\s*(?:of whom|of them|among them|dont|de los cuales|dos quais|davon|di cui|منهم)(?!\w)"
    r"|^[^,;()]{0,40}\b(?:serious|seriously|critical|critically|severe|severely|minor|mild|"
    r"grave|graves|critique|grièvement|légèrement|gravemente|leves|schwer|leicht|gravi|"
    r"alvorlig|lettere)\b|^[^,;()]{0,40}(?:خطيرة|بجروح)",
    re.IGNORECASE,
)
# A count of one place among others: "in Derna alone", "à elle seule".
PART_ALONE = re.compile(r"\b(?:alone|à (?:elle|lui) seule?|à (?:elles|eux) seule?s)\b", re.I)
# Where the people counted were taken: the count is another slot ("2,171 injured people were
# admitted to hospitals" is not the number of the injured).
HOSPITAL = re.compile(
    r"\b(?:admitted|admited|hospitali[sz]ed|treated|in hospitals?|admis|hospitalisés|soignés|"
    r"hospitalizados|internados|ingresados|ins krankenhaus|ricoverati)\b",
    re.IGNORECASE,
)
# "... in the Marrakech-Safi region", "dans la province d'Al Haouz": a count for one place.
PLACE_AFTER = re.compile(
    r"\b(?:in|dans|à|at|en|em|na|no|nella|nel)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?:[a-zé-]+\s+){0,2}?"
    r"(?:(?:of|de|du|des)\s+|d['’]\s*)?(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)"
)
# Sentences whose figures are not today's: another (earlier) event, an aftershock, a forecast,
# a figure since replaced ("the UN had earlier said 11,300").
# Deadly incidents of one place and moment, by type: a sentence naming one gives its toll,
# which is one figure wherever the sentence stands in the report. A storm and the floods it
# brings are one incident; an attack, a shooting and a bombing are told apart from other
# attacks of the story by the places the sentences name.
_INCIDENT_WORDS = {
    "quake": (
        r"earthquakes?|quakes?|séismes?|tremblements? de terre|terremotos?|sismos?|seísmos?|"
        r"sismo|erdbeben|beben|jordskjelv(?:et)?|زلزال|الزلزال|زلزالا|الزلزالين|زلزالين"
    ),
    "flood": (
        r"floods?|flooding|flash floods?|storms?|cyclones?|hurricanes?|typhoons?|deluge|"
        r"inondations?|crues?|tempêtes?|ouragans?|typhons?|intempéries|inundaciones|"
        r"inundações|enchentes|tormentas?|tempestades?|überschwemmungen|hochwasser|unwetter|"
        r"sturm|alluvioni?|flom(?:men)?|فيضانات|الفيضانات|السيول|العاصفة|الإعصار|إعصار"
    ),
    # "opened fire" is a shooting, "cease-fire" a truce
    "fire": r"(?<!opened )(?<!open )(?<!opening )(?<!cease-)fires?|wildfires?|blazes?|incendies?",
    "explosion": r"explosions?|blasts?|déflagrations?",
    "attack": (
        r"attacks?|shootings?|gunmen|gunman|bombings?|suicide bomber|massacre|attentats?|"
        r"attaques?|fusillades?|tuerie"
    ),
    "crash": (
        r"crash(?:es)?|crashed|collisions?|collided|derail(?:ed|ment)|accidents?|"
        r"écrasement|s['’]est écrasée?|déraillement|naufrage|shipwreck|capsized|chavir[ée]"
    ),
    "collapse": r"collapsed?|collapses|effondrements?|s['’]est effondrée?|éboulement",
}
INCIDENTS = {
    kind: re.compile(rf"\b(?:{names})\b", re.IGNORECASE) for kind, names in _INCIDENT_WORDS.items()
}
# Another shock than the story's main one, and an aftershock: `another_shock` defines both.
ANOTHER_SHOCK, AFTERSHOCK = another_shock.ANOTHER_SHOCK, another_shock.AFTERSHOCK
# A shock of the past named as such ("Previously on October 22, a 6.1 magnitude earthquake").
PAST_SHOCK = re.compile(
    r"\b(?:(?:previously|earlier|auparavant|précédemment|anteriormente|previamente|zuvor)"
    r",?\s+(?:on|in|le|en|el|am|im)\s|earlier this (?:year|month)|last (?:year|month)|"
    r"in the past)",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:could|might|may|would|expected to|feared|fear|estimate[sd]? that|pourrait|"
    r"pourraient|risque|craindre|earlier|previously|initially|initial|first toll|"
    r"(?:up|down|rose|risen|increased|climbed) from|au lieu de|en lugar de|frente a los|"
    r"premier bilan|auparavant|initialement|précédemment|précédent|précédente|ago|"
    r"(?:deadliest|worst|bloodiest)[^.;]{0,40}?\bsince|"
    r"plus meurtri\w*[^.;]{0,40}?\bdepuis|last year|l['’]an dernier|l['’]année dernière|"
    r"il y a \w+ ans|podría|podrían|se teme|temen|inicialmente|anteriormente|previamente|"
    r"poderia|poderá|poderão|könnte|könnten|befürchtet|zunächst|zuvor|potrebbe|"
    r"potrebbero|inizialmente|kunne|tidligere|hace \w+ años|vor \w+ jahren|"
    r"قد|يخشى|سابقا|في وقت سابق)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

# "the second round", "4th round", "le deuxième tour": a numbered meeting of a series.
ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "première": 1,
    "second": 2, "2nd": 2, "deuxième": 2, "seconde": 2,
    "third": 3, "3rd": 3, "troisième": 3,
    "fourth": 4, "4th": 4, "quatrième": 4,
    "fifth": 5, "5th": 5, "cinquième": 5,
    "sixth": 6, "6th": 6, "sixième": 6,
    "seventh": 7, "7th": 7, "septième": 7,
    "eighth": 8, "8th": 8, "huitième": 8,
    "ninth": 9, "9th": 9, "neuvième": 9,
    "tenth": 10, "10th": 10, "dixième": 10,
}  # fmt: skip
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
ROUND = re.compile(
    rf"\b(?P<ordinal>{_ORDINAL_WORDS})\s+(?P<noun>round|tour|cycle)\b"
    r"(?P<of>\s+(?:of|de|d['’])\s*(?:[\w-]+\s+){0,3})?",
    re.IGNORECASE,
)
# Rounds of a sub-series are other meetings: "the second round of expert talks".
SUB_SERIES = re.compile(r"\b(?:expert|technical|techniques?|experts)\b", re.IGNORECASE)
# Only rounds of talks are compared: "the second round of the prisoner exchange" or of an
# election is another series, held elsewhere.
TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|meetings?|pourparlers|"
    r"négociations|discussions|consultations)\b",
    re.IGNORECASE,
)
OTHER_SERIES = re.compile(
    r"\b(?:exchanges?|swaps?|prisoners?|échanges?|prisonniers|vot(?:e|es|ing)|elections?|"
    r"élections?|scrutin|strikes?|frappes|sanctions|tariffs?|vaccinations?|playoffs?)\b",
    re.IGNORECASE,
)
# A plan is no report of where the round was held; "the first round since 2018" is another series.
PLANNED = re.compile(
    r"\b(?:will|would|to be held|set to|scheduled|expected|planned|due to|next|upcoming|"
    r"prévue?s?|se tiendra|devrai(?:en)?t|aura lieu|since|depuis)\b",
    re.IGNORECASE,
)
# The place a round was held in: "in Rome", "in the Italian capital, Rome", "à Mascate".
PLACE_BEFORE = re.compile(
    r"\b(?:in|à|en)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:capital,?\s+)?$", re.IGNORECASE
)

# The size of a named team, read from the end of its name (used with `match`, at that end):
# "the Military Emergency Unit (UME), consisting of 56 soldiers", "a
# contingent of the Military Emergency Unit (UME) of 65 members".
GROUP_CUE = re.compile(
    r"(?P<gap>\s*\)?\s*(?:\([^()]{1,15}\))?\s*,?\s*)(?:made up of|consisting of|composed of|"
    r"comprising|formed of|of|composée? de|composé de|formée? de|de)\s+"
    r"(?:(?:some|about|environ)\s+)?(?P<number>\d[\d,.]*)\s+(?P<people>soldiers|members|troops|"
    r"personnel|rescuers|rescue workers|firefighters|experts|staff|officers|agents|people|"
    r"militaires|membres|secouristes|sauveteurs|pompiers|soldats|personnes)\b",
    re.IGNORECASE,
)
