"""Direct quotes with their speakers. Quotation marks are found by pattern (the parse is not
reliable around them); the speaker is the subject of the reporting verb next to the quote.
Scare quotes and quoted names are not quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.claims.lexicon import QUOTE_VERBS
from crosscheck.claims.quote_speakers import FoundSpeaker, speaker_after, speaker_before
from crosscheck.claims.reported import (
    child,
    doc_text,
    phrase_span,
    speaker_like,
    speaker_mention,
    trimmed,
)
from crosscheck.ids import content_id
from crosscheck.records import Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Opening mark -> closing marks. Straight quotes pair in order within a paragraph.
_PAIRS = re.compile(r'"([^"\n]+)"|“([^“”\n]+)”|«\s?([^«»\n]+?)\s?»|„([^„“”\n]+)[“”]')
MIN_WORDS = 3
# Quoted words with neither a reporting verb nor a speaker must be a phrase to be a quote: in
# text without a parse (Arabic, French) quoted names and terms have no mention to reject them.
UNATTRIBUTED_WORDS = 5
MAX_GAP_BEFORE = 80  # 'Barrack said during a visit to Lebanon on July 7: "...'
MAX_GAP_AFTER = 40  # '"...," Trump noted.'
PRONOUN_WORDS = frozenset({"he", "she", "il", "elle", "él", "ella", "ele", "ela", "er", "sie"})
_CLIMB = ("advcl", "xcomp", "pcomp", "conj", "pobj", "prep", "acl", "dobj")
_SPLIT_GAP = re.compile(r"^\s*,?\s*[^\n\"“”]{1,40}?,\s*$")


@dataclass
class _Raw:
    start: int  # the quoted words, marks excluded
    end: int
    outer_start: int
    outer_end: int
    text: str
    gap: tuple[int, int] | None = None  # where "he said" splits the quote


def _raw_quotes(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    for m in _PAIRS.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        start, end = trimmed(text, m.start(group), m.end(group), chars=" \t")
        start, end = trimmed(text, start, end, chars=" \t,")
        found.append(_Raw(start, end, m.start(), m.end(), text[start:end]))
    return found


def _join_split(raws: list[_Raw], text: str) -> list[_Raw]:
    """Join a quote split by "he said": “We are ready,” he said, “to talk.”"""
    joined: list[_Raw] = []
    for raw in raws:
        prev = joined[-1] if joined else None
        comma = prev is not None and text[prev.end : prev.outer_end].startswith(",")
        if prev is not None and prev.gap is None and comma:
            gap = text[prev.outer_end : raw.outer_start]
            if _SPLIT_GAP.match(gap) and raw.text[:1].islower():
                joined[-1] = _Raw(
                    prev.start,
                    raw.end,
                    prev.outer_start,
                    raw.outer_end,
                    prev.text + " " + raw.text,
                    (prev.outer_end, raw.outer_start),
                )
                continue
        joined.append(raw)
    return joined


# Lower-case words inside a name or title: "Embaixada da França no Níger", "Bank of England".
_NAME_LINKS = frozenset(
    "of the and for de da do das dos du des la le el del di no na von der al bin van y e".split()
)
MAX_NAME_WORDS = 6
_ARABIC_NAME_LINKS = frozenset({"بن", "بنت", "أبو", "آل"})  # "بدر بن حمد البوسعيدي"


def _is_name(raw: _Raw, mentions: Sequence[Mention]) -> bool:
    """A quoted name or title: "Al-Watan", "Kan", "Israel"."""
    words = raw.text.strip(" ,.").split()
    if any(m.start <= raw.start and raw.end <= m.end + 1 for m in mentions):
        return True
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not raw.text.endswith(".")


def _is_long_name(raw: _Raw) -> bool:
    """A longer quoted name nobody is said to speak: "Embaixada da França no Níger",
    "بدر بن حمد بن حمود البوسعيدي"."""
    words = raw.text.strip(" ,.").split()
    if raw.text.rstrip().endswith((".", "!", "?")) or len(words) > MAX_NAME_WORDS:
        return False
    if len(words) > 1 and any(w in _ARABIC_NAME_LINKS for w in words[1:-1]):
        return True
    capitals = [w for w in words if w.lower() not in _NAME_LINKS]
    return bool(capitals) and words[0][:1].isupper() and all(w[:1].isupper() for w in capitals)


def _distance(text: str, raw: _Raw, token: Token) -> tuple[int, bool] | None:
    """How far the verb is from the quote and whether it introduces it directly (colon,
    comma, "that", "X said" after it), or None when it is not the quote's verb."""
    if raw.gap is not None and raw.gap[0] <= token.idx < raw.gap[1]:
        return 0, True
    if raw.outer_start <= token.idx < raw.outer_end:
        return None
    if token.idx >= raw.outer_end:
        gap = text[raw.outer_end : token.idx]
        closed = text[raw.end : raw.outer_end - 1].strip() in (",", ".", "!", "?", "") and (
            text[raw.end : raw.outer_end - 1].strip() or gap.lstrip().startswith(",")
        )
        # '"...," Trump noted' / '"...," said Trump': the verb's subject is right there.
        spoken = any(c.dep_ == "nsubj" and c.idx >= raw.outer_end for c in token.children)
        if len(gap) > MAX_GAP_AFTER or not (closed and spoken):
            return None
    else:
        gap = text[token.idx + len(token.text) : raw.outer_start]
        stripped = gap.rstrip()
        direct = not stripped or stripped.endswith((":", ",", "that"))
        first = token.doc.char_span(raw.start, raw.start + 1, alignment_mode="expand")
        inside = first is not None and token.is_ancestor(first[0])  # "explained that P"
        if len(gap) > MAX_GAP_BEFORE or not (direct or inside):
            return None
        if "\n" in gap or any(q in gap for q in '"“”«»'):
            return None
        return len(gap), direct
    if "\n" in gap or any(q in gap for q in '"“”«»'):
        return None
    return len(gap), True


def _reporting_verb(doc: Doc, raw: _Raw) -> tuple[Token, bool] | None:
    """The reporting verb next to the quote: 'X said: "..."', '"...," X said', and whether it
    introduces the quote directly."""
    inside = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if inside is None:
        return None
    first, last = inside[0].sent, inside[-1].sent
    best: tuple[tuple[int, bool], Token] | None = None
    for token in doc[first.start : last.end]:
        if token.lemma_.lower() not in QUOTE_VERBS or token.pos_ != "VERB":
            continue
        distance = _distance(doc_text(doc), raw, token)
        if distance is not None and (best is None or distance[0] < best[0][0]):
            best = (distance, token)
    return (best[1], best[0][1]) if best else None


def _speaker_of(verb: Token) -> tuple[int, int] | None:
    """The subject of the reporting verb, or of the verb it hangs from ("was quoted by AFP as
    saying", "released a statement saying": who speaks)."""
    for _ in range(4):
        if child(verb, ("nsubj", "nsubjpass")) is not None or verb.dep_ not in _CLIMB:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[-1] if subjects else None
    if verb.lemma_.lower() == "quote":
        if subject is not None and subject.dep_ == "nsubj":  # "AFP quoted a source as ..."
            subject = child(verb, ("dobj",))
            subjects = [subject] if subject is not None else []
    elif subject is not None and subject.dep_ == "nsubjpass":
        return None
    if subject is None or not speaker_like(subject):
        return None
    start, end = phrase_span(subjects[0])
    if len(subjects) > 1:  # "USAF's chief of staff General Duncan McNab": two subjects
        end = phrase_span(subjects[-1])[1]
    return trimmed(doc_text(verb.doc), start, end, chars=" \t\n,;:")


def _verb_before_colon(doc: Doc, raw: _Raw) -> Token | None:
    """The reporting verb of "He added:" when the quote follows it, maybe on its own line."""
    before = doc_text(doc)[: raw.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    verbs = [
        t for t in sent if t.lemma_.lower() in QUOTE_VERBS and t.pos_ == "VERB" and t.i < colon[0].i
    ]
    return verbs[-1] if verbs else None


def _worded(doc: Doc, raw: _Raw) -> FoundSpeaker | None:
    """The speaker read from the words around the marks, when the parse found none."""
    text = doc_text(doc)
    closed = text[raw.end : raw.outer_end - 1].strip() in (",", "!", "?", "…") or text[
        raw.outer_end : raw.outer_end + 2
    ].lstrip().startswith((",", "،"))
    found = speaker_after(text, raw.outer_end) if closed else None
    if found is None:
        sentence = max(text.rfind(mark, 0, raw.outer_start) for mark in (". ", "\n", "? ", "! "))
        found = speaker_before(text, raw.outer_start, sentence + 1)
    return found


def _pronoun_speaker(
    text: str, raw: _Raw, previous: Quote | None, mentions: Sequence[Mention]
) -> tuple[str, int | None] | None:
    """'he said', 'a-t-il ajouté': the previous quote's named speaker, when it is near and no
    other person is named in between; None otherwise (an empty speaker beats a wrong one)."""
    if previous is None or previous.speaker_text is None:
        return None
    if previous.speaker_text.lower() in PRONOUN_WORDS or raw.outer_start - previous.end > 700:
        return None
    said = previous.speaker_text
    between = [
        m
        for m in mentions
        if previous.end <= m.start and m.end <= raw.outer_start and m.type == "PERSON"
    ]
    if any(m.text not in said and said not in m.text for m in between):
        return None
    return said, previous.speaker_mention


_ROLE_DETERMINERS = frozenset("the le la l’ l' el o a".split())
_ROLE_LOOKBACK = 40


def _role_antecedent(
    text: str, speaker: tuple[int, int], mentions: Sequence[Mention]
) -> int | None:
    """The person a role speaker names: "the bank chief" -> "US bank chief Ben Bernanke" named
    earlier (the role's head word right before the name); None if no such name precedes."""
    words = text[speaker[0] : speaker[1]].split()
    if len(words) < 2 or words[0].lower() not in _ROLE_DETERMINERS:
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return None  # a named body ("the Kremlin spokesman"): its head is not a title here
    head = words[-1].lower()
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > speaker[0] or m.type != "PERSON":
            continue
        before = text[max(0, m.start - _ROLE_LOOKBACK) : m.start].lower().split()
        if head in before[-4:]:
            return i
    return None


def _same_sentence(text: str, previous: Quote | None, raw: _Raw) -> bool:
    if previous is None:
        return False
    gap = text[previous.end : raw.outer_start]
    return "\n" not in gap and ". " not in gap


def extract_quotes(doc: Doc, article_id: str, mentions: Sequence[Mention]) -> list[Quote]:
    """Direct quotes of the article with their speakers and reporting verbs."""
    text = doc_text(doc)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for raw in _join_split(_raw_quotes(text), text):
        if _is_name(raw, mentions):
            continue
        found = _reporting_verb(doc, raw)
        verb, direct = found if found else (_verb_before_colon(doc, raw), True)
        speaker = _speaker_of(verb) if verb is not None else None
        verb_text = verb.lemma_.lower() if verb is not None else None
        pronoun = speaker is not None and text[slice(*speaker)].lower() in PRONOUN_WORDS
        worded = _worded(doc, raw) if speaker is None else None
        if worded is not None and not worded.continues:
            if len(raw.text.split()) < MIN_WORDS:
                continue  # a quoted name or term in running text: “إكس”, «مصدرًا»
            speaker, verb_text, direct = (worded.start, worded.end), worded.verb, True
            pronoun = worded.pronoun
        if speaker is None and _is_long_name(raw):
            continue
        if len(raw.text.split()) < MIN_WORDS and (speaker is None or not direct):
            continue  # a scare quote: "flexible", "calming strategy"
        speaker_text = text[speaker[0] : speaker[1]] if speaker else None
        index = speaker_mention(speaker, None, mentions, doc) if speaker else None
        if speaker is not None and index is None and not pronoun:
            index = _role_antecedent(text, speaker, mentions)
        if pronoun:  # the previous quote's speaker, else "he" pointing at a named person
            resolved = _pronoun_speaker(text, raw, previous, mentions)
            named = index is not None and mentions[index].type == "PERSON"
            if resolved is not None:
                speaker_text, index = resolved
            elif not named:
                index = None  # "he" as written, tied to no one
        continued = worded is not None and worded.continues and _same_sentence(text, previous, raw)
        if (verb is None and previous is not None and _continues(text, previous, raw)) or (
            continued and previous is not None
        ):
            speaker_text, index = previous.speaker_text, previous.speaker_mention
        if speaker_text is None and verb is None and len(raw.text.split()) < UNATTRIBUTED_WORDS:
            continue  # a quoted name or term nobody says: "كاظم غريب آبادي", "principles"
        quote = Quote(
            id=content_id("q", article_id, str(raw.start), str(raw.end)),
            article=article_id,
            start=raw.start,
            end=raw.end,
            text=raw.text,
            speaker_text=speaker_text,
            speaker_mention=index,
            verb=verb_text,
        )
        quotes.append(quote)
        previous = quote
    return quotes


def _continues(text: str, previous: Quote, raw: _Raw) -> bool:
    """A quote that follows the previous one in its paragraph, with only its speaker's
    "X said." in between: “Syrians are ...,” Shibani said. “We are working ...”"""
    gap = text[previous.end : raw.outer_start]
    return previous.speaker_text is not None and "\n" not in gap and len(gap) <= 60
