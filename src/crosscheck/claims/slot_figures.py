"""Figures read from one sentence: what each measures or counts (a quake's magnitude, its
depth, how many were killed, injured, missing or aboard), written in digits or spelled out, with
their bounds ("more than 1,400"), their rounding, and the source each is attributed to. Figures
that are parts of a total, hedged or of a year are left out; a sentence giving two figures for
one slot keeps them only when each is another source's."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.slot_sources import figure_source, source_key
from crosscheck.records import ClaimValue

MEASURE = "measure"
COUNT = "count"
GROUP_SIZE = "size"
# A figure of three significant digits or more ("some 2,171") is a count read off a report:
# "some" or "about" in front of it is style, not a margin.
PRECISE_DIGITS = 3


# Languages that write thousands with a dot ("2.012 morts", "2.053 muertos", "1.000 Tote").
DOT_THOUSANDS = frozenset({"fr", "es", "pt", "de", "it", "no", "nb", "nn", "da", "nl", "ro"})


def parse_number(text: str, language: str | None) -> float | None:
    """A figure as written in English or another language: "1,204", "1 305", "2.012" (French,
    Spanish, German, ...), "6,8", "٢٬٠٥٣" (Arabic digits and separators), "५ दशमलव ८"."""
    text = text.replace("\u066c", ",").replace("\u066b", ".")
    text = re.sub(r"\s*दश(?:मल|लम)व\s*", ".", text)  # Nepali "5 point 8"
    flat = re.sub(r"[ \u00a0\u202f]", "", text)
    if flat != text:
        return float(flat)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        separator = text[-4]
        if separator == "." and language not in DOT_THOUSANDS:
            return None  # "2.012" in English: a decimal or a typo, not a safe count
        return float(text.replace(",", "").replace(".", ""))
    return float(text.replace(",", "."))


def _significant_digits(number: float) -> int:
    """2,171 has four, 2,000 one, 7.2 two."""
    written = f"{number:f}".rstrip("0").rstrip(".")
    if "." in written:
        return len(written.replace(".", "").lstrip("0"))
    return len(written.lstrip("0").rstrip("0"))


def _quantity(
    text: str, offset: int, match: re.Match[str], mod: str | None, number: float, unit: str
) -> ClaimValue:
    low: float | None = number
    high: float | None = number
    approximate = False
    mod_l = (mod or "").lower()
    if mod_l in lex.LOWER:
        high = None
    elif mod_l in lex.UPPER:
        low = None
        approximate = mod_l in lex.CLOSE_BELOW
    elif mod_l in lex.ABOUT:
        approximate = _significant_digits(number) < PRECISE_DIGITS
    start = match.start() - (len(mod) + 1 if mod else 0)
    shown = f"{number:.0f}" if number.is_integer() else f"{number:g}"
    return ClaimValue(
        kind="quantity",
        value=shown,
        text=text[start : match.end()],
        start=offset + start,
        end=offset + match.end(),
        unit=unit,
        low=low,
        high=high,
        approximate=approximate,
    )


def _clause(text: str) -> str:
    """The words after a figure up to the next punctuation or figure."""
    return re.split(r"[,;:()\u201c\u201d\"]|\d", text, maxsplit=1)[0]


def _inside_brackets(before: str) -> bool:
    return before.count("(") > before.count(")")


_BEFORE_A_YEAR = re.compile(
    r"\b(?:in|since|by|until|of|en|em|im|i|de|del|desde|seit|depuis|dal|عام|منذ|في)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def spelled_pattern(language: str) -> re.Pattern[str] | None:
    """The numbers spelled out in a language ("seven", "dix"), as one pattern."""
    words = lex.SPELLED_NUMBERS.get(language)
    if not words:
        return None
    names = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)


def _figure_matches(text: str, language: str | None) -> list[tuple[re.Match[str], float | None]]:
    """The figures of a sentence in order, written in digits or spelled out in its language
    (English when it is not known)."""
    found = [(m, parse_number(m.group(), language)) for m in lex.NUMBER.finditer(text)]
    spelled = spelled_pattern((language or "en").split("-")[0])
    if spelled is not None:
        table = lex.SPELLED_NUMBERS[(language or "en").split("-")[0]]
        found += [(m, float(table[m.group().lower()])) for m in spelled.finditer(text)]
    return sorted(found, key=lambda item: item[0].start())


def _a_year(figure: str, before: str, after: str) -> bool:
    """ "1960", "in 2023": a year, unless people are counted right after it ("2053 people")."""
    if not re.fullmatch(r"(1[89]|20)\d\d", figure):
        return False
    if _BEFORE_A_YEAR.search(before):
        return True
    return not (lex.COUNT_AFTER.search(after) or lex.PEOPLE_AFTER.search(after))


def _measure_slot(before: str, after: str) -> str | None:
    for slot, pattern in lex.MEASURE_AFTER.items():
        if pattern.search(after):
            return slot
    for slot, pattern in lex.MEASURE_BEFORE.items():
        if pattern.search(before):
            if slot != "depth":
                return slot
            unit = lex.DEPTH_UNIT.search(after)
            return None if unit is None else f"depth {'mi' if unit.group(1)[0] in 'mM' else 'km'}"
    return None


def _count_slot(before: str, after: str) -> tuple[str, str] | None:
    """The outcome counted ("killed", "injured", ...) and the words that may say where the
    people counted are: those after the count's cue, and for "the death toll in Derna rose to
    5,300" the words between "toll" and the figure."""
    found = lex.COUNT_AFTER.search(after)
    if found:
        return lex.OUTCOME_OF[found.group("outcome").lower()], after[found.end() :]
    if lex.LIVES_AFTER.search(after):
        return "killed", after
    for pattern, outcome, needs_people in lex.COUNT_BEFORE:
        cue = pattern.search(before)
        if cue:
            if needs_people and not lex.PEOPLE_AFTER.search(after):
                return None
            window = lex.PLACE_AFTER.search(cue.group())
            return outcome, (f" {window.group()}" if window else "") + _clause(after)
    return None


def _qualified(outcome: str, rest: str) -> str | None:
    """The count's slot with where the people counted are ("admitted to hospitals", "in the
    Marrakech-Safi region"); None for a part of a total or a hedged count."""
    clause = _clause(rest)
    if lex.PART_AFTER.search(rest[:60]) and not lex.HOSPITAL.search(clause):
        return None
    slot = outcome
    if lex.HOSPITAL.search(clause):
        slot += "|hospital"
    place = lex.PLACE_AFTER.search(clause)
    if place:
        slot += "|" + " ".join(re.findall(r"[a-zà-ÿ]+", place.group("place").lower()))
    return slot


Found = tuple[str, str, ClaimValue]  # (slot, family, value)
Sourced = tuple[str, str, ClaimValue, str]  # (slot, family, value, source or "")


def figures(text: str, offset: int, language: str | None, *, historical: bool) -> list[Found]:
    """Measures and counts in one sentence (`text`, starting at char `offset`)."""
    return [(s, f, v) for s, f, v, _ in sourced_figures(text, offset, language, historical)]


def sourced_figures(
    text: str, offset: int, language: str | None, historical: bool
) -> list[Sourced]:
    """Measures and counts in one sentence, each with the source it is attributed to."""
    found: list[Sourced] = []
    previous_end = 0
    for match, number in _figure_matches(text, language):
        source = figure_source(text, match.start(), match.end(), previous_end) or ""
        previous_end = match.end()
        before, after = text[: match.start()], text[match.end() :]
        if _inside_brackets(before) or _a_year(match.group(), before, after):
            continue
        if _RANGE_AFTER.match(after) or _RANGE_OPENS.search(before):
            continue  # the low end of a range ("magnitude 6.1 to 6.3"): read with its high end
        if lex.DECIMAL_WORD.search(before[-8:]):
            continue  # "... ६ | दशलमव ४": the decimals of a figure cut in two
        if number is None:
            continue
        modifier = lex.MODIFIER_BEFORE.search(before)
        mod = modifier.group("mod") if modifier else None
        cue_before = before[: modifier.start()] if modifier else before
        spelled = not match.group()[0].isdigit()  # a word is a count, never a measure
        measure = None if spelled else _measure_slot(cue_before, after)
        if measure is not None:
            if not historical and not lex.AFTERSHOCK.search(text):
                quantity = _ranged(_quantity(text, offset, match, mod, number, measure), before)
                found.append((measure, MEASURE, quantity, source))
            continue
        count = _count_slot(cue_before, after)
        if count is None or historical or lex.HEDGE.search(text):
            continue
        slot = _qualified(*count)
        # "including 500 in Derna", "with 92 deaths in Jajarkot alone": a part of the total,
        # and the count of its place; a part naming no place is left out
        part = _part_of_a_total(cue_before, text, slot)
        if slot is not None and not ("|" not in slot and part):
            family = GROUP_SIZE if slot.startswith("aboard") else COUNT  # aboard: no toll
            quantity = _ranged(_quantity(text, offset, match, mod, number, slot), before)
            found.append((slot, family, quantity, source))
    return _one_value_per_slot(found)


# The first figure of a range ending at the figure read: "between 150 and 200", "150-200",
# "150 to 200", "entre 150 et 200", "de 150 a 200".
_RANGE_BEFORE = re.compile(
    r"(?:\b(?:between|entre|from|de)\s+(?P<low>\d[\d,.]*)\s+(?:and|et|y|e|to|à|a)"
    r"|(?<![\w.,])(?P<low2>\d[\d,.]*)\s*(?:-|–|to|à)|(?P<low3>\d[\d,.]*)\s+(?:to|à))\s*$",
    re.IGNORECASE,
)


_RANGE_AFTER = re.compile(r"^\s*(?:-|–|to|à)\s*\d")
_RANGE_OPENS = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)


def _ranged(quantity: ClaimValue, before: str) -> ClaimValue:
    """A figure that ends a range ("between 150 and 200") is the range: a figure inside it
    agrees with it."""
    found = _RANGE_BEFORE.search(before)
    if found is None or quantity.high is None:
        return quantity
    low = parse_number((found.group("low") or found.group("low2") or found.group("low3")), None)
    if low is None or low >= quantity.high:
        return quantity
    start = quantity.start - (len(before) - found.start())
    return quantity.model_copy(
        update={"low": low, "text": before[found.start() :] + quantity.text, "start": start}
    )


def _part_of_a_total(before: str, sentence: str, slot: str | None) -> bool:
    """Whether a count is a part ("including 721", "the other nine", "in Derna alone"); "with
    ten people aboard" is all of those aboard."""
    cue = lex.PART_BEFORE.search(before)
    if cue and not (slot == "aboard" and cue.group().strip().lower() == "with"):
        return True
    return bool(lex.PART_ALONE.search(sentence))


def _one_value_per_slot(found: list[Sourced]) -> list[Sourced]:
    """A sentence giving two figures for one slot is a breakdown or an update ("7.2 (it was 7
    before)"): which one answers another outlet's figure cannot be told. Unless each figure is
    another source's ("the Taliban said 2,053, the UN 320"): then each is that source's."""
    by_slot: dict[str, list[Sourced]] = {}
    for item in found:
        by_slot.setdefault(item[0], []).append(item)
    # "290 deaths in Al Haouz, 190 in Taroudant ... and 5 deaths": a breakdown by place, whose
    # parts may have lost their place.
    localised = [slot.split("|")[0] for slot in by_slot if "|" in slot]
    kept: list[Sourced] = []
    for slot, items in by_slot.items():
        if localised.count(slot) >= 2:
            continue
        if len({i[2].value for i in items}) == 1:
            kept.append(items[0])
        elif _each_its_source(items):
            kept.extend(items)
    return kept


def _each_its_source(items: list[Sourced]) -> bool:
    keys = [source_key(i[3]) for i in items]
    return all(keys) and len(set(keys)) == len(keys)


def people_count(text: str, start: int, end: int, number: float, mention: int | None) -> ClaimValue:
    """A count of people read from `text[start:end]`, exact ("16 doctors" is 16, no bounds)."""
    return ClaimValue(
        kind="quantity",
        value=f"{number:g}",
        text=text[start:end],
        start=start,
        end=end,
        unit="people",
        low=number,
        high=number,
        mention=mention,
    )
