"""validate: whole-process time (start-up included) on generated plans; target < 0.5 s at 1,000 measures."""

from __future__ import annotations

import tempfile
from pathlib import Path

import generate
from timing import WORKPLAN, timed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "departments.yaml").write_text(generate.registry(40), encoding="utf-8")
        print(f"  workplan --version: {timed(WORKPLAN + ['--version']):.3f} s")
        for n in (100, 1000, 5000):
            plan = folder / f"plan{n}.yaml"
            plan.write_text(generate.plan(n), encoding="utf-8")
            size = plan.stat().st_size / 1024
            print(f"  validate {n:>5} measures ({size:,.0f} KiB): {timed(WORKPLAN + ['validate', str(plan)]):.3f} s")
