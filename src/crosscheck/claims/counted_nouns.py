"""What a figure counts, read without a parser in the languages of the news: the noun written
right after the number ("al menos 95 muertos", "1204 blessés", "45 mortos", "51 persone sono
morte", "قتيلا 51") folded into one class of counted thing, named as the English unit the
English pipeline gives (`claims/value_agreement.unit_of`): "killed", "injured", "missing",
"evacuated", "displaced", "arrested", "rescued", "people", "soldiers", "houses", "buildings",
"vehicles", "inhabitants", "organisations". So "al menos 95 muertos" and "at least 158 dead"
count one thing.

The lists are data: each language's inflected forms of the counted nouns (singular and
plural, both genders), lowercased. Languages with many case endings (Arabic, Turkish,
Russian) list the forms a count takes (Arabic's accusative of counting, "قتيلا"; Russian's
genitive plural after a number, "погибших"). People counted with a verb of what happened to
them ("45 personas murieron", "matou 217 pessoas") count the verb's outcome, as in English
("24 people were killed" counts the killed)."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.claims.unit_before import unit_before
from crosscheck.claims.value_agreement import RISING_UNITS
from crosscheck.claims.verb_classes import outcome_near, words_of

# class -> language -> its forms.
_FORMS: dict[str, dict[str, str]] = {
    "killed": {
        "en": "dead deaths fatalities killed",
        "es": "muertos muertas fallecidos fallecidas víctimas_mortales víctimas_fatales",
        "pt": "mortos mortas óbitos falecidos falecidas vítimas_mortais",
        "it": "morti deceduti decedute vittime_mortali",
        "fr": "morts mortes décès tués tuées victimes_mortelles",
        "de": "tote toten todesopfer",
        "ca": "morts",
        "ar": "قتيلا قتيل قتلى وفاة وفيات حالة_وفاة",
        "tr": "ölü",
        "ru": "погибших погибшие убитых",
    },
    "injured": {
        "en": "injured wounded",
        "es": "heridos heridas lesionados",
        "pt": "feridos feridas",
        "it": "feriti ferite",
        "fr": "blessés blessées",
        "de": "verletzte verletzten verwundete verwundeten",
        "ca": "ferits",
        "ar": "جريحا جريح جرحى مصابا مصابين",
        "tr": "yaralı",
        "ru": "раненых раненые",
    },
    "missing": {
        "en": "missing",
        "es": "desaparecidos desaparecidas",
        "pt": "desaparecidos desaparecidas",
        "it": "dispersi disperse",
        "fr": "disparus disparues",
        "de": "vermisste vermissten",
        "ca": "desapareguts",
        "ar": "مفقودا مفقودين مفقود",
        "tr": "kayıp",
        "ru": "пропавших",
    },
    "evacuated": {
        "en": "evacuated evacuees",
        "es": "evacuados evacuadas desalojados",
        "pt": "evacuados evacuadas retirados",
        "it": "evacuati evacuate",
        "fr": "évacués évacuées",
        "de": "evakuierte evakuierten",
        "ar": "تم_إجلاؤهم",
        "tr": "tahliye",
        "ru": "эвакуированных",
    },
    "displaced": {
        "en": "displaced",
        "es": "desplazados desplazadas",
        "pt": "deslocados desalojados",
        "it": "sfollati sfollate",
        "fr": "déplacés sinistrés",
        "de": "vertriebene vertriebenen",
        "ar": "نازحا نازح نازحين",
        "ru": "переселенцев",
    },
    "arrested": {
        "en": "arrested detained arrests",
        "es": "detenidos detenidas arrestados",
        "pt": "detidos detidas presos",
        "it": "arrestati fermati",
        "fr": "interpellés interpellées arrêtés arrêtées interpellations arrestations",
        "de": "festgenommene festgenommenen festnahmen",
        "ar": "معتقلا معتقلين موقوفا",
        "tr": "gözaltına",
        "ru": "задержанных задержанные",
    },
    "rescued": {
        "en": "rescued",
        "es": "rescatados rescatadas",
        "pt": "resgatados resgatadas",
        "it": "salvati soccorsi",
        "fr": "secourus",
        "de": "gerettete geretteten",
    },
    "people": {
        "en": "people persons",
        "es": "personas",
        "pt": "pessoas",
        "it": "persone",
        "fr": "personnes",
        "de": "menschen personen",
        "ca": "persones",
        "ar": "شخصا شخص أشخاص",
        "tr": "kişi",
        "ru": "человек",
    },
    "passengers": {
        "en": "passengers",
        "es": "pasajeros",
        "pt": "passageiros",
        "it": "passeggeri",
        "fr": "passagers",
        "de": "passagiere",
        "ar": "راكبا راكب ركاب",
        "tr": "yolcu",
        "ru": "пассажиров",
    },
    "soldiers": {
        "en": "soldiers troops",
        "es": "soldados militares",
        "pt": "soldados militares",
        "it": "soldati militari",
        "fr": "soldats militaires",
        "de": "soldaten",
        "ar": "جنديا جندي جنود",
        "tr": "asker",
        "ru": "военных военнослужащих солдат",
    },
    "houses": {
        "en": "houses homes",
        "es": "viviendas casas",
        "pt": "casas habitações moradias",
        "it": "case abitazioni",
        "fr": "maisons logements habitations",
        "de": "häuser wohnungen",
        "ar": "منزلا منازل",
        "tr": "ev konut",
        "ru": "домов",
    },
    "buildings": {
        "en": "buildings",
        "es": "edificios",
        "pt": "edifícios prédios",
        "it": "edifici",
        "fr": "bâtiments immeubles",
        "de": "gebäude",
        "ar": "مبنى مباني",
        "tr": "bina",
        "ru": "зданий",
    },
    "vehicles": {
        "en": "vehicles cars",
        "es": "vehículos coches",
        "pt": "veículos carros",
        "it": "veicoli auto",
        "fr": "véhicules voitures",
        "de": "fahrzeuge autos",
        "ar": "سيارة مركبة",
        "tr": "araç",
        "ru": "автомобилей машин",
    },
    "inhabitants": {
        "en": "inhabitants",
        "es": "habitantes",
        "pt": "habitantes",
        "it": "abitanti",
        "fr": "habitants",
        "de": "einwohner einwohnern",
        "ca": "habitants",
        "ar": "نسمة",
        "tr": "nüfus",
        "ru": "жителей",
    },
    "organisations": {
        "en": "organisations organizations associations",
        "es": "entidades organizaciones asociaciones colectivos",
        "pt": "entidades organizações associações",
        "it": "associazioni organizzazioni",
        "fr": "associations organisations",
        "de": "organisationen verbände",
    },
}
# Words that may stand between a number and its noun: "de", "d'", articles of the number
# ("1.500 de personas" is rare; "une soixantaine de personnes", "50 mil pessoas").
_BETWEEN = frozenset("de d of".split())
# Scale words of the other languages, which the figure reader does not multiply ("25 mil
# pessoas" reads as 25): a figure followed by one has no unit, so it is never compared.
_SCALES = frozenset(
    """mil mille millier milliers miles tausend mila mille millón millones milhão milhões
    million millions milione milioni millionen milliarde milliarden milliard milliards bin
    milyon тысяч тысячи млн миллиона миллионов ألف آلاف مليون ملايين""".split()
)
# Words that give a count as a toll at some hour ("selon le dernier bilan", "un balance
# provisional de", "la cifra de víctimas"): a count that only grows, so given, is one hour of
# a tally that two undated reports may give at two hours.
_TALLY_WORDS = frozenset(
    """bilan bilans balance saldo cifra balanço número bilancio bilanz zahl حصيلة bilanço
    число""".split()
)
# Thousands grouped with a (thin, no-break) space, which the figure reader takes as two
# figures: "1 500" is read as 1 and 500.
_SPACED_BEFORE = re.compile(r"\d[ \u00a0\u202f]$")
_SPACED_AFTER = re.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")
# The people class counts what happened to them when a verb of an outcome is near.
_PEOPLE = "people"


@lru_cache(maxsize=32)
def _lexicon(language: str | None) -> dict[str, str]:
    """Form -> class for `language` (every language's forms when it is unknown or unlisted)."""
    table: dict[str, str] = {}
    for counted, by_language in _FORMS.items():
        for lang, forms in by_language.items():
            if language in (None, lang) or language not in _LANGUAGES:
                for form in forms.split():
                    table.setdefault(form.replace("_", " "), counted)
    return table


_LANGUAGES = frozenset(lang for by_language in _FORMS.values() for lang in by_language)


def counted_class(word: str, language: str | None) -> str | None:
    """The class of counted thing `word` names in `language`, None when it names none."""
    return _lexicon(language).get(word.lower())


def counted_after(text: str, start: int, end: int, language: str | None) -> str | None:
    """What the figure at chars `start`:`end` of `text` counts: the class of the noun after it
    (past "de"/"of" and "mil"), read as the outcome when the noun is "people" and a verb of
    an outcome follows or precedes ("45 personas murieron", "matou 217 pessoas")."""
    if _SPACED_BEFORE.search(text, max(0, start - 2), start) or _SPACED_AFTER.match(text, end):
        return None  # "1 500 personnes": a figure read in two pieces, neither of which counts
    counted = None
    words = words_of(text[end : end + 60])[:4]
    for i, word in enumerate(words):
        if word in _SCALES:
            return None
        counted = counted_class(" ".join(words[i : i + 2]), language)
        counted = counted or counted_class(word, language)
        if counted is not None or word not in _BETWEEN:
            break
    if counted != _PEOPLE:
        return counted
    # "people" alone says what is counted but not what happened to them: no unit, as before
    # a lexicon, so such a figure is never paired by its noun alone.
    return outcome_near(text, end, language)


def foreign_unit(
    text: str, start: int, end: int, sentence: str, language: str | None
) -> str | None:
    """The unit of the figure at `start`:`end` of `text`, in `sentence` (`counted_after`), None
    when it is a count that only grows given as a toll ("le dernier bilan fait état de 1037
    morts"): such a figure is an hour of a tally, not a fact two outlets must agree on."""
    unit = counted_after(text, start, end, language) or unit_before(text, start)
    if unit in RISING_UNITS and _TALLY_WORDS & set(words_of(sentence)):
        return None
    return unit
