"""The junk dev set's byline relabelling (`benchmarks.junk_dev_set.add_bylines`): listed
byline lines join their page's gold junk lines; a line the page lacks, an unknown page and a
page of the held-out fresh half are refused. All text is written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.junk_dev_set import Page, add_bylines, parse_labelled

BATCH = """=== vell-floods | https://example.org/vell | Valley Courier | en
Floods cut off three valley towns
By Mara Ellis
J| Share on WhatsApp
Rescue crews reached the town of Vell on Tuesday, the governor said.
"""


def _write(tmp_path: Path, listed: dict[str, list[str]]) -> Path:
    path = tmp_path / "bylines.json"
    path.write_text(json.dumps({"junk_lines": listed}), encoding="utf-8")
    return path


def test_listed_bylines_join_the_gold(tmp_path: Path) -> None:
    pages = parse_labelled(BATCH)
    add_bylines(pages, _write(tmp_path, {"vell-floods": ["By Mara Ellis"]}))
    assert pages[0].junk == ["Share on WhatsApp", "By Mara Ellis"]
    assert "By Mara Ellis" in pages[0].text  # the text itself is unchanged


@pytest.mark.parametrize(
    "listed",
    [{"vell-floods": ["By Someone Else"]}, {"no-such-page": ["By Mara Ellis"]}],
)
def test_a_line_or_page_that_does_not_exist_is_refused(
    tmp_path: Path, listed: dict[str, list[str]]
) -> None:
    with pytest.raises(SystemExit):
        add_bylines(parse_labelled(BATCH), _write(tmp_path, listed))


def test_a_fresh_page_is_never_relabelled_here(tmp_path: Path) -> None:
    pages: list[Page] = parse_labelled(BATCH, fresh=True)
    with pytest.raises(SystemExit):
        add_bylines(pages, _write(tmp_path, {"vell-floods": ["By Mara Ellis"]}))
