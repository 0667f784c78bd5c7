"""Helpers shared by commands: read a plan for a command that needs a valid one, report findings, refuse
to write over an input or to read standard input twice."""

from __future__ import annotations

from typing import NoReturn

from ..findings import ERROR
from ..model import Plan, Registry
from .app import Trouble


def plan_or_exit(path: str, registry: str | None = None) -> tuple[Plan, Registry | None]:
    """A plan without errors and the registry it was checked against, or its errors on stderr and exit 2.

    Commands other than validate cannot work from a broken plan: for them a bad input is
    "trouble" (2), not a "finding" (1), which is also what diff(1) does.
    """
    from ..analyses.validate import validate_file

    plan, findings, reg = validate_file(path, registry)
    errors = [f for f in findings if f.severity == ERROR]
    if errors:
        exit_trouble(errors)
    return plan, reg


def exit_trouble(findings: list) -> NoReturn:
    """A bad input: its findings on stderr (as JSON with --format json, by the error boundary), exit 2."""
    raise Trouble(findings)


def refuse_inputs(output: str, *inputs: str | None) -> None:
    """Bad usage (exit 2) when `output` is one of the files the command read: never write over them."""
    from ..atomic import same_file
    from ..errors import WorkplanError

    if any(i and same_file(output, i) for i in inputs):
        raise WorkplanError("output-is-input", path=output)


def one_stdin(*paths: str) -> None:
    """Bad usage (exit 2) when more than one argument is '-': standard input can be read only once."""
    from ..errors import WorkplanError
    from ..sources import STDIN

    if sum(p == STDIN for p in paths) > 1:
        raise WorkplanError("stdin-twice")


def dept_name(value: str | None) -> str | None:
    """--dept's callback: a name made only of blanks (--dept '' from a script's empty variable) would
    quietly mean every department."""
    if value is not None and not value.strip():
        import typer

        from .. import messages

        raise typer.BadParameter(messages.t("dept-empty"))
    return value
