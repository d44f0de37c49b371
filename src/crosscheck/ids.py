"""Stable, content-derived identifiers: the same input always gets the same id."""

from __future__ import annotations

import hashlib


def content_id(prefix: str, *parts: str | bytes) -> str:
    """A short stable id for `parts`, e.g. ``content_id("a", text) -> "a-3f2c..."``."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\x1f")
    return f"{prefix}-{digest.hexdigest()[:16]}"


def slug(text: str) -> str:
    """A readable lowercase slug of `text` for human-facing ids."""
    out = []
    dash = False
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:60] or "x"
