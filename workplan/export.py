"""export (SPEC §10): the normalised plan as JSON, a Markdown preview, or the task table as .xlsx."""

from __future__ import annotations

from .model import Plan, Registry


def export_plan(plan: Plan, fmt: str, registry: Registry | None = None) -> bytes:
    """The bytes of `plan` in `fmt`; department names resolved through its registry (if there is one)."""
    index = registry.index() if registry else {}
    if fmt == "json":
        from .writers.json_plan import write_json

        return write_json(plan, index).encode("utf-8")
    if fmt == "markdown":
        from .render import render_plan

        return render_plan(plan, plan.kind, "markdown", registry=registry)[0]
    from .writers.xlsx import tasks_xlsx

    return tasks_xlsx(plan, index)
