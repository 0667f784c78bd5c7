"""diff → the 新旧对照表 as an official-style .docx: A4 landscape, {old year} | {new year} | 变化说明.

The look is docx_style's (GB/T 9704 page, 公文 styles); deleted runs carry the character style
删除文字 (struck through) and inserted runs 新增文字 (bold, underlined), so a user can restyle the
marks for the whole document in Word. Each part of the plan is a row across the table. Two drafts of
one year are headed by their file names.
"""

from __future__ import annotations

from .. import messages
from ..analyses.diff import PlanDiff
from ..analyses.inline import DELETE, INSERT
from .diff_rows import Row, Runs, columns, rows, summary

WIDTHS = [5, 5, 2.4]  # the two texts side by side; the notes are short


def diff_docx(d: PlanDiff) -> bytes:
    from . import docx_style as S
    from .docx_package import docx_package
    from .docx_table import table_xml
    from .docx_xml import paragraph, run

    title = messages.t("diff.table.title", title=d.new.title)
    counts = summary(d) if d.differs else messages.t("diff.same")
    head = [paragraph(S.TITLE, run(title)), paragraph(S.SUBTITLE, run(counts)),
            paragraph(S.SUBTITLE, run(messages.t("diff.legend"))), paragraph(S.BODY)]
    table = table_xml(columns(d), [_cells(row) for row in rows(d)], WIDTHS, "lll", S.text_width(S.LANDSCAPE))
    return docx_package("".join(head) + table, S.LANDSCAPE, title=title)


def _cells(row: Row) -> list:
    if row.kind == "heading":
        return [row.notes[0]]  # one cell: spans the table
    return [_marked(row.old), _marked(row.new), "\n".join(row.notes)]


def _marked(runs: Runs):
    from . import docx_style as S
    from .docx_table import Runs as RunsXml
    from .docx_xml import run

    styles = {DELETE: S.DELETED, INSERT: S.INSERTED}
    return RunsXml("".join(run(text, styles.get(op)) for op, text in runs))
