"""The typer application, its global options, and the one error boundary of the CLI."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer
from typer.core import TyperGroup

from .. import __version__, messages
from ..errors import WorkplanError


class Format(StrEnum):
    """--format of every reporting command."""

    text = "text"
    json = "json"


class Group(TyperGroup):
    """Turns WorkplanError (and OS errors) into a clear message and its exit code: never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WorkplanError as e:
            fail(e)
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except OSError as e:
            fail(WorkplanError("unreadable", path=getattr(e, "filename", "") or "", reason=e.strerror or str(e)))


def report_error(e: WorkplanError) -> None:
    console(stderr=True).print(f"workplan: {e}", highlight=False, markup=False, soft_wrap=True)


def fail(e: WorkplanError):
    report_error(e)
    raise typer.Exit(e.exit_code)


app = typer.Typer(
    cls=Group,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="workplan：年度工作要点的校验、科室核对、年度对比、公文排版与导入。 "
    "Annual work plans (工作要点): validate, cross-check departments, diff, render, import.",
)


def _version(value: bool):
    if value:
        typer.echo(f"workplan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    lang: str = typer.Option(None, "--lang", help="Message language: zh (default) or en; also WORKPLAN_LANG."),
):
    if lang is not None and lang not in messages.LANGS:
        raise typer.BadParameter("zh | en", param_hint="--lang")
    messages.use(lang)


def console(stderr: bool = False):
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, highlight=False, soft_wrap=True)


def say(text: str, err: bool = False) -> None:
    """One plain line for the user (what was written where): no markup, and no rich to import."""
    typer.echo(text, err=err)


def echo_json(text: str, err: bool = False) -> None:
    """JSON is UTF-8 for programs, whatever the console's code page (cp936 on Chinese Windows).

    `err`: on stderr, when standard output carries what the command wrote (a document, a plan).
    """
    if err:
        typer.echo(text, err=True)
        return
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write((text + "\n").encode("utf-8"))
        out.flush()
