"""The day a meeting was held, as each article states it, in English and French: "the third
round of indirect talks was held on Saturday, April 26", "Saturday's talks", "Witkoff held
talks with the Iranian minister in Muscat on Sunday", "les pourparlers ont débuté ce vendredi
6 février".

A statement is tied to its meeting by a numbered round of talks ("the second round"), which
names one meeting across the whole story, or else by the event its article reports. Only
reports of the meeting itself count: plans ("will be held", "next Saturday"), meetings of a
sub-series (experts, technical teams), preparatory meetings and sentences naming two days are
left out. A weekday without a date is only as good as the words: it is kept as a weekday."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from crosscheck.claims import slot_lexicon as lex
from crosscheck.claims.day_attachment import attached
from crosscheck.records import AnnotatedArticle, Span

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FRENCH = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAY_OF = {
    **{name.lower(): i for i, name in enumerate(WEEKDAYS)},
    **{name: i for i, name in enumerate(_FRENCH)},
}
_WEEKDAY = r"(?:" + "|".join(WEEKDAY_OF) + r")"
WEEKDAY = re.compile(rf"\b(?P<day>{_WEEKDAY})\b", re.IGNORECASE)
_TALKS = (
    r"(?:talks|negotiations|discussions|consultations|meeting|round|pourparlers|négociations|"
    r"discussions|rencontre|réunion|entretiens)"
)
_START = r"began|begun|started|opened|kicked off|got under way|ont débuté|a débuté|ont commencé|a commencé|se sont ouverts?|s['’]est ouverte?"  # noqa: E501
_END = r"ended|concluded|wrapped up|closed|ont pris fin|a pris fin|se sont achevée?s|s['’]est achevée?|se sont terminée?s|s['’]est terminée?"  # noqa: E501
_WHOLE = r"(?:was |were )?held|took place|met|convened|ont eu lieu|a eu lieu|se sont tenue?s|s['’]est tenue?|se sont réunie?s"  # noqa: E501
_HAPPENED = rf"(?P<verb>{_START}|{_END}|{_WHOLE})"
_ON_DAY = rf"(?:\b(?:on|ce|le)\s+)?{_WEEKDAY}\b"
_GAP = r"[^.;:!?\"“”]"
# "Saturday's talks", "les pourparlers de samedi"
_POSSESSIVE = re.compile(
    rf"\b{_WEEKDAY}['’]s\s+(?:[\w\"“”-]+\s+){{0,3}}?{_TALKS}\b"
    rf"|\b(?:pourparlers|négociations|discussions|réunion|rencontre)\s+de\s+{_WEEKDAY}\b",
    re.IGNORECASE,
)
# "the talks ... ended in Oman on Sunday", "the delegations ... met on Saturday"
_NOUN_VERB_DAY = re.compile(
    rf"\b(?:{_TALKS}|delegations|délégations)\b{_GAP}{{0,120}}?\b{_HAPPENED}\b"
    rf"{_GAP}{{0,60}}?{_ON_DAY}",
    re.IGNORECASE,
)
# "held talks with ... in Muscat on Sunday", "on Saturday began a second round of talks"
_VERB_NOUN_DAY = re.compile(
    rf"\b(?P<verb>held|began|started|opened|concluded|wrapped up)\s+(?:\w+\s+){{0,4}}?"
    rf"{_TALKS}\b{_GAP}{{0,80}}?{_ON_DAY}"
    rf"|\bon\s+{_WEEKDAY}\s+(?P<verb2>held|began|started|opened|concluded|wrapped up)\s+"
    rf"(?:\w+\s+){{0,4}}?{_TALKS}\b",
    re.IGNORECASE,
)
_SHAPES = (_POSSESSIVE, _NOUN_VERB_DAY, _VERB_NOUN_DAY)
# Plans, other meetings and other moments: no report of the day this meeting was held.
NOT_THIS_MEETING = re.compile(
    r"\b(?:(?-i:may)|will|would|could|should|shall|expected|expects?|plans?|planned|scheduled|"
    r"set to|due|to be held|to (?:meet|hold|resume|start|begin|take place|continue)|"
    r"agreed|tentatively|next|coming|upcoming|following|later|"
    r"ahead of|before|prior to|after (?:the|a|their|its) (?:talks|negotiations|meeting|round)|"
    r"preparations?|prepare|arrangements|to discuss|"
    r"if|unless|expert|experts|technical|techniques?|last|previous|earlier|since|every|"
    r"doit|doivent|devrai(?:en)?t|pourrai(?:en)?t|prochaine?s?|prévue?s?|se tiendr\w+|"
    r"auront lieu|aura lieu|avant|après|dernier|dernière|chaque)\b",
    re.IGNORECASE,
)
# "said on Sunday that the talks had been held": the day of the saying, not of the meeting.
_SAYING = re.compile(
    r"\b(?:said|says|told|announced|stated|reported|wrote|tweeted|posted|added|noted|"
    r"a déclaré|a annoncé|a indiqué|a affirmé|a écrit|selon)\b",
    re.IGNORECASE,
)
START, END, WHOLE = "start", "end", "whole"


@dataclass(frozen=True, slots=True)
class MeetingDay:
    """One article's statement of the day a meeting was held."""

    meeting: str  # "round 2" (story-wide) or "event" (the article's event)
    weekday: int  # 0 = Monday
    day: date | None  # the date, when the words give one ("April 12", "6 février")
    phase: str  # START, END or WHOLE: the moment of the meeting the day is given for
    words: str  # the day as written
    span: Span
    # the day the words resolve to against a dated article's publication ("on Sunday" in a
    # report of Monday 14 April: the 13th), to tell two meetings of one event apart
    resolved: date | None = None


def _phase(verb: str | None) -> str:
    if not verb:
        return WHOLE
    if re.fullmatch(_START, verb, re.IGNORECASE):
        return START
    if re.fullmatch(_END, verb, re.IGNORECASE):
        return END
    return WHOLE


# "today", "yesterday": a day read off the article's publication date, which is its own.
_TODAY = r"today|yesterday|aujourd['’]hui|hier"


def _written_dates(
    annotated: AnnotatedArticle, start: int, end: int, own: Callable[[int], bool]
) -> set[date]:
    """Dates the words give ("April 12", "6 février", "yesterday" in a dated article) that
    are `own` (attached to the meeting), not a bare weekday resolved against the publication
    date, nor an ISO dateline."""
    return {
        t.day
        for t in annotated.times
        if t.day is not None
        and start <= t.start < end
        and (
            (
                t.kind == "DATE"
                and re.search(r"\d", t.text)
                and not re.fullmatch(r"\d{4}|\d{4}-\d\d-\d\d", t.text.strip())
            )
            or re.fullmatch(_TODAY, t.text.strip(), re.IGNORECASE)
        )
        and own(t.start)
    }


def _rounds(text: str) -> list[re.Match[str]]:
    """The numbered rounds of talks a sentence reports (not those of a sub-series)."""
    found = []
    for match in lex.ROUND.finditer(text):
        series = match.group("of") or ""
        if series and not (lex.TALKS.search(series) and not lex.SUB_SERIES.search(series)):
            continue
        if not series and (not lex.TALKS.search(text) or lex.OTHER_SERIES.search(text)):
            continue
        found.append(match)
    return found


# The meeting's own words, to which its day must be attached: its nouns and verbs.
_EVENT_WORDS = re.compile(
    rf"\b(?:{_TALKS}|delegations|délégations|{_START}|{_END}|{_WHOLE}|held|met)\b",
    re.IGNORECASE,
)


def _french(annotated: AnnotatedArticle, offset: int) -> bool:
    paragraph = next((p for p in annotated.article.paragraphs if p.start <= offset < p.end), None)
    language = paragraph.language if paragraph is not None else None
    return (language or annotated.article.language) == "fr"


def _statement(
    meeting: str, clause: str, offset: int, annotated: AnnotatedArticle, verb: str | None
) -> MeetingDay | None:
    """The day a clause gives for its meeting, when it gives one and only one, and the
    sentence's parse attaches it to the meeting's words (not to a saying or another act)."""
    text = annotated.article.text
    sentence = next(s for s in annotated.sentences if s.start <= offset < s.end)
    whole = text[sentence.start : sentence.end]
    french = _french(annotated, sentence.start)

    def own(start: int) -> bool:
        return attached(whole, start - sentence.start, _EVENT_WORDS, french)

    named = [m for m in WEEKDAY.finditer(clause) if own(offset + m.start())]
    weekdays = {WEEKDAY_OF[m.group("day").lower()] for m in named}
    days = _written_dates(annotated, offset, offset + len(clause), own)
    if len(weekdays) > 1 or len(days) > 1 or not (weekdays or days):
        return None
    day = next(iter(days), None)
    if day is not None and weekdays and day.weekday() not in weekdays:
        return None  # the words contradict themselves: leave it to a reader
    weekday = day.weekday() if day is not None else next(iter(weekdays))
    words = named[0] if named else None
    span = Span(
        article=annotated.article.id,
        start=sentence.start,
        end=sentence.end,
        text=text[sentence.start : sentence.end],
    )
    shown = WEEKDAYS[weekday] + (f" {day.isoformat()}" if day else "")
    resolved = day or next(
        (
            t.day
            for t in annotated.times
            if t.day is not None
            and offset <= t.start < offset + len(clause)
            and t.day.weekday() == weekday
        ),
        None,
    )
    return MeetingDay(
        meeting, weekday, day, _phase(verb), words.group() if words else shown, span, resolved
    )


def _round_statements(text: str, offset: int, annotated: AnnotatedArticle) -> Iterator[MeetingDay]:
    rounds = _rounds(text)
    for index, match in enumerate(rounds):
        start = match.start() if index else 0
        end = rounds[index + 1].start() if index + 1 < len(rounds) else len(text)
        clause = text[start:end]
        if _SAYING.search(clause):
            continue
        verb = re.search(rf"\b{_HAPPENED}\b", clause, re.IGNORECASE)
        meeting = f"round {lex.ORDINALS[match.group('ordinal').lower()]}"
        found = _statement(
            meeting, clause, offset + start, annotated, verb.group("verb") if verb else None
        )
        if found is not None:
            yield found


def _event_statement(text: str, offset: int, annotated: AnnotatedArticle) -> MeetingDay | None:
    for shape in _SHAPES:
        match = shape.search(text)
        if match is None:
            continue
        if _SAYING.search(match.group()):
            return None
        groups = match.groupdict()
        verb = groups.get("verb") or groups.get("verb2")
        return _statement("event", text, offset, annotated, verb)
    return None


# Where a sentence goes on to another matter: "the talks ended on Friday, with both sides
# agreeing to meet again next week" reports Friday's talks, then a plan.
_NEXT_CLAUSE = re.compile(
    r",\s+(?:with|and|as|while|but|where|after which|before|amid|avec|et|alors que|mais)\b"
    r"|;|\s[—–]\s"
)


def report_part(words: str) -> str:
    """The sentence up to the clause that follows its first day: the rest may be a plan or
    another meeting, and is not read."""
    first = re.search(rf"\d|\b{_WEEKDAY}\b", words, re.IGNORECASE)
    if first is None:
        return words
    later = _NEXT_CLAUSE.search(words, first.end())
    return words if later is None else words[: later.start()]


def meeting_days(annotated: AnnotatedArticle) -> list[MeetingDay]:
    """Every statement in the article of the day a meeting was held."""
    text = annotated.article.text
    found: list[MeetingDay] = []
    for sentence in annotated.sentences:
        words = text[sentence.start : sentence.end]
        if not (WEEKDAY.search(words) or re.search(r"\d", words)):
            continue
        words = report_part(words)
        if NOT_THIS_MEETING.search(words):
            continue
        if _rounds(words):
            found.extend(_round_statements(words, sentence.start, annotated))
        elif WEEKDAY.search(words):
            statement = _event_statement(words, sentence.start, annotated)
            if statement is not None:
                found.append(statement)
    return found
