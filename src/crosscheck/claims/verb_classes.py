"""Classes of verbs that report one happening, read without a parser in the languages of the
news: the inflected forms (and the few fixed phrases: "perdieron la vida", "ont trouvé la
mort", "kamen ums Leben") of kill/die, injure, evacuate/rescue, arrest/detain, meet/hold
talks, send/deploy and sign, in Spanish, Portuguese, Italian, French, German, Catalan, Arabic,
Turkish and Russian. A sentence no parser reads gets the class of the verbs it holds, named as
the English classes of `claims/claim_keys.PREDICATE_CLASSES` ("die", "injure", "evacuate", "detain",
"meet", "send", "sign"), so a Spanish and an English report of one toll key alike.

Forms are listed, not stemmed: a closed list of a class's finite forms and participles is
precise where a stemmer would fold "muertos" (the dead) with "muerte" (death) and "morte" with
"mortal". Multi-word forms are written with underscores."""

from __future__ import annotations

import re
from functools import lru_cache

_FORMS: dict[str, dict[str, str]] = {
    "die": {
        "es": """murió murieron muere mueren muerto muerta muertos muertas falleció fallecieron
            fallece fallecen fallecido fallecida fallecidos fallecidas mató mataron matado
            perdió_la_vida perdieron_la_vida perdido_la_vida""",
        "pt": """morreu morreram morre morrem morrido morto morta mortos mortas matou mataram
            faleceu faleceram perdeu_a_vida perderam_a_vida""",
        "it": """morto morta morti morte morì morirono muore muoiono ucciso uccisa uccisi uccise
            deceduto deceduta deceduti decedute perso_la_vita""",
        "fr": """mort morte morts mortes meurt meurent mourir tué tuée tués tuées décédé décédée
            décédés décédées trouvé_la_mort péri""",
        "ca": "morit morta morts morien",
        "de": """starb starben gestorben getötet tötete töteten ums_leben umgekommen
            kamen_ums_leben""",
        "ar": "قتل قتلوا لقي لقوا مصرع مصرعهم توفي توفوا",
        "tr": "öldü öldürüldü hayatını_kaybetti",
        "ru": "погиб погибла погибли погибших убит убиты умер умерли",
    },
    "injure": {
        "es": "herido herida heridos heridas resultaron_heridas resultaron_heridos",
        "pt": "ferido ferida feridos feridas ficaram_feridos ficaram_feridas",
        "it": "ferito ferita feriti ferite",
        "fr": "blessé blessée blessés blessées",
        "de": "verletzt verwundet",
        "ar": "أصيب أصيبوا جرح",
        "tr": "yaralandı",
        "ru": "ранен ранены ранено пострадали",
    },
    "evacuate": {
        "es": """evacuado evacuada evacuados evacuadas evacuaron evacuó desalojados rescatado
            rescatados rescatadas rescataron""",
        "pt": "evacuado evacuados evacuadas retirados resgatado resgatados resgataram",
        "it": "evacuato evacuati evacuate sfollati salvato salvati soccorsi",
        "fr": "évacué évacuée évacués évacuées secouru secourus",
        "de": "evakuiert gerettet",
        "ar": "إجلاء أجلي",
        "tr": "tahliye_edildi",
        "ru": "эвакуированы эвакуировано спасены",
    },
    "detain": {
        "es": "detenido detenida detenidos detenidas arrestado arrestados detuvo detuvieron",
        "pt": "detido detida detidos detidas preso presos prendeu prenderam",
        "it": "arrestato arrestata arrestati fermato fermati",
        "fr": "arrêté arrêtés interpellé interpellés interpellées",
        "de": "festgenommen verhaftet",
        "ar": "اعتقل اعتقلت اعتقال",
        "tr": "gözaltına_alındı tutuklandı",
        "ru": "задержан задержаны арестован арестованы",
    },
    "meet": {
        "es": "reunió reunieron reunirá reunión reuniones",
        "pt": "reuniu reuniram reunião reuniões encontrou encontro",
        "it": "incontrato incontro riunione",
        "fr": "rencontré rencontre rencontrés réunion réunis",
        "de": "trafen traf getroffen treffen",
        "ar": "التقى اجتماع لقاء",
        "tr": "görüştü görüşme",
        "ru": "встретились встреча переговоры",
    },
    "send": {
        "es": "envió enviaron enviado enviados desplegó desplegaron desplegado desplegados",
        "pt": "enviou enviaram enviado enviados mobilizou destacou",
        "it": "inviato inviati inviò inviarono schierato schierati",
        "fr": "envoyé envoyés envoie déployé déployés dépêché dépêchés",
        "de": "entsandt entsandte schickte schickten geschickt",
        "ar": "أرسل أرسلت",
        "tr": "gönderdi konuşlandırdı",
        "ru": "направил направили отправил отправили",
    },
    "sign": {
        "es": "firmó firmaron firmado firmada",
        "pt": "assinou assinaram assinado assinada",
        "it": "firmato firmata firmarono",
        "fr": "signé signée signèrent",
        "de": "unterzeichnet unterschrieben",
        "ar": "وقع وقعت توقيع",
        "tr": "imzaladı imzalandı",
        "ru": "подписали подписан подписано",
    },
}
# The outcome of each class, as the unit of the people it counts ("24 people were killed").
OUTCOMES = {"die": "killed", "injure": "injured", "evacuate": "evacuated", "detain": "arrested"}
CLASS_OF_OUTCOME = {unit: verb for verb, unit in OUTCOMES.items()}
# Arabic short vowels and tanween: "شخصًا" is read as "شخصا".
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words around a count read for a verb of its outcome: "45 personas murieron" (after), "matou
# 217 pessoas" (before); further away, the verb may be another clause's.
_AFTER, _BEFORE = 4, 2


@lru_cache(maxsize=32)
def _lexicon(language: str | None) -> dict[tuple[str, ...], str]:
    """Form (as a tuple of words) -> class, for `language` (every language's when unlisted)."""
    table: dict[tuple[str, ...], str] = {}
    for verb, by_language in _FORMS.items():
        for lang, forms in by_language.items():
            if language == lang or language not in _LANGUAGES:
                for form in forms.split():
                    table.setdefault(tuple(form.split("_")), verb)
    return table


_LANGUAGES = frozenset(lang for by_language in _FORMS.values() for lang in by_language)


def plain(text: str) -> str:
    """Lowercased, Arabic short vowels removed (offsets are not kept)."""
    return _HARAKAT.sub("", text.lower())


def words_of(text: str) -> list[str]:
    """The words of `text`, lowercased, without Arabic short vowels."""
    return _WORD.findall(plain(text))


def _classes(words: list[str], language: str | None) -> list[str]:
    table = _lexicon(language)
    found: list[str] = []
    for i in range(len(words)):
        for size in (3, 2, 1):
            verb = table.get(tuple(words[i : i + size]))
            if verb is not None:
                found.append(verb)
                break
    return found


def verb_classes(text: str, language: str | None) -> frozenset[str]:
    """The classes of the happening verbs `text` holds in `language`."""
    return frozenset(_classes(words_of(text), language))


# Words that join two clauses: a verb past one belongs to the next clause.
_COORDINATORS = frozenset("and et y e und و ve и oraz és".split())


def outcome_near(text: str, at: int, language: str | None) -> str | None:
    """The outcome ("killed", "injured", ...) a verb right around char `at` of `text` gives to
    the people counted there, None when no such verb, or verbs of two outcomes, are near."""
    after = words_of(text[at : at + 80])[: _AFTER + 1]
    # "la mort de 51 personnes et en a blessé une centaine": the verb after "et" is another
    # clause's, with its own figure
    cut = next((i for i, w in enumerate(after) if w in _COORDINATORS), len(after))
    after = after[:cut]
    before = words_of(text[max(0, at - 60) : at])[-_BEFORE - 1 :]
    found = {OUTCOMES[v] for v in _classes([*after, "", *before], language) if v in OUTCOMES}
    return found.pop() if len(found) == 1 else None
