"""Figures that count a part, a rate or a running total: not the count another outlet gives.

Two outlets' figures of one slot disagree only when both are the whole count of one thing.
They are not when one of them:

- counts a part of a whole: "six of his points", "two of them", "tres de los detenidos" (a
  relative "of which" / "de los cuales" / "dont" is not a part: it gives a place's own count);
- counts the first or last few: "his first five points", "the final two games";
- is an average or a rate: "averaged 22.8 points", "an average of 40 a day", "30 per game";
- is a running total or an aggregate set against one occasion's count ("14 rifles so far", "a
  total of 14 rifles" / "six rifles during the operation"); tolls are left to the tally rules
  of ``value_rules``, and a bare "in total" / "insgesamt" sums the parts of one occasion ("26
  people in total" were exchanged), so it is no such aggregate;
- is part of a name ("Internet Explorer 8", "Flight 171"): a label, not a count;
- is a number written in tokens that split it ("5 . 9", "2 , 129", "09 : 10"): which part is
  the figure cannot be told;
- is counted within a span of games or seasons ("13 homers in 54 games", "through 14 games")
  or a part of a game ("during the deciding run"):
  figures of two different spans, or of a span and the whole, are two different counts.

The words are data, per language (en, fr, es, pt, it, de), matched as whole words.
"""

from __future__ import annotations

import re

from crosscheck.claims.figure_guards import PlacedFigure, figures_may_conflict, is_measure
from crosscheck.claims.value_agreement import RISING_UNITS, unit_of

_PART_AFTER = re.compile(
    r"\s+(?:of\s+(?:his|her|their|its|the|them|those|these|our|your)"
    r"|d['’]entre|de\s+(?:ses|leurs|ces|eux|elles)|des(?!\s+quel)"
    r"|de\s+(?:sus|los|las|ellos|ellas|estos|estas)(?!\s+cuales)"
    r"|de\s+(?:seus|suas|eles|elas)|dos(?!\s+quais)|das(?!\s+quais)"
    r"|dei|degli|delle|di\s+loro|seiner|ihrer|davon|other)(?![\w])",
    re.IGNORECASE,
)
_FEW_BEFORE = re.compile(
    r"(?<![\w])(?:first|last|final|next|opening|remaining|premiers|premières|derniers|dernières"
    r"|primeros|primeras|últimos|últimas|primeiros|primeiras|primi|prime|ultimi|ultime|ersten"
    r"|letzten)\s+$",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    r"(?<![\w])(?:averag(?:ed|es|ing|e of|e)|mean of|moyenne de|promedio de|média de"
    r"|media di|durchschnittlich)\s+(?:a\s+|of\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:per|a|an|each|every|par|por|al|pro|ogni)\s+"
    r"(?:game|match|season|day|week|month|year|hour|minute|jour|semaine|mois|an|día|semana|mes"
    r"|año|dia|ano|giorno|settimana|anno|tag|woche|monat|jahr|stunde)(?![\w])"
    r"(?!\s+(?:after|before|later|earlier|ago|après|avant|después|antes|depois|dopo|prima"
    r"|nach|vor)(?![\w]))",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(
    r"(?<![\w])(?:so far|thus far|to date|till now|until now|up to now|hitherto|jusqu'ici"
    r"|jusqu’ici|jusqu'à présent|jusqu’à présent|hasta ahora|hasta el momento|até agora"
    r"|até o momento|finora|fino ad ora|bisher|bislang|a total of|un total de|um total de"
    r"|un totale di)(?![\w])",
    re.IGNORECASE,
)
_SPAN = re.compile(
    r"(?<![\w])(?:through|in|over|during|across|within)\s+(?:the\s+|a\s+|his\s+|her\s+"
    r"|their\s+|its\s+)?(?:first\s+|last\s+|combined\s+|total\s+of\s+)?([\w,.]+)\s+"
    r"(?:total\s+)?(?:games|matches|seasons|starts|appearances|outings|innings)(?![\w])",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?<![\w])(?:during|in)\s+(?:a|an|the|that|this|his|her|their)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:run|stretch|spell|half|quarter|period|overtime|inning)(?![\w])",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"(?<![\w])[A-Z][\w-]*\s+$")
_SPLIT_BEFORE = re.compile(r"\d\s+[.,:]\s+$")
_SPLIT_AFTER = re.compile(r"\s+[.,:]\s+\d")


def is_part(figure: PlacedFigure) -> bool:
    """Whether the figure counts a part ("six of his points") or the first or last few ("his
    first five points")."""
    value, text = figure.value, figure.text
    end = min(figure.sentence_end, value.end + 40)
    if _PART_AFTER.match(text, value.end, end):
        return True
    before = text[max(figure.sentence_start, value.start - 30) : value.start]
    return _FEW_BEFORE.search(before) is not None


def is_rate(figure: PlacedFigure) -> bool:
    """Whether the figure is an average or a rate: "averaged 22.8 points", "30 per game"."""
    value, text = figure.value, figure.text
    before = text[max(figure.sentence_start, value.start - 40) : value.start]
    if _RATE_BEFORE.search(before):
        return True
    return _RATE_AFTER.match(text, value.end, min(figure.sentence_end, value.end + 40)) is not None


def is_split_number(figure: PlacedFigure) -> bool:
    """Whether the figure is one piece of a number written in split tokens ("5 . 9")."""
    value, text = figure.value, figure.text
    if _SPLIT_BEFORE.search(text[max(0, value.start - 6) : value.start]):
        return True
    return _SPLIT_AFTER.match(text, value.end, value.end + 6) is not None


def not_a_whole_count(figure: PlacedFigure) -> bool:
    """Whether the figure, by the words around it, is a part, a rate or a split number."""
    return is_part(figure) or is_rate(figure) or is_split_number(figure) or is_label(figure)


def total_against_occasion(first: PlacedFigure, second: PlacedFigure) -> bool:
    """Whether one figure is a running total ("so far") and the other is not: a total and one
    occasion's count are two different things."""
    return bool(_RUNNING_TOTAL.search(first.sentence)) != bool(
        _RUNNING_TOTAL.search(second.sentence)
    )


def spans(figure: PlacedFigure) -> set[str]:
    """The spans of games or seasons ("in 54 games") or the part of a game ("during the
    deciding run", "in the second half") the figure's sentence counts within."""
    found = {m.group(0).lower() for m in _SPAN.finditer(figure.sentence)}
    return found | {m.group(0).lower() for m in _PERIOD.finditer(figure.sentence)}


def is_label(figure: PlacedFigure) -> bool:
    """Whether the figure is part of a name, written after its capitalised unit ("Internet
    Explorer 8", "Flight 171"): a version or a number of a name counts nothing."""
    unit = figure.value.unit
    if unit is None or is_measure(unit):
        return False
    before = figure.text[max(figure.sentence_start, figure.value.start - 40) : figure.value.start]
    return unit.split()[-1].lower() in before.lower().split()[-1:] and bool(
        _LABEL_BEFORE.search(before)
    )


def _in_a_span(figure: PlacedFigure) -> bool:
    offset = figure.value.start - figure.sentence_start
    return any(m.start(1) <= offset < m.end(1) for m in _SPAN.finditer(figure.sentence))


def same_thing_described(first: PlacedFigure, second: PlacedFigure) -> bool:
    """Whether two figures count one thing by the span they are counted within: the same span
    of games or seasons, or part of a game, when either has one. (A figure that describes
    another noun, "a seven-year deal", is `attribute_figures`' to judge.)"""
    if _in_a_span(first) or _in_a_span(second):
        return False
    return spans(first) == spans(second)


def counts_may_conflict(first: PlacedFigure, second: PlacedFigure) -> bool:
    """Whether two differing figures of one slot can be a disagreement: the checks of
    :func:`figures_may_conflict` (vague, increment, conversion, another moment), neither is a
    part, a rate or a split number, both describe the same thing, and (tolls aside) neither is
    a running total set against one occasion's count."""
    if not figures_may_conflict(first, second):
        return False
    if not_a_whole_count(first) or not_a_whole_count(second):
        return False
    if not same_thing_described(first, second):
        return False
    return unit_of(first.value) in RISING_UNITS or not total_against_occasion(first, second)
