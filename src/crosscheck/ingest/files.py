"""Opening input files safely: regular files only, decompressed reads within caps, folder walks.

A named pipe, socket or device is never opened for reading (it could block the run forever
or never end), nor anything under /proc, /sys or /dev (procfs and sysfs files look regular
but may block, like /proc/kmsg, or never end). In a folder, a symbolic link to a file outside
that folder is not followed (it could pull a private file, ~/.ssh/id_rsa, into the report),
and a folder holding OUTPUT_MARKER (an earlier crosscheck output folder) is skipped; a file
named on the command line is read even when it is a link. The reason given for a path that
cannot be read is the real one (a symbolic link loop, a broken link, a permission) rather than
"no such file".
"""

from __future__ import annotations

import errno
import fcntl
import gzip
import logging
import os
import re
import stat
import zlib
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from crosscheck.errors import InputError, LimitError

LOGGER = logging.getLogger(__name__)
# The file crosscheck writes into every output folder (render.output); a folder holding it
# is never read as input, so an earlier run's reports do not become articles.
OUTPUT_MARKER = ".crosscheck-output"
# Pseudo file systems: their files are not data on disk.
_SYSTEM_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))

GZIP_MAGIC = b"\x1f\x8b"
BLOCK = 1024 * 1024
_NON_SPACE = re.compile(rb"\S")
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)
GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def stat_error_reason(path: Path, exc: OSError) -> str:
    """The honest reason `path` cannot be read, from the error its stat or open raised."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return f"broken symbolic link (its target {os.readlink(path)} does not exist)"
        return "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "no such file (a part of its path is not a folder)"
    return f"cannot read file: {exc.strerror or exc}"


def check_regular(path: Path) -> os.stat_result:
    """The status of `path` (links followed); InputError unless it is a regular file on
    disk (not under /proc, /sys or /dev)."""
    try:
        status = path.stat()
    except OSError as exc:
        raise InputError(str(path), stat_error_reason(path, exc)) from exc
    _require_regular(path, status)
    _require_on_disk(path)
    return status


def _require_on_disk(path: Path) -> None:
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:
        raise InputError(str(path), f"cannot resolve the path: {exc}") from exc
    for root in _SYSTEM_ROOTS:
        if resolved == root or root in resolved.parents:
            raise InputError(str(path), f"under {root}, not a regular file on disk: not read")


def _require_regular(path: Path, status: os.stat_result) -> None:
    if stat.S_ISREG(status.st_mode):
        return
    kind = next((name for test, name in _KINDS if test(status.st_mode)), "not a regular file")
    raise InputError(str(path), f"{kind}, not a regular file: not read")


def open_input(path: Path) -> BinaryIO:
    """`path` opened for reading, decompressed when it is gzip; InputError when it cannot be.

    Opened without blocking and checked again after opening, so that a file swapped for a
    named pipe between the check and the open cannot hang the run.
    """
    check_regular(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(str(path), stat_error_reason(path, exc)) from exc
    raw = os.fdopen(descriptor, "rb")
    try:
        _require_regular(path, os.fstat(descriptor))
        flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
        fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
    except BaseException:
        raw.close()
        raise
    return gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw  # type: ignore[return-value]


def read_head(path: Path, size: int) -> bytes:
    """Up to `size` decompressed bytes from the start of the file, enough to sniff its format.

    A truncated gzip stream still gives the bytes before the cut (the reader of the format
    then reports the truncation where it happens).
    """
    chunks: list[bytes] = []
    got = 0
    try:
        with open_input(path) as stream:
            while got < size and (chunk := _read1(stream, size - got)):
                chunks.append(chunk)
                got += len(chunk)
    except GZIP_ERRORS as exc:
        if not chunks:
            raise InputError(str(path), f"corrupt or truncated gzip: {exc}") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from exc
    return b"".join(chunks)


def read_whole(path: Path, limit: int) -> bytes:
    """The whole (decompressed) file; LimitError when it is over `limit` bytes."""
    size = check_regular(path).st_size
    if size > limit:
        raise LimitError(str(path), f"file too large ({size:,} bytes; limit {limit:,})")
    try:
        with open_input(path) as stream:
            data = stream.read(limit + 1)
    except GZIP_ERRORS as exc:
        raise InputError(str(path), f"corrupt or truncated gzip: {exc}") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise LimitError(str(path), f"too large once decompressed (limit {limit:,} bytes)")
    return data


def _read1(stream: BinaryIO, size: int) -> bytes:
    read1 = getattr(stream, "read1", None)
    return read1(size) if read1 is not None else stream.read(size)


def file_lines(path: Path, line_limit: int, file_limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of the non-blank lines of a possibly gzipped file, streamed.

    A line over `line_limit` bytes comes as (number, None). Raises InputError for a truncated
    gzip stream and LimitError after `file_limit` decompressed bytes (the lines before have
    been yielded). Blank lines are skipped in bulk, so padding costs no Python loop per line.
    """
    item = str(path)
    try:
        with open_input(path) as stream:
            yield from _split_lines(_capped_blocks(stream, item, file_limit), line_limit)
    except GZIP_ERRORS as exc:
        raise InputError(item, f"corrupt or truncated gzip: {exc}") from exc
    except OSError as exc:
        raise InputError(item, f"cannot read file: {exc.strerror or exc}") from exc


def _capped_blocks(stream: BinaryIO, item: str, limit: int) -> Iterator[bytes]:
    total = 0
    while block := stream.read(BLOCK):
        total += len(block)
        if total > limit:
            raise LimitError(
                item, f"more than {limit:,} bytes once decompressed (cap); stopped reading there"
            )
        yield block


def _split_lines(blocks: Iterator[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    number = 1  # the number of the line the next byte belongs to
    partial: list[bytes] = []  # the start of a line cut by the end of a block
    size = 0
    for block in blocks:
        position = 0
        while position < len(block):
            if not partial:
                found = _NON_SPACE.search(block, position)
                if found is None:  # only blank space up to the end of the block
                    number += block.count(b"\n", position)
                    break
                number += block.count(b"\n", position, found.start())
                position = found.start()
            end = block.find(b"\n", position)
            if end < 0:
                if size <= limit:
                    partial.append(block[position:])
                size += len(block) - position
                break
            size += end - position
            line = b"".join([*partial, block[position:end]]) if size <= limit else None
            yield number, line
            number += 1
            partial, size, position = [], 0, end + 1
    if partial or size:
        yield number, b"".join(partial) if size <= limit else None


def iter_input_files(
    paths: Sequence[Path], exclude: Collection[Path] = ()
) -> Iterator[Path | InputError]:
    """Files named, and the entries under folders named (sorted; hidden entries and everything
    inside hidden folders or crosscheck output folders skipped); nothing at or under an
    `exclude` path.

    Under a folder, every entry that is not a folder is given (a named pipe or a broken link
    is then rejected by its reader with the reason); a subfolder that cannot be listed is an
    InputError naming it; links to folders are not followed (they could loop), nor links to
    files outside the folder named.
    """
    excluded = {e.resolve() for e in exclude}
    for path in paths:
        if _is_excluded(path, excluded):
            continue
        if path.is_dir():
            yield from _walk(path, excluded)
        else:
            yield path


def _walk(top: Path, excluded: set[Path]) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    entries: list[Path] = []
    for folder, dirs, files in os.walk(top, onerror=errors.append):
        base = Path(folder)
        if OUTPUT_MARKER in files:
            LOGGER.info(
                "%s: a crosscheck output folder (it holds %s): not read", base, OUTPUT_MARKER
            )
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        links = [d for d in dirs if (base / d).is_symlink()]
        dirs[:] = [d for d in dirs if d not in links]
        entries.extend(base / name for name in [*files, *links] if not name.startswith("."))
    problems = [
        InputError(str(exc.filename), f"folder cannot be read: {exc.strerror or exc}")
        for exc in errors
    ]
    inside = _resolved(top)
    for entry in sorted(entries):
        if _is_excluded(entry, excluded):
            continue
        if entry.is_symlink() and entry.is_dir():
            yield InputError(str(entry), "symbolic link to a folder: not followed")
        elif entry.is_symlink() and not _links_inside(entry, inside):
            yield InputError(
                str(entry), "symbolic link to a file outside the input folder: not followed"
            )
        else:
            yield entry
    yield from problems


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop
        return None


def _links_inside(link: Path, folder: Path | None) -> bool:
    """True when the link resolves inside `folder`, or cannot be resolved (a broken link or
    a loop: its reader reports that, and nothing outside is read)."""
    target = _resolved(link)
    if target is None or not target.exists():
        return True
    return folder is not None and folder in target.parents


def _is_excluded(path: Path, excluded: Collection[Path]) -> bool:
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: the reader reports it
        return False
    return any(resolved == e or e in resolved.parents for e in excluded)
