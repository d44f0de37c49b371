"""Words that keep a figure of a sentence no parser reads out of every comparison, per language
of the news, as `claims/claim_keys.comparable_claim` keeps English ones out:

- hedges and conditionals ("podría", "pourrait", "könnte", "si"): what may be, not what is;
- running tallies ("hasta el momento", "jusqu'à présent", "bisher"): an hour of a count;
- breakdowns ("de los cuales", "dont", "darunter", "di cui"): a subgroup's figure, not the
  whole's;
- other events ("el año pasado", "l'an dernier"): background about an earlier event.

Each list is a closed class of function words and fixed phrases, lowercased; multi-word
entries are matched as phrases on word boundaries."""

from __future__ import annotations

import re
from functools import lru_cache

_HEDGES = {
    "es": "podría podrían podrá podrán si quizá quizás posiblemente probablemente se_teme"
    " se_estima estimación hasta_el_momento por_ahora por_el_momento aún todavía"
    " hasta_ahora provisional",
    "pt": "poderia poderiam poderá poderão se talvez possivelmente provavelmente teme-se"
    " estima-se até_agora até_ao_momento até_o_momento por_enquanto ainda provisório",
    "it": "potrebbe potrebbero potrà se forse probabilmente finora per_ora ancora"
    " provvisorio stimato",
    "fr": "pourrait pourraient pourra si peut-être probablement jusqu'à_présent"
    " pour_l'instant encore provisoire estimé craint",
    "ca": "podria podrien si potser fins_ara provisional",
    "de": "könnte könnten würde würden falls wenn vielleicht wahrscheinlich bisher bislang"
    " noch vorläufig vorläufigen geschätzt",
    "ar": "قد ربما إذا لو حتى_الآن مبدئية أولية",
    "tr": "olabilir eğer belki şu_ana_kadar henüz",
    "ru": "может могут если возможно пока предварительным предварительные",
}
_BREAKDOWNS = {
    "es": "de_los_cuales de_las_cuales entre_ellos entre_ellas de_ellos de_ellas incluidos"
    " incluidas solo_en sólo_en",
    "pt": "dos_quais das_quais entre_eles entre_elas incluindo só_em",
    "it": "di_cui tra_cui tra_loro inclusi incluse solo_a",
    "fr": "dont parmi y_compris rien_qu'à",
    "ca": "dels_quals entre_ells",
    "de": "darunter davon allein einschließlich",
    "ar": "بينهم منهم بمن_فيهم",
    "tr": "aralarında",
    "ru": "из_них в_том_числе",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?", re.UNICODE)


def _phrases(table: dict[str, str], language: str | None) -> list[tuple[str, ...]]:
    chosen = [table[language]] if language in table else list(table.values())
    return [tuple(p.split("_")) for words in chosen for p in words.split()]


@lru_cache(maxsize=32)
def _hedges(language: str | None) -> tuple[tuple[str, ...], ...]:
    return tuple(_phrases(_HEDGES, language))


@lru_cache(maxsize=32)
def _breakdowns(language: str | None) -> tuple[tuple[str, ...], ...]:
    return tuple(_phrases(_BREAKDOWNS, language))


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _holds(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        size = len(phrase)
        if any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1)):
            return True
    return False


def foreign_hedged(text: str, language: str | None) -> bool:
    """Whether the sentence hedges, conditions or gives a running tally in its language."""
    return _holds(_words(text), _hedges(language))


def foreign_breakdown(text: str, language: str | None) -> bool:
    """Whether the sentence breaks a count down by subgroup or place in its language."""
    return _holds(_words(text), _breakdowns(language))
