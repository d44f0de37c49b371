"""Claims as propositions: "X said that P" is the claim P attributed to X; coordinated clauses
are claims of their own. Each claim has its structure, modality, typed values, provenance chain
and exact evidence spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.annotate.timex_foreign import MONTHS
from crosscheck.claims.counted_nouns import foreign_unit
from crosscheck.claims.foreign_bounds import with_foreign_bounds
from crosscheck.claims.modality import modality, negated
from crosscheck.claims.provenance import Provenance
from crosscheck.claims.reported import (
    SUBJECT_DEPS,
    Proposition,
    according_to,
    child,
    doc_text,
    phrase_span,
    propositions,
    speaker_mention,
    trimmed,
)
from crosscheck.claims.values import dates, entity_values, quantities
from crosscheck.ids import content_id
from crosscheck.records import Claim, ClaimValue, Mention, Paragraph, Quote, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd")
# A German ordinal day ("am 28. Juli") is no sentence end: after a one- or two-digit number,
# the stop ends a sentence only when no month name follows.
_MONTH_AFTER = r"\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?؟。])(?<!\b\d\.)(?<!\b\d\d\.)|(?<=\b\d\.)(?!" + _MONTH_AFTER + r")"
    r"|(?<=\b\d\d\.)(?!" + _MONTH_AFTER + r"))\s+",
    re.IGNORECASE,
)
MIN_PROPOSITION_CHARS = 12


def _mention_at(mentions: Sequence[Mention], offset: int) -> int | None:
    return next((i for i, m in enumerate(mentions) if m.start <= offset < m.end), None)


def _object(verb: Token) -> Token | None:
    obj = child(verb, _OBJECT_DEPS)
    if obj is not None:
        return obj
    for prep in verb.rights:
        if prep.dep_ in ("prep", "agent") and child(prep, ("pobj",)) is not None:
            return prep
    return child(verb, ("xcomp",))


def _predicate(verb: Token) -> str:
    particle = child(verb, ("prt",))
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _values(
    doc: Doc,
    start: int,
    end: int,
    verb: Token,
    mentions: Sequence[Mention],
    times: Sequence[TimeMention],
) -> list[ClaimValue]:
    text = doc_text(doc)
    found = quantities(text[start:end], start, doc, times)
    found += dates(start, end, times, text)
    found += entity_values(start, end, mentions, doc, verb)
    return sorted(found, key=lambda v: (v.start, v.kind))


class _Context:
    """What every claim of one article is read against."""

    def __init__(
        self,
        doc: Doc,
        article_id: str,
        mentions: Sequence[Mention],
        times: Sequence[TimeMention],
        quotes: Sequence[Quote],
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.article_id = article_id
        self.mentions = mentions
        self.times = times
        self.quotes = quotes
        self.provenance = Provenance(self.text, mentions, article_id)


def _claim(ctx: _Context, sent: SpacySpan, prop: Proposition, language: str | None) -> Claim:
    text = ctx.text
    start, end = trimmed(text, sent.start_char, sent.end_char)
    if prop.end - prop.start >= MIN_PROPOSITION_CHARS:
        start, end = prop.start, prop.end
    sent_start, sent_end = trimmed(text, sent.start_char, sent.end_char)
    speaker, head = prop.speaker, prop.speaker_head
    if speaker is None and prop.frame is None:
        found = according_to(sent)
        if found is not None and start <= found[1] < end:
            speaker, head = found
    speaker_text = text[speaker[0] : speaker[1]] if speaker else None
    index = speaker_mention(speaker, head, ctx.mentions, ctx.doc) if speaker else None
    quoted = next((q for q in ctx.quotes if q.start <= start < q.end and q.speaker_text), None)
    if speaker is None and quoted is not None:  # a sentence inside someone's quote
        speaker_text, index = quoted.speaker_text, quoted.speaker_mention
        if index is not None:
            speaker = (ctx.mentions[index].start, ctx.mentions[index].end)
    subject = child(prop.verb, SUBJECT_DEPS)
    if subject is None and prop.verb.dep_ == "xcomp":  # "Lapid is expected to meet ..."
        subject = child(prop.verb.head, SUBJECT_DEPS)
    if subject is not None and not any(ch.islower() for ch in subject.text):
        subject = None  # a dateline ("BAKU, AZERBAIJAN –") the parser took for the subject
    obj = _object(prop.verb)
    denied = prop.frame in ("deny", "refute", "dismiss")
    quote = next((q for q in ctx.quotes if q.start < end and start < q.end), None)
    return Claim(
        id=content_id("c", ctx.article_id, str(start), str(end)),
        article=ctx.article_id,
        text=text[start:end],
        start=start,
        end=end,
        subject=text[slice(*phrase_span(subject))] if subject is not None else None,
        predicate=_predicate(prop.verb),
        object=text[slice(*phrase_span(obj))] if obj is not None else None,
        polarity="negative" if negated(prop.verb, sent.text) != denied else "positive",
        attribution=speaker_text,
        quote=quote.text if quote is not None else None,
        entities=[i for i, m in enumerate(ctx.mentions) if start <= m.start < end],
        times=[i for i, t in enumerate(ctx.times) if start <= t.start < end],
        sentence_start=sent_start,
        sentence_end=sent_end,
        subject_mention=_mention_at(ctx.mentions, subject.idx) if subject is not None else None,
        object_mention=_mention_at(ctx.mentions, obj.idx) if obj is not None else None,
        speaker_text=speaker_text,
        speaker_mention=index,
        modality=modality(prop.verb, prop.frame, speaker is not None),
        values=_values(ctx.doc, start, end, prop.verb, ctx.mentions, ctx.times),
        origins=ctx.provenance.chain(sent_start, sent_end, speaker, head, index),
        language=language,
    )


def _foreign_claims(ctx: _Context, paragraph: Paragraph, language: str | None) -> list[Claim]:
    """Sentence-level claims of a paragraph the English parse cannot read."""
    claims: list[Claim] = []
    body = ctx.text[paragraph.start : paragraph.end]
    offset = 0
    for piece in [*_SENTENCE_END.split(body)]:
        at = body.index(piece, offset)
        offset = at + len(piece)
        start, end = trimmed(ctx.text, paragraph.start + at, paragraph.start + offset)
        if end - start < MIN_PROPOSITION_CHARS:
            continue
        claims.append(
            Claim(
                id=content_id("c", ctx.article_id, str(start), str(end)),
                article=ctx.article_id,
                text=ctx.text[start:end],
                start=start,
                end=end,
                subject=None,
                predicate="",
                object=None,
                polarity="positive",
                attribution=None,
                sentence_start=start,
                sentence_end=end,
                entities=[i for i, m in enumerate(ctx.mentions) if start <= m.start < end],
                times=[i for i, t in enumerate(ctx.times) if start <= t.start < end],
                values=_foreign_values(ctx, start, end, language),
                origins=ctx.provenance.chain(start, end, None, None, None),
                language=language,
            )
        )
    return claims


def foreign_figures(
    text: str, start: int, end: int, times: Sequence[TimeMention], language: str | None
) -> list[ClaimValue]:
    """The figures of the sentence text[start:end] that no parse reads: digits and number words,
    with the language's bounds ("al menos", "plus de") and the unit the noun after them names
    (`claims/counted_nouns`)."""
    sentence = text[start:end]
    return [
        with_foreign_bounds(v, text, language).model_copy(
            update={"unit": foreign_unit(text, v.start, v.end, sentence, language)}
        )
        for v in quantities(sentence, start, None, times, language)
    ]


def _foreign_values(ctx: _Context, start: int, end: int, language: str | None) -> list[ClaimValue]:
    """The values of a sentence the parse cannot read: figures (with the unit the noun after
    them names in the language's lexicon, `claims/counted_nouns`), resolved dates and named
    places, which read the same in any language (no participant: that needs a parse)."""
    found = foreign_figures(ctx.text, start, end, ctx.times, language)
    found += dates(start, end, ctx.times, ctx.text)
    found += entity_values(start, end, ctx.mentions, None, None)
    return sorted(found, key=lambda v: (v.start, v.kind))


def _checkable(sent: SpacySpan) -> bool:
    root = sent.root
    return len(sent) >= 5 and root.pos_ in ("VERB", "AUX") and not sent.text.rstrip().endswith("?")


def extract_claims(
    sentences: list[SpacySpan],
    article_id: str,
    paragraphs: list[Paragraph],
    mentions: list[Mention],
    times: list[TimeMention],
    quotes: Sequence[Quote] = (),
) -> list[Claim]:
    """The propositions of an article's body paragraphs: English ones from the parse, others
    one per sentence with their language (for a multilingual matcher)."""
    if not sentences:
        return []
    ctx = _Context(sentences[0].doc, article_id, mentions, times, quotes)
    body = [p for p in paragraphs if not p.heading]
    claims: list[Claim] = []
    english: list[tuple[int, int, str | None]] = []
    for p in body:
        if p.language in (None, "en") and p.script in (None, "Latin"):
            english.append((p.start, p.end, p.language))
        else:
            claims += _foreign_claims(ctx, p, p.language)
    for sent in sentences:
        where = next((r for r in english if r[0] <= sent.start_char < r[1]), None)
        if where is None or not _checkable(sent):
            continue
        seen: set[str] = set()
        for prop in propositions(sent):
            if prop.verb.pos_ not in ("VERB", "AUX"):
                continue
            claim = _claim(ctx, sent, prop, where[2])
            if claim.id not in seen:
                seen.add(claim.id)
                claims.append(claim)
    return sorted(claims, key=lambda c: (c.start, c.end))
