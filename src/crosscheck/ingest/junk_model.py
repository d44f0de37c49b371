"""A learned junk-line model for the lines the rules leave on a scraped page.

A logistic regression over general line features (`junk_features`: shape, place on the page,
neighbours, a small multilingual chrome vocabulary), fitted offline on labelled pages by
`benchmarks/train_junk_model.py`; its weights and threshold are the data file
`junk_model.json` next to this module. The threshold was picked for precision: a line is
removed only when the model is confident, and a line that reads as prose (a sentence of ten
words or more) only when it speaks like a photo caption and the model is surer still
(PROSE_THRESHOLD). Every removal names the model and its probability ("junk-model: 0.97").
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from crosscheck.errors import ConfigurationError
from crosscheck.ingest.junk_features import (
    FEATURE_NAMES,
    judged,
    line_features,
    reads_as_prose,
)

MODEL_FILE = "junk_model.json"
# A line that reads as a sentence is judged only when it speaks like a caption, and removed
# only at this probability or above: body text must stay.
PROSE_THRESHOLD = 0.99
REASON_PREFIX = "junk-model"


@dataclass(frozen=True, slots=True)
class JunkModel:
    """Standardisation, weights, intercept and removal threshold of the fitted model."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, vector: Sequence[float]) -> float:
        """The model's probability that a line with these features is page chrome."""
        z = self.intercept + sum(
            w * (x - m) / s
            for w, x, m, s in zip(self.coef, vector, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def model_from_json(data: dict[str, object]) -> JunkModel:
    """A JunkModel from its JSON form; ConfigurationError when it does not fit the features."""
    if data.get("features") != list(FEATURE_NAMES):
        raise ConfigurationError(f"{MODEL_FILE}: its features are not junk_features' features")
    try:
        return JunkModel(
            mean=tuple(float(x) for x in data["mean"]),  # type: ignore[attr-defined]
            scale=tuple(float(x) or 1.0 for x in data["scale"]),  # type: ignore[attr-defined]
            coef=tuple(float(x) for x in data["coef"]),  # type: ignore[attr-defined]
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"{MODEL_FILE}: malformed ({exc!r})") from exc


@lru_cache(maxsize=1)
def load_model() -> JunkModel:
    """The committed model (read once)."""
    text = resources.files("crosscheck.ingest").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


def junk_probabilities(
    lines: Sequence[str],
    reasons: Sequence[str | None],
    model: JunkModel | None = None,
    url: str | None = None,
) -> list[float | None]:
    """The model's probability per line; None for blank lines and for lines it does not
    judge (prose, a long line, no mark of chrome and not outside the article's prose:
    `junk_features.judged`). `url`: the page's address, when known."""
    model = model or load_model()
    return [
        None if vector is None or not judged(line, vector) else model.probability(vector)
        for line, vector in zip(lines, line_features(lines, reasons, url), strict=True)
    ]


def mark_model_junk(
    lines: Sequence[str],
    reasons: list[str | None],
    model: JunkModel | None = None,
    url: str | None = None,
) -> None:
    """Mark the lines the rules kept that the model finds chrome with confidence; a line that
    reads as prose, a long line, a source credit, the headline and a line with neither a
    mark of chrome nor a place outside the article's prose always stay."""
    model = model or load_model()
    for i, p in enumerate(junk_probabilities(lines, reasons, model, url)):
        if p is None or reasons[i] is not None:
            continue
        threshold = (
            max(model.threshold, PROSE_THRESHOLD) if reads_as_prose(lines[i]) else model.threshold
        )
        if p >= threshold:
            reasons[i] = f"{REASON_PREFIX}: {p:.2f}"
