"""Blocks → an official-style .docx (GB/T 9704): every block a paragraph in its named 公文 style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..blocks import Block
from . import docx_style as S
from .docx_package import docx_package
from .docx_table import table_xml
from .docx_xml import paragraph, run

if TYPE_CHECKING:
    from ..readers.reference_docx import Reference

_HEAD = {"title", "doc_number", "subtitle"}
_STYLES = {"title": S.TITLE, "doc_number": S.DOC_NUMBER, "subtitle": S.SUBTITLE, "salutation": S.SALUTATION,
           "paragraph": S.BODY, "signature": S.SIGNATURE, "date": S.DATE}
# 署名 sits two blank lines under the text, leaving room for the seal (GB/T 9704 7.3.5.1).
_LINES_BEFORE_SIGNATURE = 2


def write_docx(blocks: list[Block], landscape: bool = False, title: str = "", author: str = "",
               reference: Reference | None = None) -> bytes:
    """`reference` (render --reference-doc) gives the styles and margins a user set in Word."""
    page = reference.page(landscape) if reference else S.LANDSCAPE if landscape else S.PORTRAIT
    width = S.text_width(page)
    neighbours = zip([None, *blocks], blocks, [*blocks[1:], None], strict=False)  # as long as blocks
    body = "".join(_blank_lines(previous, block) + _block(block, following, width)
                   for previous, block, following in neighbours)
    return docx_package(body, page, title, author, reference.styles if reference else None)


def _blank_lines(previous: Block | None, block: Block) -> str:
    """空一行 as typists do it — an empty body line, so every line stays on the 22-line grid."""
    if previous is None:
        return ""
    if block.kind == "signature":
        return paragraph(S.BODY, ppr="<w:keepNext/>") * _LINES_BEFORE_SIGNATURE
    if previous.kind in _HEAD and block.kind not in _HEAD:
        return paragraph(S.BODY)
    return ""


def _block(block: Block, following: Block | None, width: int) -> str:
    # The text's last lines go over with the 署名: never a page holding only the signature.
    keep = "<w:keepNext/>" if following is not None and following.kind == "signature" else ""
    if block.kind == "heading":
        return paragraph(S.HEADING[block.level], run(block.number + block.title))
    if block.kind == "measure":
        runs = run(block.number + block.title, S.RUNIN[block.level]) + run(block.text) + run(block.note, S.NOTE)
        return paragraph(S.BODY, runs, keep)
    if block.kind == "table":
        return table_xml(block.columns, block.rows, block.widths, block.align, width)
    if block.kind == "signature" and following is not None and following.kind == "date":
        return paragraph(S.SIGNATURE, run(block.text), _centred_over(block.text, following.text))
    return paragraph(_STYLES[block.kind], run(block.text), keep if block.kind == "paragraph" else "")


def _centred_over(signature: str, date: str) -> str:
    """Right indent that centres the 署名 over the 成文日期 (which is 右空四字)."""
    offset = (_width(date) - _width(signature)) / 2
    return f'<w:ind w:right="{S.twips(64 + max(offset, -64))}"/>'


def _width(text: str) -> float:
    """Points at 三号: a 汉字 is 16 pt, an ASCII digit or letter about half of that."""
    return sum(8 if ord(ch) < 0x2E80 else 16 for ch in text)
