"""National news agencies: each country's state or national wire service and the names
outlets give it (data, hand-written from general knowledge of the world's news agencies).

Reports name these agencies in several ways: by their own name ("Maghreb Arabe Presse"), in
English ("Maghreb Arab News Agency"), by acronym ("MAP"), or by the country and the words
"news agency" ("Moroccan News Agency"). A country with two state agencies (Russia: TASS and
RIA Novosti) lists both, so that "Russian News Agency" is never read as one of them. One-word
names that are also ordinary words or places ("Petra", "Saba", "Anadolu") are listed only
with their "News Agency" or "Agency".
"""

from __future__ import annotations

NATIONAL_NEWS_AGENCIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "Morocco": (("Maghreb Arabe Presse", "Maghreb Arab Press", "Maghreb Arab News Agency", "MAP"),),
    "Algeria": (("Algérie Presse Service", "Algeria Press Service", "APS"),),
    "Tunisia": (("Tunis Afrique Presse", "Tunis Africa Press", "TAP"),),
    "Libya": (("Libya News Agency", "Libyan News Agency", "LANA"),),
    "Egypt": (("Middle East News Agency", "MENA"),),
    "Sudan": (("Sudan News Agency", "SUNA"),),
    "Saudi Arabia": (("Saudi Press Agency", "SPA"),),
    "United Arab Emirates": (("Emirates News Agency", "WAM"),),
    "Qatar": (("Qatar News Agency", "QNA"),),
    "Kuwait": (("Kuwait News Agency", "KUNA"),),
    "Bahrain": (("Bahrain News Agency", "BNA"),),
    "Oman": (("Oman News Agency", "ONA"),),
    "Jordan": (("Jordan News Agency", "Petra News Agency"),),
    "Syria": (("Syrian Arab News Agency", "SANA"),),
    "Lebanon": (("NNA",),),
    "Iraq": (("Iraqi News Agency", "INA"),),
    "Yemen": (("Saba News Agency",),),
    "Iran": (("Islamic Republic News Agency", "IRNA"),),
    "Palestine": (("WAFA", "Palestinian News and Information Agency", "Wafa News Agency"),),
    "Turkey": (("Anadolu Agency", "Anadolu News Agency", "Anadolu Ajansı"),),
    "Russia": (("TASS", "Russian News Agency TASS"), ("RIA Novosti", "RIA")),
    "Ukraine": (("Ukrinform", "Ukrainian National News Agency"),),
    "China": (("Xinhua", "Xinhua News Agency"),),
    "Pakistan": (("Associated Press of Pakistan", "APP"),),
    "India": (("Press Trust of India", "PTI"),),
    "South Korea": (("Yonhap", "Yonhap News Agency"),),
    "Japan": (("Kyodo", "Kyodo News"),),
    "North Korea": (("Korean Central News Agency", "KCNA"),),
    "Vietnam": (("Vietnam News Agency", "VNA"),),
    "Azerbaijan": (("Azertac", "AZERTAC"),),
    "Spain": (("Agencia EFE", "EFE"),),
    "Italy": (("ANSA",),),
}  # fmt: skip
