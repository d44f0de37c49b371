"""Sentence-level claims: subject, predicate, object, polarity, attribution and quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosscheck.ids import content_id
from crosscheck.records import Claim, Mention, Paragraph, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REPORTING_VERBS = frozenset(
    [
        "say",
        "state",
        "tell",
        "report",
        "reveal",
        "confirm",
        "announce",
        "deny",
        "claim",
        "quote",
        "add",
        "note",
        "explain",
        "indicate",
        "affirm",
        "acknowledge",
        "stress",
        "emphasize",
        "emphasise",
        "clarify",
        "insist",
        "assert",
        "allege",
        "describe",
        "warn",
        "suggest",
        "argue",
        "write",
        "disclose",
        "cite",
        "believe",
        "view",
        "consider",
    ]
)
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rule"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp")
MAX_PHRASE_TOKENS = 12


def _phrase(token: Token) -> str:
    """The subtree of `token`, cut to a readable length."""
    tokens = list(token.subtree)
    if len(tokens) > MAX_PHRASE_TOKENS:
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nummod")]
        start = min([t.i for t in left] + [token.i])
        tokens = [t for t in tokens if start <= t.i <= token.i + 3]
    return " ".join(t.text for t in tokens).replace(" 's", "'s").replace(" ,", ",").strip()


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _is_negated(verb: Token) -> bool:
    if any(
        c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("advmod", "det"))
        for c in verb.children
    ):
        return True
    subject = _child(verb, _SUBJECT_DEPS)
    return subject is not None and any(
        t.lower_ in ("no", "nobody", "none", "neither") for t in subject.subtree
    )


def _object_of(verb: Token) -> str | None:
    obj = _child(verb, ("dobj", "attr", "acomp", "oprd"))
    if obj is not None:
        return _phrase(obj)
    prep = _child(verb, ("prep", "agent"))
    if prep is not None:
        pobj = _child(prep, ("pobj",))
        if pobj is not None:
            return f"{prep.text} {_phrase(pobj)}"
    xcomp = _child(verb, ("xcomp",))
    return _phrase(xcomp) if xcomp is not None else None


def _according_to(sent: SpacySpan) -> str | None:
    for token in sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < sent.end
            and sent.doc[token.i + 1].lower_ == "to"
        ):
            pobj = _child(sent.doc[token.i + 1], ("pobj",))
            if pobj is not None:
                return _phrase(pobj)
    return None


def _content_verb(root: Token) -> tuple[Token, str | None, bool]:
    """(verb carrying the claim, attribution, denied) — looks through reporting verbs."""
    if root.lemma_.lower() not in REPORTING_VERBS | DENIAL_VERBS:
        return root, None, False
    complement = _child(root, ("ccomp", "xcomp"))
    subject = _child(root, _SUBJECT_DEPS)
    speaker = _phrase(subject) if subject is not None else None
    if root.lemma_.lower() == "quote":
        quoted = _child(root, ("dobj",))
        if quoted is not None:
            speaker = _phrase(quoted)
            inner = next(
                (c for c in quoted.subtree if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None
            )
            complement = _child(inner, ("ccomp",)) if inner is not None else complement
    if complement is None or complement.pos_ not in ("VERB", "AUX"):
        return root, speaker, False
    return complement, speaker, root.lemma_.lower() in DENIAL_VERBS


def extract_claims(
    sentences: list[SpacySpan],
    article_id: str,
    paragraphs: list[Paragraph],
    mentions: list[Mention],
    times: list[TimeMention],
) -> list[Claim]:
    """One claim per informative English sentence, with its structure and evidence span."""
    text_ranges = [
        (p.start, p.end) for p in paragraphs if not p.heading and p.language in (None, "en")
    ]
    claims: list[Claim] = []
    for sent in sentences:
        if len(sent) < 5 or not any(a <= sent.start_char < b for a, b in text_ranges):
            continue
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or sent.text.rstrip().endswith("?"):
            continue
        verb, speaker, denied = _content_verb(root)
        speaker = speaker or _according_to(sent)
        negated = _is_negated(verb) != denied
        subject = _child(verb, _SUBJECT_DEPS)
        predicate = verb.lemma_.lower()
        particle = _child(verb, ("prt",))
        if particle is not None:
            predicate = f"{predicate} {particle.lower_}"
        quote = _QUOTE.search(sent.text)
        raw = sent.text
        start = sent.start_char + len(raw) - len(raw.lstrip())
        end = sent.start_char + len(raw.rstrip())
        claims.append(
            Claim(
                id=content_id("c", article_id, str(start)),
                article=article_id,
                text=raw.strip(),
                start=start,
                end=end,
                subject=_phrase(subject) if subject is not None else None,
                predicate=predicate,
                object=_object_of(verb),
                polarity="negative" if negated else "positive",
                attribution=speaker if speaker and speaker.lower() not in ("it", "this") else None,
                quote=quote.group(1).strip() if quote else None,
                entities=[i for i, m in enumerate(mentions) if start <= m.start < end],
                times=[i for i, t in enumerate(times) if start <= t.start < end],
            )
        )
    return claims
