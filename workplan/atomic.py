"""Write output files atomically: a temporary file beside the target, then one rename.

A crash, a full disk or a failing writer never leaves a half-written file, and never touches the
file that was there before. '-' writes to standard output.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from .errors import WorkplanError


def write_bytes(path: str, data: bytes) -> None:
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(path)
    if target.exists() and not target.is_file() and not target.is_dir():
        _write_device(target, data)  # /dev/null, a pipe: nothing to keep, and not to be replaced
        return
    if target.is_file() and not target.stat().st_mode & stat.S_IWUSR:
        # Windows refuses to replace a read-only file (and then to delete our read-only copy of it);
        # elsewhere a rename would go through. Read-only is meant: leave it, everywhere.
        raise WorkplanError("file-read-only", path=path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise WorkplanError("unwritable", path=path, reason=e.strerror or str(e)) from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _set_mode(target, tmp)
        _replace(tmp, target)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, PermissionError) and target.is_file():
            raise WorkplanError("file-in-use", path=path) from e
        if isinstance(e, OSError):
            raise WorkplanError("unwritable", path=path, reason=e.strerror or str(e)) from e
        raise


def _write_device(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as f:
            f.write(data)
    except OSError as e:
        raise WorkplanError("unwritable", path=str(target), reason=e.strerror or str(e)) from e


def _replace(tmp: str, target: Path, tries: int = 5) -> None:
    """os.replace, tried again for a moment: on Windows a virus scanner or the search indexer may
    hold the old file for a few milliseconds. A file open in Word or WPS stays locked: the last
    PermissionError goes to the caller."""
    for attempt in range(tries):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if attempt == tries - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def write_text(path: str, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def _set_mode(target: Path, tmp: str) -> None:
    """The replaced file's mode, or what a plain open() would give (mkstemp's is private, 0600)."""
    try:
        if target.exists():
            mode = target.stat().st_mode & 0o7777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
    except OSError:
        pass
