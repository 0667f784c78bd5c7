"""`workplan diff OLD NEW`"""

from __future__ import annotations

import typer

from .app import Format, app, console, echo_json, say


@app.command(help="help.diff", short_help="help.diff.summary")
def diff(
    old: str = typer.Argument(..., help="help.diff.old"),
    new: str = typer.Argument(..., help="help.diff.new"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.format"),
    output: str = typer.Option(None, "--output", "-o", help="help.diff.output"),
    threshold: float = typer.Option(None, "--threshold", "-t", min=0.0, max=1.0, show_default="0.5",
                                    help="help.diff.threshold"),
    only: str = typer.Option(None, "--only", help="help.diff.only"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.diff.registry"),
):
    from .. import atomic, messages
    from ..analyses.diff import THRESHOLD, diff_plans, load_pair, parse_only
    from ..report import print_findings
    from ..report_diff import print_diff, summary_text
    from ..writers.diff_document import check_output, diff_document
    from ..writers.diff_json import diff_json
    from .common import exit_trouble, one_stdin

    one_stdin(old, new)
    chosen = parse_only(only)
    if output:
        check_output(output)
    (old_plan, old_index, old_errors), (new_plan, new_index, new_errors) = load_pair(old, new, registry)
    if old_errors or new_errors:
        exit_trouble(old_errors + new_errors)
    result = diff_plans(old_plan, new_plan, THRESHOLD if threshold is None else threshold, old_index, new_index, chosen)
    if result.findings and fmt is not Format.json:
        print_findings(console(stderr=True), result.findings)
    if output:
        atomic.write_bytes(output, diff_document(result, output))
    if fmt is Format.json:  # on stderr when standard output carries the .docx, as render's report
        echo_json(diff_json(result), err=output == atomic.STDOUT)
    elif output == atomic.STDOUT:  # standard output carries the .docx: the counts go to stderr, as render's report
        console(stderr=True).print(summary_text(result))
    elif output:
        console().print(summary_text(result))
        say(messages.t("diff.wrote", path=output), err=True)
    else:
        print_diff(console(), result)
    raise typer.Exit(1 if result.differs else 0)
