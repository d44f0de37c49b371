"""The words institutions' names are made of, in Spanish, Portuguese, French and Italian, with
their English translation (data, hand-written from general knowledge of those languages'
political and administrative vocabulary; no name of any one story).

Outlets write a national body's name in the country's language or translate it, word for
word but in English order: "Consejo Nacional Electoral" is the "National Electoral Council",
"Plataforma Unitaria Democrática" the "Democratic Platform of Unity". Keys are folded
(lowercase, accents removed); English words that translators use for one word are read as
one ("tribunal" and "court", "unitary" and "unity").
"""

from __future__ import annotations

_ENGLISH_FORMS: dict[str, tuple[str, ...]] = {
    "council": ("consejo", "conselho", "conseil", "consiglio"),
    "national": ("nacional", "nationale", "nazionale", "nationaux"),
    "electoral": ("eleitoral", "electorale", "elettorale"),
    "supreme": ("supremo", "suprema", "supremes", "supremi"),
    "court": ("tribunal", "tribunale", "corte", "cour", "tribunais", "tribunales"),
    "justice": ("justicia", "justica", "giustizia"),
    "democratic": (
        "democratica", "democratico", "democratique", "democratici", "democratiques",
    ),
    "platform": ("plataforma", "plateforme", "piattaforma"),
    "unity": ("unitaria", "unitario", "unitaire", "unidad", "unite", "unita", "unidade", "unitary"),
    "party": ("partido", "parti", "partito"),
    "front": ("frente", "fronte"),
    "movement": ("movimiento", "movimento", "mouvement"),
    "union": ("uniao", "unione"),
    "commission": ("comision", "comissao", "commissione"),
    "assembly": ("asamblea", "assembleia", "assemblee", "assemblea"),
    "republic": ("republica", "republique", "repubblica"),
    "federation": ("federacion", "federacao", "federazione"),
    "safeguard": ("sauvegarde", "salvaguardia", "salvaguarda"),
    "homeland": ("patrie", "patria"),
    "army": ("ejercito", "armee", "exercito", "esercito"),
    "forces": ("fuerzas", "forcas", "forze"),
    "armed": ("armadas", "armados", "armees", "armate"),
    "police": ("policia", "polizia"),
    "guard": ("guardia", "garde", "guarda"),
    "revolutionary": ("revolucionaria", "revolucionario", "revolutionnaire", "rivoluzionario"),
    "socialist": ("socialista", "socialiste"),
    "popular": ("populaire", "popolare"),
    "people": ("pueblo", "peuple", "popolo", "povo"),
    "liberation": ("liberacion", "liberacao", "liberazione"),
    "bank": ("banco", "banque", "banca"),
    "central": ("centrale",),
    "organisation": ("organizacion", "organizacao", "organizzazione"),
    "community": ("comunidad", "communaute", "comunita", "comunidade"),
    "economic": ("economica", "economico", "economique"),
    "states": ("estados", "etats", "stati"),
    "state": ("estado", "etat", "stato"),
    "africa": ("afrique", "african", "africana", "africano", "africain", "africaine"),
    "west": ("ouest", "oeste", "occidental", "occidentale"),
    "opposition": ("oposicion", "oposicao", "opposizione"),
    "election": ("eleccion", "eleicao", "elezione", "elections", "elecciones"),
    "bolivarian": ("bolivariana", "bolivariano"),
    "ministry": ("ministerio", "ministere", "ministero"),
    "rights": ("derechos", "droits", "direitos", "diritti"),
    "human": ("humanos", "humains", "umani"),
    "chamber": ("sala", "chambre", "camara", "camera"),
    "congress": ("congreso", "congresso", "congres"),
    "senate": ("senado", "senat", "senato"),
    "government": ("gobierno", "gouvernement", "governo"),
    "transition": ("transicion", "transicao", "transizione"),
}  # fmt: skip

# folded word -> its English translation (English words map to themselves or a synonym)
TRANSLATIONS: dict[str, str] = {
    form: english for english, forms in _ENGLISH_FORMS.items() for form in forms
}
ENGLISH_WORDS: frozenset[str] = frozenset(_ENGLISH_FORMS)

# the words that make a name an institution's: a person or a place is never one
INSTITUTION_HEADS: frozenset[str] = frozenset(
    "council court platform party front movement union commission assembly federation army"
    " forces police guard bank organisation community ministry chamber congress senate"
    " government".split()
)

# function words of the names in the five languages
NAME_FUNCTION_WORDS: frozenset[str] = frozenset(
    "of the for and de del la las los el y e da das do dos des du le les et pour di della"
    " delle dei per ed l d".split()
)
