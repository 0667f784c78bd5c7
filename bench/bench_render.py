"""render: whole-process time on generated plans, against pandoc turning the same text into .docx.

Targets (issue 5): the task table of a 1,000-measure plan in under 2 s, and rendering a
1,000-measure plan faster than pandoc converts its Markdown equivalent (when pandoc is installed).
Also printed: the start-up every command pays (Python, typer: `workplan --version`) and the
command's own work in process — read, validate, render, write — once the modules are imported.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import generate
from timing import WORKPLAN, interleaved, median_time, timed


def in_process(plan_path: Path, kind: str, out: Path) -> float:
    """What `render` does after start-up, in this process: read, validate, render, write."""
    from workplan.analyses.validate import validate_file
    from workplan.atomic import write_bytes
    from workplan.render import render_plan

    def command() -> None:
        plan, _, registry = validate_file(str(plan_path))
        write_bytes(str(out), render_plan(plan, kind, "docx", registry=registry)[0])

    command()  # imports done once, as a command's start-up does them
    return median_time(command)


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
                out = folder / f"{kind}.docx"
                seconds = timed(WORKPLAN + ["render", str(plan), "--as", kind, "-o", str(out)])
                print(f"  render --as {kind:<10} {n:>5} measures: {seconds:.3f} s "
                      f"(the work after start-up, in process: {in_process(plan, kind, out):.3f} s)")
        if not shutil.which("pandoc"):
            print("  pandoc not installed: comparison skipped")
            return
        plan = folder / "plan1000.yaml"
        markdown = folder / "same.md"
        subprocess.run(WORKPLAN + ["render", str(plan), "-o", str(markdown)], check=True, stdout=subprocess.DEVNULL)
        ours, theirs = interleaved([WORKPLAN + ["render", str(plan), "-o", str(folder / "ours.docx")],
                                    ["pandoc", str(markdown), "-o", str(folder / "pandoc.docx")]])
        work = in_process(plan, "workpoints", folder / "ours.docx")
        print(f"  1000 measures → .docx: workplan render {ours:.3f} s, pandoc on the same Markdown {theirs:.3f} s "
              f"(workplan / pandoc = {ours / theirs:.2f}; the work after start-up alone: {work / theirs:.2f})")


if __name__ == "__main__":
    main()
