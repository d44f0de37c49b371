"""Name normalisation for matching spelling and transliteration variants.

"al-Sharaa" / "Al-shara", "Ahmed" / "Ahmad", "Barak" / "Barrack", "Shaibani" / "Shibani" share a
*skeleton*: case, accents, Arabic article prefixes, doubled letters and inner vowels folded away.
A skeleton match is a candidate only; callers confirm it with string similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from crosscheck.annotate.gazetteer import DEMONYMS, country_of
from crosscheck.annotate.name_lexicon import OFFICE_WORDS
from crosscheck.resolve.given_names import CROSS_LANGUAGE_GIVEN_NAMES, EAST_SLAVIC_GIVEN_NAMES
from crosscheck.resolve.honorifics import GIVEN_NAME_HONORIFICS, HONORIFICS
from crosscheck.resolve.slavic_romanisation import same_slavic_word, slavic_key
from crosscheck.resolve.western_given_names import WESTERN_GIVEN_NAMES

_ARTICLES = frozenset({"al", "el", " al-", "el-", "the", "ad", "ar", "as", "ash", "at", "az", "an"})
_SPLIT = re.compile(r"[\s\-‐–—_]+")
_STRIP = re.compile(r"[^\w]+")
# Order matters: longer spellings first. Persian and Arabic ق/غ are written q, gh, g or k
# ("Araghchi"/"Araqchi", "Baghaei"/"Baqaei", "Gaddafi"/"Qaddafi"/"Kadhafi": ق is spoken g in
# Libya, the Gulf and Egypt); "tch" is a French or German "ch".
_DIGRAPHS = (
    ("tch", "ch"),
    ("ch", "x"),
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "k"),
    ("gh", "k"),
    ("qh", "k"),
    ("dh", "d"),
    ("dj", "j"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    ("q", "k"),
    ("g", "k"),
    ("c", "k"),
    ("y", "i"),
    ("w", "u"),
    ("z", "s"),
)
NICKNAMES: dict[str, str] = {
    "tom": "thomas",
    "tommy": "thomas",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "dick": "richard",
    "rick": "richard",
    "dan": "daniel",
    "fred": "frederick",
    "freddie": "frederick",
    "katie": "katherine",
    "kathy": "katherine",
    "jerry": "gerald",
    "dave": "david",
    "steve": "steven",
    "tony": "anthony",
    "ben": "benjamin",
    "bibi": "benjamin",
    "chris": "christopher",
    "nick": "nicholas",
    "alex": "alexander",
    "sam": "samuel",
    "ed": "edward",
    "ted": "edward",
    "andy": "andrew",
    "matt": "matthew",
    "pat": "patrick",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "jen": "jennifer",
    "sasha": "alexander",
    "vlad": "vladimir",
    "mo": "mohammed",
    "gabi": "gabriel",
}


# ʿayn and hamza marks of scholarly transliteration ("Jaʿfar", "Qurʾan"): letters to Python's
# regular expressions, so they are removed here, like apostrophes are by `name_tokens`.
_AYN_HAMZA = str.maketrans({"ʿ": "'", "ʾ": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'"})


# Latin letters that carry their mark in the letter itself, so that Unicode decomposition
# leaves them: the Turkish dotless i ("Kalın" is written "Kalin" in English), the Polish l,
# the Nordic o, the South Slavic d. One letter for one, so that folded text keeps its length.
_UNDECOMPOSED = str.maketrans("ıłøđðħ", "iloddh")


def fold(text: str) -> str:
    """Lowercase, accents removed (the dotless i and the barred letters too), curly
    apostrophes and ʿayn straightened, possessive dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_AYN_HAMZA))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'").translate(_AYN_HAMZA).translate(_UNDECOMPOSED)
    return re.sub(r"'s$", "", text.strip())


def is_demonym(text: str) -> bool:
    """Whether ``text`` is a nationality word ("Afghan", "Syrians") rather than a country's
    name, which the gazetteer's `country_of` also maps to its country."""
    key = fold(text)
    return key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS)


def demonym_country(text: str) -> str | None:
    """The country whose people or adjective ``text`` names ("Nigeriens", "nigérien" ->
    "Niger"); None for anything that is not a nationality word ("Niger", "Republic of Niger")."""
    key = fold(text)
    return DEMONYMS.get(key) or (DEMONYMS.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name, folded, with Arabic and English articles dropped."""
    tokens: list[str] = []
    for raw in _SPLIT.split(fold(text)):
        token = _STRIP.sub("", raw)
        if token and token not in _ARTICLES:
            tokens.append(token)
    return tuple(tokens)


# "Abd" + the article, written apart or joined, assimilated or not: "Abdul", "Abdel",
# "Abdur-", "Abdulrahman", "Abdurrahman", "Abdelrahman", "Abdussalam" all start with "abd".
_ABD_ALONE = frozenset({"abdul", "abdel", "abdal", "abdoul", "abdur", "abdus", "abdun", "abduz"})
_ABD_JOINED = re.compile(r"^abd(?:ou|[aeiou])(?:l(?=[^aeiouyl])|(sh|[rstdzn])(?=\1))")
# the name of God ending a name, after a vowel or an "h" writers drop: "Zabihullah",
# "Zabiullah", "Zabihollah", "Hamdallah" end alike
_THEOPHORIC = re.compile(r"h?[aeiou]llah?$")


def _arabic_name_parts(word: str) -> str:
    """One writing of the parts of Arabic and Persian names that romanisations spell many
    ways: "abd" + article, a final "-ullah", and an opening ʿayn-vowel ("Enayat"/"Inayat",
    "Osman"/"Usman")."""
    if word in _ABD_ALONE:
        return "abd"
    word = _ABD_JOINED.sub("abd", word)
    if len(word) >= 6:
        word = _THEOPHORIC.sub("ulla", word)
    if word[:1] == "e":
        return "i" + word[1:]
    return "u" + word[1:] if word[:1] == "o" else word


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key of one name word: "sharaa" -> "shr", "barrack" -> "brk"."""
    word = _arabic_name_parts(token.lower())
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    if not word:
        return ""
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


def canonical_first_name(token: str) -> str:
    """A first name with common nicknames expanded ("tom" -> "thomas"), a Western European
    name in its English form ("nicolás" -> "nicholas", "pepe" -> "joseph"), an East Slavic
    name in one romanisation ("volodymyr" -> "vladimir"), and a name other languages write as
    their own ("eugene" -> "evgeni")."""
    token = NICKNAMES.get(token, token)
    token = WESTERN_GIVEN_NAMES.get(token, token)
    token = EAST_SLAVIC_GIVEN_NAMES.get(token, token)
    return CROSS_LANGUAGE_GIVEN_NAMES.get(token, token)


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one name up to nicknames, the given-name tables and the
    Latin spellings of a Cyrillic name ("yevgeny", "evgueni", "eugene")."""
    first_a, first_b = canonical_first_name(a), canonical_first_name(b)
    return first_a == first_b or slavic_key(first_a) == slavic_key(first_b)


def similar_words(a: str, b: str, threshold: float = 0.8) -> tuple[bool, float]:
    """Whether two name words are variants of each other, and the similarity behind it."""
    if a == b:
        return True, 1.0
    score = JaroWinkler.similarity(a, b)
    same = skeleton(a) == skeleton(b)
    return same and (score >= threshold or vowel_respelling(a, b)), score


_VOWEL_RUN = re.compile(r"[aeiouy]+")
_MIN_RESPELT_CONSONANTS = 4


def vowel_respelling(a: str, b: str) -> bool:
    """Whether two words differ only in how their vowels are written, vowel for vowel in the
    same places ("haftar"/"hifter": Arabic script leaves short vowels unwritten), with at least
    four consonants, so that short names such as "hassan"/"hussein" are never joined so."""
    a, b = re.sub(r"(.)\1+", r"\1", a), re.sub(r"(.)\1+", r"\1", b)
    consonants = _VOWEL_RUN.sub("", a)
    return (
        a[:1] == b[:1]
        and len(consonants) >= _MIN_RESPELT_CONSONANTS
        and consonants == _VOWEL_RUN.sub("", b)
        and _VOWEL_RUN.sub("V", a) == _VOWEL_RUN.sub("V", b)
    )


# Words an acronym skips: English and French function words, and name particles
# ("Tehreek-e-Taliban Pakistan" is TTP, "Jamaat-ul-Ahrar" is JuA or JA).
ACRONYM_SKIPS = frozenset(
    "of and for the de du la des le e i o ul ud ur un al el bin ibn wa".split()
)


def acronym(tokens: tuple[str, ...], kept: frozenset[str] = frozenset()) -> str:
    """Initials of the content words: ("united", "nations") -> "un"; words in ``kept`` (an
    acronym inside the name) give all their letters: ("un", "high", "commissioner", "for",
    "refugees") with "un" kept -> "unhcr"."""
    return "".join(t if t in kept else t[0] for t in tokens if t in kept or t not in ACRONYM_SKIPS)


def without_fused_article(token: str) -> str:
    """A surname with an Arabic article written joined dropped: "albusaidi" -> "busaidi".
    Short remainders stay whole ("alvarez", "albert" are not "al" + a name)."""
    if token[:2] in ("al", "el") and len(token) >= 8 and token[2] not in "aeiou":
        return token[2:]
    return token


def surname_key(token: str) -> str:
    """The blocking key of a surname: its skeleton, without a joined Arabic article."""
    return skeleton(without_fused_article(token))


def same_surname(a: str, b: str) -> tuple[bool, float]:
    """Whether two surnames are variants, a joined article ignored ("Albusaidi"/"Busaidi")."""
    ok, score = similar_words(a, b)
    if ok:
        return ok, score
    ok, score = similar_words(without_fused_article(a), without_fused_article(b))
    if ok or not same_slavic_word(a, b):
        return ok, score
    return True, JaroWinkler.similarity(a, b)


def full_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[bool, str, float]:
    """Whether two multi-word names can name one person, how, and the weakest word similarity.

    The last words must be variants; the first words must be equal after nickname expansion
    ("nickname"), spelling variants ("transliteration"), or an initial of the other
    ("initial"). "Dina Lohan" and "Lindsay Lohan" are not compatible.
    """
    same_last, last_score = same_surname(a[-1], b[-1])
    if not same_last or _middle_names_differ(a, b):
        return False, "", 0.0
    first_a, first_b = canonical_first_name(a[0]), canonical_first_name(b[0])
    if first_a == first_b:
        return True, "nickname" if a[0] != b[0] else "transliteration", last_score
    if same_given_name(a[0], b[0]):
        return True, "transliteration", last_score
    same_first, first_score = similar_words(first_a, first_b)
    if same_first:
        return True, "transliteration", min(first_score, last_score)
    if (len(a[0]) == 1 or len(b[0]) == 1) and a[0][0] == b[0][0]:
        return True, "initial", last_score
    return False, "", 0.0


_LINEAGE = frozenset({"bin", "ibn", "ben", "bint", "binti", "ould"})


def _middle_names_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of three words or more, word for word, with a middle word that differs
    beyond spelling: "Maria Isabel Albalat" and "Maria Teresa Albalat" are two people."""
    if len(a) != len(b) or len(a) < 3:
        return False
    for x, y in zip(a[1:-1], b[1:-1], strict=True):
        if x == y or (x in _LINEAGE and y in _LINEAGE) or (min(len(x), len(y)) == 1):
            continue
        if not (same_given_name(x, y) or similar_words(x, y)[0] or same_surname(x, y)[0]):
            return True
    return False


def joined_surname(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name with its last two words written as one: ("kazem", "gharib", "abadi") ->
    ("kazem", "gharibabadi"); names of fewer than three words are returned as they are."""
    return tokens if len(tokens) < 3 else (*tokens[:-2], tokens[-2] + tokens[-1])


def spaced_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[bool, float]:
    """Whether two names differ only in a surname written as one word or two ("Kazem Gharib
    Abadi" / "Kazem Gharibabadi"), and the weakest word similarity behind it."""
    for x, y in ((joined_surname(a), b), (a, joined_surname(b))):
        if x != a or y != b:
            ok, kind, score = full_names_compatible(x, y)
            if ok and kind != "initial" and len(x[-1]) >= 6:
                return True, score
    return False, 0.0


def respaced_names(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[bool, float]:
    """Whether two names of a different number of words are one name spaced differently
    ("Abdul Hamid Dbeibah" / "Abdulhamid Dbeibah", "Abdel Fattah" / "Abdelfattah"): the same
    last word up to spelling, and all words joined the same up to spelling."""
    if len(a) == len(b) or not same_surname(a[-1], b[-1])[0]:
        return False, 0.0
    joined_a, joined_b = "".join(a), "".join(b)
    score = JaroWinkler.similarity(joined_a, joined_b)
    return skeleton(joined_a) == skeleton(joined_b) and score >= _RESPACED_SIMILARITY, score


_RESPACED_SIMILARITY = 0.9


GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def person_name_tokens(text: str) -> tuple[str, ...]:
    """The words of a person's name without honorifics and generational suffixes.

    "Dr Sanjay Gupta" -> ("sanjay", "gupta"); "Mr Khan" -> ("khan",); "Sheikh Tamim bin
    Hamad Al Thani" -> ("tamim", "bin", "hamad", "thani"); "Arcade Joseph Comeaux Jr" ->
    ("arcade", "joseph", "comeaux"). An office is never left alone: "Mr President", "Mr
    Speaker" and "Elizabeth II" are kept whole, so that a title never becomes a bare name.
    """
    tokens = name_tokens(text)
    start, end = 0, len(tokens)
    while end - start > 1 and tokens[start] in HONORIFICS:
        start += 1
    # a title or a country's genitive before a full name: "Frances McDormand" keeps "Frances"
    while end - start > 2 and _title_before_name(tokens[start]):
        start += 1
    if end - start == 1 and (tokens[start] in OFFICE_WORDS or tokens[start] in HONORIFICS):
        start = 0
    while end - start > 2 and tokens[end - 1] in GENERATIONAL_SUFFIXES:
        end -= 1
    return tokens[start:end]


# German titles written as one compound word, which the tagger takes into the name:
# "Präsidentschaftskandidat Edmundo González", "Oppositionsführerin María Machado",
# "Außenminister Lavrov" (folded, with the inflected endings)
_GERMAN_TITLE_END = re.compile(
    r"(?:kandidat|prasident|minister|fuhrer|chef|sprecher|kanzler|vorsitzende)(?:in|en|innen|s|r)?$"
)


def _title_before_name(token: str) -> bool:
    """A word written before a name that is no part of it: a German compound title, or a
    country's name in the German genitive ("Venezuelas Edmundo González")."""
    if _GERMAN_TITLE_END.search(token) and len(token) > 6:
        return True
    return len(token) > 4 and token.endswith("s") and country_of(token[:-1]) == token[:-1].title()


def given_name_honorific(text: str) -> bool:
    """Whether a name opens with a title used before a given name ("Sheikh Tamim", "Sayyid
    Badr"), so that a bare word after it is a first name, not a surname."""
    tokens = name_tokens(text)
    return len(tokens) >= 2 and tokens[0] in GIVEN_NAME_HONORIFICS


CORPORATE_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag"}
)


def without_corporate_suffix(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words with trailing legal-form words dropped: ("apple", "inc") -> ("apple",)."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in CORPORATE_SUFFIXES:
        end -= 1
    return tokens[:end]
