"""A bug the cleaner trips on in one item costs that item only: it becomes a rejection at the
clean stage, with the exception's type and message, and the batch goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import pipeline
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.records import Article


def test_an_unexpected_error_while_cleaning_one_item_is_a_rejection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "broken", "c"):
        (tmp_path / f"{name}.txt").write_text(
            f"Talks {name}\nOfficials met in Baku on Saturday for talks, a diplomat said ({name}).",
            encoding="utf-8",
        )

    def cleaner(item: RawDocument, **kwargs: int) -> Article:
        if item.item.endswith("broken.txt"):
            raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
        return clean_document(item, **kwargs)

    monkeypatch.setattr(pipeline, "clean_document", cleaner)
    read = pipeline.ingest([tmp_path])
    assert sorted(a.title for a in read.articles) == ["Talks a", "Talks c"]
    [rejection] = read.rejected
    assert rejection.stage == "clean" and rejection.item.endswith("broken.txt")
    assert rejection.reason == (
        "cannot clean: TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    )
    assert read.inputs == 3
