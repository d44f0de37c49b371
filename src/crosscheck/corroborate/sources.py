"""Who is an independent source: moved to `crosscheck.claims.origins` (origins, not outlets)."""

from __future__ import annotations

from crosscheck.claims.origins import OutletMap, article_label, build_outlet_map

SourceMap = OutletMap
build_source_map = build_outlet_map

__all__ = ["OutletMap", "SourceMap", "article_label", "build_outlet_map", "build_source_map"]
