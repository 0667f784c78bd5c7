"""Blocks → Markdown: a quick preview of a rendered document (and `export --format markdown`)."""

from __future__ import annotations

import re
import unicodedata

from ..blocks import Block

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
# What would start a list, a rule or a heading at the beginning of a paragraph.
_BLOCK_START = re.compile(r"^(\d+(?=[.)])|(?=[-+=]))")


def write_markdown(blocks: list[Block]) -> str:
    return "\n\n".join(_block(b) for b in blocks) + "\n"


def escape(text: str) -> str:
    """Plain text that Markdown shows as it is."""
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _paragraph(text: str) -> str:
    """A paragraph: escaped, and a leading "1." or "-" kept from starting a list."""
    escaped = escape(text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\", escaped, count=1)


def _strong(text: str) -> str:
    """Bold, with trailing punctuation outside: CommonMark does not close ** between 。 and a 汉字."""
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] in "PS"):
        end -= 1
    body = text[:end].lstrip()
    lead = text[:end][: end - len(body)]
    return escape(lead) + (f"**{escape(body)}**" if body else "") + escape(text[end:])


def _block(b: Block) -> str:
    if b.kind == "title":
        return "# " + escape(b.text)
    if b.kind == "heading":
        return "#" * (b.level + 1) + " " + escape(b.number + b.title)
    if b.kind == "measure":
        return _strong(b.number + b.title) + escape(b.text) + escape(b.note)
    if b.kind == "table":
        return _table(b)
    return _paragraph(b.text)


def _table(b: Block) -> str:
    """A pipe table; a row of one cell (a section's title) goes bold into the first column."""
    def line(cells):
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join({"l": " --- ", "c": " :-: ", "r": " --: "}[a] for a in b.align) + "|"
    rows = [line([escape(c) for c in r]) if len(r) == len(b.columns)
            else line([_strong(r[0])] + [""] * (len(b.columns) - 1)) for r in b.rows]
    return "\n".join([line([escape(c) for c in b.columns]), rule, *rows])
