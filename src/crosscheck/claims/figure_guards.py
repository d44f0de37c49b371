"""Figures that differ without the outlets disagreeing, read from the words around them.

Two figures of one slot that cannot both be true are a conflict only when both state one count
of one moment. They do not when:

- one is vague: "dozens of houses", "several hundred", "des dizaines", "decenas de" name an
  order of magnitude, not a count a later precise figure could contradict;
- one is an increment: "1,200 more prisoners", "another 1,200", "a further 1,200", "otros
  1.200", "1 200 autres", "1.200 weitere" add to a first figure, they do not restate it;
- one is a conversion: "40 km (25 miles)": the figure in brackets, and the one it converts, are
  rounded to each other;
- one is of another moment: "previously", "earlier", "initially", "an estimate", "expected",
  "could rise", "up from": a tally taken before, or one foreseen, is not today's count.

The words are data, per language (en, fr, es, pt, it, de); they are matched on whole words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.records import ClaimValue

# Words that, written right before a number ("several hundred") or as the figure itself
# ("dozens", "des dizaines"), make it an order of magnitude rather than a count.
VAGUE_WORDS = frozenset(
    """dozens scores hundreds thousands millions tens several few many numerous countless
    multiple dizaines douzaines centaines milliers plusieurs quelques nombreux nombreuses
    decenas docenas centenares cientos millares varios varias numerosos numerosas
    dezenas centenas milhares vários várias diversos diversas inúmeros
    decine centinaia migliaia diversi diverse alcuni alcune numerosi numerose
    dutzende hunderte tausende zehntausende mehrere einige zahlreiche etliche""".split()
)
# Words right before a figure that make it an increment ("another 1,200", "otros 1.200").
_INCREMENT_BEFORE = frozenset(
    """another further additional extra encore otros otras outros outras altri altre
    ulteriori weitere zusätzliche noch""".split()
)
# Words right after a figure (or after the noun it counts) that make it an increment ("1,200
# more prisoners", "1 200 autres", "1.200 presos más", "1.200 weitere Gefangene").
_INCREMENT_AFTER = frozenset(
    """more additional further extra new autres supplémentaires nouveaux nouvelles
    más adicionales nuevos nuevas adicionais novos novas aggiuntivi nuovi nuove
    weitere zusätzliche neue""".split()
)
# Two-word increments after a figure: "1 200 prisonniers de plus", "1.200 presos a mais".
_INCREMENT_PAIRS = frozenset({("de", "plus"), ("a", "mais"), ("in", "più"), ("en", "plus")})
# Words after which an increment word is a bound, not an increment ("more than", "más de").
_BOUND_AFTER = frozenset({"than", "de", "que", "di", "als"})
# Words that end the words read around a figure: another clause begins.
# ("mais" is left out: "a mais" after a figure is the Portuguese increment)
_CLAUSE_WORDS = frozenset("and or but while whereas et ou y o pero e mas und oder aber".split())
WORDS_AFTER = 3
WORDS_BEFORE = 2

# Words that place a figure at another moment than the day's count: an earlier tally, a first
# estimate, a figure foreseen. Matched as whole words or phrases, lower-cased.
_OTHER_MOMENT = (
    # English
    r"previously|earlier|initially|originally|at first|first report(?:s|ed)?|initial"
    r"|preliminary|provisional|estimat(?:e|es|ed|ion)|expected|expects?|could (?:rise|climb|"
    r"increase|grow|reach)|may (?:rise|climb|increase|grow|reach)|might (?:rise|climb|increase)"
    r"|likely to (?:rise|climb|increase)|feared|up from|down from|had (?:said|reported|put)"
    # "one week after he managed 10 yards", "last season": a figure of another occasion
    r"|(?:a|one|two|three|four|five|six|\d+|a few|several) (?:days?|weeks?|months?|years?|games?)"
    r" (?:after|before|earlier)|last (?:week|season|year|month)"
    r"|the (?:previous|prior) (?:day|week|game|season|month|year)"
    # French
    r"|auparavant|précédemment|plus tôt|initialement|d'abord|d’abord|premier bilan"
    r"|précédent bilan|bilan provisoire|provisoire|préliminaire|estimation|estimé(?:e|s|es)?"
    r"|pourrait|devrait|risque de s'alourdir|contre \d"
    # Spanish
    r"|anteriormente|previamente|inicialmente|en un principio|primer balance|balance anterior"
    r"|provisional|preliminar|estimaci[oó]n|estimad[oa]s?|se espera|podr[ií]a|prev[eé]"
    # Portuguese
    r"|balanço anterior|primeiro balanço|provisório|estimativa|estima-se|poder[aá]|deve subir"
    # Italian
    r"|in precedenza|precedentemente|inizialmente|bilancio provvisorio|provvisorio|preliminare"
    r"|stima|stimat[oaie]|potrebbe"
    # German
    r"|zuvor|vorher|ursprünglich|zunächst|anfangs|vorläufig|schätzung|geschätzt|könnte|dürfte"
    r"|erwartet"
)
_OTHER_MOMENT_RE = re.compile(rf"(?<![\w'’])(?:{_OTHER_MOMENT})(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d.,]*|[^\w\s]")
# Units of measure a figure is converted between ("40 km (25 miles)", "25 miles, or 40 km").
_MEASURE = (
    r"(?:km|kms|kilomet(?:er|re)s?|kilomètres?|kilómetros?|quilômetros?|chilometri|kilometern?"
    r"|mi|miles?|milles|millas|milhas|meilen|m|metres?|meters?|mètres?|metros?|metri|ft|feet"
    r"|foot|pieds|pies|pés|kg|kilos?|kilograms?|kilogrammes?|lbs?|pounds?|livres|libras"
    r"|t|tonnes?|tons?|toneladas|hectares?|ha|acres?|mph|km/h|kph|°[cf]?|degrees?|celsius"
    r"|fahrenheit|litres?|liters?|gallons?|sq(?:uare)? (?:km|miles?|kilomet(?:er|re)s?))"
)
_CONVERTED_AFTER = re.compile(
    rf"\s*{_MEASURE}\s*(?:[(\[]|,?\s+or\s+|/)\s*(?:about |some |around |roughly |nearly )?"
    rf"\d[\d.,]*\s*{_MEASURE}(?![\w])",
    re.IGNORECASE,
)
_CONVERTED_BEFORE = re.compile(
    rf"\d[\d.,]*\s*{_MEASURE}\s*(?:[(\[]|,?\s+or\s+|/)\s*(?:about |some |around |roughly "
    rf"|nearly )?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PlacedFigure:
    """A figure with where it is written: the article's text and its sentence's offsets."""

    value: ClaimValue
    text: str
    sentence_start: int
    sentence_end: int

    @property
    def sentence(self) -> str:
        """The sentence that states the figure."""
        return self.text[self.sentence_start : self.sentence_end]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _words_before(figure: PlacedFigure) -> list[str]:
    start = max(figure.sentence_start, figure.value.start - 60)
    words = _words(figure.text[start : figure.value.start])
    kept: list[str] = []
    for word in reversed(words):
        if not word[0].isalpha() or word in _CLAUSE_WORDS or len(kept) == WORDS_BEFORE:
            break
        kept.insert(0, word)
    return kept


def _words_after(figure: PlacedFigure) -> list[str]:
    end = min(figure.sentence_end, figure.value.end + 80)
    kept: list[str] = []
    for word in _words(figure.text[figure.value.end : end]):
        if not word[0].isalpha() or word in _CLAUSE_WORDS or len(kept) == WORDS_AFTER + 1:
            break
        kept.append(word)
    return kept


def is_vague(figure: PlacedFigure) -> bool:
    """Whether the figure names an order of magnitude: a vague plural as the figure itself
    ("dozens", "des dizaines"), or a vague word right before it ("several hundred")."""
    if set(_words(figure.value.text)) & VAGUE_WORDS:
        return True
    before = _words_before(figure)
    return bool(before) and before[-1] in VAGUE_WORDS


def is_increment(figure: PlacedFigure) -> bool:
    """Whether the figure adds to another: "another 1,200", "1,200 more prisoners", "otros
    1.200", "1 200 prisonniers de plus"."""
    written = _words(figure.value.text)
    if set(written) & _INCREMENT_BEFORE:
        return True
    before = _words_before(figure)
    if before and before[-1] in _INCREMENT_BEFORE:
        return True
    after = [w for w in written if w[0].isalpha()] + _words_after(figure)
    for index, word in enumerate(after[: WORDS_AFTER + len(written)]):
        following = after[index + 1] if index + 1 < len(after) else ""
        if word in _INCREMENT_AFTER and following not in _BOUND_AFTER:
            return True
        if (word, following) in _INCREMENT_PAIRS:
            return True
    return False


def is_conversion(figure: PlacedFigure) -> bool:
    """Whether the figure is one side of a unit conversion: "40 km (25 miles)", "25 miles (40
    km)", "25 miles, or 40 km": each is rounded to the other."""
    text, value = figure.text, figure.value
    if _CONVERTED_AFTER.match(text, value.end, min(figure.sentence_end, value.end + 50)):
        return True
    start = max(figure.sentence_start, value.start - 50)
    if _CONVERTED_BEFORE.search(text, start, value.start) is None:
        return False
    return re.match(rf"\s*{_MEASURE}(?![\w])", text[value.end :], re.IGNORECASE) is not None


@lru_cache(maxsize=1 << 14)
def of_another_moment(sentence: str) -> bool:
    """Whether a sentence places its figure at another moment than the day's count: an earlier
    or first tally, an estimate, a figure foreseen ("could rise", "expected")."""
    return _OTHER_MOMENT_RE.search(sentence) is not None


def loose_figure(figure: PlacedFigure) -> bool:
    """Whether a figure, by the words around it, is no count another figure could contradict:
    vague, an increment, or one side of a unit conversion."""
    return is_vague(figure) or is_increment(figure) or is_conversion(figure)


_MEASURE_UNIT = re.compile(rf"(?:{_MEASURE}|magnitude|depth)(?:\s.*)?", re.IGNORECASE)


def is_measure(unit: str | None) -> bool:
    """Whether a unit measures (a magnitude, a distance, a weight) rather than counts: a
    measure is not a tally taken at a moment."""
    return unit is not None and _MEASURE_UNIT.fullmatch(unit.strip()) is not None


def figures_may_conflict(first: PlacedFigure, second: PlacedFigure) -> bool:
    """Whether two differing figures of one slot can be a disagreement: neither is loose, and,
    for counts, neither sentence places its figure at another moment (a measure, such as a
    magnitude, is one whatever the moment)."""
    if loose_figure(first) or loose_figure(second):
        return False
    if is_measure(first.value.unit) or is_measure(second.value.unit):
        return True
    return not (of_another_moment(first.sentence) or of_another_moment(second.sentence))
