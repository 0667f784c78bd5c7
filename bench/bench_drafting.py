"""fmt, new and export: whole-process time (start-up included) on the sample plan and generated plans.

fmt and new use ruamel.yaml's round-trip mode, which is pure Python (peers.md §1.16): the cost
grows with the file; a real plan has 30–60 measures.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import generate
from timing import WORKPLAN, timed

PLANS = Path(__file__).resolve().parent.parent / "plans"


def run_all(plan: Path, label: str) -> None:
    raw = plan.read_text(encoding="utf-8")
    fresh = plan.with_name("fresh.yaml")
    restore = lambda: fresh.write_text(raw, encoding="utf-8")  # noqa: E731  (fmt rewrites its input)
    draft = plan.with_name("draft.yaml")
    results = {
        "fmt --ids": timed(WORKPLAN + ["fmt", "--ids", str(fresh)], repeat=3, before=restore),
        "fmt --check": timed(WORKPLAN + ["fmt", "--check", str(fresh)], repeat=3),  # now formatted: the pre-commit case
        "new": timed(WORKPLAN + ["new", "--from", str(plan), "-o", str(draft), "--force"], repeat=3),
        "export json": timed(WORKPLAN + ["export", str(plan), "--format", "json", "-o", str(draft) + ".json"], repeat=3),
    }
    print(f"  {label}: " + ", ".join(f"{name} {t:.2f} s" for name, t in results.items()))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(PLANS / "2026.yaml", folder / "2026.yaml")
        shutil.copy(PLANS / "departments.yaml", folder / "departments.yaml")
        run_all(folder / "2026.yaml", "plans/2026.yaml (41 measures)")
        (folder / "departments.yaml").write_text(generate.registry(40), encoding="utf-8")
        for n in (200, 1000):
            plan = folder / f"plan{n}.yaml"
            plan.write_text(generate.plan(n), encoding="utf-8")
            run_all(plan, f"{n} measures ({plan.stat().st_size / 1024:,.0f} KiB)")


if __name__ == "__main__":
    main()
