"""Character-level inline diff of two Chinese texts: runs kept ("="), deleted ("-") and inserted ("+").

Chinese has no spaces, so the unit is the character. difflib's longest-matching-block diff reads
better than a minimal edit script for prose; a cleanup pass then folds a one- or two-character
"equal" island between two edits (the stray 合 in 健全校企[合]作 → 组建产教联[合]体) into the
edits around it, as diff-match-patch's semantic cleanup does, so a reworded phrase reads as one
replacement and not as chaff.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

KEEP, DELETE, INSERT = "=", "-", "+"
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?|.", re.S)


def inline(old: str, new: str, tokens: Callable[[str], list[str]] | None = None) -> list[tuple[str, str]]:
    """[(op, text)] with op in = - +; the = and - runs spell `old`, the = and + runs spell `new`.
    `tokens` splits a text into the units compared, when a character is too small (numbers: 2 → 2.5)."""
    a, b = (tokens(old), tokens(new)) if tokens else (old, new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    chunks: list = []  # a str is kept text; a [deleted, inserted] pair is an edit
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            chunks.append("".join(a[i1:i2]))
        else:
            _add_edit(chunks, "".join(a[i1:i2]), "".join(b[j1:j2]))
    return _segments(chunks)


def numbers(text: str) -> list[str]:
    """Characters, a number as one unit: a value changed from 2 to 2.5 is replaced whole, not given a .5."""
    return NUMBER_RE.findall(text)


def _add_edit(chunks: list, deleted: str, inserted: str) -> None:
    """Append an edit, absorbing a short kept island that separates it from the previous edit."""
    if len(chunks) >= 2 and isinstance(chunks[-1], str) and isinstance(chunks[-2], list):
        island, before = chunks[-1], chunks[-2]
        if len(island) <= max(map(len, before)) and len(island) <= max(len(deleted), len(inserted)):
            chunks.pop()
            before[0] += island + deleted
            before[1] += island + inserted
            return
    if chunks and isinstance(chunks[-1], list):
        chunks[-1][0] += deleted
        chunks[-1][1] += inserted
        return
    chunks.append([deleted, inserted])


def _segments(chunks: list) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for chunk in chunks:
        if isinstance(chunk, str):
            out.append((KEEP, chunk))
            continue
        out += [(op, text) for op, text in ((DELETE, chunk[0]), (INSERT, chunk[1])) if text]
    return out


def side(segments: list[tuple[str, str]], which: str) -> str:
    """The old (which='-') or new (which='+') text spelled by the segments."""
    return "".join(text for op, text in segments if op in (KEEP, which))
