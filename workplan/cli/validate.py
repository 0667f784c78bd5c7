"""`workplan validate PLAN...`"""

from __future__ import annotations

import typer

from .. import messages
from .app import Format, app, console, echo_json, report_error


@app.command(help="help.validate", short_help="help.validate.summary")
def validate(
    plans: list[str] = typer.Argument(..., help="help.validate.plans"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.registry"),
    strict: bool = typer.Option(False, "--strict", help="help.validate.strict"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.format"),
):
    from ..analyses.validate import validate_path
    from ..errors import EXIT_TROUBLE, WorkplanError
    from ..findings import exit_status
    from ..readers.yaml_plan import yaml_files
    from ..report import counts, print_findings, validate_json
    from .common import one_stdin

    one_stdin(*plans)
    results, failed, told = [], [], set()
    for given in plans:
        try:
            paths = yaml_files([given])  # a folder: the .yaml/.yml files in it, as fmt takes them
        except WorkplanError as e:
            failed.append((given, e))
            report_error(e)
            continue
        for path in paths:
            try:
                findings = validate_path(path, registry, strict, ours_only=path != given)
            except WorkplanError as e:  # report, keep checking the other files, exit 2 at the end
                failed.append((path, e))
                report_error(e)
                continue
            if findings is not None:  # None: some other YAML in a folder, not ours to check
                # a registry's problems are told once, not again with each plan that uses it
                results.append((path, [f for f in findings if f not in told]))
                told.update(findings)
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
