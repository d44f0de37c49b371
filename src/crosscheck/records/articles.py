"""Ingested articles: clean text, paragraphs, removed lines, and rejected inputs."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from crosscheck.records.base import Record


class RemovedLine(Record):
    """A line taken out of an article's text, with the reason it was taken out."""

    text: str
    reason: str
    line: int = Field(description="1-based line number in the input text")


class Paragraph(Record):
    """A paragraph of the clean text, with its detected language and writing system."""

    start: int
    end: int
    language: str | None = Field(description="ISO 639-1 code, or null when undetectable")
    script: str | None = Field(description="Dominant writing system: Latin, Arabic, Cyrillic, ...")
    heading: bool = False


class Article(Record):
    """One input document after ingestion: clean text plus honest metadata."""

    id: str = Field(description="Stable id derived from the input's content")
    path: str | None = None
    url: str | None = None
    source_id: str | None = Field(default=None, description="The id the input record gave")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = Field(default=None, description="Publication date; null = unknown")
    published_source: str | None = Field(
        default=None, description="Where the publication date was found"
    )
    language: str | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    removed: list[RemovedLine] = Field(default_factory=list)
    input_format: str = "txt"


class Rejection(Record):
    """An input item (or an article at some stage) that could not be used, and why."""

    item: str
    stage: str
    reason: str
