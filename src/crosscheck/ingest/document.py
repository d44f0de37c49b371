"""The raw document: one input item before cleaning (its own module so readers share it)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from crosscheck.ingest.controls import replace_surrogates


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

    def __post_init__(self) -> None:
        # Every reader builds a RawDocument, so lone surrogates (from JSON escapes or
        # character references) are replaced here once, in the text and every field.
        for one in fields(self):
            value = getattr(self, one.name)
            if isinstance(value, str):
                object.__setattr__(self, one.name, replace_surrogates(value))
        extra = {replace_surrogates(k): replace_surrogates(v) for k, v in self.extra.items()}
        object.__setattr__(self, "extra", extra)
