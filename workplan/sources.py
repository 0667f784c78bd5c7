"""Reading input files as text: size, encoding and binary checks, and a cache of what was read.

The cache lets reports show the offending source line and lets checks find the exact column of a
word inside a long text, without reading a file twice.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from .errors import WorkplanError

ZIP_MAGIC = b"PK\x03\x04"  # a .docx, .xlsx or .zip
YAML_SUFFIXES = (".yaml", ".yml")  # what validate, fmt and depts read in a folder
# What a file that is no zip is, by its first bytes: named in messages ("{path} 是 PDF 文件").
OTHER_FORMATS = {b"\xd0\xcf\x11\xe0": ".doc/.wps", b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG",
                 b"GIF8": "GIF", b"Rar!": "RAR", b"7z\xbc\xaf": "7z"}


def other_format(data: bytes) -> str | None:
    """The name of the format `data` starts as, of OTHER_FORMATS (None: a zip, text, or unknown)."""
    return next((name for magic, name in OTHER_FORMATS.items() if data.startswith(magic)), None)
MAX_BYTES = 8 * 1024 * 1024  # a real plan is well under 1 MB; the largest benchmark plan is ~4 MB
STDIN = "-"

_texts: dict[str, str] = {}
_lines: dict[str, list[str]] = {}  # _texts split into lines, on first use
_boms: set[str] = set()


def read_bytes(path: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of `path` ('-' is stdin); more than `limit` bytes is refused before reading."""
    if path == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise WorkplanError("file-too-large", path=path, size=megabytes(len(data)), limit=megabytes(limit))
        return data
    p = Path(path)
    if p.is_dir():
        raise WorkplanError("is-directory", path=path)
    if not p.exists():
        raise WorkplanError("file-not-found", path=path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise WorkplanError("file-too-large", path=path, size=megabytes(size), limit=megabytes(limit))
        return p.read_bytes()
    except OSError as e:
        raise WorkplanError("unreadable", path=path, reason=e.strerror or str(e)) from e


# The line breaks YAML counts (libyaml's marks): a line shown under a finding is the line it names.
# str.splitlines also breaks at \x0b, \x0c and \x1c-\x1e, which would shift every later line.
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def line_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of `text[index]`, lines broken as YAML breaks them."""
    line, start = 1, 0
    for found in LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, found.end()
    return line, index - start + 1


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs of `data`'s start fall in every other byte (UTF-16 without
    a BOM: each ASCII character has a zero byte), None when they do not (binary). Import asks too."""
    even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
    if odd > 4 * max(even, 1):
        return "utf-16-le"
    if even > 4 * max(odd, 1):
        return "utf-16-be"
    return None


def megabytes(size: int) -> str:
    """`size` bytes in MB with one decimal, rounded up: a file just over an 8 MB limit is 8.1 MB, not 8."""
    return f"{-(-size * 10 // 2**20) / 10:.1f}"


def decode_utf8(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is refused with the position and a likely encoding."""
    from .model import Pos

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode": not binary
        raise WorkplanError("not-utf8", Pos(path, 1, 1), guess="UTF-16")
    if b"\x00" in data[:8192]:
        if data.startswith(ZIP_MAGIC):  # a .docx, .xlsx or .zip given for a plan
            raise WorkplanError("zip-file", Pos(path, 1, 1))
        if utf16_without_bom(data):  # Notepad's "Unicode" saved without its BOM
            raise WorkplanError("not-utf8", Pos(path, 1, 1), guess="UTF-16")
        raise WorkplanError("binary-file", Pos(path, 1, 1))
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8):] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        before = body[:e.start].decode("utf-8")  # columns in characters, as YAML positions are
        guess = guess_encoding(data)
        pos = Pos(path, *line_column(before, len(before)))
        raise (WorkplanError("not-utf8", pos, guess=guess) if guess else WorkplanError("not-utf8-unknown", pos)) from e
    if bom:
        _boms.add(path)
    else:
        _boms.discard(path)
    return remember(path, text)


def guess_encoding(data: bytes) -> str | None:
    try:
        data.decode("gb18030")
        return "GB18030/GBK"
    except UnicodeDecodeError:
        return None


def read_text(path: str) -> str:
    return decode_utf8(read_bytes(path), path)


def bom(path: str) -> str:
    """The BOM character if the file read as `path` began with a UTF-8 BOM (Notepad, WPS), else "":
    a rewrite (fmt, new) keeps it, as an editor would."""
    return "\ufeff" if path in _boms else ""


def remember(path: str, text: str) -> str:
    _texts[path] = text
    _lines.pop(path, None)
    return text


def text(path: str) -> str | None:
    """The text of a file read earlier in this run (None if it never was)."""
    return _texts.get(path)


def lines(path: str) -> list[str]:
    """The lines of a file read earlier in this run (empty if it never was); not to be changed.

    Split once per file: every printed finding and every `find` asks again, and a plan may be MBs.
    """
    if path not in _lines:
        text = _texts.get(path)
        if text is None:
            return []
        _lines[path] = LINE_BREAK.split(text)
    return _lines[path]


def find(pos, needle: str, span: int = 80):
    """The position of `needle` at or after `pos` (a value's start), for precise carets in long texts."""
    if pos is None:
        return None
    text_lines = lines(pos.file)
    for number in range(pos.line - 1, min(len(text_lines), pos.line - 1 + span)):
        start = pos.column - 1 if number == pos.line - 1 else 0
        column = text_lines[number].find(needle, start)
        if column >= 0:
            return type(pos)(pos.file, number + 1, column + 1)
    return pos
