"""The words, language by language, that the slot lexicon (`slot_lexicon`) builds its patterns
from: bounds written before a figure, what a count counts, the people counted, and the words
that make a figure a part or a guess. English and French first; Spanish, Portuguese, German,
Italian, Norwegian and Arabic cover the reports of the same disasters by other outlets."""

from __future__ import annotations

# Bounds written before a figure: the figure is a floor ("more than 1,400", "al menos 2.053").
LOWER = (
    "more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "exceeds",
    "exceeded", "topped", "tops", "plus de", "au moins", "au-delà de", "dépasse", "dépassant",
    "más de", "al menos", "por lo menos", "mais de", "pelo menos", "ao menos",
    "mehr als", "mindestens", "über", "più di", "almeno", "oltre", "mer enn", "minst",
    "أكثر من", "ما لا يقل عن", "ما يزيد على", "ما يزيد عن",
)  # fmt: skip
# ... a ceiling ("nearly 2,500", "casi 3.000").
UPPER = (
    "less than", "fewer than", "under", "up to", "at most", "no more than", "nearly", "almost",
    "moins de", "près de", "presque", "jusqu'à", "menos de", "casi", "hasta", "quase",
    "até", "weniger als", "fast", "beinahe", "knapp", "bis zu", "meno di", "quasi", "fino a",
    "nesten", "opptil", "أقل من", "قرابة", "ما يقارب",
)  # fmt: skip
# Near-misses of the ceiling: "nearly 2,500" says the figure is close below, not just below.
CLOSE_BELOW = (
    "nearly", "almost", "près de", "presque", "casi", "quase", "fast", "beinahe", "knapp",
    "quasi", "nesten", "قرابة", "ما يقارب",
)  # fmt: skip
# ... a rounding ("about 2,000", "unos 300", "rund 1.000").
ABOUT = (
    "about", "around", "some", "approximately", "roughly", "an estimated", "close to",
    "environ", "quelque", "autour de", "approximativement", "quasiment", "unos", "unas",
    "alrededor de", "cerca de", "aproximadamente", "aproximadamente", "rund", "etwa",
    "ungefähr", "circa", "rundt", "omkring", "cirka", "حوالي", "نحو",
)  # fmt: skip

# What a count counts, by outcome: the nouns, adjectives and verbs written right after it.
OUTCOMES = {
    "killed": (
        "killed dead died deaths death fatalities lives perished morts mortes tués tuées décès "
        "péri muertos muerto muertas perecieron "
        "muertas fallecidos fallecidas murieron mortos mortas morreram mortes Tote Toten "
        "Todesopfer starben gestorben morti døde drepte drept omkommet omkomne omkom قتيلا "
        "قتيل قتلى وفاة حتفهم "
        "ums_Leben perdieron_la_vida perderam_a_vida hanno_perso_la_vita"
    ),
    "injured": (
        "injured wounded injuries hurt blessés blessées blessé blessures heridos heridas "
        "lesionados feridos feridas Verletzte Verletzten verletzt feriti skadde skadet جريحا "
        "جرحى مصابا مصابين"
    ),
    "missing": "missing disparus disparues desaparecidos desaparecidas Vermisste Vermissten "
    "vermisst dispersi savnet مفقودا مفقودين",
    "displaced": "displaced déplacés déplacées desplazados deslocados desalojados sfollati "
    "نازحا نازح",
    "arrested": "arrested detained arrêtés interpellés detenidos presos festgenommen arrestati",
    # who was aboard a plane, a boat or a train: a fixed figure of the incident, not a toll
    "aboard": "aboard on_board à_bord à_son_bord a_bordo an_Bord om_bord على_متنها",
}
# The people counted, written between the figure and the outcome ("296 personas murieron").
PEOPLE = (
    "people", "persons", "others", "more", "civilians", "residents", "victims", "personnes",
    "autres", "personas", "pessoas", "Menschen", "Personen", "persone", "personer",
    "mennesker", "شخصا", "أشخاص", "مواطنا", "آخرين",
)  # fmt: skip
# Auxiliaries between the people and the outcome ("were killed", "ont été tuées",
# "resultaron heridas", "wurden verletzt").
AUXILIARIES = (
    "were", "have been", "had been", "has been", "are", "remain", "have", "has", "had",
    "ont été", "sont", "avaient été", "ont",
    "han resultado", "han sido", "han", "fueron", "resultaron", "foram", "ficaram", "wurden",
    "sind", "sono stati", "sono rimasti", "ble", "er",
)  # fmt: skip
# A part of a total written before it: "including 721", "dont 721", "darunter 721".
PART_BEFORE = (
    "including", "of whom", "of them", "among them", "among whom", "of the", "of those",
    "other", "outras", "outros", "otras", "otros", "autres", "anderen", "altri", "altre",
    "sur les", "de los", "de las", "dont", "parmi eux",
    "parmi lesquels", "notamment", "with", "incluidos", "incluidas", "entre ellos",
    "entre ellas", "de los cuales", "incluindo", "entre eles", "dos quais", "darunter",
    "davon", "tra cui", "di cui", "inkludert", "blant dem", "بينهم", "منهم", "بينها",
)  # fmt: skip

# Numbers written out, per language (two to twenty: "seven people were killed", "dix personnes
# à son bord"). "One" is left out: "one of the ...". Only the article's language's words are
# read, so that "once" (Spanish eleven) in an English text is no figure.
_SPELLED = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezesseis dezessete dezoito dezenove vinte",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti",
}
SPELLED_NUMBERS = {
    language: {word: n for n, word in enumerate(words.split(), start=2)}
    for language, words in _SPELLED.items()
}
# "duas" (Portuguese feminine two) is two as well.
SPELLED_NUMBERS["pt"]["duas"] = 2
