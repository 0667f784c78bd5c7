"""The workload → text (a rich table that fits 80 columns, or one department's task list) or JSON."""

from __future__ import annotations

import json

from . import messages
from .analyses.dates import date_text
from .analyses.depts import DeptsResult
from .analyses.workload import DepartmentLoad, Workload, sections
from .report import cell_width, diagnostic
from .writers.workload_table import partners, role, summary


def print_workload(console, load: Workload) -> None:
    """Sections (or plans) are numbered columns with a legend below; past the console's width the
    columns go on in further tables, each led by the department names."""
    rows = [[row[0], str(row[1]), str(row[2]), *(cell(row[j], row[j + 1]) for j in range(3, len(row), 2))]
            for row in summary(load)[1]]
    styles = [None if d.known else "red" for d in load.departments] + [None]
    labels = [col.label for col in load.columns()]
    # Widths are decided by each column's widest cell, so a one-row stand-in measures as the whole would.
    widest = [[max((row[c] for row in rows), key=cell_width) for c in range(len(rows[0]))]]
    for group in groups(console.width, lambda g: matrix(labels, widest, [None], g), len(labels)):
        console.print(matrix(labels, rows, styles, group))
    console.print(messages.t("depts-caption"), highlight=False, markup=False)
    for col in load.columns():
        console.print(f"  {col.label}  {col.title}", highlight=False, markup=False)


def matrix(labels: list[str], rows: list[list[str]], styles: list, group: range):
    """The table for columns `group`, the last row set apart as totals; the first table also has the totals columns."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column(messages.t("col.department"), no_wrap=True)
    totals = group.start == 0
    for code in ("role.lead", "role.support") if totals else ():
        table.add_column(messages.t(code), justify="right", no_wrap=True)
    for j in group:
        table.add_column(labels[j], justify="right", no_wrap=True)
    for i, (row, style) in enumerate(zip(rows, styles, strict=True)):
        if i == len(rows) - 1:
            table.add_section()
        table.add_row(row[0], *(row[1:3] if totals else []), *(row[3 + j] for j in group), style=style)
    return table


def groups(width: int, build, n: int) -> list[range]:
    """The fewest runs of consecutive columns whose tables, built by `build(range)`, each fit `width`."""
    from rich.console import Console

    measure = Console(width=10_000).measure

    def split(size: int) -> list[range]:
        return [range(start, min(start + size, n)) for start in range(0, n, size)] or [range(0)]

    size = max(n, 1)
    while size > 1 and any(measure(build(g)).maximum > width for g in split(size)):
        size -= 1
    return split(size)


def cell(lead: int, support: int) -> str:
    return f"{lead}/{support}" if lead or support else "·"


def print_tasks(console, load: Workload, dept: DepartmentLoad) -> None:
    """One department's tasks, a table per plan: for printing or mailing to that office."""
    from rich import box
    from rich.table import Table

    console.print(dept_line(dept), highlight=False, markup=False)
    for i, plan in enumerate(load.plans):
        mine = [t for t in dept.tasks if t.plan == i]
        if not mine:
            continue
        table = Table(title=plan.title, box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
        for code in ("col.number", "col.task", "col.role", "col.partners", "col.due"):
            table.add_column(messages.t(code), no_wrap=code in ("col.number", "col.role"))
        for t in mine:
            table.add_row(t.number, t.measure.title, role(t), partners(t, dept.name), date_text(t.due))
        console.print(table)


def dept_line(dept: DepartmentLoad) -> str:
    """教培中心：牵头 2 项，配合 1 项 — or, for a group or placeholder (局各科室), what it is and how it counts."""
    total = dept.counts()
    if not dept.collective:
        return messages.t("depts-dept", name=dept.name, lead=total.lead, support=total.support)
    if dept.members:
        return messages.t("depts-group", name=dept.name, count=len(dept.members), members=messages.join(dept.members),
                          support=total.support)
    return messages.t("depts-placeholder", name=dept.name, support=total.support)


def depts_json(result: DeptsResult, dept: DepartmentLoad | None = None) -> str:
    load = result.workload
    plans = [{"file": p.source, "title": p.title, "year": p.year, "measures": load.measures(i)}
             for i, p in enumerate(load.plans)]
    departments = [department_json(d, load) for d in ([dept] if dept else load.departments)]
    data = {"plans": plans, "findings": [diagnostic(f) for f in result.findings], "departments": departments}
    return json.dumps(data, ensure_ascii=False, indent=2)


def department_json(d: DepartmentLoad, load: Workload) -> dict:
    """Totals over all plans; `by_section` adds up sections with the same id across plans."""
    total = d.counts()
    keys = dict.fromkeys(key for i, p in enumerate(load.plans) for key, _ in sections(p))
    by_section = {key: vars(d.counts(section=key)) for key in keys}
    by_plan = [{"file": p.source, **vars(d.counts(plan=i))} for i, p in enumerate(load.plans)]
    tasks = [{"file": load.plans[t.plan].source, "section": t.section, "number": t.number, "id": t.measure.id,
              "title": t.measure.title, "role": t.role, "via": t.via or None, "lead": t.leads, "support": t.supports,
              "due": t.due or None}
             for t in d.tasks]
    collective = {"collective": True, "members": list(d.members)} if d.collective else {}
    return {"name": d.name, "known": d.known, **collective, "lead": total.lead, "support": total.support,
            "by_section": by_section, "by_plan": by_plan, "tasks": tasks}
