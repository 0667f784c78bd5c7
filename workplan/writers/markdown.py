"""Blocks → Markdown: a quick preview of a rendered document (and `export --format markdown`)."""

from __future__ import annotations

import re

from ..blocks import Block

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_LIST_START = re.compile(r"^(\d+)([.)])")


def write_markdown(blocks: list[Block]) -> str:
    return "\n\n".join(_block(b) for b in blocks) + "\n"


def escape(text: str) -> str:
    """Plain text that Markdown shows as it is (a leading "1." would start a list)."""
    text = _SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    return _LIST_START.sub(r"\1\\\2", text)


def _block(b: Block) -> str:
    if b.kind == "title":
        return "# " + escape(b.text)
    if b.kind == "heading":
        return "#" * (b.level + 1) + " " + escape(b.number + b.title)
    if b.kind == "measure":
        return f"**{escape(b.number + b.title)}**{escape(b.text)}{escape(b.note)}"
    if b.kind == "table":
        return _table(b)
    return escape(b.text)


def _table(b: Block) -> str:
    """A pipe table; a row of one cell (a section's title) goes bold into the first column."""
    def line(cells):
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join({"l": " --- ", "c": " :-: ", "r": " --: "}[a] for a in b.align) + "|"
    rows = [line([escape(c) for c in r]) if len(r) == len(b.columns)
            else line([f"**{escape(r[0])}**"] + [""] * (len(b.columns) - 1)) for r in b.rows]
    return "\n".join([line([escape(c) for c in b.columns]), rule, *rows])
