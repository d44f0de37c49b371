"""Small general-purpose lexicons: demonyms to countries, country aliases, office words."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.annotate.foreign_country_names import FOREIGN_COUNTRY_NAMES

# demonym or adjective -> country (common news countries; extend freely)
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "american": "United States",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan",
    "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh",
    "belarusian": "Belarus",
    "belgian": "Belgium",
    "bosnian": "Bosnia and Herzegovina",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "bulgarian": "Bulgaria",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "egyptian": "Egypt",
    "emirati": "United Arab Emirates",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "greek": "Greece",
    "hungarian": "Hungary",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kenyan": "Kenya",
    "korean": "South Korea",
    "kurdish": "Kurdistan",
    "kuwaiti": "Kuwait",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "mexican": "Mexico",
    "moroccan": "Morocco",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "omani": "Oman",
    "pakistani": "Pakistan",
    "palestinian": "Palestine",
    "polish": "Poland",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "russian": "Russia",
    "saudi": "Saudi Arabia",
    "serbian": "Serbia",
    "slovak": "Slovakia",
    "somali": "Somalia",
    "spanish": "Spain",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "south african": "South Africa",
    "new zealand": "New Zealand",
    # the other sovereign states news may name (so that none is read as a person's surname)
    "andorran": "Andorra", "angolan": "Angola", "bahamian": "Bahamas", "barbadian": "Barbados",
    "belizean": "Belize", "beninese": "Benin", "bhutanese": "Bhutan", "bolivian": "Bolivia",
    "botswanan": "Botswana", "bruneian": "Brunei", "burundian": "Burundi",
    "cambodian": "Cambodia", "cameroonian": "Cameroon", "chadian": "Chad",
    "comorian": "Comoros", "congolese": "Congo", "djiboutian": "Djibouti",
    "ecuadorian": "Ecuador", "eritrean": "Eritrea", "swazi": "Eswatini", "fijian": "Fiji",
    "gabonese": "Gabon", "gambian": "Gambia", "ghanaian": "Ghana", "guatemalan": "Guatemala",
    "guinean": "Guinea", "guyanese": "Guyana", "haitian": "Haiti", "honduran": "Honduras",
    "icelandic": "Iceland", "jamaican": "Jamaica", "kosovar": "Kosovo",
    "kyrgyz": "Kyrgyzstan", "laotian": "Laos", "liberian": "Liberia",
    "luxembourgish": "Luxembourg", "malagasy": "Madagascar", "malawian": "Malawi",
    "maldivian": "Maldives", "malian": "Mali", "maltese": "Malta",
    "mauritanian": "Mauritania", "mauritian": "Mauritius", "moldovan": "Moldova",
    "monegasque": "Monaco", "mongolian": "Mongolia", "montenegrin": "Montenegro",
    "mozambican": "Mozambique", "burmese": "Myanmar", "namibian": "Namibia",
    "nepalese": "Nepal", "nepali": "Nepal", "nicaraguan": "Nicaragua", "nigerien": "Niger",
    "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru",
    "filipino": "Philippines", "rwandan": "Rwanda", "samoan": "Samoa",
    "senegalese": "Senegal", "seychellois": "Seychelles", "singaporean": "Singapore",
    "slovenian": "Slovenia", "sri lankan": "Sri Lanka", "surinamese": "Suriname",
    "tajik": "Tajikistan", "tanzanian": "Tanzania", "togolese": "Togo", "tongan": "Tonga",
    "turkmen": "Turkmenistan", "ugandan": "Uganda", "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
    "salvadoran": "El Salvador", "costa rican": "Costa Rica", "south sudanese": "South Sudan",
    "sierra leonean": "Sierra Leone", "ivorian": "Ivory Coast", "burkinabe": "Burkina Faso",
    "macedonian": "North Macedonia", "bosniak": "Bosnia and Herzegovina",
    "dominican": "Dominican Republic",
}  # fmt: skip

# alias -> canonical country name
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states": "United States",
    "the united states": "United States",
    "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "the united kingdom": "United Kingdom",
    "uae": "United Arab Emirates",
    "the uae": "United Arab Emirates",
    "türkiye": "Turkey",
    "turkiye": "Turkey",
    "russian federation": "Russia",
    "prc": "China",
    "dprk": "North Korea",
    "the netherlands": "Netherlands",
    "holland": "Netherlands",
    "czechia": "Czech Republic",
}

# French names of countries (French-language reports of the same story).
FRENCH_COUNTRY_NAMES: dict[str, str] = {
    "états-unis": "United States",
    "etats-unis": "United States",
    "royaume-uni": "United Kingdom",
    "maroc": "Morocco",
    "algérie": "Algeria",
    "tunisie": "Tunisia",
    "libye": "Libya",
    "égypte": "Egypt",
    "syrie": "Syria",
    "liban": "Lebanon",
    "irak": "Iraq",
    "jordanie": "Jordan",
    "arabie saoudite": "Saudi Arabia",
    "émirats arabes unis": "United Arab Emirates",
    "koweït": "Kuwait",
    "bahreïn": "Bahrain",
    "yémen": "Yemen",
    "turquie": "Turkey",
    "israël": "Israel",
    "allemagne": "Germany",
    "espagne": "Spain",
    "italie": "Italy",
    "grèce": "Greece",
    "suisse": "Switzerland",
    "belgique": "Belgium",
    "pays-bas": "Netherlands",
    "autriche": "Austria",
    "pologne": "Poland",
    "russie": "Russia",
    "chine": "China",
    "inde": "India",
    "japon": "Japan",
    "corée du sud": "South Korea",
    "corée du nord": "North Korea",
    "brésil": "Brazil",
    "mexique": "Mexico",
    "soudan": "Sudan",
    "éthiopie": "Ethiopia",
    "somalie": "Somalia",
    "nigéria": "Nigeria",
    "afrique du sud": "South Africa",
    "australie": "Australia",
    "albanie": "Albania",
    "arménie": "Armenia",
    "azerbaïdjan": "Azerbaijan",
    "biélorussie": "Belarus",
    "bosnie-herzégovine": "Bosnia and Herzegovina",
    "bulgarie": "Bulgaria",
    "colombie": "Colombia",
    "croatie": "Croatia",
    "chypre": "Cyprus",
    "république tchèque": "Czech Republic",
    "tchéquie": "Czech Republic",
    "danemark": "Denmark",
    "émirats": "United Arab Emirates",
    "estonie": "Estonia",
    "finlande": "Finland",
    "géorgie": "Georgia",
    "hongrie": "Hungary",
    "indonésie": "Indonesia",
    "irlande": "Ireland",
    "kazakhstan": "Kazakhstan",
    "lettonie": "Latvia",
    "lituanie": "Lithuania",
    "malaisie": "Malaysia",
    "norvège": "Norway",
    "roumanie": "Romania",
    "serbie": "Serbia",
    "slovaquie": "Slovakia",
    "suède": "Sweden",
    "thaïlande": "Thailand",
    "ukraine": "Ukraine",
    "venezuela": "Venezuela",
    "viêt nam": "Vietnam",
    "vietnam": "Vietnam",
    "argentine": "Argentina",
    "nouvelle-zélande": "New Zealand",
    "palestine": "Palestine",
}


COUNTRIES: frozenset[str] = frozenset(DEMONYMS.values()) | frozenset(COUNTRY_ALIASES.values())


_BY_KEY: dict[str, str] = {
    **{country.lower(): country for country in COUNTRIES},
    **COUNTRY_ALIASES,
    **DEMONYMS,
    **FRENCH_COUNTRY_NAMES,
    **FOREIGN_COUNTRY_NAMES,
}


# A country's formal name: "Kingdom of Morocco", "Islamic Republic of Iran", "the Hashemite
# Kingdom of Jordan", "Sultanate of Oman".
_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:islamic|federal|democratic|people's|arab|hashemite|socialist|"
    r"federative|plurinational|bolivarian|united)\s+)*(?:republic|kingdom|state|sultanate|"
    r"emirate|federation|commonwealth|principality)\s+of\s+(?:the\s+)?(.+)$"
)


# The same in French: "Royaume du Maroc", "Sultanat d'Oman", "République islamique d'Iran".
_FRENCH_FORMAL = re.compile(
    r"^(?:le\s+|la\s+|l')?(?:royaume|république|sultanat|émirat|état|fédération|principauté)"
    r"(?:\s+(?:islamique|arabe|démocratique|populaire|fédérale|hachémite|unie?))*"
    r"\s+(?:du\s+|de\s+la\s+|de\s+l'|d'|des\s+|de\s+)(.+)$"
)


@lru_cache(maxsize=1 << 16)
def country_of(word: str) -> str | None:
    """The country a demonym, alias, country name or formal name refers to ("Israeli" ->
    "Israel", "Kingdom of Morocco" -> "Morocco", "Sultanat d'Oman" -> "Oman")."""
    key = word.strip().lower().replace("’", "'").removesuffix("'s").strip(" '\"")
    found = _BY_KEY.get(key)
    if found is None and (formal := _FORMAL.match(key)):
        found = _BY_KEY.get(formal.group(1))
        return found if found and found.lower() == formal.group(1) else None
    if found is None and key.endswith(" republic"):
        # "Niger Republic", as West African English writes it: only after a country's name
        name = key.removesuffix(" republic").removeprefix("the ")
        found = _BY_KEY.get(name)
        return found if found and found.lower() == name else None
    if found is None and (french := _FRENCH_FORMAL.match(key)):
        name = french.group(1)
        found = _BY_KEY.get(name)
        return found if found and (name in FRENCH_COUNTRY_NAMES or found.lower() == name) else None
    return found


# Descriptions that name one organisation by press convention (description key, as
# `annotate.descriptions.description_key` writes it -> the organisation's names, full first).
# Only unambiguous ones: "the Russian state news agency" could be TASS or RIA, so it is absent.
WELL_KNOWN_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "french news agency": ("Agence France-Presse", "AFP", "Agence France Presse"),
    "french press agency": ("Agence France-Presse", "AFP", "Agence France Presse"),
    "french wire service": ("Agence France-Presse", "AFP", "Agence France Presse"),
    "british news agency": ("Reuters",),
    "us news agency": ("Associated Press", "AP"),
    "american news agency": ("Associated Press", "AP"),
    "german news agency": ("Deutsche Presse-Agentur", "dpa"),
    "german press agency": ("Deutsche Presse-Agentur", "dpa"),
    "turkish state news agency": ("Anadolu Agency", "Anadolu"),
    "syrian state news agency": ("Syrian Arab News Agency", "SANA"),
    "syrian news agency": ("Syrian Arab News Agency", "SANA"),
    "syrian official news agency": ("Syrian Arab News Agency", "SANA"),
    "iranian state news agency": ("Islamic Republic News Agency", "IRNA"),
    "chinese state news agency": ("Xinhua",),
    "saudi state news agency": ("Saudi Press Agency", "SPA"),
    "saudi press agency": ("Saudi Press Agency", "SPA"),
    "israeli public broadcaster": ("Kan",),
    "un nuclear watchdog": ("International Atomic Energy Agency", "IAEA"),
}
