"""Bytes of a document → what it is (text or .docx) and, for text, the decoded string.

Windows users save text as UTF-8 (with or without BOM), GB18030/GBK ("ANSI" on a Chinese
Windows) or UTF-16 ("Unicode" in Notepad); we detect those and refuse anything else clearly,
including the files people try by mistake: old .doc, PDF, zip archives, images.
"""

from __future__ import annotations

import re

from ...errors import WorkplanError
from ...model import PLAN_KEYS, Pos
from ...sources import ZIP_MAGIC, line_column, megabytes, other_format, utf16_without_bom

MAX_TEXT_BYTES = 2 * 1024 * 1024  # a 60-page 工作要点 is ~150 KB as text; 2 MB is far beyond any real one
MAX_DOCX_BYTES = 20 * 1024 * 1024  # .docx may carry images; the text part is limited separately

# What import says of each other format (sources.OTHER_FORMATS); an image is a binary file.
REFUSALS = {".doc/.wps": "import-old-doc", "PDF": "import-pdf", "RAR": "import-archive", "7z": "import-archive"}
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Control characters other than tab and line breaks: a handful come from Word copies, many mean binary.
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


def workplan_yaml(text: str) -> str | None:
    """'plan' or 'registry' when `text` is a workplan YAML file saved under another name (reg.txt, plan.md),
    told apart as `read_plan_or_registry` does: a registry's `departments` is a list; a plan is a mapping
    with at least two of title, org, year, sections at its top (a document whose first line happens to
    be `title: …`, or that has a `departments:` line among its paragraphs, is no such mapping)."""
    if len(set(_TOP_KEY.findall(text))) < 2 and not _REGISTRY_KEY.search(text):
        return None
    from ..yaml_nodes import MappingNode, ScalarNode, compose
    from ..yaml_plan import is_registry_node

    try:  # composing builds nodes only: no types, and an alias is not expanded
        node = compose(text, "", plain_only=False)
    except WorkplanError:
        return None
    if is_registry_node(node):
        return "registry"
    if isinstance(node, MappingNode) and len(
            {k.value for k, _ in node.value if isinstance(k, ScalarNode)} & PLAN_KEYS) >= 2:
        return "plan"
    return None


_TOP_KEY = re.compile(rf"^({'|'.join(sorted(PLAN_KEYS))})[ \t]*:", re.MULTILINE)
_REGISTRY_KEY = re.compile(r"^departments[ \t]*:", re.MULTILINE)


def kind_of(data: bytes, path: str) -> str:
    """'docx' or 'text'; other formats are refused with a message saying what to do instead."""
    if data.startswith(ZIP_MAGIC):
        return "docx"
    if name := other_format(data):
        raise WorkplanError(REFUSALS.get(name, "binary-file"), Pos(path, 1, 1))
    return "text"


def decode_text(data: bytes, path: str) -> str:
    """The text of a .txt file in whichever of the usual encodings it is in."""
    if len(data) > MAX_TEXT_BYTES:
        raise WorkplanError("file-too-large", path=path, size=megabytes(len(data)), limit=megabytes(MAX_TEXT_BYTES))
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom):], encoding, path), path)
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII text; anything else is binary.
        encoding = utf16_without_bom(data)
        if encoding is None:
            raise WorkplanError("binary-file", Pos(path, 1, 1))
        return _checked(_decode(data, encoding, path), path)
    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(encoding), path)
        except UnicodeDecodeError:
            continue
    raise WorkplanError("import-encoding", _first_bad(data, path))


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise WorkplanError("import-encoding", _pos_of(data, e.start, path, encoding)) from e


def _checked(text: str, path: str) -> str:
    """Refuse decoded text that is mostly control characters: random bytes sometimes decode."""
    controls = CONTROL_RE.findall(text)
    if len(controls) > max(3, MAX_CONTROL_SHARE * len(text)):
        raise WorkplanError("binary-file", Pos(path, 1, 1))
    if "\ufffd" in text[:4096] and text[:4096].count("\ufffd") > 20:
        raise WorkplanError("import-encoding", Pos(path, 1, 1))
    return CONTROL_RE.sub("", text)


def _first_bad(data: bytes, path: str) -> Pos:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _pos_of(data, e.start, path)
    return Pos(path, 1, 1)


def _pos_of(data: bytes, offset: int, path: str, encoding: str = "utf-8") -> Pos:
    before = data[:offset].decode(encoding, "replace")  # columns in characters, as everywhere else
    return Pos(path, *line_column(before, len(before)))
