"""Names written in French or in Arabic script, brought to the conventions of English
transliteration so that they can meet the English forms of the story.

French transliterates Arabic and Persian names with French spelling: "ch" for English "sh"
("Bachar al-Assad"), "ou" for "u" ("Boussaïdi"), "dj" for "j" ("Djeddah"), "tch" for "ch"
("Araghtchi"), a final silent "h" or "e" ("al-Chareh", "Salmane"), accents ("Téhéran").
Only mentions from French paragraphs go through `french_to_english`; English names never do,
so "Charles" stays Charles.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+")
_SPELLINGS = (
    ("tch", "\0"),  # French "tch" is English "ch": kept apart from the "ch" -> "sh" rule
    ("ch", "sh"),
    ("\0", "ch"),
    ("dj", "j"),
    ("ou", "u"),
    ("ss", "s"),
)
# French "ben" in Arabic names is "bin" ("Mohammed ben Salmane").
_WORDS = {"ben": "bin"}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _word(match: re.Match[str], keep: frozenset[str] = frozenset()) -> str:
    word = match.group(0)
    lower = word.lower()
    if lower in keep:
        return word
    if lower in _WORDS:
        return _WORDS[lower]
    for old, new in _SPELLINGS:
        lower = lower.replace(old, new)
    if len(lower) > 4 and lower.endswith(("ah", "eh")):
        lower = lower[:-2] + "a"  # al-Chareh -> al-Shara
    elif len(lower) > 4 and lower.endswith(("ane", "ine", "ene")):
        lower = lower[:-1]  # Salmane -> Salman
    return lower[:1].upper() + lower[1:] if word[:1].isupper() else lower


# French forms of address: "M. Araghchi" is Mr Araghchi.
_FRENCH_TITLE = re.compile(r"^(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)\s+(?=\w)")


def french_to_english(name: str, keep: frozenset[str] = frozenset()) -> str:
    """A name as written in French, respelled with English transliteration conventions:
    "Bachar al-Assad" -> "Bashar al-Asad", "Ahmad al-Chareh" -> "Ahmad al-Shara",
    "Badr Al-Boussaïdi" -> "Badr Al-Busaidi", "Téhéran" -> "Teheran", "M. Araghchi" ->
    "Araghchi". Words in ``keep`` (lowercase, accents removed: the words of the story's
    English names) stay as written, for French reports often spell a name the English way."""
    plain = _FRENCH_TITLE.sub("", _strip_accents(name))
    return _WORD.sub(lambda m: _word(m, keep), plain)
