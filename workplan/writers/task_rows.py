"""The 任务分解表 rows of a plan, shared by every writer of the task table.

The rule is depts' "as written" (analyses/workload.py): a row for every measure that names a lead or
support of its own, and for every leaf; a row shows the departments its measure names — a sub-measure
takes none from its parent — and the due of the measure, else of its nearest parent that has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..analyses.workload import numbered
from ..model import WITHIN, Measure, Plan


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
    section_position: int = 0  # the section's, from 1

    @property
    def content(self) -> str:
        """具体内容 as every task table prints it: the text, then the measure's own targets."""
        return content(self.measure)


def content(m: Measure) -> str:
    """A measure's 具体内容: its text and its own targets, （目标：…达2小时以上）, worded by macros.j2 (targets_note)
    as the templates word them, for the writers that are not templated (the .xlsx and .csv task lists)."""
    from ..render_context import targets_note

    return m.text + targets_note(m.targets)


def task_rows(plan: Plan, index: dict[str, str] | None = None, numbering: str | None = None,
              keep: Callable[[TaskRow], bool] | None = None) -> list[TaskRow]:
    """The rows in document order (the walk of depts, analyses/workload.numbered), names resolved through
    `index` (alias → registry name); `keep` picks rows (one department's). A row whose parent is not among
    the rows kept reads 深化课程教学改革：加强中小学科学教育, so that 14（1） is understood without 14."""
    index = index or {}
    rows = [TaskRow(n.number, n.section.title, n.section.id, m.title, m.text, [index.get(x, x) for x in m.lead],
                    [index.get(x, x) for x in m.support], n.due, m, list(n.parents), n.position)
            for n in numbered(plan, numbering) if (m := n.measure).lead or m.support or not m.measures]
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
