"""Write report files safely: all or nothing per file, never through a symlink."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from crosscheck.errors import OutputError
from crosscheck.ingest.files import OUTPUT_MARKER

MARKER_TEXT = (
    "This folder holds reports written by crosscheck. crosscheck never reads a folder that\n"
    "holds this file as input, so that its own reports are not taken for articles.\n"
)

# The temporary file is ours alone: created new (never an existing file or link), and its
# mode follows the umask as a plain open() would.
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def prepare_output_folder(outdir: Path) -> None:
    """Create `outdir` if needed, with the OUTPUT_MARKER file that keeps it from being read
    as input later; `OutputError` when it is not a writable folder."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"the output folder {outdir} is a file; choose a folder with -o")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {outdir}: {exc.strerror}") from exc
    # A real write, not os.access: permission bits say nothing to root or on read-only mounts.
    try:
        with tempfile.TemporaryFile(dir=outdir, prefix=".crosscheck-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write in the output folder {outdir}: {reason}") from exc
    marker = outdir / OUTPUT_MARKER
    if not (marker.is_file() and not marker.is_symlink()):
        write_atomically(marker, MARKER_TEXT)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename it over
    `path`: a reader sees the old file or the new one, never half of one, and a symlink at
    `path` is replaced by the file (its target is left untouched)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        descriptor = os.open(temporary, _CREATE_FLAGS, 0o666)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
