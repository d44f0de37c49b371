"""Split a sentence into propositions: reported speech ("X said that P" is P, said by X) and
coordinated clauses that each have their own verb and subject. Spans are exact character
offsets of the document text; tokens are never re-joined."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.claims.lexicon import (
    ANONYMOUS_HEADS,
    BODY_HEADS,
    DEMAND_VERBS,
    DENIAL_VERBS,
    EXPECT_VERBS,
    MEDIA_HEADS,
    PARTY_NOUNS,
    PRONOUNS,
    REPORTING_VERBS,
    SPEAKER_NOUNS,
)
from crosscheck.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
SPEAKER_WORDS = ANONYMOUS_HEADS | BODY_HEADS | MEDIA_HEADS | PARTY_NOUNS | SPEAKER_NOUNS
FRAME_VERBS = REPORTING_VERBS | DENIAL_VERBS | DEMAND_VERBS
_TRIM = " \t\n,.;:\"'“”‘’«»„-–—"
MAX_PHRASE_TOKENS = 12
_CLOSING = ("”", "»", "’")


def doc_text(doc: Doc) -> str:
    """The document's text, read once: spaCy rebuilds `Doc.text` from its tokens at every
    access, which made claim extraction quadratic in the article's length."""
    cached = doc.user_data.get("crosscheck_text")
    if not isinstance(cached, str):
        cached = doc.user_data["crosscheck_text"] = doc.text
    return cached


@dataclass(frozen=True)
class Proposition:
    """One proposition of a sentence: its verb, its span, and what frames it."""

    verb: Token
    start: int
    end: int
    frame: str | None = None  # lemma of the reporting / denial / demand / expect verb
    speaker: tuple[int, int] | None = None  # char span of who says it
    speaker_head: int | None = None  # char offset of the speaker's head token


def token_span(first: Token, last: Token) -> tuple[int, int]:
    """Character span from the start of `first` to the end of `last`."""
    return first.idx, last.idx + len(last.text)


def trimmed(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    """`[start, end)` without surrounding spaces, punctuation and quotation marks."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def phrase_span(token: Token) -> tuple[int, int]:
    """The span of `token`'s subtree without a trailing relative clause ("the source, who
    preferred not to ..."), cut to a readable length around the head."""
    cut = next(
        (
            c.left_edge.i
            for c in token.rights
            if c.dep_ == "relcl" or (c.dep_ == "acl" and token.doc[c.left_edge.i - 1].text == ",")
        ),
        None,
    )
    tokens = [t for t in token.subtree if cut is None or t.i < cut]
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].text not in _CLOSING:
        tokens.pop()
    start, end = token_span(tokens[0], tokens[-1])
    text = doc_text(token.doc)
    if text.count('"', start, end) % 2 and text[end : end + 1] == '"':
        end += 1  # 'Israeli Channel "Kan"': keep the closing mark the parser cut off
        return start, end
    if len(tokens) > MAX_PHRASE_TOKENS:
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nummod")]
        first = min([t.i for t in left] + [token.i])
        tokens = [t for t in tokens if first <= t.i <= token.i + 3]
    return token_span(tokens[0], tokens[-1])


def child(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of `token` with one of `deps`."""
    return next((c for c in token.children if c.dep_ in deps), None)


def _complement(verb: Token) -> Token | None:
    """The clause a framing verb introduces: its ccomp, or the ccomp of "as saying"."""
    comp = child(verb, ("ccomp",))
    if comp is not None and comp.pos_ in ("VERB", "AUX"):
        return comp
    for c in verb.children:  # "was quoted by AFP as saying: P", "said in a statement that P"
        if c.dep_ in ("advcl", "prep", "xcomp") and c.i > verb.i:
            for inner in (c, *c.children):
                if inner.lemma_.lower() in REPORTING_VERBS and inner.i != verb.i:
                    comp = child(inner, ("ccomp",))
                    if comp is not None and comp.pos_ in ("VERB", "AUX"):
                        return comp
    if verb.lemma_.lower() in DEMAND_VERBS:  # "urged the community to pressure Israel"
        comp = child(verb, ("xcomp",))
        if comp is not None and comp.pos_ == "VERB":
            return comp
    return None


def _clause_heads(sent: SpacySpan) -> list[tuple[Token, int, int]]:
    """The root and its first coordinated verb that has its own subject, with their spans
    ("Israel struck the base and Syria condemned the raid": two clauses)."""
    root = sent.root
    text = doc_text(sent.doc)
    conj = next(
        (
            c
            for c in root.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and child(c, SUBJECT_DEPS)
        ),
        None,
    )
    if conj is None or conj.left_edge.i <= root.i:
        return [(root, *trimmed(text, sent.start_char, sent.end_char))]
    before = sent.doc[conj.left_edge.i - 1]
    if before.dep_ == "cc":  # drop the "and" joining the clauses
        before = sent.doc[before.i - 1]
    first = trimmed(text, sent.start_char, before.idx + len(before.text))
    second = trimmed(text, conj.left_edge.idx, sent.end_char)
    return [(root, *first), (conj, *second)]


def _speaker(head: Token) -> tuple[tuple[int, int] | None, int | None]:
    """Who speaks through the framing verb `head`: its subject ("AFP quoted a source as
    saying": the source); none for an expletive ("it is noted that")."""
    subject = child(head, SUBJECT_DEPS)
    if head.lemma_.lower() == "quote":
        if subject is not None and subject.dep_ != "nsubjpass":
            subject = child(head, ("dobj",))
    elif subject is not None and subject.dep_ == "nsubjpass":  # "the meeting was described"
        return None, None
    if subject is None or not speaker_like(subject):
        return None, None
    if subject.lower_ == "it" and child(head, ("auxpass",)) is not None:
        return None, None
    start, end = phrase_span(subject)
    last = [c for c in head.lefts if c.dep_ == "nsubj" and c.i > subject.i]
    if last:  # "USAF's chief of staff General Duncan McNab stated": two subjects, one speaker
        end, subject = phrase_span(last[-1])[1], last[-1]
    return trimmed(doc_text(head.doc), start, end, chars=" \t\n,;:"), subject.idx


def _clean_end(verb: Token, start: int, end: int) -> tuple[int, int]:
    """Cut a trailing participle clause (", emphasizing that ...", ", referring to ...") off."""
    for c in verb.children:
        lead = verb.doc[max(0, c.left_edge.i - 2) : c.left_edge.i]
        comma = next((t for t in lead if t.text == ","), None)
        if (
            c.dep_ in ("advcl", "xcomp", "conj")
            and c.tag_ == "VBG"
            and c.i > verb.i
            and comma is not None
            and start < comma.idx < end
        ):
            return trimmed(doc_text(verb.doc), start, comma.idx)
    return start, end


def _expected(verb: Token) -> Token:
    """The verb "is expected to meet" / "plans to visit" is about."""
    if verb.lemma_.lower() in EXPECT_VERBS:
        xcomp = child(verb, ("xcomp",))
        if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
            return xcomp
    return verb


def propositions(sent: SpacySpan) -> list[Proposition]:
    """The propositions of an English sentence, outermost framing verb removed."""
    text = doc_text(sent.doc)
    found: list[Proposition] = []
    for head, start, end in _clause_heads(sent):
        lemma = head.lemma_.lower()
        framing = lemma in FRAME_VERBS or lemma == "quote"
        comp = _complement(head) if framing else None
        if comp is not None:
            c_start, c_end = trimmed(text, *token_span(comp.left_edge, comp.right_edge))
            mark = child(comp, ("mark",))
            if mark is not None and mark.lower_ in ("that", "whether") and mark.idx == c_start:
                c_start, c_end = trimmed(text, mark.idx + len(mark.text), c_end)
            c_start, c_end = _clean_end(comp, c_start, c_end)
            found.append(Proposition(_expected(comp), c_start, c_end, lemma, *_speaker(head)))
        elif lemma in REPORTING_VERBS:  # "Channel Kan revealed details of the meetings"
            found.append(Proposition(head, *_clean_end(head, start, end), lemma, *_speaker(head)))
        else:
            verb = _expected(head)
            frame = lemma if verb.i != head.i else None
            found.append(Proposition(verb, *_clean_end(head, start, end), frame))
    return found + _relative_reports(sent)


def _relative_reports(sent: SpacySpan) -> list[Proposition]:
    """What a relative clause reports: "Trump, who revealed that he had discussed X" is the
    claim "he had discussed X", said by Trump."""
    text = doc_text(sent.doc)
    found: list[Proposition] = []
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        comp = _complement(verb)
        if comp is None or not speaker_like(verb.head):
            continue
        start, end = trimmed(text, *token_span(comp.left_edge, comp.right_edge))
        mark = child(comp, ("mark",))
        if mark is not None and mark.idx == start:
            start, end = trimmed(text, mark.idx + len(mark.text), end)
        speaker = trimmed(text, *phrase_span(verb.head), chars=" \t\n,;:")
        found.append(Proposition(comp, start, end, verb.lemma_.lower(), speaker, verb.head.idx))
    return found


def according_to(sent: SpacySpan) -> tuple[tuple[int, int], int] | None:
    """The span and head offset of X in "according to X" or "as reported by X"."""
    for token in sent:
        if token.i + 1 >= sent.end:
            break
        after = sent.doc[token.i + 1]
        pobj = None
        if token.lower_ == "according" and after.lower_ == "to":
            pobj = child(after, ("pobj",))
        elif token.lower_ == "as" and after.lemma_.lower() in REPORTING_VERBS:
            agent = child(after, ("agent",))
            pobj = child(agent, ("pobj",)) if agent is not None else None
        if pobj is not None:
            return trimmed(doc_text(sent.doc), *phrase_span(pobj), chars=" ,;:"), pobj.idx
    return None


def speaker_like(token: Token) -> bool:
    """Whether the phrase headed by `token` can be a speaker: a name, a pronoun, or a noun
    for people, bodies, media or sources ("a very small percentage" is not)."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = token.lemma_.lower()
    return token.lower_ in SPEAKER_WORDS or lemma in SPEAKER_WORDS


def antecedent(doc: Doc, offset: int, mentions: Sequence[Mention]) -> int | None:
    """The person "he" or "she" at `offset` most likely is: the nearest name that is the
    subject of a clause in this or the previous two sentences, if it is a person's; else the
    nearest person named there. None when the nearest subject is not a person (the tagger
    may have mistyped the speaker): a wrong name costs more than none."""
    starts = [s.start_char for s in doc.sents if s.start_char <= offset]
    window = starts[-3] if len(starts) >= 3 else 0
    near = [
        i
        for i, m in enumerate(mentions)
        if window <= m.start and m.end <= offset and m.kind == "name"
    ]
    subjects = []
    for i in near:
        span = doc.char_span(mentions[i].start, mentions[i].end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and mentions[i].type in ("PERSON", "ORG"):
            subjects.append(i)
    if subjects:
        last = max(subjects, key=lambda i: mentions[i].start)
        return last if mentions[last].type == "PERSON" else None
    persons = [i for i in near if mentions[i].type == "PERSON"]
    return max(persons, key=lambda i: mentions[i].start) if persons else None


def speaker_mention(
    span: tuple[int, int], head: int | None, mentions: Sequence[Mention], doc: Doc
) -> int | None:
    """The mention that is the speaker: the one at the speaker's head, else a person named
    in the span, else any mention in it; "he"/"she" is resolved by `antecedent`."""
    start, end = span
    written = doc_text(doc)[start:end].strip().lower()
    if written in ("he", "she"):
        return antecedent(doc, start, mentions)
    if written in PRONOUNS:
        return None
    inside = [i for i, m in enumerate(mentions) if start <= m.start and m.end <= end]
    if head is not None:
        at_head = [i for i in inside if mentions[i].start <= head < mentions[i].end]
        if at_head:
            return at_head[0]
    persons = [i for i in inside if mentions[i].type == "PERSON"]
    chosen = persons or inside
    return chosen[0] if chosen else None
