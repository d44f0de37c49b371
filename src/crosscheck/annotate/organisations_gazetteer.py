"""Well-known international organisations and armed or political groups, with their
acronyms: names the small English model often cuts or types as a person ("Tahrir al-Sham"
for "Hayat Tahrir al-Sham").

Source: general knowledge, hand-written; organisations that recur in international news
(United Nations bodies, alliances, agencies, and the best-known armed and political groups).
Each name is found as whole words in English paragraphs and becomes an ORG mention. Names
that countries' own bodies share ("Security Council", "Red Crescent") are left out.
"""

from __future__ import annotations

WELL_KNOWN_ORGANISATIONS: tuple[str, ...] = (
    # international bodies and agencies
    "United Nations", "UN Security Council", "UN General Assembly",
    "International Atomic Energy Agency", "IAEA", "World Health Organization", "WHO",
    "UNICEF", "UNHCR", "UNESCO", "UNRWA", "World Food Programme", "WFP",
    "International Committee of the Red Cross", "ICRC",
    "International Criminal Court", "International Court of Justice",
    "International Monetary Fund", "IMF", "World Bank", "World Trade Organization", "WTO",
    "World Meteorological Organization", "WMO", "NATO", "European Union", "European Commission",
    "African Union", "Arab League", "Gulf Cooperation Council", "GCC", "OPEC", "ASEAN",
    "Organisation of Islamic Cooperation", "Amnesty International", "Human Rights Watch",
    "Doctors Without Borders", "Médecins Sans Frontières",
    # armed and political groups
    "Hamas", "Hezbollah", "Islamic Jihad", "Hayat Tahrir al-Sham", "HTS", "Islamic State",
    "ISIS", "ISIL", "al-Qaeda", "al-Shabaab", "Boko Haram", "Taliban",
    "Tehreek-e-Taliban Pakistan", "TTP", "Lashkar-e-Taiba", "Jaish-e-Mohammed",
    "Houthis", "Ansar Allah", "Kurdistan Workers' Party", "PKK",
    "Syrian Democratic Forces", "SDF", "Rapid Support Forces", "RSF", "Wagner Group",
    "Muslim Brotherhood", "Islamic Revolutionary Guard Corps", "IRGC", "Quds Force",
    "Popular Mobilization Forces", "Fatah", "Palestinian Authority",
)  # fmt: skip


# The same organisations as German, Spanish, Portuguese and Italian reports name them, where
# the name differs from the English one (general knowledge, hand-written): written form ->
# English name. Acronyms that differ ("ONU", "OTAN", "UE", "OMS") are included.
FOREIGN_ORGANISATION_NAMES: dict[str, str] = {
    # German
    "Vereinte Nationen": "United Nations", "Vereinten Nationen": "United Nations",
    "UN-Sicherheitsrat": "UN Security Council", "Europäische Union": "European Union",
    "Europäischen Union": "European Union", "EU-Kommission": "European Commission",
    "Weltgesundheitsorganisation": "World Health Organization",
    "Internationale Atomenergiebehörde": "International Atomic Energy Agency",
    "Internationaler Strafgerichtshof": "International Criminal Court",
    "Internationalen Strafgerichtshofs": "International Criminal Court",
    "Rotes Kreuz": "International Committee of the Red Cross",
    "Internationales Komitee vom Roten Kreuz": "International Committee of the Red Cross",
    "Weltbank": "World Bank", "Internationaler Währungsfonds": "International Monetary Fund",
    "Afrikanische Union": "African Union", "Arabische Liga": "Arab League",
    "Islamischer Staat": "Islamic State", "Muslimbruderschaft": "Muslim Brotherhood",
    "Revolutionsgarden": "Islamic Revolutionary Guard Corps",
    "Ärzte ohne Grenzen": "Doctors Without Borders", "Wagner-Gruppe": "Wagner Group",
    # Spanish
    "Naciones Unidas": "United Nations", "ONU": "United Nations", "OTAN": "NATO",
    "Unión Europea": "European Union", "UE": "European Union",
    "Comisión Europea": "European Commission", "Consejo de Seguridad de la ONU":
    "UN Security Council", "Organización Mundial de la Salud": "World Health Organization",
    "OMS": "World Health Organization",
    "Organismo Internacional de Energía Atómica": "International Atomic Energy Agency",
    "OIEA": "International Atomic Energy Agency", "Corte Penal Internacional":
    "International Criminal Court", "Cruz Roja Internacional":
    "International Committee of the Red Cross", "Banco Mundial": "World Bank",
    "Fondo Monetario Internacional": "International Monetary Fund", "FMI":
    "International Monetary Fund", "Unión Africana": "African Union", "Liga Árabe":
    "Arab League", "Estado Islámico": "Islamic State", "Hermanos Musulmanes":
    "Muslim Brotherhood", "Médicos Sin Fronteras": "Doctors Without Borders",
    "Grupo Wagner": "Wagner Group", "Programa Mundial de Alimentos": "World Food Programme",
    # Portuguese
    "Nações Unidas": "United Nations", "União Europeia": "European Union",
    "Comissão Europeia": "European Commission",
    "Organização Mundial da Saúde": "World Health Organization",
    "Agência Internacional de Energia Atómica": "International Atomic Energy Agency",
    "Agência Internacional de Energia Atômica": "International Atomic Energy Agency",
    "Tribunal Penal Internacional": "International Criminal Court",
    "Fundo Monetário Internacional": "International Monetary Fund",
    "União Africana": "African Union", "Estado Islâmico": "Islamic State",
    "Médicos Sem Fronteiras": "Doctors Without Borders",
    # Italian
    "Nazioni Unite": "United Nations", "Unione Europea": "European Union",
    "Commissione Europea": "European Commission",
    "Organizzazione Mondiale della Sanità": "World Health Organization",
    "Corte Penale Internazionale": "International Criminal Court",
    "Croce Rossa Internazionale": "International Committee of the Red Cross",
    "Banca Mondiale": "World Bank", "Fondo Monetario Internazionale":
    "International Monetary Fund", "Unione Africana": "African Union",
    "Lega Araba": "Arab League", "Stato Islamico": "Islamic State",
    "Medici Senza Frontiere": "Doctors Without Borders", "Gruppo Wagner": "Wagner Group",
}  # fmt: skip


def english_organisation_name(written: str) -> str | None:
    """The English name of a well-known organisation written in German, Spanish, Portuguese or
    Italian ("Naciones Unidas" -> "United Nations"), or None."""
    return FOREIGN_ORGANISATION_NAMES.get(written.strip())
