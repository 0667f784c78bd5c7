"""ids: unique within a file (sections, measures and targets share one namespace)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, error
from ..model import Plan


def check_ids(plan: Plan, ctx) -> Iterator[Finding]:
    """Each repeat is reported where it is, naming the line of the id's first use. Sections, measures
    and targets are gathered kind by kind, so they are put back in document order first (a goal target
    comes before the sections, yet is gathered last)."""
    with_ids = [(node.where.get("id"), node.id) for node in (*plan.sections, *plan.all_measures(), *plan.all_targets())
                if node.id]
    with_ids.sort(key=lambda item: (item[0].line, item[0].column) if item[0] else (0, 0))
    first_line: dict[str, int] = {}
    for pos, id_ in with_ids:
        if id_ in first_line:
            yield error("duplicate-id", pos, id=id_, line=first_line[id_])
        else:
            first_line[id_] = pos.line if pos else 0
