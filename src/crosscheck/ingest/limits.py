"""Resource caps for reading inputs: memory and time stay bounded whatever an input holds.

Every cap is a documented module constant; `ReadLimits` carries them (and lets a caller
tighten or loosen them). Going over a cap is never a crash: it is one `LimitError` (an
`InputError`) naming the item, the size found and the cap, and the batch goes on.
The caps on HTML start tags (characters, attributes) live in `html_guard`, next to the scan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from crosscheck.errors import InputError, LimitError
from crosscheck.ingest.document import RawDocument

# One item read whole into memory: a txt/html/json/feed file (decompressed), one JSON Lines
# line, one WARC payload, one fetched body.
MAX_ITEM_BYTES = 20 * 1024 * 1024
# Decompressed bytes streamed from one JSON Lines or WARC file (files read whole stop at
# MAX_ITEM_BYTES). Bounds the time spent on padding; the records before the cap are kept.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Records read from one file: JSON array items, non-blank JSON Lines lines, feed entries,
# WARC records. The records before the cap are kept; one LimitError says where reading stopped.
MAX_RECORDS_PER_FILE = 50_000
# Bad records of one file reported one by one; the rest become one summary rejection.
MAX_REJECTIONS_PER_FILE = 100
# Characters of one article's text (after HTML extraction, before junk-line removal). A
# longer article is rejected whole, never truncated: body text is not dropped silently.
# 300,000 characters is about a 150-page book; annotating an article that long takes about
# 1.4 GB and a minute (benchmarks/bench_memory_bounds.py), 100,000 about 640 MB.
MAX_ARTICLE_CHARS = 300_000


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """The caps applied while reading inputs (defaults: the module constants)."""

    item_bytes: int = MAX_ITEM_BYTES
    file_bytes: int = MAX_FILE_BYTES
    records_per_file: int = MAX_RECORDS_PER_FILE
    rejections_per_file: int = MAX_REJECTIONS_PER_FILE
    article_chars: int = MAX_ARTICLE_CHARS


DEFAULT_LIMITS = ReadLimits()


def cap_records(
    items: Iterator[RawDocument | InputError], item: str, limits: ReadLimits
) -> Iterator[RawDocument | InputError]:
    """`items` of one file, stopped after `records_per_file` records, with at most
    `rejections_per_file` bad records listed one by one and the rest counted in one summary.

    Errors about the file itself (their item is `item`) are always passed on.
    """
    records = shown = hidden = 0
    try:
        for one in items:
            if isinstance(one, InputError) and one.item == item:
                yield one
                continue
            records += 1
            if records > limits.records_per_file:
                yield LimitError(
                    item,
                    f"more than {limits.records_per_file:,} records (cap); "
                    "the rest of the file was not read",
                )
                break
            if isinstance(one, InputError):
                if shown >= limits.rejections_per_file:
                    hidden += 1
                    continue
                shown += 1
            yield one
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
    if hidden:
        yield LimitError(
            item,
            f"… and {hidden:,} more bad records (only the first "
            f"{limits.rejections_per_file:,} are listed one by one)",
        )


@dataclass(slots=True)
class RejectionCap:
    """`rejections_per_file` for a later stage (cleaning): which rejections of a file to list
    one by one, and one summary per file for the rest. A record's file is its document's
    `path` (else its URL, else its item)."""

    limit: int = MAX_REJECTIONS_PER_FILE
    counts: Counter[str] = field(default_factory=Counter)

    def admit(self, document: RawDocument) -> bool:
        """Count one rejection of `document`; True while its file is under the cap."""
        origin = document.path or document.url or document.item
        self.counts[origin] += 1
        return self.counts[origin] <= self.limit

    def summaries(self) -> list[LimitError]:
        """One LimitError per file with rejections over the cap, counting the ones not listed."""
        return [
            LimitError(
                origin,
                f"… and {count - self.limit:,} more bad records (only the first "
                f"{self.limit:,} are listed one by one)",
            )
            for origin, count in self.counts.items()
            if count > self.limit
        ]
