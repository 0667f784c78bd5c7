"""Structure: nesting depth of measures, a work-points plan with nothing in it, a speech with parts left empty."""

from __future__ import annotations

from collections.abc import Iterator

from .. import messages
from ..findings import Finding, error, warning
from ..model import MAX_MEASURE_DEPTH, Measure, Plan


def check_structure(plan: Plan, ctx) -> Iterator[Finding]:
    if plan.kind == "workpoints" and plan.title and not plan.all_measures():
        yield warning("no-measures", plan.where.get("@"))
    for section in plan.sections:
        yield from _too_deep(section.measures, 1)
    if plan.kind == "speech":
        yield from _unfinished_speech(plan)



def _unfinished_speech(plan: Plan) -> Iterator[Finding]:
    """`new` drafts a speech with its review texts emptied and no problems: printed so, it has bare
    headings and a part missing (the parts after it numbered one up)."""
    for key in ("review", "problems"):
        items = getattr(plan, key)
        if not items:
            yield warning("speech-part-missing", plan.where.get(key) or plan.where.get("@"),
                          part=messages.t(f"speech.part.{key}"), key=key)
        for item in items:
            if item.title.strip() and not item.text.strip():
                yield warning("speech-item-empty", item.where.get("text") or item.where.get("@"), title=item.title)


def _too_deep(measures: list[Measure], depth: int) -> Iterator[Finding]:
    for m in measures:
        if depth > MAX_MEASURE_DEPTH:
            yield error("too-deep", m.where.get("@"))
        else:
            yield from _too_deep(m.measures, depth + 1)
