"""Structure: nesting depth of measures, and a work-points plan with nothing in it."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, error, warning
from ..model import MAX_MEASURE_DEPTH, Measure, Plan


def check_structure(plan: Plan, ctx) -> Iterator[Finding]:
    if plan.kind == "workpoints" and plan.title and not plan.all_measures():
        yield warning("no-measures", plan.where.get("@"))
    for section in plan.sections:
        yield from _too_deep(section.measures, 1)


def _too_deep(measures: list[Measure], depth: int) -> Iterator[Finding]:
    for m in measures:
        if depth > MAX_MEASURE_DEPTH:
            yield error("too-deep", m.where.get("@"))
        else:
            yield from _too_deep(m.measures, depth + 1)
