"""Line-level junk classifier for scraped plain text.

Scraped text carries the page around the article: site chrome ("Dark Mode", "Logo"), date and
byline lines, photo captions, share and related-links blocks, promos and spam, comment forms and
cookie notices. `classify_lines` gives each line either ``None`` (keep) or the reason it is junk,
so every removal can be shown to the reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.ingest.junk_blocks import kept_vocabulary, mark_blocks, mark_menus
from crosscheck.ingest.junk_bylines import mark_bare_bylines, mark_signature_bylines
from crosscheck.ingest.junk_edges import mark_tail_teasers
from crosscheck.ingest.junk_line_rules import content_words, reads_as_body, single_line_reason
from crosscheck.ingest.junk_reasons import (
    BYLINE,
    CAPTION,
    CHROME,
    COMMENT_FORM,
    COMMENTS,
    COOKIES,
    DATELINE,
    LINK,
    NAVIGATION,
    PROMO,
    PUNCTUATION,
    RELATED,
    SHARE,
    TAGS,
    TICKER,
    TIMESTAMP,
)
from crosscheck.ingest.junk_runs import mark_context_chrome
from crosscheck.ingest.junk_sections import mark_section_labels
from crosscheck.ingest.junk_shapes import mark_shapes
from crosscheck.ingest.junk_site_lines import mark_site_promos
from crosscheck.ingest.junk_tail_links import mark_tail_links
from crosscheck.ingest.junk_teasers import mark_teasers

__all__ = [
    "BYLINE",
    "CAPTION",
    "CHROME",
    "COMMENTS",
    "COMMENT_FORM",
    "COOKIES",
    "DATELINE",
    "LINK",
    "NAVIGATION",
    "PROMO",
    "PUNCTUATION",
    "RELATED",
    "SHARE",
    "TAGS",
    "TICKER",
    "TIMESTAMP",
    "classify_lines",
    "reads_as_body",
]


def classify_lines(
    lines: Sequence[str],
    *,
    detect_menus: bool = True,
    site_names: frozenset[str] = frozenset(),
) -> list[str | None]:
    """For each line: None to keep it, or the reason it is junk. Blank lines are kept (None).

    `detect_menus` finds navigation menus and other chrome by the shape and place of lines
    (runs of short Title Case lines, the site's name, embedded posts) in scraped text; turn
    it off for text an HTML extractor already took out of its page. `site_names` are the
    folded names of the page's site (`junk_shapes.site_names`)."""
    reasons: list[str | None] = [
        single_line_reason(line) if line.strip() else None for line in lines
    ]
    if detect_menus:
        mark_menus(lines, reasons)
    words = [content_words(line) for line in lines]
    mark_blocks(lines, reasons, words, kept_vocabulary(lines, reasons, words))
    mark_context_chrome(lines, reasons)
    if detect_menus:
        mark_shapes(lines, reasons, site_names)
        mark_section_labels(lines, reasons, reads_as_body)
        mark_site_promos(lines, reasons, site_names, reads_as_body)
        mark_tail_links(lines, reasons, reads_as_body)
        mark_teasers(lines, reasons, reads_as_body)
        mark_bare_bylines(lines, reasons, reads_as_body)
        mark_signature_bylines(lines, reasons, reads_as_body)
        mark_tail_teasers(lines, reasons, reads_as_body)
    return reasons
