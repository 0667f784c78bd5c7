"""The 任务分解表 rows of a plan — one per leaf measure — shared by every writer of the task table."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Measure, Plan
from ..numbering import measure_numbers


@dataclass
class TaskRow:
    number: str       # as printed: "5", "5（1）"
    section: str      # the section title
    section_id: str | None
    title: str        # the measure title (a parent's title is prefixed for sub-measures)
    text: str
    lead: list[str]
    support: list[str]
    due: str
    measure: Measure


def task_rows(plan: Plan, index: dict[str, str] | None = None, numbering: str | None = None) -> list[TaskRow]:
    """Leaf measures in document order; names resolved through `index` (alias → registry name)."""
    index = index or {}
    numbers = measure_numbers(plan, numbering)
    rows: list[TaskRow] = []

    def visit(m: Measure, section, prefix: str, inherited: tuple[list[str], list[str], str]):
        number = prefix + numbers[id(m)]
        lead = [index.get(n, n) for n in m.lead] or inherited[0]
        support = [index.get(n, n) for n in m.support] or inherited[1]
        due = m.due or inherited[2]
        if not m.measures:
            rows.append(TaskRow(number, section.title, section.id, m.title, m.text, lead, support, due, m))
        for child in m.measures:
            visit(child, section, number, (lead, support, due))

    for section in plan.sections:
        for m in section.measures:
            visit(m, section, "", ([], [], ""))
    return rows


