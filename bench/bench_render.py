"""render: whole-process time on generated plans, against pandoc turning the same text into .docx.

Targets (issue 5): the task table of a 1,000-measure plan in under 2 s, and rendering a
1,000-measure plan faster than pandoc converts its Markdown equivalent (when pandoc is installed).
The share of the time that is start-up and validation (which render runs first) is printed too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import generate
from bench_validate import timed  # median of five whole-process runs

WORKPLAN = [sys.executable, "-m", "workplan"]


def in_process(plan_path: Path, kind: str) -> float:
    """plan → blocks → .docx bytes inside one process (no start-up, no validation)."""
    from workplan.blocks import build
    from workplan.readers.yaml_plan import load_registry, read_plan
    from workplan.writers.docx import write_docx

    plan, _ = read_plan(str(plan_path))
    index = load_registry(plan)[0].index()
    start = time.perf_counter()
    write_docx(build(plan, kind, index)[0], landscape=kind == "tasks")
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "departments.yaml").write_text(generate.registry(40), encoding="utf-8")
        print(f"  start-up (workplan --version): {timed(WORKPLAN + ['--version']):.3f} s")
        for n in (100, 1000):
            plan = folder / f"plan{n}.yaml"
            plan.write_text(generate.plan(n), encoding="utf-8")
            print(f"  validate {n:>5} measures: {timed(WORKPLAN + ['validate', str(plan)]):.3f} s")
            for kind in ("workpoints", "speech", "tasks"):
                seconds = timed(WORKPLAN + ["render", str(plan), "--as", kind, "-o", str(folder / f"{kind}.docx")])
                print(f"  render --as {kind:<10} {n:>5} measures: {seconds:.3f} s "
                      f"(in process, without start-up and validation: {in_process(plan, kind):.3f} s)")
        if not shutil.which("pandoc"):
            print("  pandoc not installed: comparison skipped")
            return
        plan = folder / "plan1000.yaml"
        markdown = folder / "same.md"
        subprocess.run(WORKPLAN + ["render", str(plan), "-o", str(markdown)], check=True, stdout=subprocess.DEVNULL)
        ours = timed(WORKPLAN + ["render", str(plan), "-o", str(folder / "ours.docx")])
        theirs = timed(["pandoc", str(markdown), "-o", str(folder / "pandoc.docx")])
        print(f"  1000 measures → .docx: workplan render {ours:.3f} s, pandoc on the same Markdown {theirs:.3f} s "
              f"(workplan / pandoc = {ours / theirs:.2f})")


if __name__ == "__main__":
    main()
