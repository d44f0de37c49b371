"""Regions, large cities and world regions whose names differ across European languages:
the English name and its endonyms and exonyms (Spanish, Catalan, Galician, Basque, Portuguese,
French, Italian, German, Dutch), and for the capitals and large cities of Greece, Turkey, the
Balkans and Central and Eastern Europe also Hungarian, Turkish, Polish and Czech ones.

Source: general knowledge, hand-written: the first-level regions of Spain, Italy, Germany,
France, Belgium, Portugal and Switzerland, their large cities, the capitals and large cities
of Greece, Turkey, the Balkans, Central and Eastern Europe and the Americas, and the world's
regions, as atlases and the press of each language write them. Only names that differ from
the English one are listed (and English variants: "Saragossa"). It completes
`places_gazetteer` (capitals and countries) for reports of one story written in several
languages: "la Comunitat Valenciana", "la Comunidad Valenciana" and "the Valencian
Community" name one region; "la région de Valence" names Valencia. It is no list of names
seen failing.

A few exonyms are also the name of another place or people ("Valence" is a French town,
"Colonia" a town of Uruguay, "Roma" a people, "Athene" a goddess, "Sofía" a woman):
`AMBIGUOUS` lists them; the resolver reads them as the foreign place only when the story
also names that place in another way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# English name -> its names in other languages (and other English spellings)
# fmt: off
PLACE_EXONYMS: dict[str, tuple[str, ...]] = {
    # Spain: autonomous communities
    "Andalusia": ("Andalucía", "Andalousie", "Andaluzia", "Andalusien"),
    "Aragon": ("Aragón", "Aragão", "Aragona", "Aragonien"),
    "Asturias": ("Asturies", "Astúrias", "Principado de Asturias"),
    "Balearic Islands": ("Islas Baleares", "Illes Balears", "Îles Baléares", "Baleares",
                         "Ilhas Baleares", "Isole Baleari", "Balearen"),
    "Basque Country": ("País Vasco", "Euskadi", "Pays basque", "País Basco", "Paesi Baschi",
                       "Baskenland", "Euskal Herria"),
    "Canary Islands": ("Islas Canarias", "Canarias", "Îles Canaries", "Ilhas Canárias",
                       "Isole Canarie", "Kanarische Inseln", "Kanaren"),
    "Cantabria": ("Cantabrie", "Kantabrien"),
    "Castile and León": ("Castilla y León", "Castille-et-León", "Castela e Leão",
                         "Castiglia e León", "Kastilien und León", "Castile-Leon"),
    "Castile-La Mancha": ("Castilla-La Mancha", "Castille-La Manche", "Castela-La Mancha",
                          "Castiglia-La Mancia", "Kastilien-La Mancha"),
    "Catalonia": ("Cataluña", "Catalunya", "Catalogne", "Catalunha", "Catalogna",
                  "Katalonien"),
    "Extremadura": ("Estrémadure", "Estremadura", "Extremadura"),
    "Galicia": ("Galice", "Galiza", "Galizien"),
    "Murcia": ("Región de Murcia", "Murcie", "Múrcia"),
    "Navarre": ("Navarra", "Nafarroa"),
    "Valencian Community": ("Comunidad Valenciana", "Comunitat Valenciana", "País Valencià",
                            "Communauté valencienne", "Comunidade Valenciana",
                            "Comunità Valenciana", "Valencianische Gemeinschaft"),
    # Spain: cities
    "Valencia": ("València", "Valência", "Valence"),
    "Seville": ("Sevilla", "Séville", "Sevilha", "Siviglia"),
    "Saragossa": ("Zaragoza", "Saragosse", "Saragoça", "Saragozza"),
    "A Coruña": ("La Coruña", "Corunna", "La Corogne"),
    "Cadiz": ("Cádiz", "Cadix", "Cádis", "Cadice"),
    "Majorca": ("Mallorca", "Majorque", "Maiorca", "Mallorca"),
    "San Sebastián": ("Donostia", "Saint-Sébastien", "San Sebastian"),
    "Barcelona": ("Barcelone", "Barcellona"),
    # Portugal
    "Porto": ("Oporto",),
    "Azores": ("Açores", "Azores", "Açores", "Azzorre", "Azoren"),
    "Madeira": ("Madère", "Madera"),
    # Italy: regions
    "Lombardy": ("Lombardia", "Lombardie", "Lombardía", "Lombardei"),
    "Tuscany": ("Toscana", "Toscane", "Toskana"),
    "Piedmont": ("Piemonte", "Piémont", "Piamonte", "Piemont"),
    "Sicily": ("Sicilia", "Sicile", "Sicília", "Sizilien"),
    "Sardinia": ("Sardegna", "Sardaigne", "Cerdeña", "Sardenha", "Sardinien"),
    "Apulia": ("Puglia", "Pouilles", "Apulia", "Apúlia", "Apulien"),
    "Lazio": ("Latium", "Lácio", "Lacio"),
    "Campania": ("Campanie", "Campânia", "Kampanien"),
    "Emilia-Romagna": ("Émilie-Romagne", "Emilia-Romaña", "Emília-Romanha"),
    "Veneto": ("Vénétie", "Véneto", "Venetien"),
    "Calabria": ("Calabre", "Calábria", "Kalabrien"),
    "Aosta Valley": ("Valle d'Aosta", "Vallée d'Aoste", "Valle de Aosta", "Aostatal"),
    "South Tyrol": ("Alto Adige", "Südtirol", "Haut-Adige", "Tirol del Sur"),
    # Italy: cities
    "Milan": ("Milano", "Mailand", "Milán", "Milão"),
    "Turin": ("Torino", "Turín", "Turim"),
    "Naples": ("Napoli", "Nápoles", "Neapel"),
    "Florence": ("Firenze", "Florencia", "Florença", "Florenz"),
    "Venice": ("Venezia", "Venise", "Venecia", "Veneza", "Venedig"),
    "Genoa": ("Genova", "Gênes", "Génova", "Gênova", "Genua"),
    "Rome": ("Roma", "Rom"),
    # Germany: states
    "Bavaria": ("Bayern", "Bavière", "Baviera"),
    "Saxony": ("Sachsen", "Saxe", "Sajonia", "Saxônia", "Sassonia"),
    "Lower Saxony": ("Niedersachsen", "Basse-Saxe", "Baja Sajonia", "Bassa Sassonia"),
    "Hesse": ("Hessen", "Hesse", "Hesse", "Assia"),
    "Thuringia": ("Thüringen", "Thuringe", "Turingia", "Turíngia"),
    "North Rhine-Westphalia": ("Nordrhein-Westfalen", "Rhénanie-du-Nord-Westphalie",
                               "Renania del Norte-Westfalia", "Renânia do Norte-Vestfália",
                               "Renania Settentrionale-Vestfalia"),
    "Rhineland-Palatinate": ("Rheinland-Pfalz", "Rhénanie-Palatinat", "Renania-Palatinado"),
    "Baden-Württemberg": ("Bade-Wurtemberg", "Baden-Wurtemberg"),
    "Saxony-Anhalt": ("Sachsen-Anhalt", "Saxe-Anhalt", "Sajonia-Anhalt"),
    "Mecklenburg-Western Pomerania": ("Mecklenburg-Vorpommern",
                                      "Mecklembourg-Poméranie-Occidentale"),
    # Germany: cities
    "Munich": ("München", "Múnich", "Munique"),
    "Cologne": ("Köln", "Colonia", "Colónia"),
    "Nuremberg": ("Nürnberg", "Núremberg", "Norimberga"),
    "Hanover": ("Hannover", "Hanovre", "Hanóver"),
    "Frankfurt": ("Francfort", "Fráncfort", "Francoforte"),
    "Hamburg": ("Hambourg", "Hamburgo", "Amburgo"),
    # France: regions and cities
    "Brittany": ("Bretagne", "Bretaña", "Bretanha", "Bretagna"),
    "Normandy": ("Normandie", "Normandía", "Normandia"),
    "Burgundy": ("Bourgogne", "Borgoña", "Borgonha", "Borgogna", "Burgund"),
    "Corsica": ("Corse", "Córcega", "Córsega", "Korsika"),
    "Provence-Alpes-Côte d'Azur": ("Provence-Alpes-Côte-d'Azur",),
    "Marseille": ("Marseilles", "Marsella", "Marselha", "Marsiglia"),
    "Lyon": ("Lyons", "Lione"),
    "Strasbourg": ("Straßburg", "Estrasburgo", "Strasburgo"),
    "Nice": ("Niza", "Nizza"),
    # Belgium, Netherlands, Switzerland
    "Flanders": ("Vlaanderen", "Flandre", "Flandes", "Flandres", "Fiandre", "Flandern"),
    "Wallonia": ("Wallonie", "Valonia", "Valônia", "Vallonia", "Wallonien"),
    "Antwerp": ("Antwerpen", "Anvers", "Amberes", "Antuérpia", "Anversa"),
    "Zurich": ("Zürich", "Zúrich", "Zurigo"),
    "Geneva": ("Genève", "Ginebra", "Genebra", "Ginevra", "Genf"),
    # Greece, Turkey, the Balkans, Central and Eastern Europe: capitals, large cities and
    # regions, with their names in the languages above and in Dutch, Hungarian, Turkish,
    # Polish and Czech
    "Athens": ("Athènes", "Atenas", "Atene", "Athen", "Athene", "Athina", "Athén", "Atina",
               "Ateny", "Atény"),
    "Thessaloniki": ("Thessalonique", "Tesalónica", "Tessalónica", "Salonicco", "Saloniki",
                     "Salonica", "Salonika", "Thessaloníki", "Szaloniki", "Selanik"),
    "Piraeus": ("Le Pirée", "Pirée", "El Pireo", "Pireo", "Pireu", "Piräus", "Pireas",
                "Pireus"),
    "Crete": ("Crète", "Creta", "Kreta", "Kriti", "Girit", "Kréta"),
    "Thessaly": ("Thessalie", "Tesalia", "Tessália", "Tessaglia", "Thessalien", "Tesalya",
                 "Tesszália", "Tesalie"),
    "Rhodes": ("Rhodos", "Rodas", "Rodi", "Rodos", "Ródosz"),
    "Corfu": ("Corfou", "Corfú", "Korfu", "Kerkyra"),
    "Istanbul": ("İstanbul", "Estambul", "Istambul", "Isztambul", "Stambuł", "Istanboel"),
    "Izmir": ("İzmir", "Esmirna", "Smyrne", "Smirne", "Smyrna", "Szmirna"),
    "Belgrade": ("Belgrado", "Belgrad", "Beograd", "Belgrád", "Bělehrad"),
    "Sofia": ("Sofía", "Sofie", "Szófia", "Sofya"),
    "Bucharest": ("Bucarest", "Bucareste", "Bukarest", "Bukareszt", "Boekarest", "București",
                  "Bükreş", "Bukurešť"),
    "Skopje": ("Skopie", "Skopia", "Üsküp", "Szkopje", "Skoplje"),
    "Tirana": ("Tiranë",),
    "Moscow": ("Moscou", "Moscú", "Moskau", "Mosca", "Moscovo", "Moscova", "Moskou",
               "Moszkva", "Moskova", "Moskwa", "Moskva"),
    "Kyiv": ("Kiev", "Kiew", "Kijów", "Kijev", "Kijiv", "Kyjiv", "Kiiv", "Kíev", "Kijew"),
    "Warsaw": ("Varsovie", "Varsovia", "Varsavia", "Warschau", "Varsó", "Varşova",
               "Warszawa", "Varšava", "Varsóvia"),
    "Prague": ("Praga", "Prag", "Praag", "Prága", "Praha"),
    "Vienna": ("Vienne", "Viena", "Wien", "Bécs", "Viyana", "Wiedeń", "Vídeň", "Wenen"),
    "Brussels": ("Bruxelles", "Bruselas", "Bruxelas", "Brüssel", "Brussel", "Brüsszel",
                 "Brüksel", "Bruksela"),
    "London": ("Londres", "Londra", "Londen", "Londyn"),
    "Berlin": ("Berlino", "Berlim", "Berlijn"),
    "Paris": ("Parigi", "Párizs", "Paryż", "Parijs"),
    # The Americas: capitals and large cities
    "Santo Domingo": ("Saint-Domingue", "São Domingos"),
    "Havana": ("La Habana", "La Havane", "Havanna", "L'Avana", "Havanne"),
    "Mexico City": ("Ciudad de México", "Mexiko-Stadt", "Città del Messico",
                    "Cidade do México", "CDMX"),
    "Panama City": ("Ciudad de Panamá", "Cidade do Panamá"),
    "Guatemala City": ("Ciudad de Guatemala", "Guatemala-Stadt", "Cidade da Guatemala"),
    "São Paulo": ("San Pablo", "Sao Paulo"),
    "Bogotá": ("Bogota",),
    "Brasília": ("Brasilia",),
    "Port-au-Prince": ("Puerto Príncipe", "Porto Príncipe"),
    # World regions
    "West Africa": ("Afrique de l'Ouest", "Afrique occidentale", "África Occidental",
                    "África do Oeste", "África Ocidental", "Africa occidentale",
                    "Westafrika"),
    "North Africa": ("Afrique du Nord", "África del Norte", "Norte de África",
                     "Nordafrika", "Africa settentrionale"),
    "East Africa": ("Afrique de l'Est", "África Oriental", "Ostafrika", "Africa orientale"),
    "Middle East": ("Moyen-Orient", "Proche-Orient", "Oriente Medio", "Oriente Próximo",
                    "Médio Oriente", "Oriente Médio", "Medio Oriente", "Nahost",
                    "Naher Osten", "Mittlerer Osten"),
    "Latin America": ("Amérique latine", "América Latina", "Lateinamerika"),
    "Southeast Asia": ("Asie du Sud-Est", "Sudeste Asiático", "Südostasien",
                       "Sud-est asiatico"),
    "South Asia": ("Asie du Sud", "Asia del Sur", "Sul da Ásia", "Südasien",
                   "Asia meridionale"),
    "Central Asia": ("Asie centrale", "Asia Central", "Ásia Central", "Zentralasien"),
    "Europe": ("Europa",),
    "Africa": ("Afrique", "África", "Afrika"),
    "Asia": ("Asie", "Ásia", "Asien"),
    "Mediterranean": ("Méditerranée", "Mediterráneo", "Mediterrâneo", "Mediterraneo",
                      "Mittelmeer"),
    "Sahel": ("Sahel",),
    "Balkans": ("Balkans", "Balcanes", "Bálcãs", "Balcani", "Balkan"),
    "Caucasus": ("Caucase", "Cáucaso", "Caucaso", "Kaukasus"),
}
# fmt: on

# Exonyms that are also the name of another place: read as the foreign place only when the
# story names that place in another way too.
AMBIGUOUS: frozenset[str] = frozenset(
    {"valence", "colonia", "madera", "roma", "saxe", "athene", "sofia", "sofie", "sofya", "rodas"}
)

_ARTICLES = re.compile(r"^(?:(?:the|la|el|le|les|los|las|il|lo|der|die|das|o|a|os|as)\s+|l')")


def place_key(name: str) -> str:
    """A name's lookup key: lowercase, accents, a leading article, hyphens and straight or
    curly apostrophes set aside ("la Comunitat Valenciana" -> "comunitat valenciana")."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'").strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _ARTICLES.sub("", text)
    return re.sub(r"[\s-]+", " ", text).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for english, names in PLACE_EXONYMS.items():
        for name in (english, *names):
            index.setdefault(place_key(name), english)
    return index


def english_exonym(name: str) -> str | None:
    """The English name of a region, large city or world region written in any of the
    languages above ("Comunitat Valenciana" -> "Valencian Community", "Afrique de l'Ouest"
    -> "West Africa"); None for a name the table does not hold."""
    return _index().get(place_key(name))


def is_ambiguous_exonym(name: str) -> bool:
    """Whether ``name`` is also another place's name ("Valence", a French town)."""
    return place_key(name) in AMBIGUOUS
