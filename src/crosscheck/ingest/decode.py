"""Bytes to text: encoding detection that never silently garbles or drops an input.

Two policies share the byte-order-mark step: `decode_bytes` for every input read as a file,
a WARC record or a fetched body (strict, with the transport's declared charset), and
`decode_html` for HTML handed over as bytes (tolerant of stray legacy bytes in UTF-8, and
aware of the charset the markup itself declares).
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from crosscheck.errors import ExtractionError

__all__ = ["decode_bytes", "decode_html", "looks_binary"]

LOGGER = logging.getLogger(__name__)

# UTF-32 first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SNIFF_BYTES = 4096
_DETECT_BYTES = 65536
_MAX_INVALID_UTF8_SHARE = 0.1
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
# WHATWG Encoding Standard: browsers decode these labels with the wider Windows code page,
# and pages labelled latin-1 routinely contain cp1252 quotes and dashes.
_WHATWG_SUPERSETS = {
    codecs.lookup(label).name: superset
    for label, superset in (
        ("ascii", "cp1252"),
        ("latin-1", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("iso-8859-11", "cp874"),
        ("tis-620", "cp874"),
        ("gb2312", "gb18030"),
        ("gbk", "gb18030"),
        ("shift_jis", "cp932"),
        ("euc-kr", "cp949"),
    )
}


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
    if (marked := _bom_encoding(data)) is not None:
        return data.decode(marked), marked
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
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: BOM, then (mostly) valid UTF-8, declared charset, charset detection."""
    if (marked := _bom_encoding(data)) is not None:
        return data.decode(marked, errors="replace")
    as_utf8 = data.decode("utf-8", errors="replace")
    if _mostly_valid_utf8(as_utf8):
        return as_utf8
    declared = _declared_charset(data[:_SNIFF_BYTES])
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")
    best = charset_normalizer.from_bytes(data[:_DETECT_BYTES]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            LOGGER.debug("detected charset %s does not fit the whole page", best.encoding)
    return as_utf8


def _bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of `data` names, if there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _mostly_valid_utf8(text: str) -> bool:
    """True when nearly all non-ASCII characters decoded as valid UTF-8.

    Real UTF-8 pages often carry a few stray legacy bytes (an ad snippet, a pasted name);
    text in a legacy single-byte encoding almost never forms valid UTF-8 sequences.
    """
    invalid = text.count("\ufffd")
    if invalid == 0:
        return True
    non_ascii = sum(1 for char in text if ord(char) > 0x7F)
    return invalid <= _MAX_INVALID_UTF8_SHARE * non_ascii


def _declared_charset(head: bytes) -> str | None:
    """The Python codec for the charset the page declares (meta or XML declaration), if known."""
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="ignore")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith("utf-16") or name.startswith("utf-32"):
        # a page that decoded as ASCII-compatible bytes far enough to show this label is not UTF-16
        return None
    return _WHATWG_SUPERSETS.get(name, name)
