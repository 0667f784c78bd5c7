"""`workplan import DOC -o PLAN.yaml`"""

from __future__ import annotations

from enum import StrEnum

import typer

from .app import Format, app, console, echo_json


class Kind(StrEnum):
    workpoints = "workpoints"
    speech = "speech"


@app.command("import", help="help.import", short_help="help.import.summary")
def import_(
    document: str = typer.Argument(..., help="help.import.document"),
    output: str = typer.Option("-", "--output", "-o", help="help.import.output"),
    force: bool = typer.Option(False, "--force", help="help.import.force"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.import.registry"),
    org: str = typer.Option(None, "--org", help="help.import.org"),
    year: int = typer.Option(None, "--year", min=1949, max=2100, help="help.import.year"),
    kind: Kind = typer.Option(None, "--kind", help="help.import.kind"),
    write_registry: str = typer.Option(None, "--write-registry", help="help.import.write-registry"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.import.format"),
):
    from .. import atomic, messages
    from ..errors import EXIT_FINDINGS
    from ..findings import ERROR
    from ..importing import collapsed, import_to_yaml, summary_json, summary_line
    from ..readers.text_import import Options
    from ..readers.yaml_plan import read_registry, registry_file
    from ..report import print_findings
    from .common import exit_trouble

    reg = None
    if registry:
        registry = registry_file(registry)  # -r plans: plans/departments.yaml, also in the plan's departments:
        reg, reg_findings = read_registry(registry)
        if any(f.severity == ERROR for f in reg_findings):
            exit_trouble(reg_findings)
    options = Options(org=org, year=year, kind=kind.value if kind else None, registry=reg)
    result = import_to_yaml(document, output, options, registry, write_registry, force)
    if output == "-":  # UTF-8 bytes as written to a file, whatever the console's code page
        atomic.write_text(output, result.text)
    if fmt is Format.json:
        echo_json(summary_json(result), err=output == "-")  # else standard output carries the plan
    else:
        err = console(stderr=True)
        notes, more = collapsed(result.imported.notes.findings)
        print_findings(err, notes, show_source=False)
        for code, count in more.items():
            err.print(messages.t("import-more", count=count) + f" [{code}]", highlight=False, markup=False)
        print_findings(err, result.errors)
        if result.registry_written:
            err.print(messages.t("import-registry-written", path=result.registry_written, count=result.departments),
                      highlight=False, markup=False)
        if result.maybe_same:
            pairs = messages.join(f"{later}/{other}" for later, other in result.maybe_same)
            err.print(messages.t("import-registry-same-summary", count=len(result.maybe_same), pairs=pairs),
                      highlight=False, markup=False)
        err.print(summary_line(result), highlight=False, markup=False)
    raise typer.Exit(EXIT_FINDINGS if result.errors or result.empty else 0)
