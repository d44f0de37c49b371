"""Who led each side's delegation, as an article states it, in English and French: "the
Iranian delegation, led by Foreign Minister Abbas Araqchi", "Special Envoy Steve Witkoff headed
the US delegation", "the head of the Russian delegation, Vladimir Medinsky", "la délégation
américaine est conduite par Steve Witkoff".

Only the delegation of a side is read: a sub-delegation ("the 12-member US technical and
expert delegation", "Iran's expert delegation") has other leaders. Plans, earlier meetings and
co-leaders ("led by X and Y") are left out: the leader of this meeting's delegation cannot be
told from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from crosscheck.claims import slot_lexicon as lex
from crosscheck.records import AnnotatedArticle, Mention, Span

# The side: "Iranian", "U.S.", "Iran's", "United States", "Washington's" (capitalised).
_NOT_SIDE = r"(?!(?i:the|this|that|an?|its|their|his|her|our|each|both|new)\b)"
_SIDE = rf"(?P<side>{_NOT_SIDE}(?-i:[A-Z][\w.]*(?:['’]s)?|United States|U\.S\.))"
_TEAM = r"(?:negotiating\s+)?(?:delegation|negotiating team)\b"
_LED = r"(?:led|headed|chaired)"
# The delegation, then its leader after "led by".
_DELEGATION_LED_BY = re.compile(
    rf"\b{_SIDE}\s+{_TEAM}(?:\s+to the talks)?,?\s+(?:(?:was|is|has been|is being)\s+)?"
    rf"{_LED}\s+by\s+$",
    re.IGNORECASE,
)
_HEAD_OF = re.compile(
    rf"\b(?:head|chief) of (?:the\s+)?{_SIDE}\s+{_TEAM},?\s+(?:was\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_DELEGATION_HEAD = re.compile(
    rf"\b{_SIDE}\s+(?:delegation head|chief negotiator),?\s+$", re.IGNORECASE
)
_FRENCH_LED_BY = re.compile(
    r"\bdélégation\s+(?P<side>[a-zéèêï]+),?\s+(?:(?:est|était|a été)\s+)?"
    r"(?:conduite|menée|dirigée|présidée)\s+par\s+$"
    r"|\bchef de la délégation\s+(?P<side2>[a-zéèêï]+),?\s+$",
    re.IGNORECASE,
)
_LEAD_BEFORE = (_DELEGATION_LED_BY, _HEAD_OF, _DELEGATION_HEAD, _FRENCH_LED_BY)
# The leader, then the delegation: "Witkoff headed the US delegation", "Witkoff, who has led
# Washington's delegation".
_LEADS = re.compile(
    rf"^(?:,\s+who\s+(?:has\s+)?)?\s*(?:headed|led|heads|leads|is leading|was leading|"
    rf"is heading)\s+(?:the\s+)?{_SIDE}\s+{_TEAM}",
    re.IGNORECASE,
)
# Words a leader's title may hold between "led by" and the name ("U.S. Middle East envoy").
_TITLE_GAP = re.compile(r"^[^,;()]{0,80}$")
_CO_LEADER = re.compile(r"^\s*(?:,\s*)?(?:and|et)\s+$")
NOT_THIS_MEETING = re.compile(
    r"\b(?:will|would|could|expected|to lead|to head|set to|plans?|previous|previously|"
    r"earlier|former|formerly|last (?:week|month|year|round|time)|dirigera|conduira|"
    r"précédente?|ancien|auparavant)\b",
    re.IGNORECASE,
)
_UNITED_STATES = {"us", "u.s.", "usa", "united states", "american", "américaine", "americaine"}


def side_key(words: str) -> str:
    """One key per side however it is written: "Iranian", "Iran's", "iranienne" -> "iran"."""
    flat = re.sub(r"['’]s$", "", words.strip()).lower()
    if flat in _UNITED_STATES or flat.replace(".", "") in _UNITED_STATES:
        return "us"
    return flat.replace(".", "")[:4]


@dataclass(frozen=True, slots=True)
class LeaderStatement:
    """One article's statement of who led one side's delegation."""

    side: str  # side_key of the side
    side_text: str
    leader: int  # index of the leader's mention in the article
    meeting: str  # "round N" when the sentence names one, else "event"
    span: Span


def _persons(annotated: AnnotatedArticle, start: int, end: int) -> list[tuple[int, Mention]]:
    return [
        (i, m)
        for i, m in enumerate(annotated.mentions)
        if m.type == "PERSON" and m.kind == "name" and start <= m.start < end
    ]


def _meeting(words: str) -> str:
    rounds = {lex.ORDINALS[m.group("ordinal").lower()] for m in lex.ROUND.finditer(words)}
    return f"round {rounds.pop()}" if len(rounds) == 1 else "event"


def _led_by(annotated: AnnotatedArticle, start: int, end: int) -> Iterator[tuple[str, int]]:
    """(side words, leader mention) for each leader named after its delegation."""
    text = annotated.article.text
    persons = _persons(annotated, start, end)
    for position, (index, mention) in enumerate(persons):
        before = text[max(start, mention.start - 160) : mention.start]
        for shape in _LEAD_BEFORE:
            found = _cue_before(shape, before)
            if found is None:
                continue
            cue, gap = found
            if any(p.start >= mention.start - gap and p.start < mention.start for _, p in persons):
                break  # another person between the cue and this one: that one led
            side = cue.groupdict().get("side") or cue.groupdict().get("side2") or ""
            follows = persons[position + 1] if position + 1 < len(persons) else None
            if follows and _CO_LEADER.match(text[mention.end : follows[1].start]):
                break
            yield side, index
            break


def _cue_before(shape: re.Pattern[str], before: str) -> tuple[re.Match[str], int] | None:
    """The cue ending right before the name, a title in between allowed; with the title's
    length."""
    for split in (m.end() for m in re.finditer(r"\s+", before)):
        cue = shape.search(before[:split])
        if cue is not None and _TITLE_GAP.match(before[split:]):
            return cue, len(before) - split
    return None


def _leads(annotated: AnnotatedArticle, start: int, end: int) -> Iterator[tuple[str, int]]:
    """(side words, leader mention) for each leader named before the delegation it led."""
    text = annotated.article.text
    for index, mention in _persons(annotated, start, end):
        found = _LEADS.match(text[mention.end : end])
        if found is not None:
            yield found.group("side"), index


def delegation_leaders(annotated: AnnotatedArticle, year: int | None) -> list[LeaderStatement]:
    """Every statement in the article of who led a side's delegation."""
    text = annotated.article.text
    found: list[LeaderStatement] = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not re.search(r"délégation|delegation|negotiating team", words, re.IGNORECASE):
            continue
        if NOT_THIS_MEETING.search(words):
            continue
        if year is not None and any(int(y) < year for y in lex.YEAR.findall(words)):
            continue
        span = Span(
            article=annotated.article.id, start=sentence.start, end=sentence.end, text=words
        )
        meeting = _meeting(words)
        stated = {
            *_led_by(annotated, sentence.start, sentence.end),
            *_leads(annotated, sentence.start, sentence.end),
        }
        for side, leader in sorted(stated, key=lambda s: s[1]):
            found.append(LeaderStatement(side_key(side), side, leader, meeting, span))
    return found
