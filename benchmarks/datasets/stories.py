"""Reader for the story packs: many outlets' reports of one story, with hand-made gold.

A pack lives in ``benchmarks/stories/<pack>/`` (``manifest.json`` with URLs and hashes,
``gold.json``, optional ``judged.json``); its article texts live apart, in
``benchmarks/stories/texts/<pack>.jsonl`` (git-ignored: the texts are the publishers', not
ours to redistribute). See ``benchmarks/stories/README.md`` for the format.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.datasets.records import REPO_ROOT

STORIES_DIR = REPO_ROOT / "benchmarks" / "stories"
TEXTS_DIR = STORIES_DIR / "texts"
SPLITS = ("tune", "report")


class PackError(Exception):
    """A pack cannot be used: a file is missing, a text does not match its hash, bad gold."""


@dataclass(frozen=True)
class PackArticle:
    """One article of a pack, as listed in its manifest."""

    id: str
    url: str
    outlet: str
    published: str | None
    language: str
    sha256: str
    chars: int
    truncated: bool = False  # the stored page text stops before the article's end


@dataclass(frozen=True)
class Pack:
    """A loaded pack: manifest, gold, the person-filled verdicts and the article texts."""

    name: str
    story: str
    split: str
    languages: tuple[str, ...]
    articles: tuple[PackArticle, ...]
    gold: dict[str, Any]
    texts: dict[str, str]
    jsonl: Path
    judged: dict[str, Any] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()  # articles missing or not matching their hash (partial load)

    @property
    def judged_path(self) -> Path:
        """Where the verdicts on findings the gold cannot judge are kept (committed)."""
        return STORIES_DIR / self.name / "judged.json"


def sha256_text(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes (the hash the manifest records)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def list_packs(root: Path = STORIES_DIR) -> list[str]:
    """Names of the packs under ``root`` (folders holding a manifest), sorted."""
    return sorted(p.parent.name for p in root.glob("*/manifest.json"))


def _read_json(path: Path) -> Any:
    if not path.exists():
        raise PackError(f"missing file: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def read_texts(path: Path) -> dict[str, str]:
    """Article id -> text from a pack's JSONL file."""
    if not path.exists():
        raise PackError(
            f"missing texts file: {path} (the article texts are not in git; "
            "rebuild them from the manifest URLs, see benchmarks/stories/README.md)"
        )
    texts: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            record = json.loads(line)
            if "id" not in record or "text" not in record:
                raise PackError(f"{path}:{number}: a record needs 'id' and 'text'")
            texts[record["id"]] = record["text"]
    return texts


def load_pack(
    name: str, root: Path = STORIES_DIR, texts_dir: Path | None = None, partial: bool = False
) -> Pack:
    """Load pack ``name``; every manifest article must be in the texts with a matching hash.

    With ``partial``, articles missing or not matching are left out (named in ``left_out``)
    instead; at least one must be there.
    """
    folder = root / name
    manifest = _read_json(folder / "manifest.json")
    gold = _read_json(folder / "gold.json")
    judged_file = folder / "judged.json"
    judged = _read_json(judged_file) if judged_file.exists() else {}
    jsonl = (texts_dir or root / "texts") / f"{name}.jsonl"
    texts = read_texts(jsonl)
    articles = tuple(PackArticle(**a) for a in manifest["articles"])
    left_out: list[str] = []
    for article in articles:
        problem = None
        if article.id not in texts:
            problem = f"{jsonl}: article {article.id} ({article.url}) is missing"
        elif sha256_text(texts[article.id]) != article.sha256:
            problem = f"{jsonl}: text of {article.id} does not match its sha256"
        if problem and not partial:
            raise PackError(problem)
        if problem:
            left_out.append(article.id)
            texts.pop(article.id, None)
    if len(left_out) == len(articles):
        raise PackError(f"{jsonl}: no article of the pack is there with its hash")
    if manifest.get("split") not in SPLITS:
        raise PackError(f"{folder / 'manifest.json'}: split must be one of {SPLITS}")
    return Pack(
        name=manifest["pack"],
        story=manifest["story"],
        split=manifest["split"],
        languages=tuple(manifest["languages"]),
        articles=articles,
        gold=gold,
        texts=texts,
        jsonl=jsonl,
        judged=judged,
        left_out=tuple(left_out),
    )


def evidence_items(gold: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(where, article id, evidence) for every evidence string in the gold."""
    items: list[tuple[str, str, str]] = []
    for number, conflict in enumerate(gold.get("conflicts", [])):
        for side in conflict["sides"]:
            items += [(f"conflict {number}", a, e) for a, e in side["evidence"].items()]
    for number, fact in enumerate(gold.get("corroborated", [])):
        items += [(f"corroborated {number}", a, e) for a, e in fact["evidence"].items()]
    for number, claim in enumerate(gold.get("single_source", [])):
        items.append((f"single_source {number}", claim["article"], claim["evidence"]))
    return items


def gold_problems(pack: Pack) -> list[str]:
    """Everything in the gold that does not fit the texts (empty when the gold is sound)."""
    problems: list[str] = []
    for where, article, evidence in evidence_items(pack.gold):
        if evidence not in pack.texts.get(article, ""):
            problems.append(f"{where}: evidence not in {article}: {evidence[:60]!r}")
    for article, lines in pack.gold.get("junk_lines", {}).items():
        stripped = {line.strip() for line in pack.texts.get(article, "").splitlines()}
        problems += [f"junk line not in {article}: {x[:60]!r}" for x in lines if x not in stripped]
    placed = [a for event in pack.gold.get("events", []) for a in event["articles"]]
    ids = {a.id for a in pack.articles}
    if sorted(placed) != sorted(ids):
        problems.append(f"events must hold every article once: {sorted(set(placed) ^ ids)}")
    return problems
