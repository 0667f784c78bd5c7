"""The workload as plain tables (header + rows), shared by the .xlsx and .csv writers; and the .csv writer."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .. import messages
from ..analyses.dates import date_text
from ..analyses.workload import DepartmentLoad, Task, Workload, plan_label
from ..errors import WorkplanError
from .task_rows import content

Table = tuple[list[str], list[list]]


def summary(load: Workload, sep: str = " ") -> Table:
    """Department × column (section or plan): lead and support counts, totals first, a totals row last."""
    lead, support = messages.t("role.lead"), messages.t("role.support")
    header = [messages.t("col.department"), lead, support]
    for col in load.columns():
        header += [f"{col.label} {col.title}{sep}{lead}", f"{col.label} {col.title}{sep}{support}"]
    rows = [counts_row(d, load) for d in load.departments]
    totals = [sum(row[i] for row in rows) for i in range(1, len(header))]
    return header, [*rows, [messages.t("col.total"), *totals]]


def counts_row(d: DepartmentLoad, load: Workload) -> list:
    row: list = [d.name]
    for c in [d.counts()] + [d.counts(col.plan, col.section) for col in load.columns()]:
        row += [c.lead, c.support]
    return row


def tasks(d: DepartmentLoad, load: Workload) -> Table:
    """One department's task list: number, title, details, role, partners, due (and plan, when several);
    details and dates as the 任务分解表 prints them (its text and own targets, 2026年9月)."""
    several = len(load.plans) > 1
    codes = ["col.number", "col.task", "col.text", "col.role", "col.partners", "col.due"]
    header = ([messages.t("col.plan")] if several else []) + [messages.t(c) for c in codes]
    rows = []
    for t in d.tasks:
        row = [t.number, t.measure.title, content(t.measure), role(t), partners(t, d.name), date_text(t.due)]
        rows.append(([plan_label(load.plans[t.plan])] if several else []) + row)
    return header, rows


def role(t: Task) -> str:
    """牵头, 配合, or 配合（局各科室） when the department supports as a member of that group."""
    return messages.t("role.support-via", group=t.via) if t.via else messages.t("role." + t.role)


def partners(t: Task, name: str) -> str:
    """The other departments of the measure, leads first and marked as such (the group that brought
    `name` in is said by its role)."""
    leads = [messages.t("role.lead-mark", name=n) for n in dict.fromkeys(t.leads) if n != name]
    others = [n for n in dict.fromkeys(t.supports) if n not in (name, t.via) and n not in t.leads]
    return messages.join(leads + others)


def to_csv(table: Table) -> bytes:
    """UTF-8 with a BOM, so that Excel on Windows shows the Chinese text; CRLF line ends, as csv does."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table[0])
    writer.writerows(table[1])
    return buffer.getvalue().encode("utf-8-sig")


def workload_csv(load: Workload, dept: DepartmentLoad | None = None) -> bytes:
    """The summary matrix, or with `dept` that department's task list."""
    return to_csv(tasks(dept, load) if dept else summary(load))


def output_kind(path: str) -> str:
    """'xlsx' or 'csv' from the file name; anything else is a usage error (checked before any work)."""
    kind = Path(path).suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv"):
        raise WorkplanError("depts-output", path=path)
    return kind


def workload_file(kind: str, load: Workload, dept: DepartmentLoad | None = None) -> bytes:
    if kind == "xlsx":
        from .xlsx import workload_xlsx

        return workload_xlsx(load, dept)
    return workload_csv(load, dept)
