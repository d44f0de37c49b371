"""The independent-origin count of every gold corroborated fact of the story packs, whatever
the claim matcher finds: for each fact, the claims read from its gold evidence (one per
article) are counted by ``count_origins`` and compared with the gold ``origins``.

- ``exact``: the certain count equals the gold count;
- ``not overstated``: the certain count is at most the gold count (the count a finding shows
  is "at least" this many: precision first);
- ``in range``: the gold count lies between the certain count and certain + possible;
- ``understated``: the certain count is below the gold count (the price of precision).

Each pack's overstated facts are printed with the certain origins counted, so the kinds of
overstatement (copies of one dispatch, one authority's figure relayed) can be read.

Facts whose evidence is read as claims in fewer than two articles are not counted. Only the
packs of the chosen split are analysed (held-out packs stay unseen while tuning).

    python -m benchmarks.bench_origins --split tune --texts ../main/benchmarks/stories/texts
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import crosscheck.dossier
from benchmarks.datasets.stories import STORIES_DIR, PackError, list_packs, load_pack
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results
from benchmarks.stories_score import Ratio, spans_overlap
from crosscheck.claims.independence import claim_sentence
from crosscheck.claims.origin_count import count_origins
from crosscheck.corpus import Corpus
from crosscheck.pipeline import analyze
from crosscheck.records import Claim

HEADERS = ["packs", "facts", "exact", "not overstated", "in range", "understated"]
RATIOS = ("exact", "not_overstated", "in_range", "understated")


@contextmanager
def captured_corpus() -> Iterator[list[Corpus]]:
    """The corpus the pipeline builds inside ``build_dossier``, kept for the benchmark."""
    built: list[Corpus] = []
    real = crosscheck.dossier.build_corpus

    def keep(*args: Any, **kwargs: Any) -> Corpus:
        corpus = real(*args, **kwargs)
        built.append(corpus)
        return corpus

    with mock.patch.object(crosscheck.dossier, "build_corpus", keep):
        yield built


def fact_claims(corpus: Corpus, evidence: dict[str, str]) -> list[Claim]:
    """One claim per gold article whose sentence (or text) overlaps the gold evidence."""
    pack_id = {aid: a.article.source_id or aid for aid, a in corpus.articles.items()}
    chosen: dict[str, Claim] = {}
    for claim in corpus.claims:
        wanted = evidence.get(pack_id[claim.article])
        if wanted is None or claim.article in chosen:
            continue
        if spans_overlap(wanted, claim_sentence(claim, corpus)) or spans_overlap(
            wanted, claim.text
        ):
            chosen[claim.article] = claim
    return list(chosen.values())


def score_origins(corpus: Corpus, gold: dict[str, Any]) -> dict[str, Any]:
    """The four ratios over the pack's gold corroborated facts, and the facts overstated."""
    out: dict[str, Any] = {key: Ratio(0, 0) for key in RATIOS}
    overstated, understated = [], []
    for fact in gold.get("corroborated", []):
        claims = fact_claims(corpus, fact["evidence"])
        if len(claims) < 2:
            continue
        count = count_origins(claims, corpus)
        low, high = len(count.certain), len(count.certain) + len(count.possible)
        wanted = int(fact.get("origins", 1))
        out["exact"] += Ratio(int(low == wanted), 1)
        out["not_overstated"] += Ratio(int(low <= wanted), 1)
        out["in_range"] += Ratio(int(low <= wanted <= high), 1)
        out["understated"] += Ratio(int(low < wanted), 1)
        if low < wanted:
            understated.append(
                {
                    "fact": fact["fact"],
                    "gold": wanted,
                    "certain": count.certain,
                    "possible": count.possible,
                }
            )
        if low > wanted:
            overstated.append(
                {
                    "fact": fact["fact"],
                    "gold": wanted,
                    "note": fact.get("origin_note", ""),
                    "certain": count.certain,
                    "articles": sorted(
                        corpus.articles[c.article].article.source_id or c.article for c in claims
                    ),
                }
            )
    out["overstated"] = overstated
    out["understated_facts"] = understated
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Score the origin count on the chosen packs; print a table and write the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--texts", type=Path, default=None, help="folder of <pack>.jsonl texts")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "origins.json")
    args = parser.parse_args(argv)
    runs: dict[str, Any] = {}
    total = {key: Ratio(0, 0) for key in RATIOS}
    rows: list[list[object]] = []
    for name in list_packs(STORIES_DIR):
        try:
            pack = load_pack(name, texts_dir=args.texts)
        except PackError as error:
            print(f"skipping {name}: {error}", file=sys.stderr)
            continue
        if args.split not in ("all", pack.split):
            continue
        with captured_corpus() as built:
            analyze([pack.jsonl], store=None)
        result = score_origins(built[-1], pack.gold)
        for key in total:
            total[key] += result[key]
        runs[f"pack/{name}"] = {
            k: v.as_dict() if isinstance(v, Ratio) else v for k, v in result.items()
        }
        rows.append(_row(name, result))
        _print_overstated(name, result["overstated"])
    if not runs:
        print("no pack could be scored", file=sys.stderr)
        return 1
    runs[f"split/{args.split}"] = {k: v.as_dict() for k, v in total.items()}
    rows.append(_row(f"**{args.split}**", total))
    print(f"\n# Origin count per gold fact — {machine_info()['date']}")
    print(markdown_table(HEADERS, rows))
    update_results(args.output, runs, {"benchmark": "origin count per gold fact (story packs)"})
    print(f"\nwrote {args.output}")
    return 0


def _row(label: str, result: dict[str, Any]) -> list[object]:
    return [label, result["exact"].den, *(result[key].value for key in RATIOS)]


def _print_overstated(pack: str, overstated: Sequence[dict[str, Any]]) -> None:
    """Each overstated fact of the pack: the gold count and note, and the origins counted."""
    print(f"\n{pack}: {len(overstated)} overstated")
    for fact in overstated:
        print(f"- {fact['fact'][:90]} (gold {fact['gold']}: {fact['note'][:80]})")
        print(f"  counted {len(fact['certain'])}: {', '.join(fact['certain'])}")
        print(f"  articles: {', '.join(fact['articles'])}")


if __name__ == "__main__":
    sys.exit(main())
