"""Write output files atomically: a temporary file beside the target, then one rename.

A crash, a full disk or a failing writer never leaves a half-written file, and never touches the
file that was there before. '-' writes to standard output. What the system says when writing fails
(a full disk, a folder where a file is meant) is told in the user's language, never as an English OS
error.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from . import messages
from .errors import WorkplanError

STDOUT = "-"


def write_bytes(path: str, data: bytes) -> None:
    if path == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(path)
    try:  # asking about the target can fail too: a name longer than the system allows
        if target.is_dir():
            raise WorkplanError("output-is-folder", path=path)
        if target.exists() and not target.is_file():
            _write_device(target, data)  # /dev/null, a pipe: nothing to keep, and not to be replaced
            return
        blocking = _file_in_the_way(target.parent)
        if blocking is not None:  # render -o plan.yaml/x.docx: "File exists" from mkdir says nothing useful
            raise WorkplanError("parent-not-folder", path=path, parent=str(blocking))
        if target.is_file() and not target.stat().st_mode & stat.S_IWUSR:
            # Windows refuses to replace a read-only file (and then to delete our read-only copy of it);
            # elsewhere a rename would go through. Read-only is meant: leave it, everywhere.
            raise WorkplanError("file-read-only", path=path)
    except OSError as e:
        raise unwritable(path, e) from e
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # named after the target so that a leftover is recognised, but short: a name near the system's
        # limit (255 bytes) plus mkstemp's part would be refused
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise unwritable(path, e) from e
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
            raise unwritable(path, e) from e
        raise


def unwritable(path: str, e: OSError) -> WorkplanError:
    """"无法写入 PATH：磁盘空间不足": the system's reason in the user's language where it is a common one."""
    return WorkplanError("unwritable", path=path, reason=reason(e))


def reason(e: OSError) -> str:
    name = errno.errorcode.get(e.errno) if isinstance(e.errno, int) else None
    if name and f"os.{name}" in messages.CATALOG:
        return messages.t(f"os.{name}")
    return messages.t("os.other", reason=e.strerror or str(e))


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing ancestor of `folder` when it is a file, not a folder (else None)."""
    for p in (folder, *folder.parents):
        if p.exists():
            return None if p.is_dir() else p
    return None


def _write_device(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as f:
            f.write(data)
    except OSError as e:
        raise unwritable(str(target), e) from e


def same_file(a: str, b: str) -> bool:
    """Whether two paths name the same file (also through `./`, `..`, a symlink or a hard link); '-' is no file."""
    if not a or not b or STDOUT in (a, b):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        pass
    try:
        return os.path.normcase(Path(a).resolve()) == os.path.normcase(Path(b).resolve())
    except (OSError, RuntimeError):
        return False


def names_folder(output: str) -> bool:
    """Whether an output names a folder: one that exists, or one written with a final slash (`-o plans/`)."""
    if output == STDOUT:
        return False
    if output.endswith(("/", os.sep)):
        return True
    try:
        return Path(output).is_dir()
    except OSError:  # a name too long for the system is no folder; writing to it will say why
        return False


def in_folder(output: str, name: str) -> str:
    """`output`, or `output/name` when it names a folder: a clerk who names the folder means the usual
    file name in it."""
    return str(Path(output) / name) if names_folder(output) else output


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
