"""Titles and forms of address written before a person's name (data, hand-written from
general knowledge of English, Arabic, Persian and South Asian usage).

A title is not part of the name: "Mr Khan" is Khan, "Sheikh Tamim bin Hamad" is Tamim bin
Hamad. Some titles precede a given name rather than a surname ("Sheikh Tamim", "Sayyid
Badr", "Emir Tamim"): after them a bare word may be a first name.
Regnal titles ("King Charles", "Pope Francis", "Prince Harry") are not stripped: the title
and the name together are the full name, and "Charles" alone would be taken for a surname.
Words that are also names somewhere ("He" in Chinese, "Raja", "Mirza") are left out.

`FOREIGN_TITLES` are the same titles in French, Spanish, Portuguese, Italian and German,
folded as `names.fold` writes them (accents dropped: "général" is "general", "Präsident" is
"prasident"), and the press's abbreviations of offices ("PM Modi", "FM Lavrov"). Words that
are also surnames or given names ("Alcalde", "Coronel", "Don") are left out.
"""

from __future__ import annotations

GIVEN_NAME_HONORIFICS: frozenset[str] = frozenset(
    "sheikh shaikh shaykh sheikha shaykha sheik cheikh cheick chaikh sayyid sayyed sayed seyed"
    " seyyed syed sayyida emir amir mullah mulla maulana mawlana mawlawi maulvi moulvi imam"
    " haji hajji hajj hadj".split()
)

HONORIFICS: frozenset[str] = GIVEN_NAME_HONORIFICS | frozenset(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend sen senator rep gov"
    " governor pres president ayatollah grand hojatoleslam cardinal archbishop bishop rabbi"
    " father monsignor mufti allama hazrat maharaja begum mme mlle monsieur madame general"
    " gen lt col maj capt adm brig sgt cpl pvt judge justice minister chancellor premier crown"
    " excellency honourable honorable hon marshal field colonel captain commander ambassador"
    " envoy spokesman spokeswoman docteur professeur".split()
)

FOREIGN_TITLES: frozenset[str] = frozenset(
    # abbreviations of offices in English headlines and wires
    "pm fm dpm"
    # French
    " president presidente ministre premier-ministre marechal commandant capitaine docteur"
    " maitre monseigneur depute deputee senateur"
    # Spanish and Portuguese
    " presidenta ministro ministra comandante doctor doctora senor senora senhor senhora"
    " doutor doutora diputado diputada deputado deputada primeiro vicepresidente"
    # Italian
    " generale colonnello ministra premier signor signora dottor dottoressa onorevole"
    # German
    " prasident prasidentin ministerin kanzler kanzlerin bundeskanzler bundeskanzlerin"
    " ministerprasident ministerprasidentin herr frau oberst".split()
)

HONORIFICS = HONORIFICS | FOREIGN_TITLES

# Forms of address that only ever precede a person's name ("Mr Bazoum", "Mme Colonna"), unlike
# "General" or "President", which also begin the names of companies and palaces.
FORMS_OF_ADDRESS: frozenset[str] = frozenset("mr mrs ms miss mx mme mlle monsieur madame".split())
