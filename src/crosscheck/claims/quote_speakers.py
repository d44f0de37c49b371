"""Speakers of quotes read from the words around the quotation marks, for text the parse does
not read (French, Spanish, Portuguese, German, Arabic) and for English attributions it
misparses ('"...," French Foreign Minister Catherine Colonna told BFMTV').

Shapes, after the closing mark: '», a déclaré X' / '», a indiqué sur Telegram le ministère X' /
'”, dijo a Reuters por teléfono X' / '", disse X' / '“…“, sagte X' / '”، قال X' /
'," Title Nationality Name said'; before the opening mark: 'X a annoncé que «' / 'X a
annoncé : «' / 'cité un responsable X affirmant que «' / 'وقال X في تصريح: “' / 'وجدد X “'.
A pronoun speaker ('a-t-il ajouté') is returned as written; the caller resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.lexicon import SPEAKER_NOUNS

_FR_PARTICIPLES = (
    "déclaré indiqué affirmé ajouté raconté confié précisé annoncé souligné estimé expliqué "
    "assuré dit écrit martelé insisté averti prévenu répondu lancé poursuivi commenté reconnu "
    "rappelé tweeté confirmé dénoncé réagi noté observé jugé relevé"
)
_FR_PRESENT = "ajoute explique dit souligne affirme déclare estime poursuit précise assure raconte"
_ES_PT_DE = (
    "dijo afirmó declaró añadió agregó señaló explicó aseguró indicó advirtió sostuvo "
    "manifestó subrayó precisó escribió comentó apuntó relató contó "
    "disse afirmou declarou acrescentou explicou sublinhou frisou referiu indicou garantiu "
    "escreveu adiantou salientou avisou anunciou contou relatou destacou assegurou "
    "sagte erklärte betonte schrieb sagt erklärt"
)
_EN_VERBS = (
    "said says told added noted wrote stated warned explained insisted declared tweeted posted "
    "stressed continued asserted argued remarked replied recalled acknowledged conceded "
    "emphasised emphasized observed announced confirmed claimed maintained"
)
_AR_VERBS = "قال|أضاف|أكد|جدد|ذكر|[كک]تب|أعلن|صرح|أوضح|أفاد|تابع|شدد|اعتبر|لفت"
_ACCORDING = "selon|según|segundo|according to"

_WORD = r"[^\s,.;:«»\"“”„]+"
# Verb first, speaker after: '», a déclaré X', '", disse X', '», a-t-il ajouté'.
_AFTER_VERB_FIRST = re.compile(
    r"^\s*[,،]?\s*(?:"
    rf"(?:a|ont|avait)\s+(?:{_WORD}\s+){{0,2}}?(?P<fr>{_FR_PARTICIPLES.replace(' ', '|')})"
    rf"|a-t-(?P<fr_pro>il|elle)\s+(?P<fr_inv>{_FR_PARTICIPLES.replace(' ', '|')})"
    rf"|(?P<fr_pres>{_FR_PRESENT.replace(' ', '|')})-t-(?P<fr_pro2>il|elle)"
    rf"|(?P<rom>{_ES_PT_DE.replace(' ', '|')}|{_ACCORDING})"
    rf"|[وف]?(?P<ar>{_AR_VERBS})ت?"
    r")(?=[\s,.،])",
    re.IGNORECASE,
)
# Speaker first, verb after (English): '," French Foreign Minister Catherine Colonna told'.
_AFTER_SPEAKER_FIRST = re.compile(
    r"^\s*,?\s*(?P<speaker>(?:(?:a|an|the|A|An|The)\s+)?[A-Z][^\s,.;:\"“”]*"
    r"(?:\s+(?:of|for|the|al-|bin|[A-Z][^\s,.;:\"“”]*)){0,8}?"
    r"(?:\s+(?:spokesman|spokeswoman|spokesperson|representative|official|officials|"
    r"minister|envoy|ambassador|diplomat|source|sources|statement|adviser|advisor))?)"
    rf"\s+(?P<en>{_EN_VERBS.replace(' ', '|')})\b"
)
# Words that start a phrase which is not the speaker (place, time, channel, manner).
_PREPOSITIONS = frozenset(
    """à au aux sur dans de du des en par pour avec lors devant auprès depuis selon via
    a al ante con desde durante para por según sobre tras em no na nos nas do da dos das ao pelo
    pela com segundo auf bei im in mit nach laut gegenüber
    to on in at by from with during after before via""".split()
)
_DETERMINERS = frozenset(
    "le la les l’ l' un une el los las o os uma der die das ein eine the a an".split()
)
_ENDERS = frozenset(
    "sur dans lors selon après avant en durant via am im auf bei vor gegenüber laut".split()
)
_ROLE_WORDS = (
    frozenset(
        """ministre ministère porte-parole président présidence responsable comité gouvernement
    agence site source sources armée police officiel officiels diplomate ambassadeur chef
    funcionario funcionarios portavoz ministro ministerio gobierno agencia fuente fuentes
    porta-voz ministério presidência governo agência fonte fontes autoridades autoridade
    sprecher sprecherin minister ministerium regierung resolutions resolution statement
    communiqué déclaration""".split()
    )
    | SPEAKER_NOUNS
)
_PRONOUNS = frozenset("il elle ils elles él ella ele ela er sie".split())
_AR_STOPS = frozenset("أن إن في عبر على عن خلال إلى من مع بعد قبل أمس اليوم".split())
_MAX_AFTER = 90
_MAX_BEFORE = 220


@dataclass(frozen=True)
class FoundSpeaker:
    """A speaker span in the article text and the reporting verb as written."""

    start: int
    end: int
    verb: str
    pronoun: bool = False
    continues: bool = False


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in re.finditer(r"\S+", text)]


def _latin_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase in the words after a verb, past the phrases that say where, when
    or through whom: 'sur Telegram le ministère russe', 'à l’AFP Kamala Oli, 65 ans'."""
    words = _words(text[start:end], start)
    after_preposition = False
    begin: int | None = None
    last_end = 0
    for w_start, w_end, raw in words:
        word = raw.rstrip(",.;:")
        lower = word.lower()
        if begin is None:
            if lower in _PREPOSITIONS:
                after_preposition = True
                continue
            elided = re.match(r"^[ld][’']", lower) is not None
            capital = word[:1].isupper()
            if lower in _DETERMINERS or capital:
                role_next = _next_is_role_or_name(words, w_start)
                if after_preposition and (lower in _DETERMINERS or elided or not role_next):
                    after_preposition = lower in _DETERMINERS  # 'à la télévision X'
                    continue
                if lower in _DETERMINERS and not role_next:
                    continue
                begin = w_start
            elif elided and after_preposition:
                after_preposition = False  # 'à l’AFP': the object of the preposition
                continue
            else:
                after_preposition = False
                continue
        elif lower in _ENDERS or lower in ("à", "a", "to", "on"):
            break
        last_end = w_start + len(word) if word else w_end
        if raw != word:  # a comma or a full stop closes the phrase
            break
    if begin is None or last_end <= begin:
        return None
    return begin, last_end


def _next_is_role_or_name(words: list[tuple[int, int, str]], at: int) -> bool:
    following = [w for s, _, w in words if s > at]
    if not following:
        return False
    nxt = following[0].rstrip(",.;:")
    return nxt[:1].isupper() or nxt.lower() in _ROLE_WORDS or nxt.lower().startswith("ministr")


def _arabic_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject right after an Arabic verb, up to the first comma, colon, quote or
    particle: 'وقال معالي بدر البوسعيدي، وزير ...' -> 'معالي بدر البوسعيدي'."""
    quoted = re.match(r"\s*[\"“«]([^\"“”«»\n]{2,40})[\"”»]", text[start:end])
    if quoted:  # 'وذكرت "إيرنا" أن': a quoted name is the subject
        return start + quoted.start(1), start + quoted.end(1)
    words = []
    for w_start, _, raw in _words(text[start:end], start):
        word = raw.rstrip("،,:.")
        if word in _AR_STOPS or any(q in word for q in '"“”«»') or not word:
            break
        words.append((w_start, w_start + len(word)))
        if raw != word or len(words) == 6:
            break
    return (words[0][0], words[-1][1]) if words else None


def speaker_after(text: str, outer_end: int) -> FoundSpeaker | None:
    """The speaker named after the closing mark, if the words there are an attribution."""
    window = text[outer_end : outer_end + _MAX_AFTER].split("\n")[0]
    m = _AFTER_SPEAKER_FIRST.match(window)
    if m is not None:
        s, e = outer_end + m.start("speaker"), outer_end + m.end("speaker")
        return FoundSpeaker(s, e, m.group("en").lower())
    m = _AFTER_VERB_FIRST.match(window)
    if m is None:
        return None
    verb = next(m.group(g) for g in ("fr", "fr_inv", "fr_pres", "rom", "ar") if m.group(g))
    pronoun = m.group("fr_pro") or m.group("fr_pro2")
    if pronoun:
        at = outer_end + m.start("fr_pro" if m.group("fr_pro") else "fr_pro2")
        return FoundSpeaker(at, at + len(pronoun), verb.lower(), pronoun=True)
    tail_end = outer_end + len(re.split(r"[.;!?]\s", window[m.end() :] + " ")[0]) + m.end()
    if m.group("ar"):
        span = _arabic_speaker(text, outer_end + m.end(), tail_end)
    else:
        span = _latin_speaker(text, outer_end + m.end(), tail_end)
    if span is None:
        return None
    word = text[span[0] : span[1]].lower()
    return FoundSpeaker(*span, verb.lower(), pronoun=word in _PRONOUNS)


_STOP = r"[^.;!?\n«»\"“”„]"
_BEFORE_LATIN = re.compile(
    rf"(?P<subject>{_STOP}{{2,160}}?)\s+(?:"
    rf"(?:a|ont|avait)\s+(?:{_WORD}\s+){{0,2}}?(?P<verb>{_FR_PARTICIPLES.replace(' ', '|')})"
    rf"|(?P<verb2>{_ES_PT_DE.replace(' ', '|')})"
    rf")\b{_STOP}{{0,60}}?(?:\s*:|\s+que|\s+qu[’'])\s*$",
    re.IGNORECASE,
)
_BEFORE_CITED = re.compile(
    rf"\b(?:cité|citó|citou)\s+(?P<subject>{_STOP}{{3,60}}?)\s+"
    r"(?:affirmant|disant|déclarant|afirmando|diciendo|dizendo)\s+(?:que\s+|qu[’'])?\s*$",
    re.IGNORECASE,
)
# '..., estimant que «': the speaker of the sentence's previous quote goes on.
_BEFORE_GOES_ON = re.compile(
    r"\b(?:estimant|ajoutant|affirmant|soulignant|précisant|expliquant|assurant|acrescentando|"
    r"afirmando|dizendo|añadiendo|asegurando|diciendo|señalando)\s+(?:que\s+|qu[’'])?\s*$",
    re.IGNORECASE,
)
_BEFORE_ARABIC = re.compile(rf"(?:^|\s)(?:[وف]?(?P<verb>{_AR_VERBS})ت?|وجاء\s+في)\s")
_CONNECTOR_WORDS = 2  # 'Par ailleurs, X a dit': a leading connector is not the speaker


def _subject_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase before a verb: without a leading connector ('Par ailleurs,') and
    without an aside that follows it (', entouré de neuf hommes')."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", text[start:end])]
    spans = [(start + a, start + b) for a, b in parts if text[start + a : start + b].strip()]
    if len(spans) > 1 and len(text[slice(*spans[0])].split()) <= _CONNECTOR_WORDS:
        first_words = text[slice(*spans[0])].split()
        if not any(w[:1].isupper() for w in first_words[1:]) and first_words[0].lower() not in (
            _DETERMINERS
        ):
            spans = spans[1:]
    if not spans:
        return None
    kept = [spans[0]]
    for span in spans[1:]:
        if not text[slice(*span)].strip()[:1].isupper():
            break  # an aside: ', entouré de ...', ', qui ...'
        kept.append(span)
    s, e = kept[0][0], kept[-1][1]
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    words = text[s:e].split()
    if not words or len(words) > 14:
        return None
    first = words[0]
    if not (first[:1].isupper() or first.lower() in _DETERMINERS):
        return None
    named = any(w[:1].isupper() for w in words[1:]) or first[:1].isupper()
    if not named and not any(w.lower().strip(",") in _ROLE_WORDS for w in words):
        return None
    return s, e


def _arabic_before(text: str, start: int, outer_start: int) -> FoundSpeaker | None:
    window = text[start:outer_start]
    verbs = list(_BEFORE_ARABIC.finditer(window))
    if not verbs:
        return None
    verb = verbs[-1]
    between = window[verb.end() :]
    # Quotation marks between the verb and the quote may only enclose a short name.
    for inner in re.findall(r"[\"“«]([^\"“”«»]*)[\"”»]", between):
        if len(inner.split()) > 3:
            return None
    span = _arabic_speaker(text, start + verb.end(), outer_start)
    if span is None:
        return None
    return FoundSpeaker(*span, verb.group("verb") or "جاء")


def speaker_before(text: str, outer_start: int, sentence_start: int) -> FoundSpeaker | None:
    """The speaker named before the opening mark, in the same sentence: 'X a annoncé que «',
    'X disse: "', 'وقال X: “'. A speaker whose previous quote goes on ('estimant que «') is
    returned with ``continues``; the caller takes the previous quote's speaker."""
    start = max(sentence_start, outer_start - _MAX_BEFORE)
    window = text[start:outer_start]
    if re.search(r"[\u0600-\u06ff]", window):
        return _arabic_before(text, start, outer_start)
    cited = _BEFORE_CITED.search(window)
    if cited is not None:
        span = _latin_speaker(text, start + cited.start("subject"), start + cited.end("subject"))
        return FoundSpeaker(*span, "cite") if span else None
    if _BEFORE_GOES_ON.search(window):
        return FoundSpeaker(outer_start, outer_start, "", continues=True)
    m = _BEFORE_LATIN.search(window)
    if m is None:
        return None
    span = _subject_span(text, start + m.start("subject"), start + m.end("subject"))
    if span is None:
        return None
    verb = (m.group("verb") or m.group("verb2")).lower()
    written = text[span[0] : span[1]].lower()
    return FoundSpeaker(*span, verb, pronoun=written in _PRONOUNS)
