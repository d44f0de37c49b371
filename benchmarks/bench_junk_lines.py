"""Plain-text junk-line detection: crosscheck.ingest.junk.classify_lines on labelled page lines.

The labelled set is built from the article-extraction-benchmark (181 news pages with a gold
article body) and is never stored in the repository:

1. Every page is rendered to plain text with all its chrome kept: one line per block-level
   element (navigation, menus, headers, footers, captions, comment sections, share blocks,
   cookie notices, related links, the article itself); scripts, styles and form options dropped.
2. Each line is labelled *body* when it matches the gold body (after case-folding and keeping
   only runs of letters and digits): it equals a gold paragraph (rapidfuzz ratio >= 90) or is
   a passage of one (exact token run, or partial_ratio >= 90) of at least MIN_PASSAGE_TOKENS
   tokens. Every other line is *junk*. A short line that only occurs inside a gold paragraph
   ("Share", "Reuters") cannot be decided this way and is left out of the scores (counted as
   ambiguous).

classify_lines then sees each page's lines in page order, as it would see an extracted text.
Junk detection is scored with junk as the positive class, body retention with body as the
positive class (micro-averaged over all lines). A second set applies the same labelling to
the lines of crosscheck's extract_html output, the setting the classifier runs in.
The set is cached under benchmarks/.cache/ (git-ignored) and rebuilt when missing or stale.

    python -m benchmarks.bench_junk_lines [--data ../shared/benchmarks] [--rebuild] [--build-only]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import HTMLParser
from rapidfuzz import fuzz, process

from benchmarks.datasets.records import REPO_ROOT, default_data_dir
from benchmarks.report import RESULTS_DIR, machine_info, markdown_table, update_results

AEB = "article-extraction-benchmark"
CACHE_DIR = REPO_ROOT / "benchmarks" / ".cache"
BUILDER_VERSION = "2"  # bump when rendering or labelling changes
BODY, JUNK, AMBIGUOUS = "body", "junk", "ambiguous"
MIN_PASSAGE_TOKENS = 5
SIMILARITY = 90.0

Classifier = Callable[[Sequence[str]], list[str | None]]

# Elements that start and end a line of rendered text.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body button caption center dd details dialog dir div dl
    dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html label legend
    li main menu nav noframes ol p pre section summary table tbody td tfoot th thead title tr ul
    br""".split()
)
# Elements whose content is not text a reader sees.
SKIP_TAGS = frozenset(
    "script style noscript template svg math canvas iframe object embed head select option "
    "datalist textarea".split()
)
# letters and digits only: a rule of underscores or dashes is not article text
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


# --- rendering ------------------------------------------------------------------------------


def render_lines(html: str) -> list[str]:
    """The page as plain text, one line per block-level element, chrome included."""
    parser = HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        root = etree.fromstring(html.encode("utf-8"), parser)
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
            if element.text:
                current.append(element.text)
        else:
            if tag in BLOCK_TAGS and tag not in SKIP_TAGS:
                flush()
            if element.tail:
                current.append(element.tail)
    flush()
    return lines


# --- labelling ------------------------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


class BodyMatcher:
    """Labels lines against one gold article body."""

    def __init__(self, body: str) -> None:
        self.paragraphs = [key for line in body.split("\n") if (key := _key(line))]
        self.padded = [f" {p} " for p in self.paragraphs]
        self.whole = set(self.paragraphs)

    def label(self, line: str) -> str:
        """BODY, JUNK or AMBIGUOUS for one rendered line."""
        key = _key(line)
        if not key or not self.paragraphs:
            return JUNK
        if key in self.whole:
            return BODY
        long_enough = len(key.split()) >= MIN_PASSAGE_TOKENS
        if any(f" {key} " in p for p in self.padded):
            return BODY if long_enough else AMBIGUOUS
        if not long_enough:
            return JUNK
        if process.extractOne(key, self.paragraphs, scorer=fuzz.ratio, score_cutoff=SIMILARITY):
            return BODY
        if process.extractOne(
            key, self.paragraphs, scorer=fuzz.partial_ratio, score_cutoff=SIMILARITY
        ):
            return BODY
        return JUNK


# --- the dataset ----------------------------------------------------------------------------


def _fingerprint(root: Path) -> str:
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    digest.update((root / "ground-truth.json").read_bytes())
    for path in sorted((root / "html").glob("*.html.gz")):
        digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def build_dataset(root: Path, rebuild: bool = False) -> dict[str, Any]:
    """Labelled lines per page, from the cache when it matches the shared data."""
    cache = CACHE_DIR / f"junk_lines-{_fingerprint(root)}.json"
    if cache.exists() and not rebuild:
        data: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
        return data
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, Any] = {}
    for key in sorted(truth):
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        matcher = BodyMatcher(truth[key].get("articleBody") or "")
        rendered = render_lines(html)
        extracted = _extracted_lines(html)
        pages[key] = {
            "url": truth[key].get("url"),
            "rendered": [[line, matcher.label(line)] for line in rendered],
            "extracted": [[line, matcher.label(line)] for line in extracted],
        }
    data = {"builder_version": BUILDER_VERSION, "pages": pages}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data


def select_half(data: dict[str, Any], half: str) -> dict[str, Any]:
    """All pages, or the dev or test half (by the parity of a hash of the page key)."""
    if half == "all":
        return data
    want = 0 if half == "dev" else 1
    pages = {
        key: page
        for key, page in data["pages"].items()
        if hashlib.sha1(key.encode()).digest()[0] % 2 == want
    }
    return {**data, "pages": pages}


def _extracted_lines(html: str) -> list[str]:
    from crosscheck.errors import ExtractionError
    from crosscheck.ingest.html_extract import extract_html

    try:
        return extract_html(html).text.split("\n")
    except ExtractionError:
        return []


def dataset_stats(data: dict[str, Any], part: str) -> dict[str, int]:
    """Line counts per label in one part ("rendered" or "extracted")."""
    counts = Counter(label for page in data["pages"].values() for _, label in page[part])
    return {"pages": len(data["pages"]), "lines": sum(counts.values()), **counts}


# --- scoring --------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def evaluate(data: dict[str, Any], part: str, classify: Classifier) -> dict[str, Any]:
    """Junk-detection and body-retention scores of ``classify`` on one part of the set."""
    matrix: Counter[tuple[str, bool]] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = {"body_flagged": [], "junk_kept": []}
    started = time.perf_counter()
    n_lines = 0
    for page in data["pages"].values():
        lines = [line for line, _ in page[part]]
        predicted = classify(lines)
        if len(predicted) != len(lines):
            raise SystemExit(f"classify_lines returned {len(predicted)} results for {len(lines)}")
        n_lines += len(lines)
        for (line, label), reason in zip(page[part], predicted, strict=True):
            if label == AMBIGUOUS:
                continue
            flagged = reason is not None
            matrix[(label, flagged)] += 1
            if flagged:
                reasons[(str(reason), label)] += 1
            if label == BODY and flagged and len(examples["body_flagged"]) < 15:
                examples["body_flagged"].append(f"[{reason}] {line[:160]}")
            if label == JUNK and not flagged and len(examples["junk_kept"]) < 15:
                examples["junk_kept"].append(line[:160])
    seconds = time.perf_counter() - started
    junk = _prf(matrix[(JUNK, True)], matrix[(BODY, True)], matrix[(JUNK, False)])
    body = _prf(matrix[(BODY, False)], matrix[(JUNK, False)], matrix[(BODY, True)])
    per_reason = {
        reason: {"junk": reasons[(reason, JUNK)], "body": reasons[(reason, BODY)]}
        for reason in sorted({r for r, _ in reasons})
    }
    return {
        "junk_detection": junk,
        "body_retention": body,
        "confusion": {
            f"{label}/{'flagged' if f else 'kept'}": n for (label, f), n in matrix.items()
        },
        "per_reason": per_reason,
        "lines_per_s": n_lines / seconds if seconds > 0 else None,
        "examples": examples,
    }


def _without_menus(classify: Classifier) -> Classifier:
    def run(lines: Sequence[str]) -> list[str | None]:
        return list(classify(lines, detect_menus=False))  # type: ignore[call-arg]

    return run


def _keep_all(lines: Sequence[str]) -> list[str | None]:
    return [None] * len(lines)


def load_classifier() -> Classifier:
    """crosscheck.ingest.junk.classify_lines, or a clear exit while it does not exist."""
    try:
        from crosscheck.ingest import junk
    except ImportError as exc:
        raise SystemExit(f"crosscheck.ingest.junk cannot be imported yet ({exc})") from exc
    classify = getattr(junk, "classify_lines", None)
    if not callable(classify):
        raise SystemExit("crosscheck.ingest.junk.classify_lines does not exist yet")
    return classify  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    """Build (or load) the labelled set, score classify_lines, write results/junk_lines.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "junk_lines.json")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached set")
    parser.add_argument("--build-only", action="store_true", help="build the set, score nothing")
    parser.add_argument(
        "--half",
        choices=("all", "dev", "test"),
        default="all",
        help="pages by hash of their key: develop rules on 'dev', report on 'test' and 'all'",
    )
    args = parser.parse_args(argv)
    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    root = args.data / AEB
    if not (root / "ground-truth.json").exists():
        raise SystemExit(f"benchmark data not found: {root}")

    data = select_half(build_dataset(root, rebuild=args.rebuild), args.half)
    stats = {part: dataset_stats(data, part) for part in ("rendered", "extracted")}
    print(f"labelled set: {json.dumps(stats)}")
    if args.build_only:
        return 0
    classify = load_classifier()

    machine = machine_info()
    print(f"\n# Junk lines — {machine['date']} — {machine['platform']}, Python {machine['python']}")
    rows = []
    runs: dict[str, Any] = {}
    examples: dict[str, dict[str, list[str]]] = {}
    for part, title in (("rendered", "page rendered with chrome"), ("extracted", "extract_html")):
        # crosscheck runs the classifier on extracted HTML without menu detection, as here
        mine = classify if part == "rendered" else _without_menus(classify)
        for system, fn in (("classify_lines", mine), ("keep every line", _keep_all)):
            result = evaluate(data, part, fn)
            # example lines are third-party page text: printed, never written to the repository
            examples[f"{part}/{system}"] = result.pop("examples")
            runs[f"{args.half}/{part}/{system}"] = {"set": stats[part], **result}
            j, b = result["junk_detection"], result["body_retention"]
            rows.append(
                [title, system, j["precision"], j["recall"], j["f1"],
                 b["precision"], b["recall"], b["f1"]]
            )  # fmt: skip
    print(
        markdown_table(
            ["lines from", "system", "junk P", "junk R", "junk F1", "body P", "body R", "body F1"],
            rows,
        )
    )
    for part in ("rendered", "extracted"):
        result = runs[f"{args.half}/{part}/classify_lines"]
        print(f"\nper reason ({part}): lines flagged junk / body: ", end="")
        print(", ".join(f"{r} {c['junk']}/{c['body']}" for r, c in result["per_reason"].items()))
        print(f"body lines flagged ({part}), first examples:")
        for example in examples[f"{part}/classify_lines"]["body_flagged"][:8]:
            print(f"  {example}")
    update_results(args.output, runs, {"builder_version": BUILDER_VERSION, "benchmark": AEB})
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
