"""The raw document: one input item before cleaning (its own module so readers share it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item before cleaning: text or HTML plus whatever metadata the input gave."""

    item: str
    format: str
    content: str
    path: str | None = None
    url: str | None = None
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
