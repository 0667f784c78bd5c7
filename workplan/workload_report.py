"""The workload → text (a rich table that fits 80 columns, or one department's task list) or JSON."""

from __future__ import annotations

import json
from functools import partial

from . import messages
from .analyses.depts import DeptsResult
from .analyses.workload import DepartmentLoad, Workload, sections
from .report import diagnostic
from .writers.workload_table import partners, summary


def print_workload(console, load: Workload) -> None:
    """Sections (or plans) are numbered columns with a legend below; past the console's width the
    columns go on in further tables, each led by the department names."""
    rows = summary(load)[1]
    for table in fitted(console.width, partial(matrix, load, rows), len(load.columns())):
        console.print(table)
    console.print(messages.t("depts-caption"), highlight=False, markup=False)
    for col in load.columns():
        console.print(f"  {col.label}  {col.title}", highlight=False, markup=False)


def matrix(load: Workload, rows: list[list], group: range):
    """The table for columns `group`; the first one also carries the totals."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column(messages.t("col.department"), no_wrap=True)
    totals = group.start == 0
    for code in ("role.lead", "role.support") if totals else ():
        table.add_column(messages.t(code), justify="right", no_wrap=True)
    columns = load.columns()
    for j in group:
        table.add_column(columns[j].label, justify="right", no_wrap=True)
    for i, row in enumerate(rows):
        if i == len(rows) - 1:
            table.add_section()  # the totals row
        known = i == len(rows) - 1 or load.departments[i].known
        cells = [str(row[1]), str(row[2])] if totals else []
        cells += [cell(row[3 + 2 * j], row[4 + 2 * j]) for j in group]
        table.add_row(row[0], *cells, style=None if known else "red")
    return table


def fitted(width: int, build, n: int) -> list:
    """The fewest tables of consecutive columns, built by `build(range)`, that each fit `width`."""
    from rich.console import Console

    measure = Console(width=10_000).measure
    tables = [build(range(0))]
    for size in range(n, 0, -1):
        tables = [build(range(start, min(start + size, n))) for start in range(0, n, size)]
        if all(measure(t).maximum <= width for t in tables):
            break
    return tables


def cell(lead: int, support: int) -> str:
    return f"{lead}/{support}" if lead or support else "·"


def print_tasks(console, load: Workload, dept: DepartmentLoad) -> None:
    """One department's tasks, a table per plan: for printing or mailing to that office."""
    from rich import box
    from rich.table import Table

    total = dept.counts()
    console.print(messages.t("depts-dept", name=dept.name, lead=total.lead, support=total.support),
                  highlight=False, markup=False)
    for i, plan in enumerate(load.plans):
        mine = [t for t in dept.tasks if t.plan == i]
        if not mine:
            continue
        table = Table(title=plan.title, box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
        for code in ("col.number", "col.task", "col.role", "col.partners", "col.due"):
            table.add_column(messages.t(code), no_wrap=code in ("col.number", "col.role"))
        for t in mine:
            table.add_row(t.number, t.measure.title, messages.t("role." + t.role), partners(t, dept.name), t.due)
        console.print(table)


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
              "title": t.measure.title, "role": t.role, "lead": t.leads, "support": t.supports, "due": t.due or None}
             for t in d.tasks]
    return {"name": d.name, "known": d.known, "lead": total.lead, "support": total.support,
            "by_section": by_section, "by_plan": by_plan, "tasks": tasks}
