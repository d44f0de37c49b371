"""Number words, quantity phrases and TIMEX3 duration values."""

from __future__ import annotations

import re

from crosscheck.annotate.timex_lexicon import SMALL_NUM, TENS_NUM, UNITS, VAGUE_QTY, VAGUE_UNIT


def word_number(words: str) -> int | None:
    """Value of a spelled-out number below a million ("twenty-one", "two hundred")."""
    total = current = 0
    seen = False
    for word in words.lower().replace("-", " ").split():
        if word in SMALL_NUM:
            current += SMALL_NUM[word]
        elif word in TENS_NUM:
            current += TENS_NUM[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def quantity(text: str) -> float | None:
    """Numeric value of a quantity phrase; None when it is vague ("several", "a few")."""
    q = " ".join(text.lower().split())
    if q in VAGUE_QTY:
        return None
    half = 0.0
    if q.endswith(" and a half") or q.endswith(" and an half"):
        q, half = q.rsplit(" and ", 1)[0], 0.5
    if q in ("a", "an"):
        return 1.0 + half
    if q.startswith(("a ", "an ")) and q.split()[1] in ("hundred", "thousand"):
        q = q.split(" ", 1)[1]
    if q in ("a half", "an half", "half a", "half an"):
        return 0.5
    if q in ("a couple of", "couple of"):
        return 2.0
    if q in ("a dozen", "an dozen"):
        return 12.0
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", q.replace(",", ""))
    if match:
        value = float(match.group(1))
        if match.group(2):
            value += int(match.group(2)) / int(match.group(3))
        return value + half
    number = word_number(q)
    return None if number is None else number + half


def duration_value(qty: float | None, unit_word: str) -> str:
    """TIMEX3 duration value for a quantity of a unit: P3Y, PT2H, P2Y6M, PXD ..."""
    letter, is_time, mult = UNITS[unit_word]
    if qty is None:
        if unit_word in ("decade", "century", "centurie", "millennium", "millennia"):
            return {"decade": "PXDE", "millennium": "PXML", "millennia": "PXML"}.get(
                unit_word, "PXCE"
            )
        if is_time:
            return "PTX" + letter
        return "PXM" if letter == "M" else VAGUE_UNIT[letter]
    amount = qty * mult
    whole = int(amount)
    frac = amount - whole
    prefix = "PT" if is_time else "P"
    if frac < 1e-9:
        return f"{prefix}{whole}{letter}"
    # Express the fraction in the next smaller unit: 2 1/2 years -> P2Y6M.
    smaller = {
        "Y": ("M", 12, False),
        "M": ("D", 30, False),
        "W": ("D", 7, False),
        "D": ("H", 24, True),
        "H": ("M", 60, True),
        "S": ("S", 1, True),
    }
    if is_time and letter == "M":
        small_letter, factor, small_time = "S", 60, True
    else:
        small_letter, factor, small_time = smaller[letter]
    rest = round(frac * factor)
    head = f"{whole}{letter}" if whole else ""
    if small_time and not is_time:
        return f"P{head}T{rest}{small_letter}"
    return f"{prefix}{head}{rest}{small_letter}"


def unit_key(word: str) -> str:
    """The key of `word` in UNITS: "years" -> "year", "week-long" -> "week"."""
    word = word.lower()
    for suffix in ("-long", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in UNITS:
            return word[: -len(suffix)]
    if word == "centuries":
        return "century"
    return word
