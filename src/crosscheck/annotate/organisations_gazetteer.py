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
