"""Slots of an event read from every sentence of an article, in English, French and other
languages: what the event measured (a quake's magnitude, its depth), how many were killed or
injured (each figure with the source it is attributed to), how far and in which direction from
a named place it happened, its local time, and where a numbered round of talks was held.
Outlets word these differently ("a 7-magnitude earthquake", "une magnitude de 7,2"), so the slot
is told by a small lexicon around the value (`slot_figures`), not by the sentence as a whole;
figures that are parts of a total, hedged, localised, historical or of a lesser shock are left
out or put in a slot of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.distances import FELT_DISTANCE, event_distances
from crosscheck.claims.escorts import escort_sizes
from crosscheck.claims.later_shock import later_shock_measures, of_the_other_shock
from crosscheck.claims.slot_figures import (
    COUNT,
    GROUP_SIZE,
    MEASURE,
    Found,
    figures,
    parse_number,
    people_count,
    sourced_figures,
    spelled_pattern,
)
from crosscheck.claims.slot_rounds import round_places
from crosscheck.claims.slot_times import event_times
from crosscheck.claims.subgroups import subgroup_counts
from crosscheck.claims.value_agreement import fold_place
from crosscheck.records import AnnotatedArticle, ClaimValue, Sentence

__all__ = [
    "ANOTHER",
    "COUNT",
    "GROUP_SIZE",
    "MEASURE",
    "ROUND_PLACE",
    "Found",
    "SlotValue",
    "article_slots",
    "figures",
    "group_sizes",
    "incident_types",
    "parse_number",
    "present_year",
]

ROUND_PLACE = "round_place"
# A shock a whole magnitude below the strongest an article names is an aftershock or a
# foreshock: the figures of a sentence about it are not the main shock's.
LESSER_SHOCK = 1.0


@dataclass(frozen=True, slots=True)
class SlotValue:
    """One value an article gives for one slot of its event, with the sentence stating it."""

    slot: str  # "magnitude", "depth km", "injured|hospital|marrakech safi", "round 2", ...
    family: str  # MEASURE, COUNT or ROUND_PLACE: which comparison rule applies
    value: ClaimValue
    article: str
    sentence_start: int
    sentence_end: int
    # days stated beside the value (ISO): in its clause for a round, its sentence otherwise
    # (for a count, but for the days said of the incident itself)
    days: frozenset[str] = frozenset()
    # the places the sentence names (folded), to tell one incident's toll from another's
    places: frozenset[str] = frozenset()
    # the types of deadly incident ("quake", "flood", "attack", ...) the sentence or the one
    # before names (an aftershock is none: its toll is a part of the quake's)
    incidents: frozenset[str] = frozenset()
    # who the sentence attributes the figure to ("the Taliban", "the UN"), "" when it does not
    source: str = ""
    # the magnitude of the shock the sentence speaks of: its own, else its article's main one
    shock: float | None = None
    # for a shock after the main one, the clock time its scene tells of it
    moment: ClaimValue | None = None


def present_year(annotated: AnnotatedArticle, event_year: int | None) -> int | None:
    """The year the article reports on: its event's, its publication's, else the latest year
    it names."""
    if event_year is not None:
        return event_year
    if annotated.article.published is not None:
        return annotated.article.published.year
    years = [int(y) for y in lex.YEAR.findall(annotated.article.text)]
    return max(years) if years else None


def incident_types(scene: str) -> frozenset[str]:
    """The types of deadly incident some words name (a quake, a flood, an attack, ...); none
    when they speak of an aftershock, whose toll is a part of its quake's. Buildings that
    collapse in a quake, a flood or a blast are part of that incident, not one of their own."""
    if lex.AFTERSHOCK.search(scene):
        return frozenset()
    kinds = {kind for kind, words in lex.INCIDENTS.items() if words.search(scene)}
    return frozenset(kinds - {"collapse"} if len(kinds) > 1 else kinds)


# The cheap test a sentence passes before it is parsed: every slot value has a digit ("7.2",
# "23h11"), a clock word or a numbered round. Most sentences of a report have none.
_WORTH_PARSING = re.compile(r"\d|\b(?:midnight|minuit|noon|midi)\b", re.IGNORECASE)


def _worth_parsing(words: str, language: str | None) -> bool:
    spelled = spelled_pattern((language or "en").split("-")[0])
    return bool(
        _WORTH_PARSING.search(words)
        or lex.ROUND.search(words)
        or (spelled is not None and spelled.search(words))
    )


# A day said of the incident itself ("the storm that hit on Sunday", "collapsed on Monday
# night", "since Sunday") is not the moment a toll was counted: the toll is the report's.
_INCIDENT_DAY = re.compile(
    r"\b(?:hit|struck|strikes?|swept|slammed|battered|lashed|burst|collapsed|made landfall|"
    r"crashed|exploded|erupted|broke|began|started|since|frappé|touché|balayé|effondrée?s?|"
    r"cédé|rompu|depuis)\b[^.;:,()]{0,40}$",
    re.IGNORECASE,
)


def _moment_days(annotated: AnnotatedArticle, start: int, end: int) -> frozenset[str]:
    """The days a sentence names, but for those said of the incident itself."""
    text = annotated.article.text
    return frozenset(
        t.day.isoformat()
        for t in annotated.times
        if t.day is not None
        and start <= t.start < end
        and not _INCIDENT_DAY.search(text[start : t.start])
    )


def _places_in(annotated: AnnotatedArticle, start: int, end: int) -> frozenset[str]:
    return frozenset(
        fold_place(m.text)
        for m in annotated.mentions
        if m.kind == "name" and m.type in ("GPE", "LOC") and start <= m.start < end
    )


def _magnitudes(sentence: Sentence, text: str) -> list[float]:
    """Every magnitude the sentence gives ("Magnitude: 3.6", "a 6.4-magnitude quake")."""
    words = text[sentence.start : sentence.end]
    return [
        float((m.group("after") or m.group("before")).replace(",", "."))
        for m in lex.ANY_MAGNITUDE.finditer(words)
    ]


def _main_magnitude(annotated: AnnotatedArticle, year: int | None) -> float | None:
    """The magnitude of the article's main shock: the strongest its first sentence giving one
    (and naming no earlier year) gives."""
    text = annotated.article.text
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if year is not None and any(int(y) < year for y in lex.YEAR.findall(words)):
            continue
        magnitudes = _magnitudes(sentence, text)
        if magnitudes:
            return max(magnitudes)
    return None


def _lesser_shock(magnitudes: list[float], strongest: float | None) -> bool:
    return strongest is not None and any(m < strongest - LESSER_SHOCK for m in magnitudes)


def article_slots(annotated: AnnotatedArticle, year: int | None) -> list[SlotValue]:
    """Every slot value the article states, sentence by sentence. A sentence naming a year
    before `year` speaks of an earlier event: its figures are not this event's."""
    text = annotated.article.text
    language = annotated.article.language
    article = annotated.article.id
    found: list[SlotValue] = []
    before = ""
    strongest = _main_magnitude(annotated, year)
    headline = bool(lex.ANOTHER_SHOCK.search(annotated.article.title or ""))
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        previous = before
        scene, before = before + " " + words, words
        if not _worth_parsing(words, language):
            continue
        past = year is not None and any(int(y) < year for y in lex.YEAR.findall(words))
        # figures of another shock than the story's main one are not its figures
        magnitudes = _magnitudes(sentence, text)
        past = (
            past
            or bool(lex.PAST_SHOCK.search(re.sub(r"\([^()]*\)", "", words)))
            or _lesser_shock(magnitudes, strongest)
        )
        another = bool(lex.ANOTHER_SHOCK.search(scene))
        historical = past or another
        shock = max(magnitudes, default=strongest)
        if (another or headline) and not past and of_the_other_shock(annotated, sentence, words):
            found.extend(_another_shocks_measures(annotated, sentence, scene, shock))
        stated = sourced_figures(words, sentence.start, language, historical)
        if stated:
            days = _moment_days(annotated, sentence.start, sentence.end)
            places = _places_in(annotated, sentence.start, sentence.end)
            incidents = incident_types(scene)
        for slot, family, value, source in stated:
            found.append(
                SlotValue(
                    slot,
                    family,
                    value,
                    article,
                    sentence.start,
                    sentence.end,
                    days,
                    places,
                    incidents,
                    source,
                    shock,
                )
            )
        if not historical:
            found.extend(_subgroups(annotated, sentence, previous, scene))
            found.extend(
                replace(value, shock=shock)
                for value in _event_slots(words, sentence.start, annotated)
            )
    return found


ANOTHER = "another shock"


def _subgroups(
    annotated: AnnotatedArticle, sentence: Sentence, previous: str, scene: str
) -> Iterator[SlotValue]:
    """The counts of a subgroup of a toll ("among them, 99 are women") the sentence gives."""
    text = annotated.article.text
    words = text[sentence.start : sentence.end]
    found = list(subgroup_counts(words, sentence.start, previous, annotated.article.language))
    if not found:
        return
    days = _moment_days(annotated, sentence.start, sentence.end)
    places = _places_in(annotated, sentence.start, sentence.end)
    incidents = incident_types(scene)
    for slot, value in found:
        yield SlotValue(
            slot,
            COUNT,
            value,
            annotated.article.id,
            sentence.start,
            sentence.end,
            days,
            places,
            incidents,
        )


def _another_shocks_measures(
    annotated: AnnotatedArticle, sentence: Sentence, scene: str, shock: float | None
) -> Iterator[SlotValue]:
    """The measures a sentence gives of another shock than the story's main one, in slots of
    their own ("magnitude|another shock"), with the days and the clock time told of it."""
    for measure in later_shock_measures(annotated, sentence, scene):
        yield SlotValue(
            f"{measure.slot}|{ANOTHER}",
            MEASURE,
            measure.value,
            annotated.article.id,
            sentence.start,
            sentence.end,
            measure.days,
            source=measure.source,
            shock=shock,
            moment=measure.moment,
        )


def _event_slots(words: str, offset: int, annotated: AnnotatedArticle) -> Iterator[SlotValue]:
    """The time of the event, its distance from a place, the size of a team and the place of a
    numbered round."""
    article, end = annotated.article.id, offset + len(words)
    aftershock = lex.AFTERSHOCK.search(words)
    times = [] if aftershock else event_times(words, offset)
    if len({t.value for t in times}) == 1:  # two times in one sentence: which is the event's?
        yield SlotValue("time", MEASURE, times[0], article, offset, end)
    if re.search(r"\d", words):
        for slot, size in group_sizes(words, offset, annotated):
            yield SlotValue(slot, GROUP_SIZE, size, article, offset, end)
        for slot, size in escort_sizes(words, offset, annotated):
            days = _moment_days(annotated, offset, end)
            yield SlotValue(slot, GROUP_SIZE, size, article, offset, end, days)
    if (re.search(r"\d", words) or FELT_DISTANCE.search(words)) and not aftershock:
        for slot, distance, named_at in event_distances(words, offset, annotated.article.language):
            place = distance.model_copy(update={"mention": _mention_at(annotated, named_at)})
            yield SlotValue(slot, MEASURE, place, article, offset, end)
    for slot, place, days in round_places(words, offset, annotated):
        yield SlotValue(slot, ROUND_PLACE, place, article, offset, end, days)


def _mention_at(annotated: AnnotatedArticle, start: int) -> int | None:
    """The index of the name mention starting at `start`, if any."""
    return next((i for i, m in enumerate(annotated.mentions) if m.start <= start < m.end), None)


def group_sizes(
    text: str, offset: int, annotated: AnnotatedArticle
) -> Iterator[tuple[str, ClaimValue]]:
    """(slot, size) of each named team whose size follows its name ("the Military Emergency
    Unit (UME), consisting of 56 soldiers"). The slot is "size|" and the team's abbreviation
    when it has one ("UME": outlets spell the name out or not), else "size" and the value's
    `mention` names the team."""
    seen: set[int] = set()
    for index, mention in enumerate(annotated.mentions):
        if mention.type != "ORG" or mention.kind != "name":
            continue
        if not (offset <= mention.start and mention.end <= offset + len(text)):
            continue
        found = lex.GROUP_CUE.match(text, mention.end - offset)
        if found is None or found.end() in seen:
            continue
        seen.add(found.end())
        number = parse_number(found.group("number").rstrip(",."), annotated.article.language)
        if number is None:
            continue
        abbreviation = re.search(r"\(([A-Z][A-Z0-9&-]{1,9})\)", found.group("gap"))
        if abbreviation is None and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", mention.text):
            abbreviation = re.match(r".+", mention.text)
        slot = (
            f"size|{abbreviation.group(1 if abbreviation.re.groups else 0).lower()}"
            if abbreviation
            else "size"
        )
        start, end = offset + found.start("number"), offset + found.end("people")
        yield (
            slot,
            people_count(annotated.article.text, start, end, number, index),
        )
