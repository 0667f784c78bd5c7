"""Targets: percentages within 0–100 (type and comparison are checked while reading)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, error
from ..model import Plan

PERCENT_UNITS = {"%", "％", "百分比"}


def check_targets(plan: Plan, ctx) -> Iterator[Finding]:
    for t in plan.all_targets():
        if t.value is not None and t.unit.strip() in PERCENT_UNITS and not 0 <= t.value <= 100:
            yield error("percent-range", t.where.get("value"), name=t.name, value=t.value)
