"""`workplan validate PLAN...`"""

from __future__ import annotations

import typer

from .. import messages
from .app import Format, app, console, echo_json, report_error


@app.command()
def validate(
    plans: list[str] = typer.Argument(..., help="Plan files (YAML); '-' reads standard input."),
    registry: str = typer.Option(None, "--registry", "-r", help="Department registry (default: departments.yaml beside the plan)."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text (for people) or json (for programs)."),
):
    """Check plans: structure, types, ids, departments, dates, targets, leftovers.

    Example: workplan validate plans/2026.yaml --strict
    """
    from ..analyses.validate import validate_path
    from ..errors import EXIT_TROUBLE, WorkplanError
    from ..findings import exit_status
    from ..report import counts, print_findings, validate_json

    results, failed = [], []
    for path in plans:
        try:
            results.append((path, validate_path(path, registry, strict)))
        except WorkplanError as e:  # report, keep checking the other files, exit 2 at the end
            failed.append((path, e))
            report_error(e)
    all_findings = [f for _, findings in results for f in findings]
    if fmt is Format.json:
        echo_json(validate_json(results, failed))
    else:
        out = console()
        print_findings(out, all_findings)
        c = counts(all_findings)
        out.print(messages.t("summary.validate", files=len(results), errors=c["error"], warnings=c["warning"]),
                  highlight=False)
    raise typer.Exit(EXIT_TROUBLE if failed else exit_status(all_findings))
