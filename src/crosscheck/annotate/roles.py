"""Titles and roles attached to people: "Israeli Foreign Minister X", "X, the US envoy"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.mentions import mention_at, overlaps
from crosscheck.annotate.office_lexicon import (
    OFFICE_HEADS,
    OFFICE_SYNONYMS,
    QUALIFIERS,
    TITLE_LINKS,
    TITLE_MODIFIERS,
    Status,
    is_single_holder,
)
from crosscheck.records import Mention, RoleMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _normalise_office(words: list[str]) -> str:
    office = " ".join(w.lower().strip(",-") for w in words).replace(" - ", " ").strip()
    office = re.sub(r"\s+", " ", office)
    return OFFICE_SYNONYMS.get(office, office)


def _is_title_token(token: Token) -> bool:
    low = token.lower_.strip("-")
    return low in OFFICE_HEADS or low in TITLE_MODIFIERS or low in QUALIFIERS


def _country_token(token: Token) -> str | None:
    if token.ent_type_ in ("NORP", "GPE") or token.text[:1].isupper():
        return country_of(token.text)
    return None


def _scan_left(doc: Doc, index: int, sentence_start: int) -> tuple[int, list[Token]] | None:
    """Title tokens directly left of token `index` (a person's first token), or None."""
    i = index - 1
    if i >= sentence_start and doc[i].text == ",":
        i -= 1  # "Syrian Foreign Minister, Asaad Al-Shaibani"
    taken: list[Token] = []
    while i >= sentence_start:
        token = doc[i]
        low = token.lower_
        if (
            _is_title_token(token)
            or low in ("-", "'s", "’s")
            or (low in TITLE_LINKS and taken)
            or (
                _country_token(token) is not None
                or (
                    token.ent_type_ in ("GPE", "NORP", "ORG")
                    and (taken and taken[-1].lower_ in TITLE_LINKS | {"'s", "’s"})
                )
            )
        ):
            taken.append(token)
        elif low in ("its", "his", "her", "their") and taken:
            taken.append(token)
            i -= 1
            break
        else:
            break
        i -= 1
    taken.reverse()
    while taken and (taken[0].lower_ in TITLE_LINKS or taken[0].text in ("-", "'s", "’s")):
        taken.pop(0)
    if not any(t.lower_.strip("-") in OFFICE_HEADS for t in taken):
        return None
    return i + 1, taken


def _scan_right(doc: Doc, end: int, sentence_end: int) -> tuple[int, list[Token]] | None:
    """An appositive title: "X, the US envoy," / "X, Israel's foreign minister"."""
    i = end
    if i >= sentence_end or doc[i].text != ",":
        return None
    i += 1
    taken: list[Token] = []
    while i < sentence_end and doc[i].text not in (",", ".", ";", "(", ")"):
        taken.append(doc[i])
        i += 1
    if not taken or len(taken) > 8 or i >= sentence_end or doc[i].text not in (",", ".", ";"):
        return None
    if taken[0].lower_ in ("the", "a", "an"):
        taken = taken[1:]
    if not taken or not any(t.lower_ in OFFICE_HEADS for t in taken):
        return None
    if any(t.pos_ == "VERB" or t.ent_type_ == "PERSON" for t in taken):
        return None
    return end + 1, taken


def _describe(
    tokens: list[Token], doc: Doc, sentence_start: int, context_country: str | None
) -> tuple[str, str, str | None, Status]:
    """(title as written, normalised office, country, status) from title tokens."""
    status: Status = "current"
    country: str | None = None
    office_words: list[str] = []
    for token in tokens:
        low = token.lower_.strip("-")
        if low in QUALIFIERS and not office_words:
            status = QUALIFIERS[low]
            continue
        if low in ("its", "his", "her", "their", "'s", "’s", "the"):
            if low == "its" and country is None:
                country = context_country
            continue
        found = _country_token(token)
        if found is not None and low not in OFFICE_HEADS:
            if office_words and office_words[-1] in TITLE_LINKS:
                office_words.append(found.lower())  # "envoy to Syria" keeps its object
            else:
                country = country or found
            continue
        office_words.append(low)
    while office_words and office_words[-1] in TITLE_LINKS:
        office_words.pop()
    title = doc[tokens[0].i : tokens[-1].i + 1].text
    return title, _normalise_office(office_words), country, status


def _context_country(doc: Doc, sentence_start: int, before: int) -> str | None:
    """The country "its" refers to in "its Foreign Minister X": the subject of the sentence
    when that is a country, else the last country named before the title."""
    sentence = doc[sentence_start].sent
    subject = _child_of(sentence.root, ("nsubj", "nsubjpass"))
    if subject is not None and subject.i < before:
        found = country_of(subject.text)
        if found:
            return found
    for token in reversed(doc[sentence_start:before]):
        if token.ent_type_ == "GPE":
            found = country_of(token.text)
            if found:
                return found
    return None


# A lowercase word of these kinds starts a clause, not a name: in "the Russian president
# defines Prigozhin" the tagger may take "defines Prigozhin" for a person, but the president
# is the verb's subject and Prigozhin its object, never the holder. Lowercase name particles
# ("al-Assad", "bin Salman", "de Gaulle") are tagged otherwise and stay names.
_CLAUSE_STARTS = frozenset({"VERB", "AUX", "PRON", "DET", "SCONJ", "CCONJ", "ADV", "PART"})


def _starts_like_a_name(span: SpacySpan) -> bool:
    """Whether a person mention can be a title's holder: it starts with a capitalised word
    or a lowercase name particle, not with a verb or other clause word."""
    first = span[0]
    return first.text[:1].isupper() or first.pos_ not in _CLAUSE_STARTS


def _child_of(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def extract_roles(doc: Doc, article_id: str, mentions: list[Mention]) -> list[RoleMention]:
    """Roles of the person mentions in `doc`, with the title text as evidence."""
    doc_text = doc.text
    roles: list[RoleMention] = []
    for index, mention in enumerate(mentions):
        if mention.type != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if not _starts_like_a_name(span):
            continue
        sent = span.sent
        found = _scan_left(doc, span.start, sent.start) or _scan_right(doc, span.end, sent.end)
        if found is None:
            continue
        _, tokens = found
        title, office, country, status = _describe(
            tokens, doc, sent.start, _context_country(doc, sent.start, tokens[0].i)
        )
        if not office or office in ("official", "diplomat", "delegate"):
            continue
        if office.endswith("counterpart"):
            office = _counterpart_office(doc, sent.start, tokens[0].i) or office
        start = min(tokens[0].idx, mention.start)
        end = max(tokens[-1].idx + len(tokens[-1].text), mention.end)
        roles.append(
            RoleMention(
                article=article_id,
                mention=index,
                title=title,
                office=office,
                country=country,
                status=status,
                evidence=Span(article=article_id, start=start, end=end, text=doc_text[start:end]),
            )
        )
    return roles


def _counterpart_office(doc: Doc, sentence_start: int, before: int) -> str | None:
    """ "his Turkish counterpart X": the office named earlier in the sentence."""
    words = [t.lower_ for t in doc[sentence_start:before]]
    for head in ("foreign minister", "prime minister", "president", "defense minister"):
        head_words = head.split()
        for i in range(len(words) - len(head_words), -1, -1):
            if words[i : i + len(head_words)] == head_words:
                return head
    return None


def _names_a_person_next(doc: Doc, head: Token) -> bool:
    """Whether the title ending at `head` is followed by a person's name ("President X")."""
    following = doc[head.i + 1 : head.i + 3]
    for token in following:
        if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
            return True
        if token.text != ",":
            return False
    return False


def extract_title_mentions(
    doc: Doc, article_id: str, sentence_starts: list[int], taken: list[Mention]
) -> tuple[list[Mention], list[tuple[str, str, str | None, Status, int, int]]]:
    """People named only by their office and country: "the Syrian President did not attend".

    Returns the mentions and, for each, (title, office, country, status, start, end). A title
    without a country ("the president") is too ambiguous to resolve and is skipped."""
    occupied = [(m.start, m.end) for m in taken if m.type in ("PERSON", "ORG", "FAC")]
    doc_text = doc.text
    mentions: list[Mention] = []
    details: list[tuple[str, str, str | None, Status, int, int]] = []
    for head in doc:
        if head.lower_ not in OFFICE_HEADS or _names_a_person_next(doc, head):
            continue
        if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in OFFICE_HEADS | TITLE_MODIFIERS:
            continue  # not the end of the title yet
        sent_start = head.sent.start
        found = _scan_left(doc, head.i + 1, sent_start)
        if found is None:
            continue
        _, tokens = found
        title, office, country, status = _describe(
            tokens, doc, sent_start, _context_country(doc, sent_start, tokens[0].i)
        )
        start, end = tokens[0].idx, head.idx + len(head.text)
        if country is None or not is_single_holder(office) or not title[:1].isalpha():
            continue
        if overlaps(start, end, occupied):
            continue
        mentions.append(
            mention_at(doc_text, article_id, (start, end), "PERSON", sentence_starts, "title")
        )
        details.append((title, office, country, status, start, end))
    return mentions, details


def title_roles(
    article_id: str,
    first_index: int,
    details: list[tuple[str, str, str | None, Status, int, int]],
    text: str,
) -> list[RoleMention]:
    """The roles that title-only mentions state (their mention indexes start at `first_index`)."""
    return [
        RoleMention(
            article=article_id,
            mention=first_index + k,
            title=title,
            office=office,
            country=country,
            status=status,
            evidence=Span(article=article_id, start=start, end=end, text=text[start:end]),
        )
        for k, (title, office, country, status, start, end) in enumerate(details)
    ]
