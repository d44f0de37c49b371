"""Bytes to text: encoding detection that never silently garbles or drops an input."""

from __future__ import annotations

import codecs

from crosscheck.errors import ExtractionError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """True when `data` is most likely not text (NUL bytes or many control characters)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes, item: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` to text; returns (text, encoding used). Raises ExtractionError for binary.

    Order: byte-order mark, a declared charset, strict UTF-8, then statistical detection
    (charset_normalizer, which handles cp1256 Arabic and latin-1), then cp1252 as last resort.
    """
    if not data.strip():
        raise ExtractionError(item, "empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if looks_binary(data):
        raise ExtractionError(item, "binary content, not text")
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"
