"""crosscheck: many outlets' reports of one developing story in, one verified, sourced dossier out."""

from __future__ import annotations

__version__ = "0.1.0"

from crosscheck.pipeline import AnalyzeOptions, analyze  # noqa: E402

__all__ = ["AnalyzeOptions", "__version__", "analyze"]
