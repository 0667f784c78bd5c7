"""`workplan init`, `new`, `fmt` and `export`: starting, rolling forward, tidying and exporting plans."""

from __future__ import annotations

import json
from enum import StrEnum

import typer

from .. import messages
from .app import Format, app, console, echo_json, report_error, say


class ExportFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    xlsx = "xlsx"


@app.command(help="help.init", short_help="help.init.summary")
def init(
    directory: str = typer.Argument(..., help="help.init.directory"),
    year: int = typer.Option(None, "--year", min=1949, max=2100, help="help.init.year"),
    force: bool = typer.Option(False, "--force", help="help.init.force"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.format"),
):
    from datetime import date
    from pathlib import Path

    from ..scaffold import planned_year, write_scaffold

    year = year or planned_year(date.today())
    written = write_scaffold(directory, year, force)
    if fmt is Format.json:
        echo_json(json.dumps({"directory": directory, "created": written}, ensure_ascii=False))
        return
    out = console()
    out.print(messages.t("init.created", dir=directory), highlight=False, markup=False)
    for path in written:
        out.print(f"  {path}", highlight=False, markup=False)
    plan = str(Path(directory) / f"{year}.yaml")
    out.print(messages.t("init.next", dir=messages.command_arg(directory), plan=messages.command_arg(plan)),
              highlight=False, markup=False)


@app.command(help="help.new", short_help="help.new.summary")
def new(
    source: str = typer.Option(..., "--from", help="help.new.from"),
    year: int = typer.Option(None, "--year", min=1949, max=2100, help="help.new.year"),
    output: str = typer.Option(None, "--output", "-o", help="help.new.output"),
    force: bool = typer.Option(False, "--force", help="help.new.force"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.registry"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.new.format"),
):

    from .. import atomic, sources
    from ..drafting.naming import draft_path, refuse_existing
    from ..drafting.report import new_json, new_lines
    from ..drafting.rollover import check_later, roll_forward
    from ..errors import WorkplanError
    from .common import plan_or_exit, refuse_inputs

    if source == sources.STDIN and not output:  # the draft is named after the plan's folder and the year
        raise WorkplanError("new-stdin-output")
    plan, reg = plan_or_exit(source, registry)
    if year is not None:  # before the output is looked at: --year 2026 from 2026.yaml names the source itself
        check_later(year, plan.year, plan.where.get("year"))
    year = year or plan.year + 1
    # the source's own name a year on (2026-speech.yaml → 2027-speech.yaml); -o t/2028 is t/2028.yaml
    output = draft_path(source, output, plan.year, year, plan.kind)
    # not even with --force: the draft is made from the plan, checked against the registry (-r, the plan's
    # `departments:` or the departments.yaml beside it)
    refuse_inputs(output, source, reg.source if reg else None)
    draft = roll_forward(sources.text(source), source, year)  # the text validation read: not read again
    refuse_existing(output, draft.title, plan.kind, force)
    atomic.write_text(output, sources.bom(source) + draft.text)
    report_err = output == sources.STDIN  # standard output carries the draft
    if fmt is Format.json:
        echo_json(new_json(draft, source, output), err=report_err)
    else:
        out = console(stderr=report_err)
        for line in new_lines(draft, source, output):
            out.print(line, highlight=False, markup=False)


@app.command(name="fmt", help="help.fmt", short_help="help.fmt.summary")
def fmt_command(
    plans: list[str] = typer.Argument(..., help="help.fmt.plans"),
    check: bool = typer.Option(False, "--check", help="help.fmt.check"),
    ids: bool = typer.Option(False, "--ids", help="help.fmt.ids"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.format"),
):
    from .. import atomic, sources
    from ..drafting.fmt import format_file
    from ..drafting.report import fmt_json, fmt_lines
    from ..errors import EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, WorkplanError
    from ..readers.yaml_plan import yaml_files
    from ..report import error_entry

    results, errors = [], []
    for path in yaml_files(plans):
        try:
            results.append(format_file(path, ids, check))
        except WorkplanError as e:  # report, go on with the other files, exit 2 at the end
            errors.append(error_entry(e, path))  # the one shape of "errors" (report.error_entry)
            report_error(e)
    stdin = [r for r in results if r.path == sources.STDIN]
    if stdin and not check:  # as bytes: the code page (cp936) or Windows' \n → \r\n must not touch a file
        atomic.write_text(sources.STDIN, sources.bom(sources.STDIN) + stdin[0].text)
    elif fmt is Format.json:
        echo_json(fmt_json(results, errors))
    else:
        out = console(stderr=bool(stdin))
        for line in fmt_lines(results, check):
            out.print(line, highlight=False, markup=False)
    changed = check and any(r.changed for r in results)
    raise typer.Exit(EXIT_TROUBLE if errors else EXIT_FINDINGS if changed else EXIT_OK)


@app.command(help="help.export", short_help="help.export.summary")
def export(
    plan: str = typer.Argument(..., help="help.plan"),
    to: ExportFormat = typer.Option(..., "--format", "-f", help="help.export.format"),
    output: str = typer.Option(None, "--output", "-o", help="help.export.output"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.registry"),
):
    from .. import atomic
    from ..errors import WorkplanError
    from ..export import check_output, export_plan
    from .common import plan_or_exit, refuse_inputs

    if to is ExportFormat.xlsx and output is None:
        raise WorkplanError("export-needs-output")
    if output:
        check_output(output, to.value)
    the_plan, reg = plan_or_exit(plan, registry)
    if output:
        refuse_inputs(output, plan, reg.source if reg else None)
    atomic.write_bytes(output or "-", export_plan(the_plan, to.value, reg))
    if output and output != "-":
        say(messages.t("export.wrote", path=output), err=True)
