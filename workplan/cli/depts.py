"""`workplan depts PLAN...`"""

from __future__ import annotations

import typer

from .app import Format, app, console, echo_json, say
from .common import dept_name


@app.command(help="help.depts", short_help="help.depts.summary")
def depts(
    plans: list[str] = typer.Argument(..., help="help.depts.plans"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.depts.registry"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.format"),
    output: str = typer.Option(None, "--output", "-o", help="help.depts.output"),
    dept: str = typer.Option(None, "--dept", "-d", help="help.depts.dept", callback=dept_name),
    max_lead: int = typer.Option(None, "--max-lead", min=0, help="help.depts.max-lead"),
):
    from .. import atomic, messages
    from ..analyses.depts import check_files
    from ..analyses.workload import find_department
    from ..findings import exit_status
    from ..report import print_findings
    from ..workload_report import depts_json, print_tasks, print_workload
    from ..writers.workload_table import output_kind, workload_file
    from .common import one_stdin

    one_stdin(*plans)
    kind = output_kind(output) if output else None
    result = check_files(plans, registry, max_lead)
    chosen = find_department(result.workload, dept) if dept else None
    if kind:
        atomic.write_bytes(output, workload_file(kind, result.workload, chosen))
    if fmt is Format.json:
        echo_json(depts_json(result, chosen))
    else:
        print_findings(console(stderr=True), result.findings)
        if kind:
            say(messages.t("depts-wrote", path=output), err=True)
        elif chosen:
            print_tasks(console(), result.workload, chosen)
        else:
            print_workload(console(), result.workload)
    raise typer.Exit(exit_status(result.findings))
