"""Word lists for repairing the small model's name spans and types (data, hand-written from
general knowledge of naming conventions; none of it lists particular people).

- Name particles joined by hyphens inside one name: Urdu/Persian izafat ("Tehreek-e-Taliban",
  "Lashkar-e-Taiba", "Takht-e-Ravanchi"), Arabic articles and kinship words ("Hayat
  Tahrir al-Sham", "bin"), Romance particles ("Saint-Jean-de-Luz").
- Head words of groups: a name ending in one of them names a group, never a person.
- Head words of institutions whose names go on after "for" or "of the".
- Head words of places: "Nineveh Governorate", "Kunar Province" name places.
- Head words of buildings and sites: "Tinmel Mosque", "Jemaa el-Fna square" name places a
  person is never called.
"""

from __future__ import annotations

HYPHEN_PARTICLES: frozenset[str] = frozenset(
    "e i o ul ud ur us un ut al el ad ar as ash at az an wal bin ibn bint abu de di da du del"
    " la le y".split()
)

# Group words that open a militant or political group's name in Urdu, Persian and Arabic
# ("Tehreek-e-…", "Lashkar-e-…", "Jaish-e-…", "Harakat al-…"): a hyphenated name starting
# with one names an organisation even when the tagger saw nothing.
GROUP_OPENERS: frozenset[str] = frozenset(
    "tehreek tehrik tahrik tahreek lashkar jaish harkat harakat hizb jamaat jamiat jamiat-e"
    " sipah ansar jund tanzeem tanzim majlis ittehad ittihad jabhat hayat hay'at".split()
)

GROUP_HEADS: frozenset[str] = frozenset(
    "front brigade brigades army movement party council committee forces militia militias"
    " battalion battalions corps alliance coalition organization organisation group league"
    " federation association authority guard guards union network faction commission"
    " ministry agency government parliament assembly court".split()
)

# Last words of an institution's name that a complement with "for" or "of the" may follow
# inside the name ("Office for the Coordination of Humanitarian Affairs", "High Commissioner
# for Refugees", "Observatory for Human Rights").
INSTITUTION_HEADS: frozenset[str] = frozenset(
    "office commission commissioner committee organization organisation agency council fund"
    " programme program institute centre center court ministry department bureau federation"
    " union observatory association society foundation authority".split()
)

PLACE_HEADS: frozenset[str] = frozenset(
    "province governorate region district oblast prefecture county state territory"
    " municipality emirate canton".split()
)

# Single words that are offices or forms of address, never a surname on their own:
# "Mr President" and "Madam Speaker" stay whole.
OFFICE_WORDS: frozenset[str] = frozenset(
    "president speaker chairman chairwoman chair minister secretary premier chancellor"
    " ambassador envoy governor mayor senator commissioner director chief general justice"
    " prosecutor spokesman spokeswoman spokesperson king queen emperor pope".split()
)

# Buildings and public sites: a name ending in one of them is a facility, and a name the
# tagger called a person that is followed by one ("the Tinmel mosque") is the facility's name.
# Words that are also surnames or name organisations ("Frank Church", "Shirley Temple", "John
# Tower", "the Catholic Church") are left out.
FACILITY_HEADS: frozenset[str] = frozenset(
    "mosque cathedral basilica synagogue shrine mausoleum minaret square museum stadium"
    " airport fortress citadel".split()
)
