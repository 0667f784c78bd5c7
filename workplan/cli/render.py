"""`workplan render PLAN --as workpoints|speech|tasks -o OUT.docx`"""

from __future__ import annotations

import json
from enum import StrEnum

import typer

from .. import messages
from .app import Format, app, console, echo_json, say
from .common import dept_name


class Kind(StrEnum):
    workpoints = "workpoints"
    speech = "speech"
    tasks = "tasks"


class Numbering(StrEnum):
    continuous = "continuous"
    per_section = "per-section"


@app.command(help="help.render", short_help="help.render.summary")
def render(
    plan: str = typer.Argument(..., help="help.plan"),
    as_: Kind = typer.Option(Kind.workpoints, "--as", help="help.render.as"),
    output: str = typer.Option(..., "--output", "-o", help="help.render.output"),
    template: str = typer.Option(None, "--template", "-t", help="help.render.template"),
    numbering: Numbering = typer.Option(None, "--numbering", help="help.render.numbering"),
    dept: str = typer.Option(None, "--dept", "-d", help="help.render.dept", callback=dept_name),
    each_dept: bool = typer.Option(False, "--each-dept", help="help.render.each-dept"),
    reference_doc: str = typer.Option(None, "--reference-doc", help="help.render.reference-doc"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.registry"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.render.format"),
):
    from ..atomic import write_bytes
    from ..render import department, output_format, read_reference, render_plan
    from ..report import diagnostic, print_findings
    from .common import plan_or_exit, refuse_inputs

    reference = read_reference(reference_doc) if reference_doc else None
    if each_dept:
        _each_department(plan, as_, output, template, numbering, dept, registry, fmt, reference)
        return
    doc_format = output_format(output)
    refuse_inputs(output, plan, reference_doc)  # 本局样式.docx is the user's own work too
    the_plan, reg = plan_or_exit(plan, registry)
    if dept:  # as the registry names it, and with tasks (an alias works; an unknown name gets "did you mean")
        dept = department(the_plan, as_.value, dept, reg)
    data, findings, blocks = render_plan(the_plan, as_.value, doc_format, template, numbering and numbering.value, reg,
                                         dept, reference)
    write_bytes(output, data)
    report_out = output != "-"  # else standard output carries the document: reports go to stderr
    if fmt is Format.json:
        report = json.dumps({"output": output, "as": as_.value, "format": doc_format, "blocks": blocks,
                             "findings": [diagnostic(f) for f in findings]}, ensure_ascii=False)
        echo_json(report, err=not report_out)
        return
    if findings:
        print_findings(console(stderr=True), findings)
    if report_out:
        what = messages.t(f"render.{as_.value}")
        say(messages.t("render-wrote", path=output, what=what))


def _each_department(plan, as_: Kind, folder: str, template, numbering, dept, registry, fmt: Format,
                     reference) -> None:
    """--each-dept: the table of every department that leads or supports a task, one .docx each
    (render.render_departments); here only what is said of it."""
    from ..errors import WorkplanError
    from ..render import department_files, render_departments
    from ..report import diagnostic, error_entry, print_findings
    from .app import report_error
    from .common import plan_or_exit, refuse_inputs

    if as_ is not Kind.tasks or dept:
        raise WorkplanError("render-each-dept-usage")
    if folder == "-":
        raise WorkplanError("render-each-dept-stdout")
    if _names_a_file(folder):
        raise WorkplanError("render-each-dept-folder", path=folder)
    the_plan, reg = plan_or_exit(plan, registry)
    tables = department_files(the_plan, reg, folder)
    for path in tables.values():  # before any is written: a reference restyled from last year's 办公室.docx
        refuse_inputs(path, reference.path if reference else None)
    done = render_departments(the_plan, tables, template, numbering and numbering.value, reg, reference)
    failure = WorkplanError("render-each-dept-unwritten", written=len(done.written), count=len(done.failed),
                            problems="\n".join(e.message for e in done.failed)) if done.failed else None
    if fmt is Format.json:  # the failures too, each with its file, beside what was written and the warnings
        report = {"as": as_.value, "outputs": [{"dept": name, "output": path} for name, path in done.written],
                  "findings": [diagnostic(f) for f in done.findings]}
        if failure:
            report["errors"] = [error_entry(e) for e in done.failed]
        echo_json(json.dumps(report, ensure_ascii=False))
    elif done.findings:
        print_findings(console(stderr=True), done.findings)
    if failure and fmt is Format.json:  # the JSON above holds the errors: the message alone, on stderr
        report_error(failure)
        raise typer.Exit(failure.exit_code)
    if failure:
        raise failure
    if fmt is not Format.json:
        say(messages.t("render-wrote-each", count=len(done.written), folder=folder))


# extensions of the files a clerk would name by mistake where --each-dept wants a folder
FILE_SUFFIXES = frozenset({".docx", ".doc", ".wps", ".md", ".html", ".htm", ".pdf", ".xlsx", ".xls", ".et",
                           ".csv", ".json", ".yaml", ".yml", ".txt", ".zip"})


def _names_a_file(folder: str) -> bool:
    """-o each.docx with --each-dept would make a folder called each.docx: an existing file, or a name with a
    document's extension that is not an existing folder (nor written with a final slash), is refused."""
    from pathlib import Path

    from ..atomic import names_folder

    return not names_folder(folder) and (Path(folder).exists() or Path(folder).suffix.lower() in FILE_SUFFIXES)
