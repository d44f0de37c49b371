"""Positions per party: what a government, country, person or group demands, offers,
proposes, rejects, denies, supports, opposes, warns about or sets as a condition, with the
content and, when the position is reported, who reports it. Verbal ("Syria demands X") and
nominal ("an Israeli proposal offering X", "Syria's demand for X") forms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.claims.lexicon import (
    CONDITION_MARKERS,
    DISMISSIVE,
    EXPRESSED_STANCE,
    MEDIA_HEADS,
    PARTY_NOUNS,
    REPORTING_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
)
from crosscheck.claims.modality import negated
from crosscheck.claims.reported import according_to, child, doc_text, phrase_span, trimmed
from crosscheck.claims.source_names import agency_key
from crosscheck.ids import content_id
from crosscheck.records import Mention, Paragraph, Position

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
Party = tuple[int | None, "Token"]  # (mention index, head of the phrase naming the party)
_CLIMB = ("advcl", "xcomp", "conj", "pcomp")
# Which complement carries the content, by verb: "call for X", "insist on X", "warn against".
_PREPS = {
    "call": ("for", "on"),
    "insist": ("on",),
    "warn": ("against", "of"),
    "link": ("to",),
    "push": ("for",),
}
# Verbs that state a stance only with their preposition ("push for X"), read here only.
_PREP_STANCES = {"push": "demand"}
_RELATIVES = frozenset({"which", "who", "that"})


_OBJECT_VERBS = frozenset(
    {"demand", "urge", "seek", "press", "offer", "propose", "suggest", "reject", "refuse",
     "dismiss", "deny", "support", "back", "endorse", "welcome", "oppose", "condemn", "warn"}
)  # fmt: skip
_COMPLEMENTS: dict[str, frozenset[str]] = {
    "dobj": _OBJECT_VERBS,
    "ccomp": frozenset({"demand", "propose", "suggest", "warn", "deny", "urge"}),
    "xcomp": frozenset({"offer", "refuse", "propose", "urge", "press"}),
}
_DASHES = (" —", "—", " – ", " -- ")


class _Parties:
    """Which tokens name a party, read against the article's mentions."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions

    def _at(self, token: Token) -> int | None:
        for i, m in enumerate(self.mentions):
            if m.start <= token.idx < m.end and m.type in _PARTY_TYPES:
                if agency_key(m.text) or set(m.text.lower().split()) & MEDIA_HEADS:
                    return None
                return i
        return None

    def of(self, token: Token) -> Party | None:
        """(mention, phrase head) when `token` heads a phrase naming a party: a name
        ("Israel", "Damascus"), or a party noun owned by one ("Sharaa's government")."""
        if token.pos_ == "PRON":
            return None
        found = self._at(token)
        if found is not None:
            return found, token
        for c in token.children:  # "former colonial master France demanded"
            if c.dep_ != "appos" or c.pos_ != "PROPN" or token.lemma_.lower() in MEDIA_HEADS:
                continue
            named = self._at(c)
            if named is not None and self.mentions[named].type in ("GPE", "PERSON", "NORP"):
                return named, c
        if token.lemma_.lower() in PARTY_NOUNS or token.lower_ in PARTY_NOUNS:
            for c in token.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod"):
                    owner = self._at(c)
                    if owner is not None:
                        return owner, token
        return None


def _actor(verb: Token, parties: _Parties) -> Party | None:
    """The party behind `verb`: its subject, or the subject of the verb it hangs from
    ("Syria is formulating a counter-proposal, seeking X"), or the noun a relative clause
    describes."""
    for _ in range(3):
        subject = child(verb, ("nsubj",))
        if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return parties.of(verb.head)  # "Germany, which has offered aid"
        if subject is not None:
            return parties.of(subject)
        if verb.dep_ == "relcl":
            return parties.of(verb.head)
        if verb.dep_ not in _CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _content_tokens(verb: Token) -> list[Token]:
    """The complement of a stance verb: its object, clause, or the phrase after its preposition."""
    lemma = verb.lemma_.lower()
    parts: list[Token] = []
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ in _PREPS.get(lemma, ()):
            parts += [t for t in c.subtree if t.i != c.i]
        elif c.dep_ == "xcomp" and parts and lemma == "call":  # "call on X to pressure Y"
            parts += list(c.subtree)
        elif lemma in _COMPLEMENTS.get(c.dep_, ()):  # not "insisting that it seeks"
            if lemma == "suggest" and c.dep_ == "ccomp" and not _proposed(c):
                continue  # "suggested that the talks could decide": a guess, not a proposal
            parts += list(c.subtree)
    return parts


def _proposed(clause: Token) -> bool:
    """Whether a "suggest that" clause proposes ("that Iran halt", "that they should meet")
    rather than surmises ("that the outcome could decide", "a new round will be held")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return "should" in auxes or (not auxes and clause.tag_ == "VB")


def _span_text(sent: SpacySpan, tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    text = doc_text(sent.doc)
    start, end = trimmed(text, first.idx, last.idx + len(last.text))
    for dash in _DASHES:  # "normalization with Syria—an idea that ...": an aside follows
        at = text.find(dash, start, end)
        if at > start:
            start, end = trimmed(text, start, at)
    return text[start:end] if end - start >= 3 else None


def _verbal(token: Token, sent: SpacySpan) -> tuple[str, str] | None:
    """(stance, content) of a stance verb."""
    lemma = token.lemma_.lower()
    if lemma == "express":
        obj = child(token, ("dobj",))
        stance = EXPRESSED_STANCE.get(obj.lemma_.lower()) if obj is not None else None
        prep = next((c for c in obj.rights if c.dep_ == "prep"), None) if obj else None
        content = _span_text(sent, [t for t in prep.subtree if t.i != prep.i]) if prep else None
        return (stance, content) if stance and content else None
    if lemma in ("consider", "call", "describe", "deem"):
        adjective = next(
            (
                t
                for t in token.subtree
                if t.lower_ in DISMISSIVE
                and t.dep_ in ("oprd", "acomp", "amod", "ccomp", "xcomp", "attr", "dobj")
            ),
            None,
        )
        obj = child(token, ("dobj",))
        if adjective is not None and obj is None:  # "calls [the talks premature]"
            obj = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
        if adjective is not None and obj is not None:
            text = doc_text(sent.doc)
            start, end = phrase_span(obj)
            end = min(end, adjective.idx) if start < adjective.idx else end
            return "reject", text[slice(*trimmed(text, start, end))]
    stance = STANCE_VERBS.get(lemma) or _PREP_STANCES.get(lemma)
    if stance is None or token.pos_ != "VERB":
        return None
    first = token.head if token.dep_ == "conj" else token  # "rather than recall or offer"
    before = " ".join(t.lower_ for t in token.doc[max(0, first.i - 4) : first.i])
    if "rather than" in before or "instead of" in before:  # "rather than offer a fix"
        return None
    content = _span_text(sent, _content_tokens(token))
    subject = child(token, ("nsubj",))
    object_relative = subject is None or subject.lower_ not in _RELATIVES
    if content is not None and " " not in content and token.dep_ == "relcl" and object_relative:
        # "a strategic position on Sheikh Mountain, which Israel insists on maintaining"
        noun = token.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":  # "position on Mount X"
            noun = noun.head.head
        content = doc_text(sent.doc)[slice(*trimmed(doc_text(sent.doc), *phrase_span(noun)))]
        content = content.split(", which")[0].split(", who")[0]
    if content is None:
        return None
    if negated(token, sent.text):
        if stance != "support":
            return None
        stance = "oppose"
    return stance, content


def _nominal(token: Token, sent: SpacySpan, parties: _Parties) -> tuple[str, str, Party] | None:
    """(stance, content, actor) of a stance noun: "Syria's demand for X", "an Israeli
    proposal offering X", "its readiness to cooperate"."""
    stance = STANCE_NOUNS.get(token.lemma_.lower())
    if stance is None or token.pos_ != "NOUN":
        return None
    actor: Party | None = None
    for owner in token.children:
        if owner.dep_ not in ("poss", "amod", "compound"):
            continue
        actor = parties.of(owner)
        if actor is None and owner.pos_ == "PRON" and owner.dep_ == "poss":
            actor = _actor(token.head, parties) if token.head.pos_ == "VERB" else None
        if actor is not None:
            break
    if actor is None:
        return None
    parts: list[Token] = []
    for c in token.rights:
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "on"):
            parts += [t for t in c.subtree if t.i != c.i]
        elif c.dep_ in ("acl", "relcl") and c.tag_ == "VBG":  # "proposal offering X"
            parts += [t for t in c.subtree if t.i != c.i and t.i > c.i]
        elif c.dep_ == "acl":  # "readiness to cooperate"
            parts += list(c.subtree)
    content = _span_text(sent, parts)
    return (stance, content, actor) if content else None


def _condition(sent: SpacySpan, parties: _Parties) -> tuple[str, Party] | None:
    """'Israel would withdraw only if ...', 'provided that ...': the party's condition."""
    lowered = sent.text.lower()
    marker = next((m for m in CONDITION_MARKERS if m in lowered), None)
    if marker is None or (marker in ("unless", "as long as") and "only" not in lowered):
        return None
    at = sent.start_char + lowered.index(marker)
    first = next((t for t in sent if t.idx >= at), None)
    if first is None:
        return None
    clause = first
    while clause.dep_ not in ("advcl", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("advcl", "ccomp"):
        return None  # the parse does not say what the condition hangs from
    actor = _condition_actor(clause.head, parties)
    content = doc_text(sent.doc)[at : sent.end_char].rstrip(" .")
    return (content, actor) if actor is not None else None


def _condition_actor(verb: Token, parties: _Parties) -> Party | None:
    """Who sets a condition: the subject of the conditioned verb, or the party who says it
    ("Macron, who indicated sanctions could be eased, provided that ...")."""
    subject = child(verb, ("nsubj",))
    if subject is not None:
        return parties.of(subject)
    if verb.dep_ != "ccomp":
        return None
    sayer = verb.head
    subject = child(sayer, ("nsubj",))
    if subject is not None and subject.pos_ != "PRON":
        return parties.of(subject)
    return parties.of(sayer.head) if sayer.dep_ == "relcl" else None


def _speaker(sent: SpacySpan, token: Token) -> str | None:
    """Who reports a position the actor does not state itself: "X said that Syria demands"."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            subject = child(node.head, ("nsubj",))
            return doc_text(sent.doc)[slice(*phrase_span(subject))] if subject is not None else None
        node = node.head
    found = according_to(sent)
    opening = found is not None and found[0][0] - sent.start_char <= len("According to ")
    return doc_text(sent.doc)[slice(*found[0])] if found and opening else None


def extract_positions(
    sentences: list[SpacySpan],
    article_id: str,
    paragraphs: list[Paragraph],
    mentions: Sequence[Mention],
) -> list[Position]:
    """What each party demands, offers, rejects, denies, supports or conditions on."""
    english = [
        (p.start, p.end)
        for p in paragraphs
        if not p.heading and p.language in (None, "en") and p.script in (None, "Latin")
    ]
    parties = _Parties(mentions)
    found: dict[tuple[str, str, str], Position] = {}
    for sent in sentences:
        if not any(a <= sent.start_char < b for a, b in english):
            continue
        for position in _sentence_positions(sent, article_id, parties):
            found.setdefault((position.actor_text, position.stance, position.content), position)
    return list(found.values())


def _sentence_positions(sent: SpacySpan, article_id: str, parties: _Parties) -> list[Position]:
    text = doc_text(sent.doc)
    start, end = trimmed(text, sent.start_char, sent.end_char)
    results: list[tuple[str, str, Party, Token | None]] = []
    for token in sent:
        verbal = _verbal(token, sent)
        if verbal is not None:
            actor = _actor(token, parties)
            if actor is not None:
                results.append((*verbal, actor, token))
        nominal = _nominal(token, sent, parties)
        if nominal is not None:
            results.append((*nominal, token))
    condition = _condition(sent, parties)
    if condition is not None:
        results.append(("condition", *condition, None))
    positions = []
    for stance, content, (index, head), cue in results:
        a_start, a_end = trimmed(text, *phrase_span(head), chars=" ,;:")
        if text[a_end - 2 : a_end] in ("'s", "’s"):
            a_end -= 2
        actor_text = text[a_start:a_end]
        positions.append(
            Position(
                id=content_id("p", article_id, str(start), stance, actor_text, content),
                article=article_id,
                start=start,
                end=end,
                actor_text=actor_text,
                actor_mention=index,
                stance=stance,  # type: ignore[arg-type]
                text=text[start:end],
                content=content,
                speaker_text=_speaker(sent, cue) if cue is not None else None,
            )
        )
    return positions
