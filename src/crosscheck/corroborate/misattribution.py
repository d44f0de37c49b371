"""One quote put in two people's mouths: outlet A quotes Albusaidi saying "we made some but not
conclusive progress in the talks today in Rome", outlet B quotes Araghchi saying the same
words (a misquote: the speaker differs).

Only what a reader can check counts. Both quotes are long (eight words or more) and nearly
word for word one another (a shortened quote is the part of the longer one it covers);
each speaker is a person named in the words that attribute the quote (not "he", not "a senior
official from President Trump's administration", whose name is another person's); the outlets
differ, and the two names share no word ("Abbas Araghchi" and "Araghchi" may be one man the
resolver kept apart). Words two people may both have said are left out: when one article
gives the quote to both, or a quote's sentence names the other speaker too ("Araghchi echoed
Albusaidi: ...")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from itertools import combinations

from crosscheck.claims.findings import conflict, evidence_side
from crosscheck.corpus import Corpus
from crosscheck.records import Finding, FindingValue, Quote, Span

MIN_WORDS = 8
# Share of the shorter quote's words that line up with the longer one, in order.
SAME_WORDING = 0.85
_WORD = re.compile(r"\w+(?:['’]\w+)?")
SUMMARY_CHARS = 120


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class _Wording:
    """A quote's words, with their counts for a cheap bound before the alignment."""

    def __init__(self, text: str) -> None:
        self.words = _words(text)
        self.counts = Counter(self.words)
        self.vocabulary = frozenset(self.counts)


def _same_words(a: _Wording, b: _Wording) -> bool:
    shorter = min(len(a.words), len(b.words))
    if shorter < MIN_WORDS:
        return False
    needed = SAME_WORDING * shorter
    # aligned words are at most the words both have (each as often as the rarer side has it):
    # most pairs fail this bound, and the alignment below is the slow part
    common = a.vocabulary & b.vocabulary
    if len(common) < needed and sum(min(a.counts[w], b.counts[w]) for w in common) < needed:
        return False
    blocks = SequenceMatcher(None, a.words, b.words, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= needed


def _named_speaker(quote: Quote, corpus: Corpus) -> str | None:
    """The quote's speaker when it is a person the attributing words name by name."""
    if quote.speaker is None or quote.speaker_text is None:
        return None
    entity = corpus.entities.get(quote.speaker)
    if entity is None or entity.type != "PERSON":
        return None
    surname = entity.name.split()[-1].lower()
    attributing = _words(quote.speaker_text)
    # the name ends the attributing words: "Omani Foreign Minister Badr Albusaidi", not
    # "an official of President Donald Trump's administration"
    return quote.speaker if attributing and attributing[-1] == surname else None


def _sentence(quote: Quote, corpus: Corpus) -> tuple[int, int]:
    annotated = corpus.articles[quote.article]
    found = next((s for s in annotated.sentences if s.start <= quote.start < s.end), None)
    return (found.start, max(found.end, quote.end)) if found else (quote.start, quote.end)


def _names_person(quote: Quote, person: str, corpus: Corpus) -> bool:
    """Whether the quote's sentence (or the quote) names `person`."""
    start, end = _sentence(quote, corpus)
    mentions = corpus.articles[quote.article].mentions
    return any(
        start <= m.start < end and corpus.entity(quote.article, i) == person
        for i, m in enumerate(mentions)
    )


def _side(speaker: str, quotes: list[Quote], corpus: Corpus) -> FindingValue:
    text = quotes[0].text
    shown = text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS] + "\u2026"
    # the outlets giving the words to one speaker count as the origins `findings` counts:
    # relays of one dispatch are one, uncredited outlets together one
    return evidence_side(
        f"{corpus.entities[speaker].name}: \u201c{shown}\u201d",
        [
            (
                Span(article=q.article, start=q.start, end=q.end, text=q.text),
                corpus.own_origin(q.article),
            )
            for q in quotes
        ],
        corpus,
    )


def _maybe_one_person(a: str, b: str, corpus: Corpus) -> bool:
    """Two entities whose names share a word ("Abbas Araghchi" / "Araghchi", two spellings the
    resolver kept apart) may be one person."""
    wa = set(_words(corpus.entities[a].name))
    wb = set(_words(corpus.entities[b].name))
    return bool(wa & wb)


def _clash(a: Quote, b: Quote, who: dict[str, str], corpus: Corpus) -> bool:
    sa, sb = who[a.id], who[b.id]
    return (
        sa != sb
        and not _maybe_one_person(sa, sb, corpus)
        and corpus.label(a.article) != corpus.label(b.article)
        and not _names_person(a, sb, corpus)
        and not _names_person(b, sa, corpus)
    )


def misattributions(corpus: Corpus) -> list[Finding]:
    """Quotes that outlets give word for word to two different named people."""
    who = {q.id: s for q in corpus.quotes if (s := _named_speaker(q, corpus)) is not None}
    quotes = [q for q in corpus.quotes if q.id in who]
    words = {q.id: _Wording(q.text) for q in quotes}
    findings = []
    seen: set[frozenset[str]] = set()
    for a, b in combinations(quotes, 2):
        if not _same_words(words[a.id], words[b.id]) or not _clash(a, b, who, corpus):
            continue
        same = [q for q in quotes if _same_words(words[q.id], words[a.id])]
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for quote in same:
            by_speaker[who[quote.id]].append(quote)
        speakers_of_article: dict[str, set[str]] = defaultdict(set)
        for quote in same:
            speakers_of_article[quote.article].add(who[quote.id])
        if any(len(found) > 1 for found in speakers_of_article.values()):
            continue  # one article gives the words to both: both may have said them
        key = frozenset(q.id for q in same)
        if key in seen:
            continue
        seen.add(key)
        values = [_side(s, qs, corpus) for s, qs in sorted(by_speaker.items())]
        summary = "Outlets give one quote to different speakers: " + " vs ".join(
            f"{v.value} ({', '.join(sorted({corpus.label(x) for x in v.articles}))})"
            for v in values
        )
        findings.append(conflict("misquote", ("speaker", *sorted(key)), summary + ".", values))
    return findings
