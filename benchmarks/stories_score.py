"""Scoring a crosscheck dossier against a story pack's gold (used by ``bench_stories``).

Every function takes the dossier as plain JSON (``Dossier.model_dump(mode="json")``) and the
gold as loaded from ``gold.json``, so the tests can write both by hand. Article ids in the gold
are the pack's ids (``a01``); the dossier's own ids are mapped back through ``source_id``.
Shares are kept as :class:`Ratio` (numerator, denominator) so packs add up to a split.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

Json = dict[str, Any]
Span = tuple[str, str]  # (pack article id, evidence text)
SUPPORT_KINDS = ("corroborated", "single_source")


@dataclass(frozen=True)
class Ratio:
    """A share kept as its two counts; ``value`` is None when nothing was counted."""

    num: int
    den: int

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.num + other.num, self.den + other.den)

    def as_dict(self) -> dict[str, float | int | None]:
        """JSON form: the value and both counts."""
        value = self.value
        return {"value": None if value is None else round(value, 4), "n": self.num, "of": self.den}


def normalize(text: str) -> str:
    """Whitespace collapsed and trimmed, for comparing text taken from different places."""
    return re.sub(r"\s+", " ", text).strip()


def spans_overlap(a: str, b: str, share: float = 0.6) -> bool:
    """Whether two evidence texts cover the same words: one holds the other, or they share a
    run of characters at least ``share`` of the shorter one's length."""
    a, b = normalize(a), normalize(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    shorter = min(len(a), len(b))
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= max(8, share * shorter)


def source_ids(dossier: Json) -> dict[str, str]:
    """Dossier article id -> the pack's article id (the ``id`` field of the input record)."""
    return {a["id"]: a.get("source_id") or a["id"] for a in dossier["articles"]}


# --------------------------------------------------------------------------- junk


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def score_junk(texts: Mapping[str, str], junk: Mapping[str, Sequence[str]], dossier: Json) -> Json:
    """Gold junk lines removed, body characters kept, and the body lines that were removed.

    Lines are compared once per article and text (a repeated line counts once)."""
    by_source = {source_ids(dossier)[a["id"]]: a for a in dossier["articles"]}
    removed_junk, kept_chars = Ratio(0, 0), Ratio(0, 0)
    body_removed: list[Json] = []
    for article_id, text in texts.items():
        article = by_source.get(article_id)
        gold_junk = set(junk.get(article_id, ()))
        records = (article or {}).get("removed", [])
        removed = {normalize(r["text"]): r["reason"] for r in records}
        times_removed = Counter(normalize(r["text"]) for r in records)
        times_written = Counter(normalize(line) for line in _lines(text))
        clean = normalize(article["text"]) if article else ""
        title = normalize((article or {}).get("title") or "")
        for line in dict.fromkeys(_lines(text)):
            key = normalize(line)
            if line in gold_junk:
                removed_junk += Ratio(int(key in removed), 1)
                continue
            # a line removed as often as it is written is gone, even if its words recur
            survives = times_written[key] > times_removed[key] and key in clean
            kept = bool(article) and (survives or key == title)
            kept_chars += Ratio(len(key) if kept else 0, len(key))
            if key in removed and not kept:
                body_removed.append({"article": article_id, "line": line, "reason": removed[key]})
    return {
        "junk_removed": removed_junk,
        "body_chars_kept": kept_chars,
        "body_removed": body_removed,
    }


# --------------------------------------------------------------------------- entities


def form_entities(dossier: Json) -> dict[str, set[str]]:
    """Mention text (normalised) -> ids of the dossier entities mentioned by that text."""
    index: dict[str, set[str]] = {}
    for entity in dossier["entities"]:
        for mention in entity["mentions"]:
            index.setdefault(normalize(mention["text"]), set()).add(entity["id"])
    return index


def _pair_merged(index: Mapping[str, set[str]], a: str, b: str) -> bool | None:
    """Whether two forms share a dossier entity; None when either form is not a mention."""
    left, right = index.get(normalize(a)), index.get(normalize(b))
    if not left or not right:
        return None
    return bool(left & right)


def score_entities(gold: Json, dossier: Json) -> Json:
    """Merge recall and precision over gold forms, and ``apart`` pairs kept apart."""
    index = form_entities(dossier)
    owner = {normalize(f): e["name"] for e in gold["entities"] for f in e["forms"]}
    recall, missed = Ratio(0, 0), []
    for entity in gold["entities"]:
        forms = sorted({normalize(f) for f in entity["forms"]})
        for a, b in combinations(forms, 2):
            merged = _pair_merged(index, a, b)
            if merged is not None:
                recall += Ratio(int(merged), 1)
                if not merged:
                    missed.append([a, b])
    precision, wrong = Ratio(0, 0), []
    for entity in dossier["entities"]:
        forms = sorted({normalize(m["text"]) for m in entity["mentions"]} & owner.keys())
        for a, b in combinations(forms, 2):
            precision += Ratio(int(owner[a] == owner[b]), 1)
            if owner[a] != owner[b]:
                wrong.append([a, b])
    apart, joined = Ratio(0, 0), []
    for pair in gold.get("apart", []):
        merged = _pair_merged(index, pair["a"], pair["b"])
        if merged is not None:
            apart += Ratio(int(not merged), 1)
            if merged:
                joined.append([pair["a"], pair["b"]])
    return {
        "merge_recall": recall,
        "merge_precision": precision,
        "apart_kept": apart,
        "missed_merges": missed,
        "wrong_merges": wrong,
        "apart_merged": joined,
    }


# --------------------------------------------------------------------------- events


def event_labels(gold: Json, dossier: Json) -> tuple[dict[str, str], dict[str, str]]:
    """Gold and predicted event label of every article (an unplaced article gets none)."""
    gold_labels = {a: e["id"] for e in gold["events"] for a in e["articles"]}
    ids = source_ids(dossier)
    predicted: dict[str, str] = {}
    for event in dossier["events"]:
        for article in event["articles"]:
            predicted.setdefault(ids.get(article, article), event["id"])
    return gold_labels, predicted


# --------------------------------------------------------------------------- findings


def finding_spans(finding: Json, ids: Mapping[str, str]) -> list[Span]:
    """Every evidence span of a finding (its own and its values'), by pack article id."""
    spans = list(finding.get("evidence", []))
    for value in finding.get("values", []):
        spans += value.get("evidence", [])
    return [(ids.get(s["article"], s["article"]), s["text"]) for s in spans]


def hits(evidence: Mapping[str, str], spans: Iterable[Span]) -> set[str]:
    """Gold articles whose evidence some span of the same article overlaps."""
    return {a for a, text in spans if a in evidence and spans_overlap(evidence[a], text)}


def sides_hit(conflict: Json, spans: Sequence[Span]) -> list[int]:
    """Indexes of the conflict's sides that the spans touch."""
    return [i for i, side in enumerate(conflict["sides"]) if hits(side["evidence"], spans)]


def signature(spans: Iterable[Span]) -> str:
    """A finding's key in ``judged.json``: its sorted (article, evidence text) pairs."""
    return json.dumps(sorted({(a, normalize(t)) for a, t in spans}), ensure_ascii=False)


def corroborated_verdict(gold: Json, spans: Sequence[Span]) -> tuple[bool | None, int | None]:
    """True (and the gold fact) when the spans hit one gold fact in >= 2 of its articles;
    False when they pair opposing sides of a gold conflict; None when the gold cannot say."""
    for number, fact in enumerate(gold.get("corroborated", [])):
        if len(hits(fact["evidence"], spans)) >= 2:
            return True, number
    for conflict in gold.get("conflicts", []):
        if len(sides_hit(conflict, spans)) >= 2:
            return False, None
    return None, None


def single_verdict(gold: Json, spans: Sequence[Span]) -> bool | None:
    """True when the spans hit a gold single-source claim; False when they hit a gold fact
    that has >= 2 independent origins; None otherwise."""
    for claim in gold.get("single_source", []):
        if hits({claim["article"]: claim["evidence"]}, spans):
            return True
    for fact in gold.get("corroborated", []):
        if fact.get("origins", 1) >= 2 and hits(fact["evidence"], spans):
            return False
    return None


def relayed_verdict(
    gold: Json, spans: Sequence[Span], stated: tuple[int, int] = (1, 1)
) -> tuple[bool | None, int | None]:
    """A single-source finding: one article's claim (``single_verdict``), or several articles
    shown as resting on `stated` = (at least, possibly) origins, right (with the gold fact, for
    the origin count) when they state one gold fact whose number of origins lies in that range
    ("at least 1, possibly 2" is right for a fact with one origin or two)."""
    if len({article for article, _ in spans}) >= 2:
        _, fact = corroborated_verdict(gold, spans)
        if fact is not None:
            origins = gold["corroborated"][fact].get("origins", 1)
            return stated[0] <= origins <= stated[1], fact
    return single_verdict(gold, spans), None


def stated_origins(finding: Json) -> tuple[int, int]:
    """The (at least, possibly) number of origins a finding states."""
    at_least = int(finding.get("independent_sources") or 1)
    return at_least, at_least + len(finding.get("possible_origins") or [])


def facts_matched(gold: Json, spans: Sequence[Span]) -> set[int]:
    """Gold corroborated facts (by number) the spans hit in >= 2 of their articles: the rule
    of :func:`corroborated_verdict`, for every fact rather than the first."""
    return {
        number
        for number, fact in enumerate(gold.get("corroborated", []))
        if len(hits(fact["evidence"], spans)) >= 2
    }


def score_recall(gold: Json, findings: Sequence[Json], ids: Mapping[str, str]) -> Json:
    """Share of gold corroborated facts found. ``corroborated_recall`` counts a fact when at
    least one corroborated finding matches it; ``told_recall`` also counts a finding of several
    articles shown as single-source (copies of one origin), which is how a fact with one origin
    should be shown."""
    facts = gold.get("corroborated", [])
    by_corroborated: set[int] = set()
    by_any: set[int] = set()
    for finding in findings:
        if finding["kind"] not in SUPPORT_KINDS:
            continue
        matched = facts_matched(gold, finding_spans(finding, ids))
        by_any |= matched
        if finding["kind"] == "corroborated":
            by_corroborated |= matched
    return {
        "corroborated_recall": Ratio(len(by_corroborated), len(facts)),
        "told_recall": Ratio(len(by_any), len(facts)),
        "missed_facts": [f["fact"] for n, f in enumerate(facts) if n not in by_any],
    }


def _judged(judged: Mapping[str, Any], key: str) -> bool | None:
    entry = judged.get(key)
    if isinstance(entry, Mapping) and isinstance(entry.get("verdict"), bool):
        return bool(entry["verdict"])
    return None


def score_conflicts(gold: Json, findings: Sequence[Json], ids: Mapping[str, str]) -> Json:
    """Conflict recall (gold conflicts matched on >= 2 sides) and precision (predicted
    conflicts that match a gold one; the gold conflicts are exhaustive)."""
    predicted = [f for f in findings if f["kind"] not in SUPPORT_KINDS]
    spans = [finding_spans(f, ids) for f in predicted]
    matched_gold = [
        any(len(sides_hit(c, s)) >= 2 for s in spans) for c in gold.get("conflicts", [])
    ]
    matching = [any(len(sides_hit(c, s)) >= 2 for c in gold.get("conflicts", [])) for s in spans]
    return {
        "conflict_recall": Ratio(sum(matched_gold), len(matched_gold)),
        "conflict_precision": Ratio(sum(matching), len(matching)),
        "missed_conflicts": [
            c["what"]
            for c, ok in zip(gold.get("conflicts", []), matched_gold, strict=True)
            if not ok
        ],
        "false_conflicts": [
            {"kind": f["kind"], "summary": f["summary"]}
            for f, ok in zip(predicted, matching, strict=True)
            if not ok
        ],
    }


def score_support(
    gold: Json, findings: Sequence[Json], ids: Mapping[str, str], judged: Mapping[str, Any]
) -> Json:
    """Precision of corroborated and single-source findings (gold rule first, then the
    person-filled ``judged``), the unjudged ones, and the independent-source count check over
    every finding of several articles that states a gold fact, whatever it is called (facts
    that several outlets relay from one source are single-source findings)."""
    out: Json = {
        "corroborated_precision": Ratio(0, 0),
        "single_source_precision": Ratio(0, 0),
        # the rule before 2026-12-02 (sixth session): several articles shown as one source are
        # right only for a fact with exactly one origin, whatever range the finding states
        "single_source_precision_one_origin": Ratio(0, 0),
        "independent_sources_match": Ratio(0, 0),
        # the gold count lies in the range the finding states ("at least 1, possibly 3")
        "independent_sources_in_range": Ratio(0, 0),
        "unjudged": [],
        # findings whose independent-source count is not the gold fact's origins, to read
        "origin_mismatches": [],
    }
    for finding in findings:
        kind = finding["kind"]
        if kind not in SUPPORT_KINDS:
            continue
        spans = finding_spans(finding, ids)
        key = signature(spans)
        fact = None
        if kind == "corroborated":
            verdict, fact = corroborated_verdict(gold, spans)
        else:
            verdict, fact = relayed_verdict(gold, spans, stated_origins(finding))
            strict, _ = relayed_verdict(gold, spans)
            if strict is None:
                strict = _judged(judged, key)
            if strict is not None:
                out["single_source_precision_one_origin"] += Ratio(int(strict), 1)
        if verdict is None:
            verdict = _judged(judged, key)
        if verdict is None:
            out["unjudged"].append({"signature": key, "kind": kind, "summary": finding["summary"]})
            continue
        out[f"{kind}_precision"] += Ratio(int(verdict), 1)
        if fact is not None:
            origins = gold["corroborated"][fact].get("origins")
            out["independent_sources_match"] += Ratio(
                int(finding["independent_sources"] == origins), 1
            )
            low, high = stated_origins(finding)
            out["independent_sources_in_range"] += Ratio(int(low <= origins <= high), 1)
            if finding["independent_sources"] != origins:
                out["origin_mismatches"].append(
                    _mismatch(gold["corroborated"][fact], finding, spans)
                )
    return out


def _mismatch(fact: Json, finding: Json, spans: Sequence[Span]) -> Json:
    """A finding whose independent-source count differs from its gold fact's origins, with the
    gold articles its evidence hits (a finding may hold only some of the fact's articles)."""
    return {
        "fact": fact.get("fact"),
        "articles": sorted(hits(fact["evidence"], spans)),
        "gold_origins": fact.get("origins"),
        "origin_note": fact.get("origin_note"),
        "independent_sources": finding["independent_sources"],
        "origins": finding.get("origins"),
        "possible_origins": finding.get("possible_origins"),
        "summary": finding["summary"],
    }
