"""Official-style tables as WordprocessingML: a repeated header row, rows that never split.

Built as XML text and parsed once: python-docx's `Table.cell()` rebuilds the whole grid on every
call (minutes for a thousand rows), and even `add_row()` is slow at that size. Shared by every
.docx writer that needs a table (任务分解表, 新旧对照表).
"""

from __future__ import annotations

from .docx_style import RUNIN, TABLE_HEADER, TABLE_TEXT
from .docx_xml import paragraph, run

_JC = {"l": "left", "c": "center", "r": "right"}


def table_xml(columns: list[str], rows: list[list[str]], widths: list[float], align: str, total: int) -> str:
    """A full-width table; a row of a single cell spans all columns (a section's title)."""
    twips = _columns(widths, total)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
    header = _row([_cell(text, w, TABLE_HEADER, "c") for text, w in zip(columns, twips, strict=True)], header=True)
    body = "".join(_group(cells[0], total, len(columns)) if len(cells) == 1 and len(columns) > 1 else
                   _row([_cell(text, w, TABLE_TEXT, a) for text, w, a in zip(cells, twips, align, strict=True)])
                   for cells in rows)
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        # tblLook by its hex value only: Word 2007 knows no firstRow/… attributes, later Words read both
        f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}{body}</w:tbl>'
    )


def _columns(widths: list[float], total: int) -> list[int]:
    """Relative widths → twips that add up to exactly `total`."""
    scale = total / sum(widths)
    twips = [round(w * scale) for w in widths]
    twips[-1] += total - sum(twips)
    return twips


def _row(cells: list[str], header: bool = False) -> str:
    # cantSplit: a task stays on one page; tblHeader: the header repeats on every page.
    props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


class Runs(str):
    """A cell given as ready runs (w:r elements), for text with marks in it (a 新旧对照表's deletions)."""


def _cell(text: str, width: int, style: str, align: str) -> str:
    jc = f'<w:jc w:val="{_JC[align]}"/>' if align != "l" else ""
    lines = [text] if isinstance(text, Runs) else [run(line) for line in text.split("\n")]
    paragraphs = "".join(paragraph(style, line, jc) for line in lines)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{paragraphs}</w:tc>'


def _group(text: str, total: int, span: int) -> str:
    """A section's title across the table, kept with the first row under it."""
    cell = (f'<w:tc><w:tcPr><w:tcW w:w="{total}" w:type="dxa"/><w:gridSpan w:val="{span}"/></w:tcPr>'
            f'{paragraph(TABLE_TEXT, run(text, RUNIN[1]), "<w:keepNext/>")}</w:tc>')
    return _row([cell])

