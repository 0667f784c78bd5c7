"""diff → Markdown 新旧对照表: the summary, then a three-column table per part (texts, targets, sections).

Deleted and inserted runs are <del>/<ins>: Markdown's ~~ and ** do not open or close next to
Chinese punctuation (CommonMark's flanking rules), while the two tags render everywhere that
renders Markdown and read plainly where nothing does.
"""

from __future__ import annotations

import html

from .. import messages
from ..analyses.diff import PlanDiff
from .diff_rows import columns, rows, summary, tagged


def diff_md(d: PlanDiff) -> str:
    out = [f"# {_escape(messages.t('diff.table.title', title=d.new.title))}", "",
           _escape(summary(d)), "", f"*{_escape(messages.t('diff.legend'))}*"]
    header = columns(d)
    for row in rows(d):
        if row.kind == "heading":
            out += ["", f"## {_escape(row.notes[0])}", "", _line(header), "|---|---|---|"]
        else:
            out.append(_line([tagged(row.old, _escape), tagged(row.new, _escape), _escape(messages.t("diff.note.sep").join(row.notes))]))
    if not d.differs:
        out += ["", _escape(messages.t("diff.same"))]
    return "\n".join(out) + "\n"


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _escape(text: str) -> str:
    """Safe inside a table cell: HTML-escaped, Markdown punctuation backslashed, lines as <br>."""
    text = html.escape(text, quote=False).replace("\\", "\\\\")
    for char in "`*_[]|~#":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "<br>")
