"""Spreadsheets (openpyxl): the 任务分解表 of a plan, and the department workload with one task sheet per office.

Every sheet is a titled, printable table: title row, bold header repeated on each printed page,
wrapped text, column widths and row heights sized for Chinese text, A4 landscape fitted to width.
"""

from __future__ import annotations

import io
import math

from .. import messages
from ..analyses.dates import date_text
from ..analyses.workload import DepartmentLoad, Workload
from ..model import Plan
from ..report import cell_width
from .task_rows import task_rows
from .workload_table import summary, tasks

BODY_FONT, HEAD_FONT = "宋体", "黑体"
MIN_WIDTH, MAX_WIDTH = 6, 60  # in Excel's character units (a CJK character takes about two)
LINE_HEIGHT, TITLE_HEIGHT = 15, 24  # pt per wrapped line at 11 pt and at 16 pt
SHEET_NAME_MAX = 31  # Excel's limit
SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


def tasks_xlsx(plan: Plan, index: dict[str, str] | None = None) -> bytes:
    """The plan's 任务分解表 (the rows of task_rows, as the rendered table has them), as .xlsx bytes."""
    from openpyxl import Workbook

    header = [messages.t(c) for c in ("col.number", "col.task", "col.text", "col.lead", "col.support", "col.due")]
    rows = [[r.number, r.title, r.content, join(r.lead), join(r.support), date_text(r.due)] for r in task_rows(plan, index)]
    wb = Workbook()
    add_table(wb.active, messages.t("sheet.tasks"), messages.t("tasks.title", title=plan.title), header, rows,
              caps={1: 30, 2: 60})
    return save(wb)


def workload_xlsx(load: Workload, dept: DepartmentLoad | None = None) -> bytes:
    """A summary sheet and one 任务清单 sheet per department with tasks; with `dept`, only its sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    title = messages.join(p.title for p in load.plans)
    if dept is None:
        header, rows = summary(load, sep="\n")
        add_table(wb.create_sheet(), messages.t("sheet.workload"), messages.t("depts-summary-title", title=title),
                  header, rows, caps=dict.fromkeys(range(3, len(header)), 12))
    for d in [dept] if dept else [d for d in load.departments if d.tasks]:
        header, rows = tasks(d, load)
        first = len(header) - 6  # the plan column, when there is one, comes first
        add_table(wb.create_sheet(), d.name, messages.t("depts-dept-title", name=d.name, title=title), header, rows,
                  caps={first + 1: 30, first + 2: 60, first + 4: 30})
    return save(wb)


def join(names) -> str:
    return "、".join(names)


def add_table(ws, name: str, title: str, header: list[str], rows: list[list], caps: dict[int, int] | None = None):
    """Fill `ws` as a printable table; `caps` narrows columns (0-based) whose text should wrap."""
    from openpyxl.utils import get_column_letter

    add_styles(ws.parent)
    ws.title = sheet_name(name, set(ws.parent.sheetnames) - {ws.title})
    ws.append([title])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(1, 1).style = "wp-title"
    measured = [[line_widths(v) for v in row] for row in [header, *rows]]
    widths = column_widths(measured, caps or {})
    # 16 pt title characters are half as wide again as the 11 pt ones widths are counted in.
    ws.row_dimensions[1].height = TITLE_HEIGHT * math.ceil(cell_width(title) * 1.5 / sum(widths))
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for r, values in enumerate([header, *rows], 2):
        for c, value in enumerate(values, 1):
            numeric = isinstance(value, int | float)
            ws.cell(r, c).style = "wp-header" if r == 2 else "wp-number" if numeric else "wp-text"
        ws.row_dimensions[r].height = LINE_HEIGHT * row_lines(measured[r - 2], widths)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def add_styles(wb) -> None:
    """Named cell styles, once per workbook: far faster than styling each cell, and editable in Excel."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    if "wp-text" in wb.named_styles:
        return
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.add_named_style(NamedStyle("wp-title", font=Font(name=HEAD_FONT, size=16, bold=True),
                                  alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)))
    wb.add_named_style(NamedStyle("wp-header", font=Font(name=HEAD_FONT, bold=True), border=border,
                                  fill=PatternFill("solid", fgColor="E7E6E6"),
                                  alignment=Alignment(wrap_text=True, vertical="top")))
    wb.add_named_style(NamedStyle("wp-text", font=Font(name=BODY_FONT), border=border,
                                  alignment=Alignment(wrap_text=True, vertical="top")))
    wb.add_named_style(NamedStyle("wp-number", font=Font(name=BODY_FONT), border=border,
                                  alignment=Alignment(vertical="top", horizontal="right")))


def line_widths(value) -> list[int]:
    """Cell widths of each line of a value (headers break lines with \\n)."""
    return [cell_width(line) for line in str(value).split("\n")]


def column_widths(measured: list[list[list[int]]], caps: dict[int, int]) -> list[float]:
    """Widest line of each column plus a margin, within MIN_WIDTH and the column's cap."""
    widest = [max(max(row[c]) for row in measured) for c in range(len(measured[0]))]
    return [max(MIN_WIDTH, min(w + 2, caps.get(c, MAX_WIDTH))) for c, w in enumerate(widest)]


def row_lines(measured_row: list[list[int]], widths: list[float]) -> int:
    """Wrapped lines of the tallest cell: set explicitly, since not every reader re-fits row heights."""
    return max(sum(math.ceil(n / max(w - 2, 1)) or 1 for n in lines) for lines, w in zip(measured_row, widths, strict=True))


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unused Excel sheet name: no []:*?/\\, at most 31 characters."""
    base = name.translate(SHEET_NAME_BAD)[:SHEET_NAME_MAX] or "_"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base[: SHEET_NAME_MAX - len(str(n)) - 1]}_{n}"
    return candidate


def save(wb) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
