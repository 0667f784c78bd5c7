"""The 任务分解表 rows of a plan, shared by every writer of the task table.

The rule is depts' "as written" (analyses/workload.py): a row for every measure that names a lead or
support of its own, and for every leaf; a row shows the departments its measure names — a sub-measure
takes none from its parent — and the due of the measure, else of its nearest parent that has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Measure, Plan
from ..numbering import measure_numbers

# Between the title of a parent that has no row of its own in the table and its sub-measure's title.
WITHIN = "："


@dataclass
class TaskRow:
    number: str       # as printed: "5", "5（1）"
    section: str      # the section title
    section_id: str | None
    title: str        # as printed: the measure's title, after those of the parents the table has no row for
    text: str
    lead: list[str]   # registry names, as the measure itself names them
    support: list[str]
    due: str          # the measure's own, else its nearest parent's
    measure: Measure
    parents: list[Measure] = field(default_factory=list)  # outermost first


def task_rows(plan: Plan, index: dict[str, str] | None = None, numbering: str | None = None,
              keep: Callable[[TaskRow], bool] | None = None) -> list[TaskRow]:
    """The rows in document order, names resolved through `index` (alias → registry name); `keep` picks
    rows (one department's). A row whose parent is not among the rows kept reads 深化课程教学改革：加强中小学科学教育,
    so that 14（1） is understood without 14."""
    index = index or {}
    numbers = measure_numbers(plan, numbering)
    rows: list[TaskRow] = []

    def visit(m: Measure, section, prefix: str, due: str, parents: list[Measure]):
        number, due = prefix + numbers[id(m)], m.due or due
        if m.lead or m.support or not m.measures:
            rows.append(TaskRow(number, section.title, section.id, m.title, m.text, [index.get(n, n) for n in m.lead],
                                [index.get(n, n) for n in m.support], due, m, parents))
        for child in m.measures:
            visit(child, section, number, due, [*parents, m])

    for section in plan.sections:
        for m in section.measures:
            visit(m, section, "", "", [])
    kept = [r for r in rows if keep(r)] if keep else rows
    shown = {id(r.measure) for r in kept}
    for r in kept:
        unshown = []
        for parent in reversed(r.parents):
            if id(parent) in shown:
                break
            unshown.insert(0, parent.title)
        r.title = WITHIN.join([*unshown, r.title])
    return kept
