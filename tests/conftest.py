"""Shared fixtures: the demo dossier is computed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import analyze
from crosscheck.records import Dossier

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo"


@pytest.fixture(scope="session")
def demo_dossier() -> Dossier:
    """The dossier of the bundled demo articles."""
    return analyze([DEMO])


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The English spaCy pipeline crosscheck uses."""
    from crosscheck.annotate.nlp import load_pipeline

    return load_pipeline()
