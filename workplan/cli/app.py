"""The typer application, its global options, and the one error boundary of the CLI."""

from __future__ import annotations

import errno
import sys
from enum import StrEnum

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.core import TyperCommand, TyperGroup, TyperOption

from .. import __version__, messages
from ..errors import EXIT_TROUBLE, WorkplanError
from .helptext import Localized, Usage, language_in


class Format(StrEnum):
    """--format of every reporting command."""

    text = "text"
    json = "json"


class Trouble(Exception):
    """Findings in an input that stop a command (a plan with errors where a valid one is needed): exit 2."""

    def __init__(self, findings: list):
        super().__init__("trouble")
        self.findings = list(findings)


# Whether the running command was given --format json: its failures are then JSON on standard output.
_json = False


class Command(Localized, TyperCommand):
    """Every command: its help (catalog codes) in the user's language, see `helptext`."""


class Group(Localized, TyperGroup):
    """Turns WorkplanError (and OS errors, and findings that stop a command) into a clear message on
    stderr and its exit code: never a traceback. With --format json the failure is also JSON on standard
    output, {"errors": [...]} (see `report.error_entry`). Also gives every command the shared options,
    and chooses the language before anything is parsed (--help may be printed before --lang is read)."""

    def __init__(self, **attrs):
        super().__init__(**attrs)
        for command in self.commands.values():
            _share_options(command)

    def parse_args(self, ctx, args):
        messages.use(language_in(args))
        try:
            return super().parse_args(ctx, args)
        except (Usage, NoArgsIsHelpError):  # the latter is the help itself, when no command is given
            raise
        except UsageError as e:
            raise Usage(e) from None

    def invoke(self, ctx):
        global _json
        _json = False
        try:
            return super().invoke(ctx)
        except WorkplanError as e:
            fail(e)
        except Trouble as e:
            fail_findings(e.findings)
        except Usage:
            raise
        except typer.BadParameter as e:  # a value click could not convert, met after -f json was read
            usage = Usage(e)
            if _json:
                _echo_errors([{"file": None, "line": None, "column": None, "severity": "error", "code": "usage",
                               "message": usage.format_message()}])
            raise usage from None
        except UsageError as e:  # click's own: a missing argument, an unknown option or command
            raise Usage(e) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except OSError as e:
            fail(_os_error(e))


# What the system says of a path whichever way it was used (asked about, read or written): told in the
# user's language. Other reasons are worded for writing (没有权限写入), so a read keeps the system's own.
NEUTRAL_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.EIO, errno.ENOSPC, errno.EROFS})


def _os_error(e: OSError) -> WorkplanError:
    from ..atomic import reason

    path = getattr(e, "filename", "") or ""
    if e.errno in NEUTRAL_ERRNOS:
        return WorkplanError("inaccessible", path=path, reason=reason(e))
    return WorkplanError("unreadable", path=path, reason=e.strerror or str(e))


def report_error(e: WorkplanError) -> None:
    console(stderr=True).print(f"workplan: {e}", highlight=False, markup=False, soft_wrap=True)


def fail(e: WorkplanError):
    if _json:
        from ..report import error_entry

        _echo_errors([error_entry(e)])
    report_error(e)
    raise typer.Exit(e.exit_code)


def fail_findings(findings: list):
    """An input's findings that stop the command: on stderr with their source lines (and as JSON); exit 2."""
    from ..report import diagnostic, print_findings

    if _json:
        _echo_errors([diagnostic(f) for f in findings])
    print_findings(console(stderr=True), findings)
    raise typer.Exit(EXIT_TROUBLE)


def _echo_errors(entries: list[dict]) -> None:
    import json

    echo_json(json.dumps({"errors": entries}, ensure_ascii=False, indent=2))


def _remember_format(ctx, param, value):
    global _json
    _json = str(value) == Format.json
    return value


def _choose_language(ctx, param, value):
    if value is not None:
        if value not in messages.LANGS:
            raise typer.BadParameter("zh | en", ctx=ctx, param=param)
        messages.use(value)


LANG_HELP = "help.lang"


def _share_options(command) -> None:
    """--lang after the command too (workplan validate p.yaml --lang en), and --format json noted for
    the error boundary. A `--format` of other choices (export's json|markdown|xlsx) is not a report's."""
    params = getattr(command, "params", [])
    for param in params:
        if "--format" in getattr(param, "opts", ()) and set(getattr(param.type, "choices", ())) == set(Format):
            param.callback = _remember_format
    params.append(TyperOption(param_decls=["--lang"], type=str, default=None, metavar="<zh|en>", is_eager=True,
                              expose_value=False, callback=_choose_language, help=LANG_HELP))


class App(typer.Typer):
    """A typer app whose commands are `Command`s unless told otherwise."""

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or Command, **kwargs)


app = App(
    cls=Group,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="help.workplan",
)


def _version(value: bool):
    if value:
        typer.echo(f"workplan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="help.version"),
    lang: str = typer.Option(None, "--lang", metavar="<zh|en>", help=LANG_HELP),
):
    # the language is chosen by Group.parse_args, from every --lang on the command line: one after the
    # command wins over this one, even for a --help read before it
    if lang is not None and lang not in messages.LANGS:
        raise typer.BadParameter("zh | en", param_hint="--lang")


def console(stderr: bool = False):
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, highlight=False, soft_wrap=True)


def say(text: str, err: bool = False) -> None:
    """One plain line for the user (what was written where): no markup, and no rich to import. Printed
    as the findings are, in the stream's encoding (click's echo writes UTF-8 to an ASCII stream: one
    stream would mix "??" and UTF-8)."""
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


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
