"""Rejections at the cleaning stage are capped per file like those at reading."""

from __future__ import annotations

import json
from pathlib import Path

from crosscheck.ingest.limits import ReadLimits
from crosscheck.pipeline import ingest


def test_a_file_of_records_too_short_to_clean_lists_a_few_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    records = [{"id": str(i), "text": "x"} for i in range(30)]  # each too short to be an article
    path = tmp_path / "short.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = ingest([path], limits=ReadLimits(rejections_per_file=5))
    listed = [r for r in result.rejected if r.stage == "clean"]
    assert len(listed) == 6
    assert "25 more bad records" in listed[-1].reason
    assert result.articles == []
