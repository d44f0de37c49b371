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

__all__ = ["decode_bytes", "decode_html", "decode_text", "looks_binary"]

LOGGER = logging.getLogger(__name__)

# UTF-32 first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_UNICODE = frozenset(
    {"ascii", "utf-8", "utf_8", "utf-8-sig", "utf_8_sig", "utf-16", "utf_16", "utf-32", "utf_32"}
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
    """True when `data` is most likely not text (NUL bytes or many control characters).

    Text that starts with a byte-order mark is judged on its decoded characters (UTF-16 and
    UTF-32 are full of NUL bytes).
    """
    sample = data[:8192]
    if not sample:
        return False
    if (marked := _bom_encoding(sample)) is not None:
        text = sample.decode(marked, errors="ignore")
        controls = sum(1 for char in text if char < "\t" or "\r" < char < " ")
        return controls > 0.05 * max(len(text), 1)
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes, item: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` to text; returns (text, encoding used). Raises ExtractionError for binary.

    Order: byte-order mark, strict UTF-8 when the text is not plain ASCII (valid UTF-8 beats
    a declared legacy charset: such bytes are almost never meant as latin-1; the encoding
    then says so), a declared charset, strict UTF-8, statistical detection (charset_normalizer,
    which handles cp1256 Arabic and latin-1), then cp1252 as last resort.
    """
    if (marked := _bom_encoding(data)) is not None:
        text = data.decode(marked, errors="replace")
        if not text.strip():
            raise ExtractionError(item, "empty input")
        return text, marked
    if not data.strip():
        raise ExtractionError(item, "empty input")
    if looks_binary(data):
        raise ExtractionError(item, "binary content, not text")
    if declared and not data.isascii() and _is_utf8(data):
        if _codec_name(declared) in ("utf-8", None):
            return data.decode("utf-8"), "utf-8"
        return data.decode("utf-8"), f"utf-8 (declared {declared} ignored: the bytes are UTF-8)"
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


def decode_text(data: bytes, item: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding used). Raises ExtractionError for empty or binary.

    A file that mixes UTF-8 lines with lines in a legacy encoding (text pasted together from
    several sources) is decoded line by line; the encoding then reads e.g.
    "mixed: utf-8, cp1256 on lines 3-4".
    """
    text, encoding = decode_bytes(data, item, declared)
    if declared or encoding.lower() in _UNICODE:
        return text, encoding
    lines = data.splitlines(keepends=True)
    utf8 = [_is_utf8(line) for line in lines]
    legacy_part = b"".join(line for ok, line in zip(utf8, lines, strict=True) if not ok)
    legacy = _legacy_encoding(legacy_part, encoding)
    if not any(ok and not line.isascii() for ok, line in zip(utf8, lines, strict=True)):
        return data.decode(legacy, errors="replace"), legacy
    parts = [
        line.decode("utf-8") if ok else line.decode(legacy, errors="replace")
        for ok, line in zip(utf8, lines, strict=True)
    ]
    legacy_lines = [number for number, ok in enumerate(utf8, start=1) if not ok]
    return "".join(parts), f"mixed: utf-8, {legacy} on lines {_ranges(legacy_lines)}"


def _legacy_encoding(data: bytes, default: str) -> str:
    """The detected single-byte encoding; cp1252 when it fits as well as the best guess.

    On short Western text the detector cannot tell cp1252 from cp1250 or cp1257; cp1252
    (which browsers use for latin-1 too) is by far the most common of them.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return default
    tied = {
        name
        for match in matches
        if match.chaos <= matches[0].chaos
        for name in match.could_be_from_charset
    }
    return "cp1252" if "cp1252" in tied else matches[0].encoding


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] -> "3-5, 9"; at most five ranges are named."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    named = [f"{a}-{b}" if a != b else str(a) for a, b in spans[:5]]
    return ", ".join(named) + (", ..." if len(spans) > 5 else "")


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
