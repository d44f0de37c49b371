"""Capitals, first-level regions and a few of the largest cities of countries that often make
international news.

Source: general knowledge, hand-written (standard English spellings of capitals and of
provinces, states, governorates, regions or oblasts). It is a type check for the small
tagger ("Balochistan" is a place, not an organisation; "Sanaa" is not a person), not a
list of names seen failing. Spelling variants ("Baluchistan", "Khyber-Pakhtunkhwa") are left
to the resolver's romanisation rule.
"""

from __future__ import annotations

from functools import lru_cache

# country -> (capital, first-level regions)
# fmt: off
PLACES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Afghanistan": ("Kabul", (
        "Kandahar", "Helmand", "Herat", "Balkh", "Nangarhar", "Kunar", "Kunduz", "Badakhshan",
        "Paktia", "Paktika", "Khost", "Ghazni", "Logar", "Panjshir", "Parwan", "Nuristan",
        "Zabul", "Uruzgan",
    )),
    "Algeria": ("Algiers", ("Oran", "Constantine", "Tamanrasset")),
    "Argentina": ("Buenos Aires", ("Cordoba", "Santa Fe", "Mendoza")),
    "Armenia": ("Yerevan", ()),
    "Australia": ("Canberra", (
        "New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia",
        "Northern Territory",
    )),
    "Austria": ("Vienna", ("Tyrol", "Styria", "Carinthia", "Salzburg")),
    "Azerbaijan": ("Baku", ("Nakhchivan",)),
    "Bahrain": ("Manama", ()),
    "Bangladesh": ("Dhaka", ("Chittagong", "Chattogram", "Sylhet", "Khulna", "Rajshahi")),
    "Belarus": ("Minsk", ()),
    "Belgium": ("Brussels", ("Flanders", "Wallonia")),
    "Brazil": ("Brasilia", ("Sao Paulo", "Rio de Janeiro", "Amazonas", "Bahia", "Para")),
    "Canada": ("Ottawa", (
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
        "Nova Scotia", "New Brunswick", "Newfoundland",
    )),
    "China": ("Beijing", (
        "Xinjiang", "Tibet", "Guangdong", "Sichuan", "Yunnan", "Hubei", "Henan", "Hebei",
        "Shandong", "Zhejiang", "Jiangsu", "Fujian", "Hong Kong", "Macau", "Inner Mongolia",
        "Shanghai", "Chongqing",
    )),
    "Colombia": ("Bogota", ("Antioquia", "Cauca")),
    "Cuba": ("Havana", ()),
    "Cyprus": ("Nicosia", ()),
    "Denmark": ("Copenhagen", ("Greenland",)),
    "Egypt": ("Cairo", (
        "Sinai", "North Sinai", "South Sinai", "Alexandria", "Giza", "Luxor", "Aswan",
    )),
    "Ethiopia": ("Addis Ababa", ("Tigray", "Amhara", "Oromia", "Afar", "Somali Region")),
    "France": ("Paris", (
        "Brittany", "Normandy", "Corsica", "Provence", "Occitanie", "Ile-de-France", "Alsace",
    )),
    "Germany": ("Berlin", (
        "Bavaria", "Saxony", "Hesse", "Thuringia", "Brandenburg", "North Rhine-Westphalia",
        "Baden-Wurttemberg", "Lower Saxony",
    )),
    "Greece": ("Athens", (
        "Thessaly", "Attica", "Crete", "Macedonia", "Epirus", "Thrace", "Central Greece",
        "Central Macedonia", "Western Macedonia", "Western Greece", "Peloponnese",
        "Ionian Islands", "North Aegean", "South Aegean", "Thessaloniki",
    )),
    "India": ("New Delhi", (
        "Jammu and Kashmir", "Punjab", "Uttar Pradesh", "Maharashtra", "Gujarat", "Rajasthan",
        "Bihar", "West Bengal", "Tamil Nadu", "Kerala", "Karnataka", "Assam", "Manipur", "Odisha",
        "Telangana", "Andhra Pradesh", "Madhya Pradesh", "Ladakh",
    )),
    "Indonesia": ("Jakarta", ("Aceh", "Papua", "Bali", "Java", "Sumatra", "Sulawesi")),
    "Iran": ("Tehran", (
        "Khuzestan", "Sistan and Baluchestan", "Kurdistan", "Isfahan", "Fars", "Khorasan",
        "Razavi Khorasan", "Kerman", "Hormozgan", "Gilan", "Mazandaran", "Qom", "Tabriz",
        "Mashhad", "Shiraz", "Bushehr",
    )),
    "Iraq": ("Baghdad", (
        "Nineveh", "Anbar", "Basra", "Kirkuk", "Erbil", "Sulaymaniyah", "Duhok", "Salahuddin",
        "Diyala", "Najaf", "Karbala", "Babil", "Mosul",
    )),
    "Ireland": ("Dublin", ()),
    "Israel": ("Tel Aviv", ("Haifa", "Galilee", "Negev")),
    "Italy": ("Rome", (
        "Sicily", "Sardinia", "Lombardy", "Tuscany", "Veneto", "Calabria", "Campania", "Lazio",
        "Piedmont",
    )),
    "Japan": ("Tokyo", ("Hokkaido", "Okinawa", "Fukushima", "Osaka", "Kyoto")),
    "Jordan": ("Amman", ()),
    "Kazakhstan": ("Astana", ()),
    "Kenya": ("Nairobi", ("Mombasa",)),
    "Kuwait": ("Kuwait City", ()),
    "Lebanon": ("Beirut", ("Bekaa", "South Lebanon", "Nabatieh", "Mount Lebanon")),
    "Libya": ("Tripoli", (
        "Cyrenaica", "Tripolitania", "Fezzan", "Benghazi", "Derna", "Misrata", "Sirte",
        "Butnan", "Jabal al Akhdar", "Marj", "Al Wahat", "Kufra", "Murqub", "Jafara", "Zawiya",
        "Nuqat al Khams", "Jabal al Gharbi", "Nalut", "Jufra", "Wadi al Shatii", "Sabha",
        "Wadi al Hayaa", "Ghat", "Murzuq", "Tobruk", "Bayda",
    )),
    "Mexico": ("Mexico City", (
        "Sinaloa", "Chihuahua", "Jalisco", "Michoacan", "Sonora", "Tamaulipas", "Guerrero",
        "Oaxaca", "Baja California",
    )),
    "Morocco": ("Rabat", (
        "Casablanca", "Marrakesh", "Fez", "Tangier", "Agadir", "Souss-Massa",
        "Tanger-Tetouan-Al Hoceima", "Fes-Meknes", "Rabat-Sale-Kenitra",
        "Beni Mellal-Khenifra", "Casablanca-Settat", "Marrakesh-Safi", "Draa-Tafilalet",
        "Guelmim-Oued Noun", "Laayoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab",
    )),
    "Myanmar": ("Naypyidaw", ("Rakhine", "Shan", "Kachin", "Karen", "Chin", "Sagaing")),
    "Netherlands": ("Amsterdam", ()),
    "Nigeria": ("Abuja", ("Lagos", "Borno", "Kano", "Kaduna", "Zamfara", "Plateau")),
    "North Korea": ("Pyongyang", ()),
    "Norway": ("Oslo", ()),
    "Oman": ("Muscat", ("Dhofar", "Musandam")),
    "Pakistan": ("Islamabad", (
        "Punjab", "Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Karachi",
        "Lahore", "Peshawar", "Quetta", "Rawalpindi",
    )),
    "Palestine": ("Ramallah", ("Gaza", "Gaza Strip", "West Bank")),
    "Philippines": ("Manila", ("Mindanao", "Luzon")),
    "Poland": ("Warsaw", ()),
    "Portugal": ("Lisbon", ()),
    "Qatar": ("Doha", ()),
    "Russia": ("Moscow", (
        "Chechnya", "Dagestan", "Siberia", "Kursk", "Belgorod", "Bryansk", "Tatarstan",
        "St Petersburg", "Saint Petersburg", "Rostov", "Krasnodar", "Voronezh", "Kaliningrad",
        "Ingushetia", "Bashkortostan", "Novosibirsk", "Sverdlovsk", "Smolensk", "Pskov",
    )),
    "Saudi Arabia": ("Riyadh", (
        "Mecca", "Medina", "Jeddah", "Eastern Province", "Asir", "Jazan", "Najran",
    )),
    "Serbia": ("Belgrade", ("Vojvodina",)),
    "Somalia": ("Mogadishu", ("Puntland", "Somaliland", "Jubaland")),
    "South Africa": ("Pretoria", ("Gauteng", "KwaZulu-Natal", "Western Cape")),
    "South Korea": ("Seoul", ()),
    "Spain": ("Madrid", ("Catalonia", "Andalusia", "Basque Country", "Galicia", "Valencia")),
    "Sudan": ("Khartoum", (
        "Darfur", "North Darfur", "South Darfur", "Kordofan", "Blue Nile", "Gezira", "Omdurman",
    )),
    "Sweden": ("Stockholm", ()),
    "Switzerland": ("Bern", ("Geneva", "Zurich")),
    "Syria": ("Damascus", (
        "Aleppo", "Idlib", "Homs", "Hama", "Latakia", "Tartus", "Deir ez-Zor", "Raqqa", "Hasakah",
        "Daraa", "Sweida", "Quneitra", "Rif Dimashq",
    )),
    "Taiwan": ("Taipei", ()),
    "Tunisia": ("Tunis", ()),
    "Turkey": ("Ankara", (
        "Istanbul", "Izmir", "Hatay", "Gaziantep", "Kahramanmaras", "Diyarbakir", "Adana",
        "Antalya", "Bursa", "Konya", "Kayseri", "Samsun", "Trabzon", "Malatya", "Adiyaman",
        "Sanliurfa", "Mersin", "Erzurum", "Edirne", "Eskisehir", "Mugla", "Canakkale",
    )),
    "Ukraine": ("Kyiv", (
        "Donetsk", "Luhansk", "Kharkiv", "Kherson", "Zaporizhzhia", "Odesa", "Mykolaiv",
        "Dnipropetrovsk", "Sumy", "Lviv", "Donbas", "Sevastopol", "Dnipro",
        "Cherkasy", "Chernihiv", "Chernivtsi", "Ivano-Frankivsk", "Khmelnytskyi", "Kirovohrad",
        "Poltava", "Rivne", "Ternopil", "Vinnytsia", "Volyn", "Zakarpattia", "Zhytomyr",
    )),
    "United Arab Emirates": ("Abu Dhabi", ("Dubai", "Sharjah", "Ajman", "Fujairah")),
    "United Kingdom": ("London", ("England", "Scotland", "Wales", "Northern Ireland")),
    "United States": ("Washington", (
        "California", "Texas", "Florida", "New York", "Pennsylvania", "Ohio", "Michigan",
        "Illinois", "Arizona", "Nevada", "Wisconsin", "Minnesota", "Louisiana", "Virginia",
        "North Carolina", "South Carolina", "Massachusetts", "New Jersey", "Maryland", "Alabama",
        "Mississippi", "Tennessee", "Kentucky", "Oregon", "Washington State", "Colorado", "Utah",
        "Alaska", "Hawaii", "Iowa", "Missouri",
    )),
    "Venezuela": ("Caracas", ()),
    "Vietnam": ("Hanoi", ()),
    "Yemen": ("Sanaa", (
        "Aden", "Hodeidah", "Marib", "Taiz", "Hadramout", "Saada", "Shabwa", "Abyan", "Lahj",
    )),
}
# fmt: on

# Places whose country is disputed: known to be places, attributed to no country here. (Israel's
# entry above gives its largest city, not a disputed capital.)
DISPUTED_PLACES: tuple[str, ...] = (
    "Jerusalem",
    "East Jerusalem",
    "Crimea",
    "Kosovo",
    "Western Sahara",
    "Golan Heights",
    "Kashmir",
    "Azad Kashmir",
    "Abkhazia",
    "South Ossetia",
    "Transnistria",
    "Nagorno-Karabakh",
)


@lru_cache(maxsize=1)
def _index() -> dict[str, str | None]:
    """Folded place name -> the country it lies in (a capital or region of it), or None."""
    index: dict[str, str | None] = {_key(place): None for place in DISPUTED_PLACES}
    for country, (capital, regions) in PLACES.items():
        for place in (capital, *regions):
            index.setdefault(_key(place), country)
    return index


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == " ").strip()


def place_country(name: str) -> str | None:
    """The country a capital or first-level region lies in ("Balochistan" -> "Pakistan")."""
    return _index().get(_key(name.replace("-", " ")))


def is_known_place(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a capital, region or disputed place."""
    return _key(name.replace("-", " ")) in _index()


# French names of capitals and cities that differ from the English ones (general knowledge,
# hand-written): French reports of a story name the same places.
FRENCH_PLACE_NAMES: dict[str, str] = {
    "alger": "Algiers", "amman": "Amman", "athènes": "Athens", "bagdad": "Baghdad",
    "beyrouth": "Beirut", "bruxelles": "Brussels", "copenhague": "Copenhagen",
    "damas": "Damascus", "genève": "Geneva", "jérusalem": "Jerusalem", "kaboul": "Kabul",
    "koweït": "Kuwait City", "le caire": "Cairo", "lisbonne": "Lisbon", "londres": "London",
    "mascate": "Muscat", "moscou": "Moscow", "pékin": "Beijing", "riyad": "Riyadh",
    "téhéran": "Tehran", "varsovie": "Warsaw", "vienne": "Vienna", "la mecque": "Mecca",
    "médine": "Medina", "djeddah": "Jeddah", "marrakech": "Marrakesh", "fès": "Fez",
    "tanger": "Tangier", "la haye": "The Hague", "new york": "New York",
    "maison blanche": "White House", "la maison blanche": "White House",
    "cisjordanie": "West Bank", "bande de gaza": "Gaza Strip", "kiev": "Kyiv",
    "nouvelle-delhi": "New Delhi", "katmandou": "Kathmandu", "séoul": "Seoul",
    "bucarest": "Bucharest",
    "édimbourg": "Edinburgh", "venise": "Venice", "séville": "Seville", "mossoul": "Mosul",
    "alep": "Aleppo", "lattaquié": "Latakia", "addis-abeba": "Addis Ababa",
    "le cap": "Cape Town", "la nouvelle-orléans": "New Orleans", "bethléem": "Bethlehem",
    "hébron": "Hebron", "naplouse": "Nablus", "jéricho": "Jericho",
    "saint-pétersbourg": "Saint Petersburg", "anvers": "Antwerp", "bâle": "Basel",
    "berne": "Bern", "tripoli": "Tripoli", "abou dhabi": "Abu Dhabi", "doha": "Doha",
    "ryad": "Riyadh", "sanaa": "Sanaa", "charm el-cheikh": "Sharm el-Sheikh",
    "le golan": "Golan Heights", "plateau du golan": "Golan Heights",
}  # fmt: skip


# German, Spanish, Portuguese and Italian names of capitals and large cities that differ from
# the English ones (general knowledge, hand-written), for reports in those languages.
FOREIGN_PLACE_NAMES: dict[str, str] = {
    # German
    "moskau": "Moscow", "kiew": "Kyiv", "sankt petersburg": "Saint Petersburg",
    "st. petersburg": "Saint Petersburg", "warschau": "Warsaw", "wien": "Vienna",
    "rom": "Rome", "mailand": "Milan", "brüssel": "Brussels", "kopenhagen": "Copenhagen",
    "prag": "Prague", "bukarest": "Bucharest", "athen": "Athens", "peking": "Beijing",
    "neu-delhi": "New Delhi", "kairo": "Cairo", "damaskus": "Damascus", "teheran": "Tehran",
    "bagdad": "Baghdad", "riad": "Riyadh", "maskat": "Muscat", "jerusalem": "Jerusalem",
    "genf": "Geneva", "lissabon": "Lisbon", "den haag": "The Hague", "minsk": "Minsk",
    "rostow am don": "Rostov-on-Don", "rostow": "Rostov", "twer": "Tver", "kathmandu": "Kathmandu",
    "weißes haus": "White House", "westjordanland": "West Bank", "gazastreifen": "Gaza Strip",
    # Spanish
    "moscú": "Moscow", "kiev": "Kyiv", "san petersburgo": "Saint Petersburg",
    "varsovia": "Warsaw", "viena": "Vienna", "bruselas": "Brussels", "londres": "London",
    "atenas": "Athens", "pekín": "Beijing", "nueva delhi": "New Delhi", "el cairo": "Cairo",
    "damasco": "Damascus", "teherán": "Tehran",
    "mascate": "Muscat", "jerusalén": "Jerusalem", "ginebra": "Geneva", "lisboa": "Lisbon",
    "la haya": "The Hague", "nueva york": "New York", "katmandú": "Kathmandu",
    "rostov del don": "Rostov-on-Don", "casa blanca": "White House",
    "cisjordania": "West Bank", "franja de gaza": "Gaza Strip", "estambul": "Istanbul",
    # Portuguese
    "moscou": "Moscow", "moscovo": "Moscow", "são petersburgo": "Saint Petersburg",
    "varsóvia": "Warsaw", "bruxelas": "Brussels",
    "pequim": "Beijing", "nova délhi": "New Delhi", "nova deli": "New Delhi",
    "cairo": "Cairo", "teerã": "Tehran", "teerão": "Tehran",
    "bagdá": "Baghdad", "bagdade": "Baghdad", "riade": "Riyadh", "jerusalém": "Jerusalem",
    "genebra": "Geneva", "haia": "The Hague", "nova iorque": "New York", "catmandu": "Kathmandu",
    "casa branca": "White House", "cisjordânia": "West Bank", "faixa de gaza": "Gaza Strip",
    "istambul": "Istanbul",
    # Italian
    "mosca": "Moscow", "san pietroburgo": "Saint Petersburg", "varsavia": "Warsaw",
    "bruxelles": "Brussels", "londra": "London", "atene": "Athens",
    "pechino": "Beijing", "nuova delhi": "New Delhi", "il cairo": "Cairo",
    "baghdad": "Baghdad", "gerusalemme": "Jerusalem", "ginevra": "Geneva",
    "lisbona": "Lisbon", "l'aia": "The Hague", "casa bianca": "White House",
    "cisgiordania": "West Bank", "striscia di gaza": "Gaza Strip",
}  # fmt: skip


def english_place_name(french: str) -> str | None:
    """The English name of a place written in French, German, Spanish, Portuguese or Italian
    ("Damas" -> "Damascus", "Moskau" -> "Moscow")."""
    key = french.strip().lower()
    return FRENCH_PLACE_NAMES.get(key) or FOREIGN_PLACE_NAMES.get(key)
