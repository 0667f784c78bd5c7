"""`workplan depts PLAN...`"""

from __future__ import annotations

import typer

from .app import Format, app, console, echo_json, say


@app.command()
def depts(
    plans: list[str] = typer.Argument(..., help="Plan files (YAML); several give one matrix with a column per plan."),
    registry: str = typer.Option(None, "--registry", "-r", help="Department registry (default: departments.yaml beside each plan)."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text (for people) or json (for programs)."),
    output: str = typer.Option(None, "--output", "-o", help="Write FILE.xlsx (summary + one task sheet per department) or FILE.csv (the summary)."),
    dept: str = typer.Option(None, "--dept", "-d", help="Only this department's task list (a registry name or alias)."),
    max_lead: int = typer.Option(None, "--max-lead", min=0, help="Warn when a department leads more than N measures of a plan (default: a quarter of its measures)."),
):
    """Cross-check department names; show who leads and supports what (workload matrix, task lists).

    Example: workplan depts plans/2025.yaml plans/2026.yaml -o workload.xlsx
    """
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
