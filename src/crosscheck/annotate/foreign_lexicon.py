"""Word lists for reading names in German, Spanish, Portuguese, Italian and Romanian text
without a model (`foreign_mentions`): general vocabulary, hand-written from general
knowledge of these languages, not names.

- function words (articles, prepositions, conjunctions, pronouns) that open a sentence with
  a capital and so look like the first word of a name;
- titles and offices written before a name ("Präsident", "Kremlsprecher", "Presidente");
- head nouns of institutions' names ("Centro", "Servicio", "Ministerio"), which open
  capitalised runs that are not persons;
- German noun and adjective endings: German capitalises every noun, and a word ending in
  "-ung", "-keit" or "-behörde" is a noun, never a person's name;
- place nouns written before a place's name ("distrito de", "Region").
"""

from __future__ import annotations

FUNCTION_WORDS: frozenset[str] = frozenset(
    # German
    "der die das den dem des ein eine einen einem einer eines am im ins in an auf aus bei mit "
    "nach von vom vor zu zum zur und oder aber auch als wie wenn dass so doch nun da dort hier "
    "er sie es wir ihr ihm ihn man dieser diese dieses diesem jener seit laut trotz während "
    "wegen unter über für gegen ohne um bis durch nicht noch schon bereits wie was wer wo "
    "sein seine ihre ihr unser alle viele einige"
    # Spanish
    " el la los las un una unos unas de del en con por para según tras sin sobre entre y o "
    "pero que como cuando donde este esta estos estas ese esa esos esas ante desde hasta al "
    "su sus lo le les se ya no más muy también aunque mientras durante"
    # Portuguese
    " o a os as um uma uns umas do da dos das em no na nos nas com pela pelo pelos pelas "
    "segundo após sem e ou mas como quando onde esse essa isso isto ao à aos às seu sua "
    "também ainda"
    # Italian
    " il lo gli i le uno di dei delle della dello nel nella nei con per secondo dopo senza "
    "su tra fra ma che come quando dove questo questa quello quella alla alle agli ed anche"
    # Romanian
    " în și pe din cu care iar dar potrivit după".split()
)

TITLES: frozenset[str] = frozenset(
    "präsident präsidentin kanzler kanzlerin minister ministerin premierminister sprecher "
    "sprecherin chef chefin general oberst gouverneur bürgermeister botschafter herr frau dr "
    "prof papst könig königin prinz scheich "
    "presidente presidenta ministro ministra primer premier gobernador gobernadora alcalde "
    "alcaldesa portavoz general embajador señor señora don doña rey reina príncipe papa "
    "governador prefeito porta-voz embaixador senhor senhora rei rainha príncipe "
    "sindaco portavoce ambasciatore signor signora re regina principe "
    "președinte președintele ministrul liderul "
    # more offices and ranks, for the title cue of `foreign_cues`
    "vicepresidente vicepresidenta canciller consejero consejera delegado delegada jefe jefa "
    "comandante coronel capitán juez jueza diputado diputada senador senadora concejal "
    "concejala líder primeiro-ministro vice-presidente chanceler deputado deputada juiz juíza "
    "prefeita governadora sindaca generale colonnello giudice deputato senatore leader "
    "ministerpräsident ministerpräsidentin regierungschef regierungschefin außenminister "
    "außenministerin innenminister innenministerin bundeskanzler bundeskanzlerin".split()
)

# Verbs of saying written right before their subject ("dijo Juan Pérez", "disse Carlos
# Mazón", "ha detto Giorgia Meloni", "sagte Olaf Scholz").
SPEECH_VERBS: frozenset[str] = frozenset(
    "dijo afirmó declaró explicó señaló aseguró añadió indicó subrayó advirtió lamentó "
    "denunció reconoció insistió "
    "disse afirmou declarou explicou acrescentou garantiu sublinhou "
    "detto dichiarato spiegato aggiunto affermato sottolineato "
    "sagte erklärte betonte "
    "declarat spus".split()
)

# Locative prepositions written in lower case before a place's name, by language ("en
# Paiporta", "em Chiva", "nella Comunitat"). German is left out: it capitalises every noun.
LOCATIVE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "es": frozenset({"en"}),
    "ca": frozenset({"a", "en"}),
    "pt": frozenset({"em", "no", "na"}),
    "it": frozenset({"in", "nel", "nella"}),
    "ro": frozenset({"în"}),
}

# Media and platforms written after a locative preposition ("en Facebook", "em X"), which are
# no places.
MEDIA_PLATFORMS: frozenset[str] = frozenset(
    "x twitter facebook instagram tiktok youtube telegram whatsapp linkedin threads bluesky "
    "internet google".split()
)

# German compound titles: "Kremlsprecher", "Außenminister", "Wagner-Chef".
TITLE_ENDINGS: tuple[str, ...] = (
    "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "chef",
    "chefin", "führer", "kanzler", "kommandeur", "gründer", "-chef", "-führer",
)  # fmt: skip

INSTITUTION_NOUNS: frozenset[str] = frozenset(
    "grupo centro servicio ministerio comité consejo policía ejército gobierno agencia "
    "instituto universidad partido banco tribunal palacio operación fuerzas guardia cruz "
    "oficina departamento secretaría comisión asamblea congreso senado corte fiscalía "
    "cámara estado república reino federación organización fundación sociedad compañía "
    "serviço ministério conselho polícia exército governo agência universidade palácio "
    "operação forças secretaria comissão assembleia câmara fundação companhia "
    "gruppo servizio ministero consiglio polizia esercito governo agenzia istituto "
    "università partito palazzo operazione forze commissione assemblea camera fondazione "
    "gruppe dienst ministerium rat polizei armee regierung agentur institut universität "
    "partei bank gericht palast kommission bundestag "
    "aviației aviația ministerul guvernul poliția armata agenția serviciul "
    # adjectives of institutions' names ("Guardia Civil", "Oriente Medio")
    "nacional internacional federal europea europeo europeu europeia mundial civil militar "
    "unidas unidos nazionale internazionale europea medio oriente".split()
)

GERMAN_NOUN_ENDINGS: tuple[str, ...] = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nisse", "tum", "lich", "isch",
    "ungen", "heiten", "keiten", "schaften", "tionen",
    # adjectives written with a capital inside a name ("Europäische Zentralbank")
    "ische", "ischen", "ischer", "liche", "lichen", "licher",
    # institutions' compound nouns ("Zentralbank", "Bundesamt", "Luftfahrtbehörde")
    "bank", "amt", "behörde", "ministerium", "gericht", "partei", "regierung", "verband",
    "gruppe", "dienst", "kommission", "agentur", "institut",
)  # fmt: skip

# Connectors that stay lower case inside a name ("Corea del Sur", "Ärzte ohne Grenzen").
NAME_CONNECTORS: frozenset[str] = frozenset(
    "de del da do dos das di della la el al of the ohne vom von am der des für und y e".split()
)

# Spanish, Portuguese and Italian place nouns written before "de"/"di" and a place's name.
PLACE_NOUNS_BEFORE: frozenset[str] = frozenset(
    "distrito provincia región ciudad municipio aldea localidad pueblo departamento "
    "província região cidade município vila aldeia "
    "distretto regione città comune villaggio "
    "regiunea orașul districtul".split()
)

# German place nouns written right before a place's name ("Region Twer", "Provinz Karnali").
PLACE_NOUNS_AFTER: frozenset[str] = frozenset(
    "Region Provinz Bezirk Distrikt Stadt Oblast Dorf Gebiet Hauptstadt".split()
)

# Words that end a place's name, never a person's ("Rukum Occidental", "Rukum West").
PLACE_QUALIFIERS: frozenset[str] = frozenset(
    "occidental oriental norte sur este oeste central septentrional meridional "
    "ocidental setentrional nord sud est ovest centrale "
    "west ost süd nord mitte north south east".split()
)
