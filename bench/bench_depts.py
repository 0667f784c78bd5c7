"""depts: a 40-department registry and generated plans of 100, 1,000 and 5,000 measures.

Reports the cross-check (read, check every department reference, build the matrix), each output
(text table, JSON, .csv, .xlsx), and the whole `workplan depts` process, start-up included. The issue's bar: 1,000
measures checked in well under a second.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import generate
from rich.console import Console
from timing import WORKPLAN, timed, times

from workplan.analyses.depts import check_files
from workplan.workload_report import depts_json, print_workload
from workplan.writers.workload_table import workload_csv
from workplan.writers.xlsx import workload_xlsx

SIZES = (100, 1000, 5000)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.0f} ms"


def case(folder: Path, n: int) -> str:
    plan = folder / f"plan-{n}.yaml"
    plan.write_text(generate.plan(n), encoding="utf-8")
    runs = 5 if n <= 1000 else 2
    check = min(times(lambda: check_files([str(plan)]), runs))
    result = check_files([str(plan)])
    text = min(times(lambda: print_workload(Console(file=io.StringIO(), width=80), result.workload), runs))
    as_json = min(times(lambda: depts_json(result), runs))
    as_csv = min(times(lambda: workload_csv(result.workload), runs))
    as_xlsx = min(times(lambda: workload_xlsx(result.workload), 1))
    command = timed([*WORKPLAN, "depts", str(plan)], repeat=3)
    return (f"{n:>5} measures: check {ms(check)}   text {ms(text)}   json {ms(as_json)}   "
            f"csv {ms(as_csv)}   xlsx {ms(as_xlsx)}   `workplan depts` (start-up included) {ms(command)}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "departments.yaml").write_text(generate.registry(40), encoding="utf-8")
        for n in SIZES:
            print(case(folder, n), flush=True)


if __name__ == "__main__":
    main()
