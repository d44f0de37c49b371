"""Disagreements over what someone said: misquotes (one quote of one speaker, worded so that it
says something else; across languages see `speech_translated`) and positions (one party's
stance reported as opposite by two outlets published within a few days of each other: a stance
that changed later is no disagreement).

A translation or a minor rewording is the same quote: a misquote needs one quote (most of its
words shared) whose figures or negation differ. A shortened quote is compared only with the part
of the longer one it covers: what the shorter one leaves out is not a difference.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

from crosscheck.claims.findings import conflict, evidence_side
from crosscheck.claims.value_agreement import text_numbers
from crosscheck.cluster.similarity import analyse
from crosscheck.corpus import Corpus
from crosscheck.corroborate.misattribution import misattributions
from crosscheck.corroborate.speech_translated import translated_misquotes
from crosscheck.records import Finding, FindingValue, Position, Quote, Span
from crosscheck.resolve.union_find import DisjointSets

MIN_QUOTE_WORDS = 4
SAME_QUOTE_SHARE = 0.6
SAME_CONTENT_SHARE = 0.5
_NEGATORS = re.compile(r"\b(not|no|never|nothing|none|neither|nor|without)\b|n['’]t\b", re.I)
_WORD = re.compile(r"\d[\d,.]*\d|\d|\w+(?:['’]\w+)?")
# Shared runs shorter than this ("the") at an end do not anchor where two wordings line up.
MIN_ANCHOR_WORDS = 2
SUMMARY_CHARS = 120
SAME_TIME_DAYS = 3
_FOR = frozenset({"support", "demand", "offer", "propose"})
_AGAINST = frozenset({"oppose", "reject", "deny"})

T = TypeVar("T", Quote, Position)


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _who(actor: str | None, text: str | None) -> str | None:
    if actor:
        return actor
    return " ".join(sorted(set(analyse(text)))) if text else None


def _by_speaker(items: Sequence[T], key: Callable[[T], str | None]) -> dict[str, list[T]]:
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        who = key(item)
        if who:
            groups[who].append(item)
    return groups


def _negations(text: str) -> int:
    return len(_NEGATORS.findall(text)) % 2


def _covered(a: str, b: str) -> tuple[str, str]:
    """The parts of two wordings of one quote that line up: words only one of them has at its
    start or end are left out, so that a quote cut short or framed by more words ("We are
    unaware of the details, but ... the president gave his assessment of ...") is compared
    only where both say something. Words one adds inside ("will not attack") stay."""
    wa = [w.lower() for w in _WORD.findall(a)]
    wb = [w.lower() for w in _WORD.findall(b)]
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    while ops and _loose_end(ops[0]):
        ops.pop(0)
    while ops and _loose_end(ops[-1]):
        ops.pop()
    if not ops:
        return a, b
    return " ".join(wa[ops[0][1] : ops[-1][2]]), " ".join(wb[ops[0][3] : ops[-1][4]])


def _loose_end(op: tuple[str, int, int, int, int]) -> bool:
    """Words at an end of the alignment that only one wording has, or a lone shared word
    ("the") that anchors nothing."""
    tag, i1, i2, _, _ = op
    return tag in ("insert", "delete") or (tag == "equal" and i2 - i1 < MIN_ANCHOR_WORDS)


def _materially_different(a: Quote, b: Quote) -> bool:
    """Whether the parts of the two quotes that line up differ in a figure or a negation; a
    synonym ("gave"/"made" his assessment) or a shortening is not a difference."""
    ca, cb = _covered(a.text, b.text)
    na, nb = text_numbers(ca), text_numbers(cb)
    return (bool(na) and bool(nb) and na != nb) or _negations(ca) != _negations(cb)


def _shortened(text: str) -> str:
    """The start of a quote for a summary, cut at a word with an ellipsis when it is long."""
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "\u2026"


def _span(item: Quote | Position) -> Span:
    return Span(article=item.article, start=item.start, end=item.end, text=item.text)


def _value(value: str, items: Sequence[Quote | Position], corpus: Corpus) -> FindingValue:
    """One wording with the outlets giving it, counted as origins only when shown independent
    (`claims.origin_count.count_stated`: uncredited outlets may copy one another)."""
    side = evidence_side(value, [(_span(i), corpus.own_origin(i.article)) for i in items], corpus)
    return side.model_copy(update={"evidence": [_span(i) for i in items]})


def _same_quote(a: Quote, b: Quote, wa: set[str], wb: set[str]) -> bool:
    return (
        a.article != b.article
        and min(len(wa), len(wb)) >= MIN_QUOTE_WORDS
        and _share(wa, wb) >= SAME_QUOTE_SHARE
    )


def _wordings(members: Sequence[Quote]) -> list[list[Quote]]:
    """The quotes of one cluster grouped by what they say: a quote joins the first group whose
    first quote it does not materially differ from (a shortened wording is no other version)."""
    groups: list[list[Quote]] = []
    for quote in members:
        group = next((g for g in groups if not _materially_different(g[0], quote)), None)
        if group is None:
            groups.append([quote])
        else:
            group.append(quote)
    return groups


def misquotes(corpus: Corpus) -> list[Finding]:
    """One speaker's quote that outlets give with different figures or opposite negation: one
    finding per quote, one value per wording; and one quote given to two speakers (see
    misattribution)."""
    findings = misattributions(corpus)
    groups = _by_speaker(corpus.quotes, _quote_speaker)
    for who, quotes in sorted(groups.items()):
        words = [set(analyse(q.text)) for q in quotes]
        same = DisjointSets[int]()
        disputed: set[int] = set()
        for i, a in enumerate(quotes):
            for j in range(i + 1, len(quotes)):
                if _same_quote(a, quotes[j], words[i], words[j]):
                    same.union(i, j)
                    if _materially_different(a, quotes[j]):
                        disputed.update((i, j))
        for members in same.clusters():
            if not disputed & set(members):
                continue
            wordings = _wordings([quotes[k] for k in members])
            values = [_value(qs[0].text, qs, corpus) for qs in wordings]
            speaker = next((q.speaker_text for q in quotes if q.speaker_text), who)
            summary = f"Outlets quote {speaker} differently: " + " vs ".join(
                f"\u201c{_shortened(v.value)}\u201d" for v in values
            )
            ids = sorted(quotes[k].id for k in members)
            findings.append(conflict("misquote", ids, summary + ".", values))

    def compared(a: Quote, b: Quote) -> bool:
        return _same_quote(a, b, set(analyse(a.text)), set(analyse(b.text)))

    return findings + translated_misquotes(groups, corpus.own_origin, compared)


def _quote_speaker(quote: Quote) -> str | None:
    return _who(quote.speaker, quote.speaker_text)


def _side(stance: str) -> bool | None:
    return True if stance in _FOR else False if stance in _AGAINST else None


def _same_time(a: Position, b: Position, corpus: Corpus) -> bool:
    """Whether two reports can speak of one moment of a party's stance: a party may change its
    mind, so reports published further apart than a few days are not set against each other."""
    day_a, day_b = corpus.published(a.article), corpus.published(b.article)
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= SAME_TIME_DAYS


def _same_matter(a: Position, b: Position, wa: set[str], wb: set[str]) -> bool:
    return (
        a.article != b.article
        and len(wa & wb) >= 2
        and _share(wa, wb) >= SAME_CONTENT_SHARE
        and _side(a.stance) is not None
        and _side(b.stance) is not None
    )


def position_conflicts(corpus: Corpus) -> list[Finding]:
    """One party's stance on one matter reported as for it by one outlet and against it by
    another: one finding per matter, a value for each side."""
    findings = []
    groups = _by_speaker(corpus.positions, lambda p: _who(p.actor, p.actor_text))
    for _, positions in sorted(groups.items()):
        words = [set(analyse(p.content)) for p in positions]
        same = DisjointSets[int]()
        for i, a in enumerate(positions):
            for j in range(i + 1, len(positions)):
                if _same_matter(a, positions[j], words[i], words[j]) and _same_time(
                    a, positions[j], corpus
                ):
                    same.union(i, j)
        for members in same.clusters():
            sides: dict[bool, list[Position]] = defaultdict(list)
            for k in members:
                sides[bool(_side(positions[k].stance))].append(positions[k])
            if len(sides) < 2:
                continue
            values = [
                _value(
                    " / ".join(sorted({p.stance for p in ps})) + f": {ps[0].content[:100]}",
                    ps,
                    corpus,
                )
                for _, ps in sorted(sides.items(), reverse=True)
            ]
            actor = positions[members[0]].actor_text
            summary = f"Outlets report opposite positions of {actor}: " + " vs ".join(
                f"{v.value}" for v in values
            )
            ids = sorted(positions[k].id for k in members)
            findings.append(conflict("position_conflict", ids, summary + ".", values))
    return findings
