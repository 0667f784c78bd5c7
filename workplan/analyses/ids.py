"""ids: unique within a file (sections, measures and targets share one namespace)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, error
from ..model import Plan


def check_ids(plan: Plan, ctx) -> Iterator[Finding]:
    first_line: dict[str, int] = {}
    nodes = [*plan.sections, *plan.all_measures(), *plan.all_targets()]
    for node in nodes:
        if not node.id:
            continue
        pos = node.where.get("id")
        if node.id in first_line:
            yield error("duplicate-id", pos, id=node.id, line=first_line[node.id])
        else:
            first_line[node.id] = pos.line if pos else 0
