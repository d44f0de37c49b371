"""When two claims of different articles corroborate each other, whatever backend paired them.

A fact-checker signs a corroboration only when both sentences state the same proposition about
the same thing at the same time. Each rule below refuses one way two close sentences differ:

- the same moment: the moments the claims resolve to (their own dates, a weekday read back
  from the publication date, else their event's date) meet; the articles report one event,
  or both claims name their moment themselves; ordinals agree ("the second round" is not "the
  third"); claims naming no moment of their own come from reports at most a few days apart;
- the same subject (entity ids where the subject names entities, words otherwise; a pronoun
  stands for the speaker of a reported claim, and is uncheckable without one) and the same
  predicate (verb class);
- every figure on one side has a counterpart the other allows ("six air bases" / "eight
  installations"; "sent 86 troops" / "sent a team" is related, not the same), except a count
  the other side spells out as a list of the same names;
- the same speaker side: two identifiable speakers (entity ids) must be one;
- no page furniture (caption, credit, byline, a wire caption's closing date) and no
  boilerplate shape ("did not elaborate", "declined to comment"): those share a shape, not a
  proposition.

One sentence printed word for word by two articles needs only the speaker, moment and
furniture rules: the parser's reading of it cannot make it two propositions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.claims.figures import (
    Figure,
    compared,
    figures_close,
    figures_of,
    main_values,
    month_days_agree,
)
from crosscheck.claims.match_confirmed import last_weekdays
from crosscheck.claims.match_lexical import opposite, same_verb
from crosscheck.claims.negation_words import negation_differs
from crosscheck.claims.value_agreement import (
    same_moment,
    sequence_marks,
    values_agree,
    values_of,
)
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.ingest.junk import classify_lines
from crosscheck.records import Claim

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Subjects that name nothing checkable by themselves.
_PRONOUNS = frozenset(
    "i we you he she it they this that these those who which one someone anyone everyone"
    " il elle ils elles on".split()
)
_DETERMINERS = frozenset("the a an its their his her our".split())
# Verbs of telling: negated, they say only that something was not said ("did not elaborate").
_TELLING = frozenset(
    "say tell elaborate specify comment respond reply answer disclose detail give provide"
    " reveal identify name explain confirm indicate mention clarify return".split()
)
_BOILERPLATE = re.compile(
    r"\b(declined|refused) to (comment|elaborate|say|specify|give|provide|disclose)|"
    r"\bcould not be (reached|immediately reached)|\bno (further )?(details|comment)\b|"
    r"\bnot immediately (clear|known|available)\b|\brequest for comment\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Two claims that name no moment of their own are read as of their reports' days: reports
# further apart than this may tell two different rounds of one story in the same words.
MAX_UNDATED_DAYS = 3
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
)
# a wire caption ends on its date after a comma, with no "on" before it
_CAPTION_DATE = re.compile(
    rf",\s+(?:{_MONTHS})\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\s*[.)\]]*\s*$", re.IGNORECASE
)
_FURNITURE = frozenset({"photo caption", "byline", "timestamp", "dateline", "chrome"})


def _weekday_days(claim: Claim, corpus: Corpus) -> set[str]:
    return {day.isoformat() for day in last_weekdays(claim, corpus)}


def own_moments(claim: Claim, corpus: Corpus) -> set[str]:
    """The calendar moments the claim itself names, as ISO prefixes: its dates ("2021-09",
    "2025-04-12"), else its weekdays read back from its article's publication."""
    dated = {v.value.strip() for v in values_of(claim.values, "date") if _ISO.match(v.value)}
    return dated or _weekday_days(claim, corpus)


def claim_moments(claim: Claim, corpus: Corpus) -> set[str]:
    """`own_moments`, else the date of the event its article reports (none if unknown)."""
    moments = own_moments(claim, corpus)
    if moments:
        return moments
    event = corpus.events.get(corpus.event_of.get(claim.article, ""))
    return {event.date.isoformat()} if event is not None and event.date is not None else set()


def _meet(first: set[str], second: set[str]) -> bool:
    """Some moment of one side can be a moment of the other ("2021-09" and "2021-09-22")."""
    return any(a.startswith(b) or b.startswith(a) for a in first for b in second)


def _published_together(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Published within a few days of each other (or a publication date unknown)."""
    day_a, day_b = corpus.published(first.article), corpus.published(second.article)
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= MAX_UNDATED_DAYS


def same_occasion(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Both claims speak of one moment: known moments must meet, and the articles must report
    one event unless the claims name their moment themselves. An ordinal on both sides must be
    the same ("the second round" / "the third round"); on one side only, the event decides."""
    moments_a, moments_b = claim_moments(first, corpus), claim_moments(second, corpus)
    if moments_a and moments_b and not _meet(moments_a, moments_b):
        return False
    if not same_moment(first, second):
        return False
    own_a, own_b = own_moments(first, corpus), own_moments(second, corpus)
    if not (own_a or own_b) and not _published_together(first, second, corpus):
        return False  # undated claims speak of their reports' days, and these are apart
    event_a = corpus.event_of.get(first.article)
    if event_a is not None and event_a == corpus.event_of.get(second.article):
        return True
    # without one event, both must name their moment and place it alike in any sequence
    return _meet(own_a, own_b) and sequence_marks(first.text) == sequence_marks(second.text)


def amounts(claim: Claim) -> list[tuple[float, float]]:
    """The ranges of the claim's figures: its typed quantities ("more than 2,100", "four",
    "about 60") and any other figure written in digits, dates and bare years aside."""
    return [f.bounds for f in figures_of(claim)]


def _named_together(first: Claim, second: Claim, corpus: Corpus) -> int:
    """How many places, parties and people both claims name (by entity id)."""

    def named(claim: Claim) -> set[str]:
        kinds = values_of(claim.values, "place", "participant", "person")
        ids = (corpus.entity(claim.article, v.mention) for v in kinds)
        return {e for e in ids if e}

    return len(named(first) & named(second))


def same_figures(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Every figure on one side has a counterpart the other side allows ("more than 1,400" and
    "1,400"), and the typed values (units, dates, places) can all be true together. A small
    count on one side only is confirmed when the other names exactly that many of the same
    things ("four countries: Britain, Spain, Qatar and the UAE" / "Spain, the United Kingdom,
    Qatar and the UAE"). A figure in a side clause of one claim ("..., after the quake that
    killed 2,100") is compared only when the other states a figure of the same unit."""
    first, second = _resolved_places(first, corpus), _resolved_places(second, corpus)
    all_a, all_b = figures_of(first), figures_of(second)
    a, b = compared(all_a, all_b), compared(all_b, all_a)
    listed = float(_named_together(first, second, corpus))

    def covered(mine: list[Figure], theirs: list[Figure]) -> bool:
        return all(
            any(
                x.bounds[0] <= y.bounds[1] and y.bounds[0] <= x.bounds[1] and figures_close(x, y)
                for y in theirs
            )
            or (listed >= 2 and x.bounds == (listed, listed))
            for x in mine
        )

    skipped_a = [f for f in all_a if f not in a]
    skipped_b = [f for f in all_b if f not in b]
    return (
        covered(a, b)
        and covered(b, a)
        and month_days_agree(first.text, second.text)
        and values_agree(*main_values((first, skipped_a), (second, skipped_b)))
    )


def _resolved_places(claim: Claim, corpus: Corpus) -> Claim:
    """The claim with each place that names a mention resolved to an entity read as that
    entity: "Valencia" and "Valência" (or "Valence") are one place when resolution says so,
    whatever the language spells."""
    values = [
        v.model_copy(update={"value": entity})
        if v.kind == "place"
        and v.mention is not None
        and (entity := corpus.entity(claim.article, v.mention))
        else v
        for v in claim.values
    ]
    if values == claim.values:
        return claim
    return claim.model_copy(update={"values": values})


@lru_cache(maxsize=1 << 16)
def _subject_words(subject: str) -> frozenset[str]:
    return frozenset(analyse(subject)) - _DETERMINERS


def _bare_pronoun(subject: str | None) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", (subject or "").lower()) if w not in _DETERMINERS]
    return not words or all(w in _PRONOUNS for w in words)


def _entity_ids(claim: Claim, corpus: Corpus) -> frozenset[str]:
    ids = (corpus.entity(claim.article, i) for i in claim.entities)
    return frozenset(e for e in ids if e)


def _inside(claim: Claim, corpus: Corpus, start: int, end: int) -> set[str]:
    """The entity ids of the claim's mentions between two offsets of its article."""
    mentions = corpus.articles[claim.article].mentions
    ids = set()
    for index in claim.entities:
        entity = corpus.entity(claim.article, index)
        if entity and start <= mentions[index].start and mentions[index].end <= end:
            ids.add(entity)
    return ids


def _speaker_ids(claim: Claim, corpus: Corpus) -> set[str]:
    ids = {claim.speaker} if claim.speaker else set()
    who = claim.speaker_text or claim.attribution
    text = corpus.articles[claim.article].article.text
    begin = claim.sentence_start if claim.sentence_start is not None else claim.start
    at = text.find(who, begin) if who else -1
    if who and at >= 0:
        ids |= _inside(claim, corpus, at, at + len(who))
    return ids


@dataclass(frozen=True, slots=True)
class _Subject:
    """What a claim is about: entity ids and words; `loose` when the parser found no subject
    and any entity of the sentence may be it."""

    ids: frozenset[str]
    words: frozenset[str]
    loose: bool = False


def subject_of(claim: Claim, corpus: Corpus) -> _Subject | None:
    """The claim's subject: its resolved entity and the mentions inside its words; a pronoun
    stands for the speaker of a reported claim ("Morocco said it accepted"); None when nothing
    checkable is left (an unattributed "they")."""
    if claim.subject is None:
        return _Subject(_entity_ids(claim, corpus), frozenset(), loose=True)
    if _bare_pronoun(claim.subject):
        who = claim.speaker_text or claim.attribution
        if not who:
            return None
        return _Subject(frozenset(_speaker_ids(claim, corpus)), frozenset(analyse(who)))
    ids = {claim.subject_entity} if claim.subject_entity else set()
    at = claim.text.find(claim.subject)
    if at >= 0:
        ids |= _inside(claim, corpus, claim.start + at, claim.start + at + len(claim.subject))
    return _Subject(frozenset(ids), _subject_words(claim.subject))


def _not_a_place(entity: str) -> bool:
    return not entity.startswith(("gpe:", "loc:", "fac:"))


def same_subject(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """One subject on both sides: shared entity ids when both name entities, else shared
    words. Where the parser found no subject, the other side's subject entities must be named
    in that sentence (both unparsed: a person or organisation both name); shared places alone
    are no shared subject."""
    a, b = subject_of(first, corpus), subject_of(second, corpus)
    if a is None or b is None:
        return False
    if a.loose and b.loose:
        # no entity on either side: nothing to tell the subjects apart; the backend's words
        # decide. Otherwise a person or organisation named on both sides.
        return not (a.ids or b.ids) or any(_not_a_place(e) for e in a.ids & b.ids)
    if a.loose or b.loose:
        strict, loose = (b, a) if a.loose else (a, b)
        return bool(strict.ids) and strict.ids <= loose.ids
    if a.ids and b.ids:
        return bool(a.ids & b.ids)
    return bool(a.words & b.words)


def same_speaker_side(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Not put in the mouths of two different speakers: both resolved and different ("Araghchi
    said" / "Witkoff said"), or both descriptions naming entities and none in common. An
    unattributed claim, or an anonymous description ("officials", "diplomats"), cannot be
    told apart from the other side's speaker."""
    if first.speaker and second.speaker:
        return first.speaker == second.speaker
    who_a, who_b = _speaker_ids(first, corpus), _speaker_ids(second, corpus)
    return not (who_a and who_b) or bool(who_a & who_b)


def boilerplate(claim: Claim) -> bool:
    """A shape news repeats about anything: a negated verb of telling ("did not elaborate",
    "did not say when"), "declined to comment", "could not be reached"."""
    if _BOILERPLATE.search(claim.text):
        return True
    verb = claim.predicate.split()[0] if claim.predicate else ""
    return claim.polarity == "negative" and verb in _TELLING


def _line_of(text: str, start: int, end: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return text[begin : stop if stop >= 0 else len(text)]


def page_furniture(claim: Claim, corpus: Corpus) -> bool:
    """Whether the line the claim was read from is a caption, credit, byline or date line, or
    its sentence has the shape of a wire-photo caption: a scene closed by its full date after a
    comma ("A man walks near the mosque, in Tinmel, Morocco, September 11, 2023.")."""
    text = corpus.articles[claim.article].article.text
    if _line_reason(_line_of(text, claim.start, claim.end)) in _FURNITURE:
        return True
    start = claim.sentence_start if claim.sentence_start is not None else claim.start
    end = claim.sentence_end if claim.sentence_end is not None else claim.end
    return caption_shaped(text[start:end])


def caption_shaped(sentence: str) -> bool:
    """A sentence closed by its full date after a comma, not after a weekday ("on Saturday,
    April 12, 2025" is prose)."""
    found = _CAPTION_DATE.search(sentence)
    if found is None:
        return False
    before = re.findall(r"[^\W\d_]+", sentence[: found.start()].lower())
    return not before or before[-1] not in _WEEKDAYS


@lru_cache(maxsize=1 << 14)
def _line_reason(line: str) -> str | None:
    return classify_lines([line], detect_menus=False)[0]


def _not_apart(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Nothing places two copies of one sentence at different moments: known moments meet and
    the articles do not report two different events."""
    moments_a, moments_b = claim_moments(first, corpus), claim_moments(second, corpus)
    if moments_a and moments_b and not _meet(moments_a, moments_b):
        return False
    undated = not (own_moments(first, corpus) or own_moments(second, corpus))
    if undated and not _published_together(first, second, corpus):
        return False
    event_a, event_b = corpus.event_of.get(first.article), corpus.event_of.get(second.article)
    return event_a is None or event_b is None or event_a == event_b


@lru_cache(maxsize=1 << 16)
def _word_sequence(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", text.casefold()))


def verbatim(first: Claim, second: Claim) -> bool:
    """The same words in the same order (quotes, punctuation and case aside): one sentence
    printed twice, which states one proposition whatever the parser made of it."""
    return _word_sequence(first.text) == _word_sequence(second.text)


def corroborates(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether two claims that a backend found alike may be shown as one proposition told twice:
    same moment, subject, predicate, figures, truth and speaker side, and neither of them page
    furniture or boilerplate."""
    if verbatim(first, second):
        return (
            not opposite(first, second)  # "Iran denied that P" read as P, denied
            and same_speaker_side(first, second, corpus)
            and not boilerplate(first)
            and _not_apart(first, second, corpus)
            and not page_furniture(first, corpus)
        )
    return (
        not opposite(first, second)
        and not negation_differs(first, second)
        and same_verb(first, second)
        and same_figures(first, second, corpus)
        and same_speaker_side(first, second, corpus)
        and not (boilerplate(first) or boilerplate(second))
        and same_subject(first, second, corpus)
        and same_occasion(first, second, corpus)
        and not (page_furniture(first, corpus) or page_furniture(second, corpus))
    )
