"""crosscheck: many outlets' reports of one story in, one verified, sourced dossier out."""

from __future__ import annotations

__version__ = "0.1.0"

from crosscheck.pipeline import AnalyzeOptions, analyze

__all__ = ["AnalyzeOptions", "__version__", "analyze"]
